//! `DescribeImageSharePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageSharePermission>
/// The request of [`Client::describe_image_share_permission`](crate::Client::describe_image_share_permission) (`DescribeImageSharePermission`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageSharePermissionRequest {
    /// `ImageId`. Required.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
}
impl DescribeImageSharePermissionRequest {
    /// A `DescribeImageSharePermissionRequest` with its required members: `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_id: image_id.into(),
        }
    }
}
/// The response of [`Client::describe_image_share_permission`](crate::Client::describe_image_share_permission) (`DescribeImageSharePermission`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageSharePermissionResponse {
    /// `SharePermissionSet`.
    #[serde(
        rename = "SharePermissionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_permission_set:
        ::std::option::Option<::std::vec::Vec<crate::models::SharePermission>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
