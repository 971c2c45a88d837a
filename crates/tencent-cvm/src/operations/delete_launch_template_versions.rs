//! `DeleteLaunchTemplateVersions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplateVersions>
/// The request of [`Client::delete_launch_template_versions`](crate::Client::delete_launch_template_versions) (`DeleteLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionsRequest {
    /// `LaunchTemplateId`. Required.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
    /// `LaunchTemplateVersions`. Required.
    #[serde(rename = "LaunchTemplateVersions")]
    pub launch_template_versions: ::std::vec::Vec<i64>,
}
impl DeleteLaunchTemplateVersionsRequest {
    /// A `DeleteLaunchTemplateVersionsRequest` with its required members: `LaunchTemplateId`, `LaunchTemplateVersions`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        launch_template_id: impl ::std::convert::Into<::std::string::String>,
        launch_template_versions: ::std::vec::Vec<i64>,
    ) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            launch_template_versions,
        }
    }
}
/// The response of [`Client::delete_launch_template_versions`](crate::Client::delete_launch_template_versions) (`DeleteLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
