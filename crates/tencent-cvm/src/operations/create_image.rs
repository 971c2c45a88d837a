//! `CreateImage`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateImage>
/// The request of [`Client::create_image`](crate::Client::create_image) (`CreateImage`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageRequest {
    /// `ImageName`. Required.
    #[serde(rename = "ImageName")]
    pub image_name: ::std::string::String,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `ImageDescription`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
    /// `ForcePoweroff`.
    #[serde(
        rename = "ForcePoweroff",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_poweroff: ::std::option::Option<::std::string::String>,
    /// `Sysprep`.
    #[serde(
        rename = "Sysprep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sysprep: ::std::option::Option<::std::string::String>,
    /// `DataDiskIds`.
    #[serde(
        rename = "DataDiskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `SnapshotIds`.
    #[serde(
        rename = "SnapshotIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
}
impl CreateImageRequest {
    /// A `CreateImageRequest` with its required members: `ImageName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_name: image_name.into(),
            instance_id: ::std::option::Option::None,
            image_description: ::std::option::Option::None,
            force_poweroff: ::std::option::Option::None,
            sysprep: ::std::option::Option::None,
            data_disk_ids: ::std::option::Option::None,
            snapshot_ids: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
        }
    }
    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ImageDescription`.
    pub fn image_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ForcePoweroff`.
    pub fn force_poweroff(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.force_poweroff = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Sysprep`.
    pub fn sysprep(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.sysprep = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `DataDiskIds`.
    pub fn data_disk_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.data_disk_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `SnapshotIds`.
    pub fn snapshot_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.snapshot_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
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
    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::create_image`](crate::Client::create_image) (`CreateImage`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateImageResponse {
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
