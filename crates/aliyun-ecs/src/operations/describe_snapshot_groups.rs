//! `DescribeSnapshotGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotGroups>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshotGroups",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
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
                name: "SnapshotGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AdditionalAttributes",
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

/// The request of [`Client::describe_snapshot_groups`](crate::Client::describe_snapshot_groups) (`DescribeSnapshotGroups`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotGroupsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query).
    ///
    /// Example: `i-j6ca469urv8ei629****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Name` (query).
    ///
    /// Example: `testName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
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
    /// From 1 to 500.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `SnapshotGroupId` (query, sent as `SnapshotGroupId.1`, `SnapshotGroupId.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `ssg-j6ciyh3k52qp7ovm****`.
    #[serde(
        rename = "SnapshotGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Status` (query, sent as `Status.1`, `Status.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `accomplished`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `AdditionalAttributes` (query, sent as `AdditionalAttributes.1`, `AdditionalAttributes.2`, …).
    ///
    /// At most 5 items.
    ///
    /// Example: `hide`.
    #[serde(
        rename = "AdditionalAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_attributes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 16 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}

impl DescribeSnapshotGroupsRequest {
    /// A `DescribeSnapshotGroupsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            snapshot_group_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            additional_attributes: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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

    /// Sets `SnapshotGroupId`.
    pub fn snapshot_group_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.snapshot_group_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Status`.
    pub fn status(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.status = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `AdditionalAttributes`.
    pub fn additional_attributes(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.additional_attributes = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
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

impl ::std::fmt::Debug for DescribeSnapshotGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotGroupsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("name", d::opt(&self.name)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("snapshot_group_id", d::opt(&self.snapshot_group_id)),
                ("status", d::opt(&self.status)),
                ("additional_attributes", d::opt(&self.additional_attributes)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotGroupsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "Name",
            "NextToken",
            "MaxResults",
            "SnapshotGroupId",
            "Status",
            "AdditionalAttributes",
            "Tag",
            "ResourceGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_snapshot_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_additional_attributes: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_next_token = r.decode()?,
                4 => m_max_results = r.decode()?,
                5 => m_snapshot_group_id = r.decode()?,
                6 => m_status = r.decode()?,
                7 => m_additional_attributes = r.decode()?,
                8 => m_tag = r.decode()?,
                9 => m_resource_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSnapshotGroupsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id,
            name: m_name,
            next_token: m_next_token,
            max_results: m_max_results,
            snapshot_group_id: m_snapshot_group_id,
            status: m_status,
            additional_attributes: m_additional_attributes,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
        })
    }
}

/// The `SnapshotGroups.SnapshotGroup.Snapshots.Snapshot.Tags` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotTags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::InstanceTag>>,
}

impl ::std::fmt::Debug for SnapshotTags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "SnapshotTags", &[("tag", d::opt(&self.tag))])
    }
}

impl ::yun_core::json::Decode for SnapshotTags {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Tag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SnapshotTags::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SnapshotGroups.SnapshotGroup.Snapshots.Snapshot` object of the response.
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
    /// `InstantAccess`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "InstantAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access: ::std::option::Option<bool>,
    /// `InstantAccessRetentionDays`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "InstantAccessRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access_retention_days: ::std::option::Option<i64>,
    /// `Progress`.
    ///
    /// Example: `100%`.
    #[serde(
        rename = "Progress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotId`.
    ///
    /// Example: `s-j6cbzmrlbf09w72q****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskId`.
    ///
    /// Example: `d-j6c3ogynmvpi6wy7****`.
    #[serde(
        rename = "SourceDiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskType`.
    ///
    /// Example: `system`.
    #[serde(
        rename = "SourceDiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_type: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<SnapshotTags>,
}

impl Snapshot {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::InstanceTag] {
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
                ("instant_access", d::opt(&self.instant_access)),
                (
                    "instant_access_retention_days",
                    d::opt(&self.instant_access_retention_days),
                ),
                ("progress", d::opt(&self.progress)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("source_disk_id", d::opt(&self.source_disk_id)),
                ("source_disk_type", d::opt(&self.source_disk_type)),
                ("tags", d::opt(&self.tags)),
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
            "InstantAccess",
            "InstantAccessRetentionDays",
            "Progress",
            "SnapshotId",
            "SourceDiskId",
            "SourceDiskType",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = Snapshot::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available = r.decode()?,
                1 => out.instant_access = r.decode()?,
                2 => out.instant_access_retention_days = r.decode()?,
                3 => out.progress = r.decode()?,
                4 => out.snapshot_id = r.decode()?,
                5 => out.source_disk_id = r.decode()?,
                6 => out.source_disk_type = r.decode()?,
                7 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SnapshotGroups.SnapshotGroup.Snapshots` object of the response.
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

/// The `SnapshotGroups.SnapshotGroup.Tags` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotGroupTags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::InstanceTag>>,
}

impl ::std::fmt::Debug for SnapshotGroupTags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "SnapshotGroupTags", &[("tag", d::opt(&self.tag))])
    }
}

impl ::yun_core::json::Decode for SnapshotGroupTags {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Tag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SnapshotGroupTags::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SnapshotGroups.SnapshotGroup` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotGroup {
    /// `CreationTime`.
    ///
    /// Example: `2021-03-23T10:58:48Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-j6ca469urv8ei629****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `testName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `ProgressStatus`.
    #[serde(
        rename = "ProgressStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub progress_status: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotGroupId`.
    ///
    /// Example: `ssg-j6ciyh3k52qp7ovm****`.
    #[serde(
        rename = "SnapshotGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Snapshots`.
    #[serde(
        rename = "Snapshots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshots: ::std::option::Option<Snapshots>,
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
    pub tags: ::std::option::Option<SnapshotGroupTags>,
}

impl SnapshotGroup {
    /// The items of `Snapshots` (through its wrapper), empty when absent.
    pub fn snapshots(&self) -> &[Snapshot] {
        self.snapshots
            .as_ref()
            .and_then(|w| w.snapshot.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::InstanceTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for SnapshotGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SnapshotGroup",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("instance_id", d::opt(&self.instance_id)),
                ("name", d::opt(&self.name)),
                ("progress_status", d::opt(&self.progress_status)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("snapshot_group_id", d::opt(&self.snapshot_group_id)),
                ("snapshots", d::opt(&self.snapshots)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SnapshotGroup {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "Description",
            "InstanceId",
            "Name",
            "ProgressStatus",
            "ResourceGroupId",
            "SnapshotGroupId",
            "Snapshots",
            "Status",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = SnapshotGroup::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.description = r.decode()?,
                2 => out.instance_id = r.decode()?,
                3 => out.name = r.decode()?,
                4 => out.progress_status = r.decode()?,
                5 => out.resource_group_id = r.decode()?,
                6 => out.snapshot_group_id = r.decode()?,
                7 => out.snapshots = r.decode()?,
                8 => out.status = r.decode()?,
                9 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SnapshotGroups` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotGroups {
    /// `SnapshotGroup`.
    #[serde(
        rename = "SnapshotGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_group: ::std::option::Option<::std::vec::Vec<SnapshotGroup>>,
}

impl ::std::fmt::Debug for SnapshotGroups {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SnapshotGroups",
            &[("snapshot_group", d::opt(&self.snapshot_group))],
        )
    }
}

impl ::yun_core::json::Decode for SnapshotGroups {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SnapshotGroup"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SnapshotGroups::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.snapshot_group = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_snapshot_groups`](crate::Client::describe_snapshot_groups) (`DescribeSnapshotGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotGroupsResponse {
    /// `NextToken`.
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `3F9A4CC4-362F-469A-B9EF-B3204EF8AA3A`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotGroups`.
    #[serde(
        rename = "SnapshotGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_groups: ::std::option::Option<SnapshotGroups>,
}

impl DescribeSnapshotGroupsResponse {
    /// The items of `SnapshotGroups` (through its wrapper), empty when absent.
    pub fn snapshot_groups(&self) -> &[SnapshotGroup] {
        self.snapshot_groups
            .as_ref()
            .and_then(|w| w.snapshot_group.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSnapshotGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotGroupsResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("snapshot_groups", d::opt(&self.snapshot_groups)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotGroupsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextToken", "RequestId", "SnapshotGroups"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeSnapshotGroupsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.snapshot_groups = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeSnapshotGroupsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeSnapshotGroups` pages (by `NextToken`), for [`Client::describe_snapshot_groups_paginator`](crate::Client::describe_snapshot_groups_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeSnapshotGroupsRequest {
    type Response = DescribeSnapshotGroupsResponse;
    type Item = SnapshotGroup;
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

    fn next_token(page: &DescribeSnapshotGroupsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeSnapshotGroupsResponse) -> usize {
        page.snapshot_groups
            .as_ref()
            .and_then(|x| x.snapshot_group.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeSnapshotGroupsResponse) -> ::std::vec::Vec<SnapshotGroup> {
        page.snapshot_groups
            .and_then(|x| x.snapshot_group)
            .unwrap_or_default()
    }
}
