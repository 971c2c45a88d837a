//! `ImportInstancesActionTimer`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportInstancesActionTimer>
/// The request of [`Client::import_instances_action_timer`](crate::Client::import_instances_action_timer) (`ImportInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImportInstancesActionTimerRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ActionTimer`. Required.
    #[serde(rename = "ActionTimer")]
    pub action_timer: crate::models::ActionTimer,
}
impl ImportInstancesActionTimerRequest {
    /// A `ImportInstancesActionTimerRequest` with its required members: `InstanceIds`, `ActionTimer`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        action_timer: crate::models::ActionTimer,
    ) -> Self {
        Self {
            instance_ids,
            action_timer,
        }
    }
}
/// The response of [`Client::import_instances_action_timer`](crate::Client::import_instances_action_timer) (`ImportInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImportInstancesActionTimerResponse {
    /// `ActionTimerIds`.
    #[serde(
        rename = "ActionTimerIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
