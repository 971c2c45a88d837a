//! `DeleteImages`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteImages>
/// The request of [`Client::delete_images`](crate::Client::delete_images) (`DeleteImages`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteImagesRequest {
    /// `ImageIds`. Required.
    #[serde(rename = "ImageIds")]
    pub image_ids: ::std::vec::Vec<::std::string::String>,
    /// `DeleteBindedSnap`.
    #[serde(
        rename = "DeleteBindedSnap",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_binded_snap: ::std::option::Option<bool>,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}
impl DeleteImagesRequest {
    /// A `DeleteImagesRequest` with its required members: `ImageIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            image_ids,
            delete_binded_snap: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
        }
    }
    /// Sets `DeleteBindedSnap`.
    pub fn delete_binded_snap(mut self, value: bool) -> Self {
        self.delete_binded_snap = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::delete_images`](crate::Client::delete_images) (`DeleteImages`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteImagesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
