//! `ImportImage`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ImportImage>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ImportImage",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Architecture",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OSType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Platform",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BootMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LicenseType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskDeviceMapping",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DetectionStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageLocationArn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `DiskDeviceMapping` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMapping {
    /// `Device`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
    /// `DiskImSize`.
    ///
    /// Example: `80`.
    #[serde(
        rename = "DiskImSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_im_size: ::std::option::Option<i32>,
    /// `DiskImageSize`.
    ///
    /// Example: `80`.
    #[serde(
        rename = "DiskImageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_image_size: ::std::option::Option<i32>,
    /// `Format`.
    ///
    /// Example: `QCOW2`.
    #[serde(
        rename = "Format",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub format: ::std::option::Option<::std::string::String>,
    /// `OSSBucket`.
    ///
    /// Example: `ecsimageos`.
    #[serde(
        rename = "OSSBucket",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_bucket: ::std::option::Option<::std::string::String>,
    /// `OSSObject`.
    ///
    /// Example: `CentOS_5.4_32.raw`.
    #[serde(
        rename = "OSSObject",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_object: ::std::option::Option<::std::string::String>,
}

impl DiskDeviceMapping {
    /// An empty `DiskDeviceMapping`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            device: ::std::option::Option::None,
            disk_im_size: ::std::option::Option::None,
            disk_image_size: ::std::option::Option::None,
            format: ::std::option::Option::None,
            oss_bucket: ::std::option::Option::None,
            oss_object: ::std::option::Option::None,
        }
    }

    /// Sets `Device`.
    pub fn device(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskImSize`.
    pub fn disk_im_size(mut self, value: i32) -> Self {
        self.disk_im_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DiskImageSize`.
    pub fn disk_image_size(mut self, value: i32) -> Self {
        self.disk_image_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Format`.
    pub fn format(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.format = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OSSBucket`.
    pub fn oss_bucket(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.oss_bucket = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OSSObject`.
    pub fn oss_object(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.oss_object = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DiskDeviceMapping {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskDeviceMapping",
            &[
                ("device", d::opt(&self.device)),
                ("disk_im_size", d::opt(&self.disk_im_size)),
                ("disk_image_size", d::opt(&self.disk_image_size)),
                ("format", d::opt(&self.format)),
                ("oss_bucket", d::opt(&self.oss_bucket)),
                ("oss_object", d::opt(&self.oss_object)),
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
            "DiskImSize",
            "DiskImageSize",
            "Format",
            "OSSBucket",
            "OSSObject",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DiskDeviceMapping::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.device = r.decode()?,
                1 => out.disk_im_size = r.decode()?,
                2 => out.disk_image_size = r.decode()?,
                3 => out.format = r.decode()?,
                4 => out.oss_bucket = r.decode()?,
                5 => out.oss_object = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::import_image`](crate::Client::import_image) (`ImportImage`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportImageRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageName` (query).
    ///
    /// Example: `ImageTestName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `TestDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Architecture` (query).
    ///
    /// Example: `x86_64`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::string::String>,
    /// `OSType` (query).
    ///
    /// Example: `linux`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `Platform` (query).
    ///
    /// Example: `Aliyun`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `BootMode` (query).
    ///
    /// Example: `BIOS`.
    #[serde(
        rename = "BootMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_mode: ::std::option::Option<::std::string::String>,
    /// `RoleName` (query).
    ///
    /// Example: `AliyunECSImageImportDefaultRole`.
    #[serde(
        rename = "RoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_name: ::std::option::Option<::std::string::String>,
    /// `LicenseType` (query).
    ///
    /// Example: `Auto`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `DiskDeviceMapping` (query, sent as `DiskDeviceMapping.1`, `DiskDeviceMapping.2`, …).
    ///
    /// At most 17 items.
    #[serde(
        rename = "DiskDeviceMapping",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mapping: ::std::option::Option<::std::vec::Vec<DiskDeviceMapping>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `DetectionStrategy` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "DetectionStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detection_strategy: ::std::option::Option<::std::string::String>,
    /// `StorageLocationArn` (query).
    ///
    /// Example: `arn:acs:cloudbox:cn-hangzhou:123456:cloudbox/cb-xx***123`.
    #[serde(
        rename = "StorageLocationArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_location_arn: ::std::option::Option<::std::string::String>,
}

impl ImportImageRequest {
    /// A `ImportImageRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            image_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            architecture: ::std::option::Option::None,
            os_type: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            boot_mode: ::std::option::Option::None,
            role_name: ::std::option::Option::None,
            license_type: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            disk_device_mapping: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            detection_strategy: ::std::option::Option::None,
            storage_location_arn: ::std::option::Option::None,
        }
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Architecture`.
    pub fn architecture(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.architecture = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OSType`.
    pub fn os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Platform`.
    pub fn platform(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BootMode`.
    pub fn boot_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.boot_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RoleName`.
    pub fn role_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LicenseType`.
    pub fn license_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.license_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskDeviceMapping`.
    pub fn disk_device_mapping(mut self, value: ::std::vec::Vec<DiskDeviceMapping>) -> Self {
        self.disk_device_mapping = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DetectionStrategy`.
    pub fn detection_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.detection_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageLocationArn`.
    pub fn storage_location_arn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_location_arn = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ImportImageRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImportImageRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_name", d::opt(&self.image_name)),
                ("description", d::opt(&self.description)),
                ("architecture", d::opt(&self.architecture)),
                ("os_type", d::opt(&self.os_type)),
                ("platform", d::opt(&self.platform)),
                ("boot_mode", d::opt(&self.boot_mode)),
                ("role_name", d::opt(&self.role_name)),
                ("license_type", d::opt(&self.license_type)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("disk_device_mapping", d::opt(&self.disk_device_mapping)),
                ("tag", d::opt(&self.tag)),
                ("detection_strategy", d::opt(&self.detection_strategy)),
                ("storage_location_arn", d::opt(&self.storage_location_arn)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImportImageRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ImageName",
            "Description",
            "Architecture",
            "OSType",
            "Platform",
            "BootMode",
            "RoleName",
            "LicenseType",
            "ResourceGroupId",
            "DiskDeviceMapping",
            "Tag",
            "DetectionStrategy",
            "StorageLocationArn",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_architecture: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_os_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_platform: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_boot_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_license_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_device_mapping: ::std::option::Option<::std::vec::Vec<DiskDeviceMapping>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_detection_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_location_arn: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_name = r.decode()?,
                2 => m_description = r.decode()?,
                3 => m_architecture = r.decode()?,
                4 => m_os_type = r.decode()?,
                5 => m_platform = r.decode()?,
                6 => m_boot_mode = r.decode()?,
                7 => m_role_name = r.decode()?,
                8 => m_license_type = r.decode()?,
                9 => m_resource_group_id = r.decode()?,
                10 => m_disk_device_mapping = r.decode()?,
                11 => m_tag = r.decode()?,
                12 => m_detection_strategy = r.decode()?,
                13 => m_storage_location_arn = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ImportImageRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_name: m_image_name,
            description: m_description,
            architecture: m_architecture,
            os_type: m_os_type,
            platform: m_platform,
            boot_mode: m_boot_mode,
            role_name: m_role_name,
            license_type: m_license_type,
            resource_group_id: m_resource_group_id,
            disk_device_mapping: m_disk_device_mapping,
            tag: m_tag,
            detection_strategy: m_detection_strategy,
            storage_location_arn: m_storage_location_arn,
        })
    }
}

/// The response of [`Client::import_image`](crate::Client::import_image) (`ImportImage`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportImageResponse {
    /// `ImageId`.
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TaskId`.
    ///
    /// Example: `t-bp67acfmxazb4p****`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ImportImageResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImportImageResponse",
            &[
                ("image_id", d::opt(&self.image_id)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("task_id", d::opt(&self.task_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImportImageResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageId", "RegionId", "RequestId", "TaskId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ImportImageResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_id = r.decode()?,
                1 => out.region_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.task_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
