//! `DeleteInstancesActionTimer`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesActionTimer>
/// The request of [`Client::delete_instances_action_timer`](crate::Client::delete_instances_action_timer) (`DeleteInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteInstancesActionTimerRequest {
    /// `ActionTimerIds`. Required.
    #[serde(rename = "ActionTimerIds")]
    pub action_timer_ids: ::std::vec::Vec<::std::string::String>,
}
impl DeleteInstancesActionTimerRequest {
    /// A `DeleteInstancesActionTimerRequest` with its required members: `ActionTimerIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action_timer_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { action_timer_ids }
    }
}
/// The response of [`Client::delete_instances_action_timer`](crate::Client::delete_instances_action_timer) (`DeleteInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteInstancesActionTimerResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
