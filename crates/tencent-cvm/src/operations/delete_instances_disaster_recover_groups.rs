//! `DeleteInstancesDisasterRecoverGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesDisasterRecoverGroups>
/// The request of [`Client::delete_instances_disaster_recover_groups`](crate::Client::delete_instances_disaster_recover_groups) (`DeleteInstancesDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteInstancesDisasterRecoverGroupsRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `DisasterRecoverGroupIds`. Required.
    #[serde(rename = "DisasterRecoverGroupIds")]
    pub disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>,
}
impl DeleteInstancesDisasterRecoverGroupsRequest {
    /// A `DeleteInstancesDisasterRecoverGroupsRequest` with its required members: `InstanceIds`, `DisasterRecoverGroupIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            disaster_recover_group_ids,
        }
    }
}
/// The response of [`Client::delete_instances_disaster_recover_groups`](crate::Client::delete_instances_disaster_recover_groups) (`DeleteInstancesDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteInstancesDisasterRecoverGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
