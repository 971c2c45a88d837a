//! `ModifyInstancesProject`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesProject>
/// The request of [`Client::modify_instances_project`](crate::Client::modify_instances_project) (`ModifyInstancesProject`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesProjectRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ProjectId`. Required.
    #[serde(rename = "ProjectId")]
    pub project_id: i64,
}
impl ModifyInstancesProjectRequest {
    /// A `ModifyInstancesProjectRequest` with its required members: `InstanceIds`, `ProjectId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>, project_id: i64) -> Self {
        Self {
            instance_ids,
            project_id,
        }
    }
}
/// The response of [`Client::modify_instances_project`](crate::Client::modify_instances_project) (`ModifyInstancesProject`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesProjectResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
