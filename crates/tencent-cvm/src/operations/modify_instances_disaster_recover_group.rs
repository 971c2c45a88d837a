//! `ModifyInstancesDisasterRecoverGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesDisasterRecoverGroup>
/// The request of [`Client::modify_instances_disaster_recover_group`](crate::Client::modify_instances_disaster_recover_group) (`ModifyInstancesDisasterRecoverGroup`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesDisasterRecoverGroupRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `DisasterRecoverGroupId`. Deprecated by the vendor.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::std::string::String>,
    /// `Force`.
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    /// `DisasterRecoverGroupIds`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PartitionNumber`.
    #[serde(
        rename = "PartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_number: ::std::option::Option<i64>,
}
impl ModifyInstancesDisasterRecoverGroupRequest {
    /// A `ModifyInstancesDisasterRecoverGroupRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            disaster_recover_group_id: ::std::option::Option::None,
            force: ::std::option::Option::None,
            disaster_recover_group_ids: ::std::option::Option::None,
            partition_number: ::std::option::Option::None,
        }
    }
    /// Sets `DisasterRecoverGroupId`.
    pub fn disaster_recover_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disaster_recover_group_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DisasterRecoverGroupIds`.
    pub fn disaster_recover_group_ids(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.disaster_recover_group_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `PartitionNumber`.
    pub fn partition_number(mut self, value: i64) -> Self {
        self.partition_number = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::modify_instances_disaster_recover_group`](crate::Client::modify_instances_disaster_recover_group) (`ModifyInstancesDisasterRecoverGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesDisasterRecoverGroupResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
