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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_image_from_family`](crate::Client::describe_image_from_family) (`DescribeImageFromFamily`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageFromFamilyRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageFamily` (query). Required.
    ///
    /// Example: `hangzhou-daily-update`.
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

impl ::std::fmt::Debug for DescribeImageFromFamilyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageFromFamilyRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_family", d::req(&self.image_family)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageFromFamilyRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ImageFamily"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeImageFromFamilyRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_family: m_image_family.ok_or_else(|| r.missing("ImageFamily"))?,
        })
    }
}

/// The `Image.DiskDeviceMappings.DiskDeviceMapping` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMapping {
    /// `Device`.
    ///
    /// Example: `/dev/xvdb`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `Format`.
    ///
    /// Example: `qcow2`.
    #[serde(
        rename = "Format",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub format: ::std::option::Option<::yun_core::Text>,
    /// `ImportOSSBucket`.
    ///
    /// Example: `testEcsImport`.
    #[serde(
        rename = "ImportOSSBucket",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_oss_bucket: ::std::option::Option<::yun_core::Text>,
    /// `ImportOSSObject`.
    ///
    /// Example: `imageImport`.
    #[serde(
        rename = "ImportOSSObject",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_oss_object: ::std::option::Option<::yun_core::Text>,
    /// `Size`.
    ///
    /// Example: `80`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotId`.
    ///
    /// Example: `s-bp17ot2q7x72ggtw****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `Type`.
    ///
    /// Example: `custom`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DiskDeviceMapping {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskDeviceMapping",
            &[
                ("device", d::opt(&self.device)),
                ("format", d::opt(&self.format)),
                ("import_oss_bucket", d::opt(&self.import_oss_bucket)),
                ("import_oss_object", d::opt(&self.import_oss_object)),
                ("size", d::opt(&self.size)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DiskDeviceMapping {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Device",
            "Format",
            "ImportOSSBucket",
            "ImportOSSObject",
            "Size",
            "SnapshotId",
            "Type",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = DiskDeviceMapping::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.device = r.decode()?,
                1 => out.format = r.decode()?,
                2 => out.import_oss_bucket = r.decode()?,
                3 => out.import_oss_object = r.decode()?,
                4 => out.size = r.decode()?,
                5 => out.snapshot_id = r.decode()?,
                6 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Image.DiskDeviceMappings` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMappings {
    /// `DiskDeviceMapping`.
    #[serde(
        rename = "DiskDeviceMapping",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mapping: ::std::option::Option<::std::vec::Vec<DiskDeviceMapping>>,
}

impl ::std::fmt::Debug for DiskDeviceMappings {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskDeviceMappings",
            &[("disk_device_mapping", d::opt(&self.disk_device_mapping))],
        )
    }
}

impl ::yun_core::json::Decode for DiskDeviceMappings {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskDeviceMapping"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DiskDeviceMappings::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_device_mapping = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Image` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Image {
    /// `Architecture`.
    ///
    /// Example: `x86_64`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2018-01-10T01:01:10Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `DiskDeviceMappings`.
    #[serde(
        rename = "DiskDeviceMappings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mappings: ::std::option::Option<DiskDeviceMappings>,
    /// `ImageFamily`.
    ///
    /// Example: `testImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::yun_core::Text>,
    /// `ImageId`.
    ///
    /// Example: `m-bp1g7004ksh0oeuc****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `ImageName`.
    ///
    /// Example: `testImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::yun_core::Text>,
    /// `ImageOwnerAlias`.
    ///
    /// Example: `self`.
    #[serde(
        rename = "ImageOwnerAlias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_alias: ::std::option::Option<::yun_core::Text>,
    /// `ImageVersion`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "ImageVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_version: ::std::option::Option<::yun_core::Text>,
    /// `IsCopied`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "IsCopied",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_copied: ::std::option::Option<bool>,
    /// `IsSelfShared`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsSelfShared",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_self_shared: ::std::option::Option<::yun_core::Text>,
    /// `IsSubscribed`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "IsSubscribed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_subscribed: ::std::option::Option<bool>,
    /// `IsSupportCloudinit`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsSupportCloudinit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_cloudinit: ::std::option::Option<bool>,
    /// `IsSupportIoOptimized`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsSupportIoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_io_optimized: ::std::option::Option<bool>,
    /// `OSName`.
    ///
    /// Example: `Alibaba Cloud Linux 2.1903`.
    #[serde(
        rename = "OSName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `OSType`.
    ///
    /// Example: `linux`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::yun_core::Text>,
    /// `Platform`.
    ///
    /// Example: `Aliyun`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::yun_core::Text>,
    /// `ProductCode`.
    ///
    /// Example: `jxsc00****`.
    #[serde(
        rename = "ProductCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::yun_core::Text>,
    /// `Progress`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "Progress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::yun_core::Text>,
    /// `Size`.
    ///
    /// Example: `80`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `Usage`.
    #[serde(
        rename = "Usage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage: ::std::option::Option<::yun_core::Text>,
}

impl Image {
    /// The items of `DiskDeviceMappings` (through its wrapper), empty when absent.
    pub fn disk_device_mappings(&self) -> &[DiskDeviceMapping] {
        self.disk_device_mappings
            .as_ref()
            .and_then(|w| w.disk_device_mapping.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Image {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Image",
            &[
                ("architecture", d::opt(&self.architecture)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("disk_device_mappings", d::opt(&self.disk_device_mappings)),
                ("image_family", d::opt(&self.image_family)),
                ("image_id", d::opt(&self.image_id)),
                ("image_name", d::opt(&self.image_name)),
                ("image_owner_alias", d::opt(&self.image_owner_alias)),
                ("image_version", d::opt(&self.image_version)),
                ("is_copied", d::opt(&self.is_copied)),
                ("is_self_shared", d::opt(&self.is_self_shared)),
                ("is_subscribed", d::opt(&self.is_subscribed)),
                ("is_support_cloudinit", d::opt(&self.is_support_cloudinit)),
                (
                    "is_support_io_optimized",
                    d::opt(&self.is_support_io_optimized),
                ),
                ("os_name", d::opt(&self.os_name)),
                ("os_type", d::opt(&self.os_type)),
                ("platform", d::opt(&self.platform)),
                ("product_code", d::opt(&self.product_code)),
                ("progress", d::opt(&self.progress)),
                ("size", d::opt(&self.size)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("usage", d::opt(&self.usage)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Image {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Architecture",
            "CreationTime",
            "Description",
            "DiskDeviceMappings",
            "ImageFamily",
            "ImageId",
            "ImageName",
            "ImageOwnerAlias",
            "ImageVersion",
            "IsCopied",
            "IsSelfShared",
            "IsSubscribed",
            "IsSupportCloudinit",
            "IsSupportIoOptimized",
            "OSName",
            "OSType",
            "Platform",
            "ProductCode",
            "Progress",
            "Size",
            "Status",
            "Tags",
            "Usage",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 24] = ::yun_core::json::member_order();
        let mut out = Image::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.architecture = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.disk_device_mappings = r.decode()?,
                4 => out.image_family = r.decode()?,
                5 => out.image_id = r.decode()?,
                6 => out.image_name = r.decode()?,
                7 => out.image_owner_alias = r.decode()?,
                8 => out.image_version = r.decode()?,
                9 => out.is_copied = r.decode()?,
                10 => out.is_self_shared = r.decode()?,
                11 => out.is_subscribed = r.decode()?,
                12 => out.is_support_cloudinit = r.decode()?,
                13 => out.is_support_io_optimized = r.decode()?,
                14 => out.os_name = r.decode()?,
                15 => out.os_type = r.decode()?,
                16 => out.platform = r.decode()?,
                17 => out.product_code = r.decode()?,
                18 => out.progress = r.decode()?,
                19 => out.size = r.decode()?,
                20 => out.status = r.decode()?,
                21 => out.tags = r.decode()?,
                22 => out.usage = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_image_from_family`](crate::Client::describe_image_from_family) (`DescribeImageFromFamily`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageFromFamilyResponse {
    /// `Image`.
    #[serde(
        rename = "Image",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<Image>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeImageFromFamilyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageFromFamilyResponse",
            &[
                ("image", d::opt(&self.image)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageFromFamilyResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Image", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeImageFromFamilyResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
