//! `SyncImages`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=SyncImages>
/// The request of [`Client::sync_images`](crate::Client::sync_images) (`SyncImages`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SyncImagesRequest {
    /// `ImageIds`. Required.
    #[serde(rename = "ImageIds")]
    pub image_ids: ::std::vec::Vec<::std::string::String>,
    /// `DestinationRegions`. Required.
    #[serde(rename = "DestinationRegions")]
    pub destination_regions: ::std::vec::Vec<::std::string::String>,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `ImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageSetRequired`.
    #[serde(
        rename = "ImageSetRequired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_set_required: ::std::option::Option<bool>,
    /// `Encrypt`.
    #[serde(
        rename = "Encrypt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
    /// `KmsKeyId`.
    #[serde(
        rename = "KmsKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}
impl SyncImagesRequest {
    /// A `SyncImagesRequest` with its required members: `ImageIds`, `DestinationRegions`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_ids: ::std::vec::Vec<::std::string::String>,
        destination_regions: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            image_ids,
            destination_regions,
            dry_run: ::std::option::Option::None,
            image_name: ::std::option::Option::None,
            image_set_required: ::std::option::Option::None,
            encrypt: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
        }
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ImageSetRequired`.
    pub fn image_set_required(mut self, value: bool) -> Self {
        self.image_set_required = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Encrypt`.
    pub fn encrypt(mut self, value: bool) -> Self {
        self.encrypt = ::std::option::Option::Some(value);
        self
    }
    /// Sets `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::sync_images`](crate::Client::sync_images) (`SyncImages`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SyncImagesResponse {
    /// `ImageSet`.
    #[serde(
        rename = "ImageSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_set: ::std::option::Option<::std::vec::Vec<crate::models::SyncImage>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
