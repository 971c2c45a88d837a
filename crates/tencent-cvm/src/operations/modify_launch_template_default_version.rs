//! `ModifyLaunchTemplateDefaultVersion`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyLaunchTemplateDefaultVersion>
/// The request of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionRequest {
    /// `LaunchTemplateId`. Required.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
    /// `DefaultVersion`. Required.
    #[serde(rename = "DefaultVersion")]
    pub default_version: i64,
}
impl ModifyLaunchTemplateDefaultVersionRequest {
    /// A `ModifyLaunchTemplateDefaultVersionRequest` with its required members: `LaunchTemplateId`, `DefaultVersion`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        launch_template_id: impl ::std::convert::Into<::std::string::String>,
        default_version: i64,
    ) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            default_version,
        }
    }
}
/// The response of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
