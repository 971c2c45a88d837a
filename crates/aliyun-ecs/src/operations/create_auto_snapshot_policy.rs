//! `CreateAutoSnapshotPolicy`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateAutoSnapshotPolicy>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateAutoSnapshotPolicy",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "regionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "autoSnapshotPolicyName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "timePoints",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "repeatWeekdays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "retentionDays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableCrossRegionCopy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TargetCopyRegions",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageLocationArn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CopiedSnapshotsRetentionDays",
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
            ::yun_core::internal::Field {
                name: "CopyEncryptionConfiguration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_auto_snapshot_policy`](crate::Client::create_auto_snapshot_policy) (`CreateAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateAutoSnapshotPolicyRequest {
    /// `regionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "regionId")]
    pub region_id: ::std::string::String,
    /// `autoSnapshotPolicyName` (query).
    ///
    /// Example: `TestName`.
    #[serde(
        rename = "autoSnapshotPolicyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_name: ::std::option::Option<::std::string::String>,
    /// `timePoints` (query). Required.
    ///
    /// Example: `["0", "1", … "23"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "timePoints")]
    pub time_points: ::std::string::String,
    /// `repeatWeekdays` (query). Required.
    ///
    /// Example: `["1","2"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "repeatWeekdays")]
    pub repeat_weekdays: ::std::string::String,
    /// `retentionDays` (query). Required.
    ///
    /// Example: `30`.
    #[serde(rename = "retentionDays")]
    pub retention_days: i32,
    /// `EnableCrossRegionCopy` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableCrossRegionCopy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_cross_region_copy: ::std::option::Option<bool>,
    /// `TargetCopyRegions` (query).
    ///
    /// Example: `["cn-hangzhou"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "TargetCopyRegions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_copy_regions: ::std::option::Option<::std::string::String>,
    /// `StorageLocationArn` (query).
    #[serde(
        rename = "StorageLocationArn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_location_arn: ::std::option::Option<::std::string::String>,
    /// `CopiedSnapshotsRetentionDays` (query).
    ///
    /// Example: `30`.
    #[serde(
        rename = "CopiedSnapshotsRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copied_snapshots_retention_days: ::std::option::Option<i32>,
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
    /// `CopyEncryptionConfiguration` (query, sent as `CopyEncryptionConfiguration.<member>`).
    #[serde(
        rename = "CopyEncryptionConfiguration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub copy_encryption_configuration:
        ::std::option::Option<crate::models::CopyEncryptionConfiguration>,
}

impl CreateAutoSnapshotPolicyRequest {
    /// A `CreateAutoSnapshotPolicyRequest` with its required members: `regionId`, `timePoints`, `repeatWeekdays`, `retentionDays`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        time_points: impl ::std::convert::Into<::std::string::String>,
        repeat_weekdays: impl ::std::convert::Into<::std::string::String>,
        retention_days: i32,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            auto_snapshot_policy_name: ::std::option::Option::None,
            time_points: time_points.into(),
            repeat_weekdays: repeat_weekdays.into(),
            retention_days,
            enable_cross_region_copy: ::std::option::Option::None,
            target_copy_regions: ::std::option::Option::None,
            storage_location_arn: ::std::option::Option::None,
            copied_snapshots_retention_days: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            copy_encryption_configuration: ::std::option::Option::None,
        }
    }

    /// Sets `autoSnapshotPolicyName`.
    pub fn auto_snapshot_policy_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EnableCrossRegionCopy`.
    pub fn enable_cross_region_copy(mut self, value: bool) -> Self {
        self.enable_cross_region_copy = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TargetCopyRegions`.
    pub fn target_copy_regions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_copy_regions = ::std::option::Option::Some(value.into());
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

    /// Sets `CopiedSnapshotsRetentionDays`.
    pub fn copied_snapshots_retention_days(mut self, value: i32) -> Self {
        self.copied_snapshots_retention_days = ::std::option::Option::Some(value);
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

    /// Sets `CopyEncryptionConfiguration`.
    pub fn copy_encryption_configuration(
        mut self,
        value: crate::models::CopyEncryptionConfiguration,
    ) -> Self {
        self.copy_encryption_configuration = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateAutoSnapshotPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateAutoSnapshotPolicyRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "auto_snapshot_policy_name",
                    d::opt(&self.auto_snapshot_policy_name),
                ),
                ("time_points", d::req(&self.time_points)),
                ("repeat_weekdays", d::req(&self.repeat_weekdays)),
                ("retention_days", d::req(&self.retention_days)),
                (
                    "enable_cross_region_copy",
                    d::opt(&self.enable_cross_region_copy),
                ),
                ("target_copy_regions", d::opt(&self.target_copy_regions)),
                ("storage_location_arn", d::opt(&self.storage_location_arn)),
                (
                    "copied_snapshots_retention_days",
                    d::opt(&self.copied_snapshots_retention_days),
                ),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                (
                    "copy_encryption_configuration",
                    d::opt(&self.copy_encryption_configuration),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateAutoSnapshotPolicyRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "regionId",
            "autoSnapshotPolicyName",
            "timePoints",
            "repeatWeekdays",
            "retentionDays",
            "EnableCrossRegionCopy",
            "TargetCopyRegions",
            "StorageLocationArn",
            "CopiedSnapshotsRetentionDays",
            "Tag",
            "ResourceGroupId",
            "CopyEncryptionConfiguration",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_snapshot_policy_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_time_points: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_repeat_weekdays: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_retention_days: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_enable_cross_region_copy: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_target_copy_regions: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_location_arn: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_copied_snapshots_retention_days: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_copy_encryption_configuration: ::std::option::Option<
            crate::models::CopyEncryptionConfiguration,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_auto_snapshot_policy_name = r.decode()?,
                2 => m_time_points = r.decode()?,
                3 => m_repeat_weekdays = r.decode()?,
                4 => m_retention_days = r.decode()?,
                5 => m_enable_cross_region_copy = r.decode()?,
                6 => m_target_copy_regions = r.decode()?,
                7 => m_storage_location_arn = r.decode()?,
                8 => m_copied_snapshots_retention_days = r.decode()?,
                9 => m_tag = r.decode()?,
                10 => m_resource_group_id = r.decode()?,
                11 => m_copy_encryption_configuration = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateAutoSnapshotPolicyRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("regionId"))?,
            auto_snapshot_policy_name: m_auto_snapshot_policy_name,
            time_points: m_time_points.ok_or_else(|| r.missing("timePoints"))?,
            repeat_weekdays: m_repeat_weekdays.ok_or_else(|| r.missing("repeatWeekdays"))?,
            retention_days: m_retention_days.ok_or_else(|| r.missing("retentionDays"))?,
            enable_cross_region_copy: m_enable_cross_region_copy,
            target_copy_regions: m_target_copy_regions,
            storage_location_arn: m_storage_location_arn,
            copied_snapshots_retention_days: m_copied_snapshots_retention_days,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
            copy_encryption_configuration: m_copy_encryption_configuration,
        })
    }
}

/// The response of [`Client::create_auto_snapshot_policy`](crate::Client::create_auto_snapshot_policy) (`CreateAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateAutoSnapshotPolicyResponse {
    /// `AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-bp12m37ccmxvbmi5****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateAutoSnapshotPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateAutoSnapshotPolicyResponse",
            &[
                (
                    "auto_snapshot_policy_id",
                    d::opt(&self.auto_snapshot_policy_id),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateAutoSnapshotPolicyResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AutoSnapshotPolicyId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateAutoSnapshotPolicyResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_snapshot_policy_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
