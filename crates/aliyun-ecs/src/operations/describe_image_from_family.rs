//! `DescribeImageFromFamily`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageFromFamily>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImageFromFamily",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_image_from_family`](crate::Client::describe_image_from_family) (`DescribeImageFromFamily`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageFromFamilyRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageFamily` (query). Required.
    #[serde(rename = "ImageFamily")]
    pub image_family: ::std::string::String,
}

impl DescribeImageFromFamilyRequest {
    /// A `DescribeImageFromFamilyRequest` with its required members: `RegionId`, `ImageFamily`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_family: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            image_family: image_family.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeImageFromFamilyRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImageFromFamilyRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImageFromFamilyRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImageFromFamilyRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_family: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ImageFamily" => m_image_family = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeImageFromFamilyRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    image_family: m_image_family.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageFamily")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Image.DiskDeviceMappings.DiskDeviceMapping` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMapping {
    /// `Device`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
    /// `Format`.
    #[serde(
        rename = "Format",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub format: ::std::option::Option<::std::string::String>,
    /// `ImportOSSBucket`.
    #[serde(
        rename = "ImportOSSBucket",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_oss_bucket: ::std::option::Option<::std::string::String>,
    /// `ImportOSSObject`.
    #[serde(
        rename = "ImportOSSObject",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_oss_object: ::std::option::Option<::std::string::String>,
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<::std::string::String>,
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DiskDeviceMapping {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskDeviceMapping;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskDeviceMapping` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskDeviceMapping, A::Error> {
                let mut out = DiskDeviceMapping::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Device" => out.device = map.next_value()?,
                        "Format" => out.format = map.next_value()?,
                        "ImportOSSBucket" => out.import_oss_bucket = map.next_value()?,
                        "ImportOSSObject" => out.import_oss_object = map.next_value()?,
                        "Size" => out.size = map.next_value()?,
                        "SnapshotId" => out.snapshot_id = map.next_value()?,
                        "Type" => out.r#type = map.next_value()?,
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

/// The `Image.DiskDeviceMappings` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMappings {
    /// `DiskDeviceMapping`.
    #[serde(
        rename = "DiskDeviceMapping",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mapping: ::std::option::Option<::std::vec::Vec<DiskDeviceMapping>>,
}

impl<'de> ::serde::Deserialize<'de> for DiskDeviceMappings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskDeviceMappings;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskDeviceMappings` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskDeviceMappings, A::Error> {
                let mut out = DiskDeviceMappings::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskDeviceMapping" => {
                            out.disk_device_mapping = map.next_value()?;
                        }

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

/// The `Image.Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TagKey" => out.tag_key = map.next_value()?,
                        "TagValue" => out.tag_value = map.next_value()?,
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

/// The `Image.Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl<'de> ::serde::Deserialize<'de> for Tags {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tags;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tags` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tags, A::Error> {
                let mut out = Tags::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Tag" => out.tag = map.next_value()?,
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

/// The `Image` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Image {
    /// `Architecture`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DiskDeviceMappings`.
    #[serde(
        rename = "DiskDeviceMappings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mappings: ::std::option::Option<DiskDeviceMappings>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageOwnerAlias`.
    #[serde(
        rename = "ImageOwnerAlias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_alias: ::std::option::Option<::std::string::String>,
    /// `ImageVersion`.
    #[serde(
        rename = "ImageVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_version: ::std::option::Option<::std::string::String>,
    /// `IsCopied`.
    #[serde(
        rename = "IsCopied",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_copied: ::std::option::Option<bool>,
    /// `IsSelfShared`.
    #[serde(
        rename = "IsSelfShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_self_shared: ::std::option::Option<::std::string::String>,
    /// `IsSubscribed`.
    #[serde(
        rename = "IsSubscribed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_subscribed: ::std::option::Option<bool>,
    /// `IsSupportCloudinit`.
    #[serde(
        rename = "IsSupportCloudinit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_cloudinit: ::std::option::Option<bool>,
    /// `IsSupportIoOptimized`.
    #[serde(
        rename = "IsSupportIoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_io_optimized: ::std::option::Option<bool>,
    /// `OSName`.
    #[serde(
        rename = "OSName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `OSType`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `Platform`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `ProductCode`.
    #[serde(
        rename = "ProductCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// `Progress`.
    #[serde(
        rename = "Progress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::std::string::String>,
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
    /// `Usage`.
    #[serde(
        rename = "Usage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Image {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Image;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Image` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Image, A::Error> {
                let mut out = Image::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Architecture" => out.architecture = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "DiskDeviceMappings" => {
                            out.disk_device_mappings = map.next_value()?;
                        }

                        "ImageFamily" => out.image_family = map.next_value()?,
                        "ImageId" => out.image_id = map.next_value()?,
                        "ImageName" => out.image_name = map.next_value()?,
                        "ImageOwnerAlias" => out.image_owner_alias = map.next_value()?,
                        "ImageVersion" => out.image_version = map.next_value()?,
                        "IsCopied" => out.is_copied = map.next_value()?,
                        "IsSelfShared" => out.is_self_shared = map.next_value()?,
                        "IsSubscribed" => out.is_subscribed = map.next_value()?,
                        "IsSupportCloudinit" => {
                            out.is_support_cloudinit = map.next_value()?;
                        }

                        "IsSupportIoOptimized" => {
                            out.is_support_io_optimized = map.next_value()?;
                        }

                        "OSName" => out.os_name = map.next_value()?,
                        "OSType" => out.os_type = map.next_value()?,
                        "Platform" => out.platform = map.next_value()?,
                        "ProductCode" => out.product_code = map.next_value()?,
                        "Progress" => out.progress = map.next_value()?,
                        "Size" => out.size = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "Usage" => out.usage = map.next_value()?,
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

/// The response of [`Client::describe_image_from_family`](crate::Client::describe_image_from_family) (`DescribeImageFromFamily`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageFromFamilyResponse {
    /// `Image`.
    #[serde(
        rename = "Image",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<Image>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeImageFromFamilyResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeImageFromFamilyResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeImageFromFamilyResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeImageFromFamilyResponse, A::Error> {
                let mut out = DescribeImageFromFamilyResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Image" => out.image = map.next_value()?,
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
