//! `DeleteLaunchTemplate`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplate>
/// The request of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateRequest {
    /// `LaunchTemplateId`. Required.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
}
impl DeleteLaunchTemplateRequest {
    /// A `DeleteLaunchTemplateRequest` with its required members: `LaunchTemplateId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(launch_template_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
        }
    }
}
/// The response of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
