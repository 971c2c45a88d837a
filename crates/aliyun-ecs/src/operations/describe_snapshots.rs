//! `DescribeSnapshots`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshots>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshots",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotLinkId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotIds",
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
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.1.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.1.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Usage",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SourceDiskType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Encrypted",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KMSKeyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_snapshots`](crate::Client::describe_snapshots) (`DescribeSnapshots`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsRequest {
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `DiskId` (query).
    ///
    /// Example: `d-bp67acfmxazb4p****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotLinkId` (query).
    ///
    /// Example: `sl-bp1grgphbcc9brb5****`.
    #[serde(
        rename = "SnapshotLinkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_link_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SnapshotIds` (query).
    ///
    /// Example: `["s-bp67acfmxazb4p****", "s-bp67acfmxazb5p****", … "s-bp67acfmxazb6p****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "SnapshotIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_ids: ::std::option::Option<::std::string::String>,
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
    /// `NextToken` (query).
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `SnapshotName` (query).
    ///
    /// Example: `testSnapshotName`.
    #[serde(
        rename = "SnapshotName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_name: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    ///
    /// Example: `all`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `SnapshotType` (query).
    ///
    /// Example: `all`.
    #[serde(
        rename = "SnapshotType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_type: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Key` (query).
    ///
    /// Example: `CreationStartTime`.
    #[serde(
        rename = "Filter.1.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_key: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Key` (query).
    ///
    /// Example: `CreationEndTime`.
    #[serde(
        rename = "Filter.2.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_key: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Value` (query).
    ///
    /// Example: `2019-12-13T17:00Z`.
    #[serde(
        rename = "Filter.1.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_value: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Value` (query).
    ///
    /// Example: `2019-12-13T22:00Z`.
    #[serde(
        rename = "Filter.2.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_value: ::std::option::Option<::std::string::String>,
    /// `Usage` (query).
    #[serde(
        rename = "Usage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage: ::std::option::Option<::std::string::String>,
    /// `SourceDiskType` (query).
    ///
    /// Example: `Data`.
    #[serde(
        rename = "SourceDiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_type: ::std::option::Option<::std::string::String>,
    /// `Encrypted` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `KMSKeyId` (query).
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `Category` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeSnapshotsRequest {
    /// A `DescribeSnapshotsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            snapshot_link_id: ::std::option::Option::None,
            region_id: region_id.into(),
            snapshot_ids: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            snapshot_name: ::std::option::Option::None,
            status: ::std::option::Option::None,
            snapshot_type: ::std::option::Option::None,
            filter_1_key: ::std::option::Option::None,
            filter_2_key: ::std::option::Option::None,
            filter_1_value: ::std::option::Option::None,
            filter_2_value: ::std::option::Option::None,
            usage: ::std::option::Option::None,
            source_disk_type: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            category: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SnapshotLinkId`.
    pub fn snapshot_link_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_link_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SnapshotIds`.
    pub fn snapshot_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_ids = ::std::option::Option::Some(value.into());
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

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SnapshotName`.
    pub fn snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SnapshotType`.
    pub fn snapshot_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.1.Key`.
    pub fn filter_1_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_1_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Key`.
    pub fn filter_2_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_2_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.1.Value`.
    pub fn filter_1_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_1_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Value`.
    pub fn filter_2_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_2_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Usage`.
    pub fn usage(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.usage = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourceDiskType`.
    pub fn source_disk_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_disk_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: bool) -> Self {
        self.encrypted = ::std::option::Option::Some(value);
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

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KMSKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeSnapshotsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotsRequest",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("disk_id", d::opt(&self.disk_id)),
                ("snapshot_link_id", d::opt(&self.snapshot_link_id)),
                ("region_id", d::req(&self.region_id)),
                ("snapshot_ids", d::opt(&self.snapshot_ids)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("snapshot_name", d::opt(&self.snapshot_name)),
                ("status", d::opt(&self.status)),
                ("snapshot_type", d::opt(&self.snapshot_type)),
                ("filter_1_key", d::opt(&self.filter_1_key)),
                ("filter_2_key", d::opt(&self.filter_2_key)),
                ("filter_1_value", d::opt(&self.filter_1_value)),
                ("filter_2_value", d::opt(&self.filter_2_value)),
                ("usage", d::opt(&self.usage)),
                ("source_disk_type", d::opt(&self.source_disk_type)),
                ("encrypted", d::opt(&self.encrypted)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("dry_run", d::opt(&self.dry_run)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("category", d::opt(&self.category)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "DiskId",
            "SnapshotLinkId",
            "RegionId",
            "SnapshotIds",
            "PageNumber",
            "PageSize",
            "NextToken",
            "MaxResults",
            "SnapshotName",
            "Status",
            "SnapshotType",
            "Filter.1.Key",
            "Filter.2.Key",
            "Filter.1.Value",
            "Filter.2.Value",
            "Usage",
            "SourceDiskType",
            "Encrypted",
            "ResourceGroupId",
            "DryRun",
            "KMSKeyId",
            "Category",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 25] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_link_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_snapshot_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_1_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_2_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_1_value: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter_2_value: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_usage: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_source_disk_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_encrypted: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_kms_key_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_disk_id = r.decode()?,
                2 => m_snapshot_link_id = r.decode()?,
                3 => m_region_id = r.decode()?,
                4 => m_snapshot_ids = r.decode()?,
                5 => m_page_number = r.decode()?,
                6 => m_page_size = r.decode()?,
                7 => m_next_token = r.decode()?,
                8 => m_max_results = r.decode()?,
                9 => m_snapshot_name = r.decode()?,
                10 => m_status = r.decode()?,
                11 => m_snapshot_type = r.decode()?,
                12 => m_filter_1_key = r.decode()?,
                13 => m_filter_2_key = r.decode()?,
                14 => m_filter_1_value = r.decode()?,
                15 => m_filter_2_value = r.decode()?,
                16 => m_usage = r.decode()?,
                17 => m_source_disk_type = r.decode()?,
                18 => m_encrypted = r.decode()?,
                19 => m_resource_group_id = r.decode()?,
                20 => m_dry_run = r.decode()?,
                21 => m_kms_key_id = r.decode()?,
                22 => m_category = r.decode()?,
                23 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSnapshotsRequest {
            instance_id: m_instance_id,
            disk_id: m_disk_id,
            snapshot_link_id: m_snapshot_link_id,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            snapshot_ids: m_snapshot_ids,
            page_number: m_page_number,
            page_size: m_page_size,
            next_token: m_next_token,
            max_results: m_max_results,
            snapshot_name: m_snapshot_name,
            status: m_status,
            snapshot_type: m_snapshot_type,
            filter_1_key: m_filter_1_key,
            filter_2_key: m_filter_2_key,
            filter_1_value: m_filter_1_value,
            filter_2_value: m_filter_2_value,
            usage: m_usage,
            source_disk_type: m_source_disk_type,
            encrypted: m_encrypted,
            resource_group_id: m_resource_group_id,
            dry_run: m_dry_run,
            kms_key_id: m_kms_key_id,
            category: m_category,
            tag: m_tag,
        })
    }
}

/// The `Snapshots.Snapshot` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Snapshot {
    /// `Available`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Available",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available: ::std::option::Option<bool>,
    /// `Category`.
    ///
    /// Example: `standard`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2020-08-20T14:52:28Z`.
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
    /// `Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `InstantAccess`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "InstantAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access: ::std::option::Option<bool>,
    /// `InstantAccessRetentionDays`.
    ///
    /// Example: `30`.
    #[serde(
        rename = "InstantAccessRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access_retention_days: ::std::option::Option<i64>,
    /// `KMSKeyId`.
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::yun_core::Text>,
    /// `LastModifiedTime`.
    ///
    /// Example: `2020-08-25T14:18:09Z`.
    #[serde(
        rename = "LastModifiedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_modified_time: ::std::option::Option<::yun_core::Text>,
    /// `ProductCode`.
    ///
    /// Example: `jxsc000****`.
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
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RemainTime`.
    ///
    /// Example: `38`.
    #[serde(
        rename = "RemainTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remain_time: ::std::option::Option<i64>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `RetentionDays`.
    ///
    /// Example: `30`.
    #[serde(
        rename = "RetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_days: ::std::option::Option<i64>,
    /// `SnapshotId`.
    ///
    /// Example: `s-bp67acfmxazb4p****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotLinkId`.
    ///
    /// Example: `sl-bp1grgphbcc9brb5****`.
    #[serde(
        rename = "SnapshotLinkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_link_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotName`.
    ///
    /// Example: `testSnapshotName`.
    #[serde(
        rename = "SnapshotName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_name: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotSN`.
    ///
    /// Example: `64472-116742336-61976****`.
    #[serde(
        rename = "SnapshotSN",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_sn: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotType`.
    ///
    /// Example: `all`.
    #[serde(
        rename = "SnapshotType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_type: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskId`.
    ///
    /// Example: `d-bp67acfmxazb4ph****`.
    #[serde(
        rename = "SourceDiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskSize`.
    ///
    /// Example: `40`.
    #[serde(
        rename = "SourceDiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_size: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskType`.
    ///
    /// Example: `system`.
    #[serde(
        rename = "SourceDiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_type: ::std::option::Option<::yun_core::Text>,
    /// `SourceRegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "SourceRegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_region_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceSnapshotId`.
    ///
    /// Example: `s-bp67acfmxazb4p****`.
    #[serde(
        rename = "SourceSnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceStorageType`.
    ///
    /// Example: `disk`.
    #[serde(
        rename = "SourceStorageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_storage_type: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `accomplished`.
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
    ///
    /// Example: `image`.
    #[serde(
        rename = "Usage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage: ::std::option::Option<::yun_core::Text>,
}

impl Snapshot {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Snapshot",
            &[
                ("available", d::opt(&self.available)),
                ("category", d::opt(&self.category)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("encrypted", d::opt(&self.encrypted)),
                ("instant_access", d::opt(&self.instant_access)),
                (
                    "instant_access_retention_days",
                    d::opt(&self.instant_access_retention_days),
                ),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("last_modified_time", d::opt(&self.last_modified_time)),
                ("product_code", d::opt(&self.product_code)),
                ("progress", d::opt(&self.progress)),
                ("region_id", d::opt(&self.region_id)),
                ("remain_time", d::opt(&self.remain_time)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("retention_days", d::opt(&self.retention_days)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("snapshot_link_id", d::opt(&self.snapshot_link_id)),
                ("snapshot_name", d::opt(&self.snapshot_name)),
                ("snapshot_sn", d::opt(&self.snapshot_sn)),
                ("snapshot_type", d::opt(&self.snapshot_type)),
                ("source_disk_id", d::opt(&self.source_disk_id)),
                ("source_disk_size", d::opt(&self.source_disk_size)),
                ("source_disk_type", d::opt(&self.source_disk_type)),
                ("source_region_id", d::opt(&self.source_region_id)),
                ("source_snapshot_id", d::opt(&self.source_snapshot_id)),
                ("source_storage_type", d::opt(&self.source_storage_type)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("usage", d::opt(&self.usage)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Snapshot {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Available",
            "Category",
            "CreationTime",
            "Description",
            "Encrypted",
            "InstantAccess",
            "InstantAccessRetentionDays",
            "KMSKeyId",
            "LastModifiedTime",
            "ProductCode",
            "Progress",
            "RegionId",
            "RemainTime",
            "ResourceGroupId",
            "RetentionDays",
            "SnapshotId",
            "SnapshotLinkId",
            "SnapshotName",
            "SnapshotSN",
            "SnapshotType",
            "SourceDiskId",
            "SourceDiskSize",
            "SourceDiskType",
            "SourceRegionId",
            "SourceSnapshotId",
            "SourceStorageType",
            "Status",
            "Tags",
            "Usage",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 30] = ::yun_core::json::member_order();
        let mut out = Snapshot::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available = r.decode()?,
                1 => out.category = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.encrypted = r.decode()?,
                5 => out.instant_access = r.decode()?,
                6 => out.instant_access_retention_days = r.decode()?,
                7 => out.kms_key_id = r.decode()?,
                8 => out.last_modified_time = r.decode()?,
                9 => out.product_code = r.decode()?,
                10 => out.progress = r.decode()?,
                11 => out.region_id = r.decode()?,
                12 => out.remain_time = r.decode()?,
                13 => out.resource_group_id = r.decode()?,
                14 => out.retention_days = r.decode()?,
                15 => out.snapshot_id = r.decode()?,
                16 => out.snapshot_link_id = r.decode()?,
                17 => out.snapshot_name = r.decode()?,
                18 => out.snapshot_sn = r.decode()?,
                19 => out.snapshot_type = r.decode()?,
                20 => out.source_disk_id = r.decode()?,
                21 => out.source_disk_size = r.decode()?,
                22 => out.source_disk_type = r.decode()?,
                23 => out.source_region_id = r.decode()?,
                24 => out.source_snapshot_id = r.decode()?,
                25 => out.source_storage_type = r.decode()?,
                26 => out.status = r.decode()?,
                27 => out.tags = r.decode()?,
                28 => out.usage = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Snapshots` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Snapshots {
    /// `Snapshot`.
    #[serde(
        rename = "Snapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot: ::std::option::Option<::std::vec::Vec<Snapshot>>,
}

impl ::std::fmt::Debug for Snapshots {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Snapshots", &[("snapshot", d::opt(&self.snapshot))])
    }
}

impl ::yun_core::json::Decode for Snapshots {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Snapshot"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Snapshots::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.snapshot = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_snapshots`](crate::Client::describe_snapshots) (`DescribeSnapshots`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsResponse {
    /// `NextToken`.
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
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
    /// `Snapshots`.
    #[serde(
        rename = "Snapshots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshots: ::std::option::Option<Snapshots>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeSnapshotsResponse {
    /// The items of `Snapshots` (through its wrapper), empty when absent.
    pub fn snapshots(&self) -> &[Snapshot] {
        self.snapshots
            .as_ref()
            .and_then(|w| w.snapshot.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSnapshotsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotsResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("snapshots", d::opt(&self.snapshots)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "Snapshots",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeSnapshotsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.snapshots = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeSnapshotsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeSnapshots` pages (by `NextToken`), for [`Client::describe_snapshots_paginator`](crate::Client::describe_snapshots_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeSnapshotsRequest {
    type Response = DescribeSnapshotsResponse;
    type Item = Snapshot;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribeSnapshotsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeSnapshotsResponse) -> usize {
        page.snapshots
            .as_ref()
            .and_then(|x| x.snapshot.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeSnapshotsResponse) -> ::std::vec::Vec<Snapshot> {
        page.snapshots.and_then(|x| x.snapshot).unwrap_or_default()
    }
}
