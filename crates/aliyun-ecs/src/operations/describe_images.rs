//! `DescribeImages`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImages>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImages",
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
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ShowExpired",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageOwnerAlias",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsSupportIoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsSupportCloudinit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OSType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Architecture",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Usage",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActionType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsPublic",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageOwnerId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_images`](crate::Client::describe_images) (`DescribeImages`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Status` (query).
    ///
    /// Default: `Available`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `ImageId` (query).
    ///
    /// Example: `m-bp1g7004ksh0oeuc****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ShowExpired` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ShowExpired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_expired: ::std::option::Option<bool>,
    /// `SnapshotId` (query).
    ///
    /// Example: `s-bp17ot2q7x72ggtw****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `ImageName` (query).
    ///
    /// Example: `testImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageFamily` (query).
    ///
    /// Example: `hangzhou-daily-update`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImageOwnerAlias` (query).
    ///
    /// Example: `self`.
    #[serde(
        rename = "ImageOwnerAlias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_alias: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `IsSupportIoOptimized` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsSupportIoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_io_optimized: ::std::option::Option<bool>,
    /// `IsSupportCloudinit` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsSupportCloudinit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_cloudinit: ::std::option::Option<bool>,
    /// `OSType` (query).
    ///
    /// Example: `linux`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `Architecture` (query).
    ///
    /// Example: `i386`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Usage` (query).
    ///
    /// Example: `instance`.
    #[serde(
        rename = "Usage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `ActionType` (query).
    ///
    /// Example: `CreateEcs`.
    #[serde(
        rename = "ActionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_type: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `Filter` (query, sent as `Filter.1`, `Filter.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Filter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `IsPublic` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "IsPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
    /// `ImageOwnerId` (query).
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "ImageOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_id: ::std::option::Option<i64>,
}

impl DescribeImagesRequest {
    /// A `DescribeImagesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            status: ::std::option::Option::None,
            image_id: ::std::option::Option::None,
            show_expired: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            image_name: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            image_owner_alias: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            is_support_io_optimized: ::std::option::Option::None,
            is_support_cloudinit: ::std::option::Option::None,
            os_type: ::std::option::Option::None,
            architecture: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            usage: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            action_type: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            filter: ::std::option::Option::None,
            is_public: ::std::option::Option::None,
            image_owner_id: ::std::option::Option::None,
        }
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ShowExpired`.
    pub fn show_expired(mut self, value: bool) -> Self {
        self.show_expired = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageOwnerAlias`.
    pub fn image_owner_alias(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_owner_alias = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IsSupportIoOptimized`.
    pub fn is_support_io_optimized(mut self, value: bool) -> Self {
        self.is_support_io_optimized = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IsSupportCloudinit`.
    pub fn is_support_cloudinit(mut self, value: bool) -> Self {
        self.is_support_cloudinit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `OSType`.
    pub fn os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Architecture`.
    pub fn architecture(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.architecture = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Usage`.
    pub fn usage(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.usage = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ActionType`.
    pub fn action_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.action_type = ::std::option::Option::Some(value.into());
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Filter`.
    pub fn filter(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IsPublic`.
    pub fn is_public(mut self, value: bool) -> Self {
        self.is_public = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ImageOwnerId`.
    pub fn image_owner_id(mut self, value: i64) -> Self {
        self.image_owner_id = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeImagesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("image_id", d::opt(&self.image_id)),
                ("show_expired", d::opt(&self.show_expired)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("image_name", d::opt(&self.image_name)),
                ("image_family", d::opt(&self.image_family)),
                ("image_owner_alias", d::opt(&self.image_owner_alias)),
                ("instance_type", d::opt(&self.instance_type)),
                (
                    "is_support_io_optimized",
                    d::opt(&self.is_support_io_optimized),
                ),
                ("is_support_cloudinit", d::opt(&self.is_support_cloudinit)),
                ("os_type", d::opt(&self.os_type)),
                ("architecture", d::opt(&self.architecture)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("usage", d::opt(&self.usage)),
                ("dry_run", d::opt(&self.dry_run)),
                ("action_type", d::opt(&self.action_type)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("filter", d::opt(&self.filter)),
                ("is_public", d::opt(&self.is_public)),
                ("image_owner_id", d::opt(&self.image_owner_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Status",
            "ImageId",
            "ShowExpired",
            "SnapshotId",
            "ImageName",
            "ImageFamily",
            "ImageOwnerAlias",
            "InstanceType",
            "IsSupportIoOptimized",
            "IsSupportCloudinit",
            "OSType",
            "Architecture",
            "PageNumber",
            "PageSize",
            "Usage",
            "DryRun",
            "ActionType",
            "ResourceGroupId",
            "Tag",
            "Filter",
            "IsPublic",
            "ImageOwnerId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 24] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_show_expired: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_owner_alias: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_is_support_io_optimized: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_is_support_cloudinit: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_os_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_architecture: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_usage: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_action_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_filter: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_is_public: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_image_owner_id: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_status = r.decode()?,
                2 => m_image_id = r.decode()?,
                3 => m_show_expired = r.decode()?,
                4 => m_snapshot_id = r.decode()?,
                5 => m_image_name = r.decode()?,
                6 => m_image_family = r.decode()?,
                7 => m_image_owner_alias = r.decode()?,
                8 => m_instance_type = r.decode()?,
                9 => m_is_support_io_optimized = r.decode()?,
                10 => m_is_support_cloudinit = r.decode()?,
                11 => m_os_type = r.decode()?,
                12 => m_architecture = r.decode()?,
                13 => m_page_number = r.decode()?,
                14 => m_page_size = r.decode()?,
                15 => m_usage = r.decode()?,
                16 => m_dry_run = r.decode()?,
                17 => m_action_type = r.decode()?,
                18 => m_resource_group_id = r.decode()?,
                19 => m_tag = r.decode()?,
                20 => m_filter = r.decode()?,
                21 => m_is_public = r.decode()?,
                22 => m_image_owner_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeImagesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            status: m_status,
            image_id: m_image_id,
            show_expired: m_show_expired,
            snapshot_id: m_snapshot_id,
            image_name: m_image_name,
            image_family: m_image_family,
            image_owner_alias: m_image_owner_alias,
            instance_type: m_instance_type,
            is_support_io_optimized: m_is_support_io_optimized,
            is_support_cloudinit: m_is_support_cloudinit,
            os_type: m_os_type,
            architecture: m_architecture,
            page_number: m_page_number,
            page_size: m_page_size,
            usage: m_usage,
            dry_run: m_dry_run,
            action_type: m_action_type,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            filter: m_filter,
            is_public: m_is_public,
            image_owner_id: m_image_owner_id,
        })
    }
}

/// The `Images.Image.DetectionOptions.Items.Item` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Item {
    /// `Name`.
    ///
    /// Example: `Nvme`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `RiskCode`.
    ///
    /// Example: `NVMe.NotInstalled`.
    #[serde(
        rename = "RiskCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_code: ::std::option::Option<::yun_core::Text>,
    /// `RiskLevel`.
    ///
    /// Example: `High`.
    #[serde(
        rename = "RiskLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_level: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `Supported`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Item {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Item",
            &[
                ("name", d::opt(&self.name)),
                ("risk_code", d::opt(&self.risk_code)),
                ("risk_level", d::opt(&self.risk_level)),
                ("value", d::opt(&self.value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Item {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Name", "RiskCode", "RiskLevel", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Item::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.name = r.decode()?,
                1 => out.risk_code = r.decode()?,
                2 => out.risk_level = r.decode()?,
                3 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Images.Image.DetectionOptions.Items` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Items {
    /// `Item`.
    #[serde(
        rename = "Item",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub item: ::std::option::Option<::std::vec::Vec<Item>>,
}

impl ::std::fmt::Debug for Items {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Items", &[("item", d::opt(&self.item))])
    }
}

impl ::yun_core::json::Decode for Items {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Item"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Items::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.item = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Images.Image.DetectionOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetectionOptions {
    /// `Items`.
    #[serde(
        rename = "Items",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items: ::std::option::Option<Items>,
    /// `Status`.
    ///
    /// Example: `Processing`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl DetectionOptions {
    /// The items of `Items` (through its wrapper), empty when absent.
    pub fn items(&self) -> &[Item] {
        self.items
            .as_ref()
            .and_then(|w| w.item.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DetectionOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetectionOptions",
            &[
                ("items", d::opt(&self.items)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DetectionOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Items", "Status"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DetectionOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.items = r.decode()?,
                1 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Images.Image.DiskDeviceMappings.DiskDeviceMapping` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskDeviceMapping {
    /// `Device`.
    ///
    /// Example: `/dev/xvda`.
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
    /// `Progress`.
    ///
    /// Example: `32%`.
    #[serde(
        rename = "Progress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::yun_core::Text>,
    /// `RemainTime`.
    ///
    /// Example: `233`.
    #[serde(
        rename = "RemainTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remain_time: ::std::option::Option<i64>,
    /// `Size`.
    ///
    /// Example: `60`.
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
    /// Example: `system`.
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
                ("progress", d::opt(&self.progress)),
                ("remain_time", d::opt(&self.remain_time)),
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
            "Progress",
            "RemainTime",
            "Size",
            "SnapshotId",
            "Type",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = DiskDeviceMapping::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.device = r.decode()?,
                1 => out.format = r.decode()?,
                2 => out.import_oss_bucket = r.decode()?,
                3 => out.import_oss_object = r.decode()?,
                4 => out.progress = r.decode()?,
                5 => out.remain_time = r.decode()?,
                6 => out.size = r.decode()?,
                7 => out.snapshot_id = r.decode()?,
                8 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Images.Image.DiskDeviceMappings` object of the response.
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

/// The `Images.Image.Features` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Features {
    /// `NvmeSupport`.
    ///
    /// Example: `supported`.
    #[serde(
        rename = "NvmeSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nvme_support: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Features {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Features",
            &[("nvme_support", d::opt(&self.nvme_support))],
        )
    }
}

impl ::yun_core::json::Decode for Features {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NvmeSupport"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Features::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.nvme_support = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Images.Image` object of the response.
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
    /// `BootMode`.
    ///
    /// Example: `BIOS`.
    #[serde(
        rename = "BootMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_mode: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2019-11-15T06:07:05Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `Archive log for Oracle`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `DetectionOptions`.
    #[serde(
        rename = "DetectionOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detection_options: ::std::option::Option<DetectionOptions>,
    /// `DiskDeviceMappings`.
    #[serde(
        rename = "DiskDeviceMappings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_device_mappings: ::std::option::Option<DiskDeviceMappings>,
    /// `Features`.
    #[serde(
        rename = "Features",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub features: ::std::option::Option<Features>,
    /// `ImageFamily`.
    ///
    /// Example: `hangzhou-daily-update`.
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
    /// `ImageOwnerId`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "ImageOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_id: ::std::option::Option<i64>,
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
    /// `IsPublic`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "IsPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
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
    /// `LoginAsNonRootSupported`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "LoginAsNonRootSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_as_non_root_supported: ::std::option::Option<bool>,
    /// `OSName`.
    ///
    /// Example: `Windows Server  2016 数据中心版 64位中文版`.
    #[serde(
        rename = "OSName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `OSNameEn`.
    ///
    /// Example: `Windows Server  2016 Data Center Edition 64bit Chinese Edition`.
    #[serde(
        rename = "OSNameEn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name_en: ::std::option::Option<::yun_core::Text>,
    /// `OSType`.
    ///
    /// Example: `windows`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::yun_core::Text>,
    /// `Platform`.
    ///
    /// Example: `Windows Server 2016`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::yun_core::Text>,
    /// `ProductCode`.
    ///
    /// Example: `test000****`.
    #[serde(
        rename = "ProductCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::yun_core::Text>,
    /// `Progress`.
    ///
    /// Example: `100%`.
    #[serde(
        rename = "Progress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Size`.
    ///
    /// Example: `60`.
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
    /// `SupplierName`.
    ///
    /// Example: `TestName`.
    #[serde(
        rename = "SupplierName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supplier_name: ::std::option::Option<::yun_core::Text>,
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
                ("boot_mode", d::opt(&self.boot_mode)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("detection_options", d::opt(&self.detection_options)),
                ("disk_device_mappings", d::opt(&self.disk_device_mappings)),
                ("features", d::opt(&self.features)),
                ("image_family", d::opt(&self.image_family)),
                ("image_id", d::opt(&self.image_id)),
                ("image_name", d::opt(&self.image_name)),
                ("image_owner_alias", d::opt(&self.image_owner_alias)),
                ("image_owner_id", d::opt(&self.image_owner_id)),
                ("image_version", d::opt(&self.image_version)),
                ("is_copied", d::opt(&self.is_copied)),
                ("is_public", d::opt(&self.is_public)),
                ("is_self_shared", d::opt(&self.is_self_shared)),
                ("is_subscribed", d::opt(&self.is_subscribed)),
                ("is_support_cloudinit", d::opt(&self.is_support_cloudinit)),
                (
                    "is_support_io_optimized",
                    d::opt(&self.is_support_io_optimized),
                ),
                (
                    "login_as_non_root_supported",
                    d::opt(&self.login_as_non_root_supported),
                ),
                ("os_name", d::opt(&self.os_name)),
                ("os_name_en", d::opt(&self.os_name_en)),
                ("os_type", d::opt(&self.os_type)),
                ("platform", d::opt(&self.platform)),
                ("product_code", d::opt(&self.product_code)),
                ("progress", d::opt(&self.progress)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("size", d::opt(&self.size)),
                ("status", d::opt(&self.status)),
                ("supplier_name", d::opt(&self.supplier_name)),
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
            "BootMode",
            "CreationTime",
            "Description",
            "DetectionOptions",
            "DiskDeviceMappings",
            "Features",
            "ImageFamily",
            "ImageId",
            "ImageName",
            "ImageOwnerAlias",
            "ImageOwnerId",
            "ImageVersion",
            "IsCopied",
            "IsPublic",
            "IsSelfShared",
            "IsSubscribed",
            "IsSupportCloudinit",
            "IsSupportIoOptimized",
            "LoginAsNonRootSupported",
            "OSName",
            "OSNameEn",
            "OSType",
            "Platform",
            "ProductCode",
            "Progress",
            "ResourceGroupId",
            "Size",
            "Status",
            "SupplierName",
            "Tags",
            "Usage",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 33] = ::yun_core::json::member_order();
        let mut out = Image::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.architecture = r.decode()?,
                1 => out.boot_mode = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.detection_options = r.decode()?,
                5 => out.disk_device_mappings = r.decode()?,
                6 => out.features = r.decode()?,
                7 => out.image_family = r.decode()?,
                8 => out.image_id = r.decode()?,
                9 => out.image_name = r.decode()?,
                10 => out.image_owner_alias = r.decode()?,
                11 => out.image_owner_id = r.decode()?,
                12 => out.image_version = r.decode()?,
                13 => out.is_copied = r.decode()?,
                14 => out.is_public = r.decode()?,
                15 => out.is_self_shared = r.decode()?,
                16 => out.is_subscribed = r.decode()?,
                17 => out.is_support_cloudinit = r.decode()?,
                18 => out.is_support_io_optimized = r.decode()?,
                19 => out.login_as_non_root_supported = r.decode()?,
                20 => out.os_name = r.decode()?,
                21 => out.os_name_en = r.decode()?,
                22 => out.os_type = r.decode()?,
                23 => out.platform = r.decode()?,
                24 => out.product_code = r.decode()?,
                25 => out.progress = r.decode()?,
                26 => out.resource_group_id = r.decode()?,
                27 => out.size = r.decode()?,
                28 => out.status = r.decode()?,
                29 => out.supplier_name = r.decode()?,
                30 => out.tags = r.decode()?,
                31 => out.usage = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Images` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Images {
    /// `Image`.
    #[serde(
        rename = "Image",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<::std::vec::Vec<Image>>,
}

impl ::std::fmt::Debug for Images {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Images", &[("image", d::opt(&self.image))])
    }
}

impl ::yun_core::json::Decode for Images {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Image"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Images::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_images`](crate::Client::describe_images) (`DescribeImages`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagesResponse {
    /// `Images`.
    #[serde(
        rename = "Images",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub images: ::std::option::Option<Images>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
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
    /// Example: `66189103-EDB2-43E2-BB60-BFF2B62F4EB8`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeImagesResponse {
    /// The items of `Images` (through its wrapper), empty when absent.
    pub fn images(&self) -> &[Image] {
        self.images
            .as_ref()
            .and_then(|w| w.image.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeImagesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagesResponse",
            &[
                ("images", d::opt(&self.images)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Images",
            "PageNumber",
            "PageSize",
            "RegionId",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeImagesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.images = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.region_id = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeImagesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeImages` pages (by `PageNumber`), for [`Client::describe_images_paginator`](crate::Client::describe_images_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeImagesRequest {
    type Response = DescribeImagesResponse;
    type Item = Image;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeImagesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeImagesResponse) -> usize {
        page.images
            .as_ref()
            .and_then(|x| x.image.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeImagesResponse) -> ::std::vec::Vec<Image> {
        page.images.and_then(|x| x.image).unwrap_or_default()
    }
}
