//! `CreateImage`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateImage>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "CreateImage",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::create_image`](crate::Client::create_image) (`CreateImage`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for CreateImageRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateImageRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateImageRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateImageRequest, A::Error> {
                let mut m_image_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_force_poweroff: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_sysprep: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_data_disk_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_snapshot_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_tag_specification: ::std::option::Option<
                    ::std::vec::Vec<crate::models::TagSpecification>,
                > = ::std::option::Option::None;
                let mut m_image_family: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageName" => m_image_name = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "ImageDescription" => m_image_description = map.next_value()?,
                        "ForcePoweroff" => m_force_poweroff = map.next_value()?,
                        "Sysprep" => m_sysprep = map.next_value()?,
                        "DataDiskIds" => m_data_disk_ids = map.next_value()?,
                        "SnapshotIds" => m_snapshot_ids = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        "TagSpecification" => m_tag_specification = map.next_value()?,
                        "ImageFamily" => m_image_family = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(CreateImageRequest {
                    image_name: m_image_name.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageName")
                    })?,
                    instance_id: m_instance_id,
                    image_description: m_image_description,
                    force_poweroff: m_force_poweroff,
                    sysprep: m_sysprep,
                    data_disk_ids: m_data_disk_ids,
                    snapshot_ids: m_snapshot_ids,
                    dry_run: m_dry_run,
                    tag_specification: m_tag_specification,
                    image_family: m_image_family,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::create_image`](crate::Client::create_image) (`CreateImage`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for CreateImageResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateImageResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateImageResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateImageResponse, A::Error> {
                let mut out = CreateImageResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageId" => out.image_id = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
