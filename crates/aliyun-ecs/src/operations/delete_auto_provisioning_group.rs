//! `DeleteAutoProvisioningGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteAutoProvisioningGroup>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteAutoProvisioningGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoProvisioningGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TerminateInstances",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::delete_auto_provisioning_group`](crate::Client::delete_auto_provisioning_group) (`DeleteAutoProvisioningGroup`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteAutoProvisioningGroupRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `AutoProvisioningGroupId` (query). Required.
    #[serde(rename = "AutoProvisioningGroupId")]
    pub auto_provisioning_group_id: ::std::string::String,
    /// `TerminateInstances` (query).
    #[serde(
        rename = "TerminateInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances: ::std::option::Option<bool>,
}
impl DeleteAutoProvisioningGroupRequest {
    /// A `DeleteAutoProvisioningGroupRequest` with its required members: `RegionId`, `AutoProvisioningGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        auto_provisioning_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            auto_provisioning_group_id: auto_provisioning_group_id.into(),
            terminate_instances: ::std::option::Option::None,
        }
    }
    /// Sets `TerminateInstances`.
    pub fn terminate_instances(mut self, value: bool) -> Self {
        self.terminate_instances = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::delete_auto_provisioning_group`](crate::Client::delete_auto_provisioning_group) (`DeleteAutoProvisioningGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteAutoProvisioningGroupResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
