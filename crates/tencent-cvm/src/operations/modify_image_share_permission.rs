//! `ModifyImageSharePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageSharePermission>
/// The request of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionRequest {
    /// `ImageId`. Required.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `AccountIds`. Required.
    #[serde(rename = "AccountIds")]
    pub account_ids: ::std::vec::Vec<::std::string::String>,
    /// `Permission`. Required.
    #[serde(rename = "Permission")]
    pub permission: ::std::string::String,
}
impl ModifyImageSharePermissionRequest {
    /// A `ModifyImageSharePermissionRequest` with its required members: `ImageId`, `AccountIds`, `Permission`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_id: impl ::std::convert::Into<::std::string::String>,
        account_ids: ::std::vec::Vec<::std::string::String>,
        permission: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            image_id: image_id.into(),
            account_ids,
            permission: permission.into(),
        }
    }
}
/// The response of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
