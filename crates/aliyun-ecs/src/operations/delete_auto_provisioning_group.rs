//! `DeleteAutoProvisioningGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteAutoProvisioningGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteAutoProvisioningGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
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
        nested_required: &[],
    };

/// The request of [`Client::delete_auto_provisioning_group`](crate::Client::delete_auto_provisioning_group) (`DeleteAutoProvisioningGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteAutoProvisioningGroupRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `AutoProvisioningGroupId` (query). Required.
    ///
    /// Example: `apg-bpuf6jel2bbl62wh13****`.
    #[serde(rename = "AutoProvisioningGroupId")]
    pub auto_provisioning_group_id: ::std::string::String,
    /// `TerminateInstances` (query).
    ///
    /// Example: `true`.
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

impl ::std::fmt::Debug for DeleteAutoProvisioningGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteAutoProvisioningGroupRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "auto_provisioning_group_id",
                    d::req(&self.auto_provisioning_group_id),
                ),
                ("terminate_instances", d::opt(&self.terminate_instances)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteAutoProvisioningGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "AutoProvisioningGroupId", "TerminateInstances"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_provisioning_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_terminate_instances: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_auto_provisioning_group_id = r.decode()?,
                2 => m_terminate_instances = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteAutoProvisioningGroupRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            auto_provisioning_group_id: m_auto_provisioning_group_id
                .ok_or_else(|| r.missing("AutoProvisioningGroupId"))?,
            terminate_instances: m_terminate_instances,
        })
    }
}

/// The response of [`Client::delete_auto_provisioning_group`](crate::Client::delete_auto_provisioning_group) (`DeleteAutoProvisioningGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteAutoProvisioningGroupResponse {
    /// `RequestId`.
    ///
    /// Example: `B48A12CD-1295-4A38-A8F0-0E92C937****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteAutoProvisioningGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteAutoProvisioningGroupResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteAutoProvisioningGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteAutoProvisioningGroupResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
