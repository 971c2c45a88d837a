//! `DeleteDisasterRecoverGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteDisasterRecoverGroups>
/// The request of [`Client::delete_disaster_recover_groups`](crate::Client::delete_disaster_recover_groups) (`DeleteDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDisasterRecoverGroupsRequest {
    /// `DisasterRecoverGroupIds`. Required.
    #[serde(rename = "DisasterRecoverGroupIds")]
    pub disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>,
}
impl DeleteDisasterRecoverGroupsRequest {
    /// A `DeleteDisasterRecoverGroupsRequest` with its required members: `DisasterRecoverGroupIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            disaster_recover_group_ids,
        }
    }
}
/// The response of [`Client::delete_disaster_recover_groups`](crate::Client::delete_disaster_recover_groups) (`DeleteDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDisasterRecoverGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
