//! `DescribeAutoSnapshotPolicyEx`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoSnapshotPolicyEx>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAutoSnapshotPolicyEx",
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
                name: "AutoSnapshotPolicyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoSnapshotPolicyName",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_auto_snapshot_policy_ex`](crate::Client::describe_auto_snapshot_policy_ex) (`DescribeAutoSnapshotPolicyEx`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoSnapshotPolicyExRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `AutoSnapshotPolicyId` (query).
    ///
    /// Example: `sp-bp67acfmxazb4ph****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
    /// `AutoSnapshotPolicyName` (query).
    ///
    /// Example: `TestName`.
    #[serde(
        rename = "AutoSnapshotPolicyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_name: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
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
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-aek2kkmhmhs****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}

impl DescribeAutoSnapshotPolicyExRequest {
    /// A `DescribeAutoSnapshotPolicyExRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            auto_snapshot_policy_id: ::std::option::Option::None,
            auto_snapshot_policy_name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
        }
    }

    /// Sets `AutoSnapshotPolicyId`.
    pub fn auto_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoSnapshotPolicyName`.
    pub fn auto_snapshot_policy_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_name = ::std::option::Option::Some(value.into());
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for DescribeAutoSnapshotPolicyExRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoSnapshotPolicyExRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "auto_snapshot_policy_id",
                    d::opt(&self.auto_snapshot_policy_id),
                ),
                (
                    "auto_snapshot_policy_name",
                    d::opt(&self.auto_snapshot_policy_name),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoSnapshotPolicyExRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "AutoSnapshotPolicyId",
            "AutoSnapshotPolicyName",
            "PageNumber",
            "PageSize",
            "Tag",
            "ResourceGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_snapshot_policy_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_snapshot_policy_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_auto_snapshot_policy_id = r.decode()?,
                2 => m_auto_snapshot_policy_name = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                5 => m_tag = r.decode()?,
                6 => m_resource_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeAutoSnapshotPolicyExRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            auto_snapshot_policy_id: m_auto_snapshot_policy_id,
            auto_snapshot_policy_name: m_auto_snapshot_policy_name,
            page_number: m_page_number,
            page_size: m_page_size,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
        })
    }
}

/// The `AutoSnapshotPolicies.AutoSnapshotPolicy.CopyEncryptionConfiguration` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoSnapshotPolicyCopyEncryptionConfiguration {
    /// `Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `KMSKeyId`.
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AutoSnapshotPolicyCopyEncryptionConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AutoSnapshotPolicyCopyEncryptionConfiguration",
            &[
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AutoSnapshotPolicyCopyEncryptionConfiguration {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Encrypted", "KMSKeyId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AutoSnapshotPolicyCopyEncryptionConfiguration::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.encrypted = r.decode()?,
                1 => out.kms_key_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoSnapshotPolicies.AutoSnapshotPolicy` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoSnapshotPolicy {
    /// `AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-bp67acfmxazb4ph****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::yun_core::Text>,
    /// `AutoSnapshotPolicyName`.
    ///
    /// Example: `testAutoSnapshotPolicyName`.
    #[serde(
        rename = "AutoSnapshotPolicyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_name: ::std::option::Option<::yun_core::Text>,
    /// `CopiedSnapshotsRetentionDays`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "CopiedSnapshotsRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copied_snapshots_retention_days: ::std::option::Option<i64>,
    /// `CopyEncryptionConfiguration`.
    #[serde(
        rename = "CopyEncryptionConfiguration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copy_encryption_configuration:
        ::std::option::Option<AutoSnapshotPolicyCopyEncryptionConfiguration>,
    /// `CreationTime`.
    ///
    /// Example: `2019-12-10T16:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DiskNums`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "DiskNums",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_nums: ::std::option::Option<i64>,
    /// `EnableCrossRegionCopy`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableCrossRegionCopy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_cross_region_copy: ::std::option::Option<bool>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RepeatWeekdays`.
    ///
    /// Example: `["6"]`.
    #[serde(
        rename = "RepeatWeekdays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repeat_weekdays: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-aek2kkmhmhs****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `RetentionDays`.
    ///
    /// Example: `7`.
    #[serde(
        rename = "RetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_days: ::std::option::Option<i64>,
    /// `Status`.
    ///
    /// Example: `Normal`.
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
    /// `TargetCopyRegions`.
    ///
    /// Example: `test`.
    #[serde(
        rename = "TargetCopyRegions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_copy_regions: ::std::option::Option<::yun_core::Text>,
    /// `TimePoints`.
    ///
    /// Example: `["1"]`.
    #[serde(
        rename = "TimePoints",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_points: ::std::option::Option<::yun_core::Text>,
    /// `Type`.
    ///
    /// Example: `Custom`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `VolumeNums`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "VolumeNums",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_nums: ::std::option::Option<i64>,
}

impl AutoSnapshotPolicy {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AutoSnapshotPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AutoSnapshotPolicy",
            &[
                (
                    "auto_snapshot_policy_id",
                    d::opt(&self.auto_snapshot_policy_id),
                ),
                (
                    "auto_snapshot_policy_name",
                    d::opt(&self.auto_snapshot_policy_name),
                ),
                (
                    "copied_snapshots_retention_days",
                    d::opt(&self.copied_snapshots_retention_days),
                ),
                (
                    "copy_encryption_configuration",
                    d::opt(&self.copy_encryption_configuration),
                ),
                ("creation_time", d::opt(&self.creation_time)),
                ("disk_nums", d::opt(&self.disk_nums)),
                (
                    "enable_cross_region_copy",
                    d::opt(&self.enable_cross_region_copy),
                ),
                ("region_id", d::opt(&self.region_id)),
                ("repeat_weekdays", d::opt(&self.repeat_weekdays)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("retention_days", d::opt(&self.retention_days)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("target_copy_regions", d::opt(&self.target_copy_regions)),
                ("time_points", d::opt(&self.time_points)),
                ("type", d::opt(&self.r#type)),
                ("volume_nums", d::opt(&self.volume_nums)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AutoSnapshotPolicy {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoSnapshotPolicyId",
            "AutoSnapshotPolicyName",
            "CopiedSnapshotsRetentionDays",
            "CopyEncryptionConfiguration",
            "CreationTime",
            "DiskNums",
            "EnableCrossRegionCopy",
            "RegionId",
            "RepeatWeekdays",
            "ResourceGroupId",
            "RetentionDays",
            "Status",
            "Tags",
            "TargetCopyRegions",
            "TimePoints",
            "Type",
            "VolumeNums",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 18] = ::yun_core::json::member_order();
        let mut out = AutoSnapshotPolicy::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_snapshot_policy_id = r.decode()?,
                1 => out.auto_snapshot_policy_name = r.decode()?,
                2 => out.copied_snapshots_retention_days = r.decode()?,
                3 => out.copy_encryption_configuration = r.decode()?,
                4 => out.creation_time = r.decode()?,
                5 => out.disk_nums = r.decode()?,
                6 => out.enable_cross_region_copy = r.decode()?,
                7 => out.region_id = r.decode()?,
                8 => out.repeat_weekdays = r.decode()?,
                9 => out.resource_group_id = r.decode()?,
                10 => out.retention_days = r.decode()?,
                11 => out.status = r.decode()?,
                12 => out.tags = r.decode()?,
                13 => out.target_copy_regions = r.decode()?,
                14 => out.time_points = r.decode()?,
                15 => out.r#type = r.decode()?,
                16 => out.volume_nums = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoSnapshotPolicies` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoSnapshotPolicies {
    /// `AutoSnapshotPolicy`.
    #[serde(
        rename = "AutoSnapshotPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy: ::std::option::Option<::std::vec::Vec<AutoSnapshotPolicy>>,
}

impl ::std::fmt::Debug for AutoSnapshotPolicies {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AutoSnapshotPolicies",
            &[("auto_snapshot_policy", d::opt(&self.auto_snapshot_policy))],
        )
    }
}

impl ::yun_core::json::Decode for AutoSnapshotPolicies {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AutoSnapshotPolicy"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AutoSnapshotPolicies::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_snapshot_policy = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_auto_snapshot_policy_ex`](crate::Client::describe_auto_snapshot_policy_ex) (`DescribeAutoSnapshotPolicyEx`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoSnapshotPolicyExResponse {
    /// `AutoSnapshotPolicies`.
    #[serde(
        rename = "AutoSnapshotPolicies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policies: ::std::option::Option<AutoSnapshotPolicies>,
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
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
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

impl DescribeAutoSnapshotPolicyExResponse {
    /// The items of `AutoSnapshotPolicies` (through its wrapper), empty when absent.
    pub fn auto_snapshot_policies(&self) -> &[AutoSnapshotPolicy] {
        self.auto_snapshot_policies
            .as_ref()
            .and_then(|w| w.auto_snapshot_policy.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeAutoSnapshotPolicyExResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoSnapshotPolicyExResponse",
            &[
                (
                    "auto_snapshot_policies",
                    d::opt(&self.auto_snapshot_policies),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoSnapshotPolicyExResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoSnapshotPolicies",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeAutoSnapshotPolicyExResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_snapshot_policies = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeAutoSnapshotPolicyExRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeAutoSnapshotPolicyEx` pages (by `PageNumber`), for [`Client::describe_auto_snapshot_policy_ex_paginator`](crate::Client::describe_auto_snapshot_policy_ex_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeAutoSnapshotPolicyExRequest {
    type Response = DescribeAutoSnapshotPolicyExResponse;
    type Item = AutoSnapshotPolicy;
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

    fn total_count(page: &DescribeAutoSnapshotPolicyExResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeAutoSnapshotPolicyExResponse) -> usize {
        page.auto_snapshot_policies
            .as_ref()
            .and_then(|x| x.auto_snapshot_policy.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeAutoSnapshotPolicyExResponse,
    ) -> ::std::vec::Vec<AutoSnapshotPolicy> {
        page.auto_snapshot_policies
            .and_then(|x| x.auto_snapshot_policy)
            .unwrap_or_default()
    }
}
