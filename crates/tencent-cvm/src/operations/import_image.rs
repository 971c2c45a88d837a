//! `ImportImage`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportImage>
/// The request of [`Client::import_image`](crate::Client::import_image) (`ImportImage`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImportImageRequest {
    /// `Architecture`. Required.
    #[serde(rename = "Architecture")]
    pub architecture: ::std::string::String,
    /// `OsType`. Required.
    #[serde(rename = "OsType")]
    pub os_type: ::std::string::String,
    /// `OsVersion`. Required.
    #[serde(rename = "OsVersion")]
    pub os_version: ::std::string::String,
    /// `ImageUrl`. Required.
    #[serde(rename = "ImageUrl")]
    pub image_url: ::std::string::String,
    /// `ImageName`. Required.
    #[serde(rename = "ImageName")]
    pub image_name: ::std::string::String,
    /// `ImageDescription`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `Force`.
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
    /// `LicenseType`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::std::string::String>,
    /// `BootMode`.
    #[serde(
        rename = "BootMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_mode: ::std::option::Option<::std::string::String>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImportImageDataDiskList`.
    #[serde(
        rename = "ImportImageDataDiskList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_image_data_disk_list:
        ::std::option::Option<::std::vec::Vec<crate::models::ImportImageDataDisk>>,
}
impl ImportImageRequest {
    /// A `ImportImageRequest` with its required members: `Architecture`, `OsType`, `OsVersion`, `ImageUrl`, `ImageName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        architecture: impl ::std::convert::Into<::std::string::String>,
        os_type: impl ::std::convert::Into<::std::string::String>,
        os_version: impl ::std::convert::Into<::std::string::String>,
        image_url: impl ::std::convert::Into<::std::string::String>,
        image_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            architecture: architecture.into(),
            os_type: os_type.into(),
            os_version: os_version.into(),
            image_url: image_url.into(),
            image_name: image_name.into(),
            image_description: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            force: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
            license_type: ::std::option::Option::None,
            boot_mode: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            import_image_data_disk_list: ::std::option::Option::None,
        }
    }
    /// Sets `ImageDescription`.
    pub fn image_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }
    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
    /// Sets `LicenseType`.
    pub fn license_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.license_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `BootMode`.
    pub fn boot_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.boot_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ImportImageDataDiskList`.
    pub fn import_image_data_disk_list(
        mut self,
        value: ::std::vec::Vec<crate::models::ImportImageDataDisk>,
    ) -> Self {
        self.import_image_data_disk_list = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::import_image`](crate::Client::import_image) (`ImportImage`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImportImageResponse {
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
