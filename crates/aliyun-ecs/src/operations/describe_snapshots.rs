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
    };

/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
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
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
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

/// The request of [`Client::describe_snapshots`](crate::Client::describe_snapshots) (`DescribeSnapshots`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsRequest {
    /// `InstanceId` (query).
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `DiskId` (query).
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotLinkId` (query).
    #[serde(
        rename = "SnapshotLinkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_link_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SnapshotIds` (query).
    #[serde(
        rename = "SnapshotIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_ids: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `SnapshotName` (query).
    #[serde(
        rename = "SnapshotName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_name: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `SnapshotType` (query).
    #[serde(
        rename = "SnapshotType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_type: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Key` (query).
    #[serde(
        rename = "Filter.1.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_key: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Key` (query).
    #[serde(
        rename = "Filter.2.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_key: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Value` (query).
    #[serde(
        rename = "Filter.1.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_value: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Value` (query).
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
    #[serde(
        rename = "SourceDiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_type: ::std::option::Option<::std::string::String>,
    /// `Encrypted` (query).
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `KMSKeyId` (query).
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `Category` (query).
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
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
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeSnapshotsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSnapshotsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSnapshotsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSnapshotsRequest, A::Error> {
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
                let mut m_usage: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
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
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "DiskId" => m_disk_id = map.next_value()?,
                        "SnapshotLinkId" => m_snapshot_link_id = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "SnapshotIds" => m_snapshot_ids = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "NextToken" => m_next_token = map.next_value()?,
                        "MaxResults" => m_max_results = map.next_value()?,
                        "SnapshotName" => m_snapshot_name = map.next_value()?,
                        "Status" => m_status = map.next_value()?,
                        "SnapshotType" => m_snapshot_type = map.next_value()?,
                        "Filter.1.Key" => m_filter_1_key = map.next_value()?,
                        "Filter.2.Key" => m_filter_2_key = map.next_value()?,
                        "Filter.1.Value" => m_filter_1_value = map.next_value()?,
                        "Filter.2.Value" => m_filter_2_value = map.next_value()?,
                        "Usage" => m_usage = map.next_value()?,
                        "SourceDiskType" => m_source_disk_type = map.next_value()?,
                        "Encrypted" => m_encrypted = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        "KMSKeyId" => m_kms_key_id = map.next_value()?,
                        "Category" => m_category = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeSnapshotsRequest {
                    instance_id: m_instance_id,
                    disk_id: m_disk_id,
                    snapshot_link_id: m_snapshot_link_id,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `Snapshots.Snapshot.Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagsTag {
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

impl<'de> ::serde::Deserialize<'de> for TagsTag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TagsTag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TagsTag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TagsTag, A::Error> {
                let mut out = TagsTag::default();
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

/// The `Snapshots.Snapshot.Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
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

/// The `Snapshots.Snapshot` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Snapshot {
    /// `Available`.
    #[serde(
        rename = "Available",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available: ::std::option::Option<bool>,
    /// `Category`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
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
    /// `Encrypted`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `InstantAccess`.
    #[serde(
        rename = "InstantAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access: ::std::option::Option<bool>,
    /// `InstantAccessRetentionDays`.
    #[serde(
        rename = "InstantAccessRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access_retention_days: ::std::option::Option<i64>,
    /// `KMSKeyId`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `LastModifiedTime`.
    #[serde(
        rename = "LastModifiedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_modified_time: ::std::option::Option<::std::string::String>,
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
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `RemainTime`.
    #[serde(
        rename = "RemainTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remain_time: ::std::option::Option<i64>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `RetentionDays`.
    #[serde(
        rename = "RetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_days: ::std::option::Option<i64>,
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotLinkId`.
    #[serde(
        rename = "SnapshotLinkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_link_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotName`.
    #[serde(
        rename = "SnapshotName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_name: ::std::option::Option<::std::string::String>,
    /// `SnapshotSN`.
    #[serde(
        rename = "SnapshotSN",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_sn: ::std::option::Option<::std::string::String>,
    /// `SnapshotType`.
    #[serde(
        rename = "SnapshotType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_type: ::std::option::Option<::std::string::String>,
    /// `SourceDiskId`.
    #[serde(
        rename = "SourceDiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_id: ::std::option::Option<::std::string::String>,
    /// `SourceDiskSize`.
    #[serde(
        rename = "SourceDiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_size: ::std::option::Option<::std::string::String>,
    /// `SourceDiskType`.
    #[serde(
        rename = "SourceDiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_type: ::std::option::Option<::std::string::String>,
    /// `SourceRegionId`.
    #[serde(
        rename = "SourceRegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_region_id: ::std::option::Option<::std::string::String>,
    /// `SourceSnapshotId`.
    #[serde(
        rename = "SourceSnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_snapshot_id: ::std::option::Option<::std::string::String>,
    /// `SourceStorageType`.
    #[serde(
        rename = "SourceStorageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_storage_type: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for Snapshot {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Snapshot;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Snapshot` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Snapshot, A::Error> {
                let mut out = Snapshot::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Available" => out.available = map.next_value()?,
                        "Category" => out.category = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "Encrypted" => out.encrypted = map.next_value()?,
                        "InstantAccess" => out.instant_access = map.next_value()?,
                        "InstantAccessRetentionDays" => {
                            out.instant_access_retention_days = map.next_value()?;
                        }

                        "KMSKeyId" => out.kms_key_id = map.next_value()?,
                        "LastModifiedTime" => out.last_modified_time = map.next_value()?,
                        "ProductCode" => out.product_code = map.next_value()?,
                        "Progress" => out.progress = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "RemainTime" => out.remain_time = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "RetentionDays" => out.retention_days = map.next_value()?,
                        "SnapshotId" => out.snapshot_id = map.next_value()?,
                        "SnapshotLinkId" => out.snapshot_link_id = map.next_value()?,
                        "SnapshotName" => out.snapshot_name = map.next_value()?,
                        "SnapshotSN" => out.snapshot_sn = map.next_value()?,
                        "SnapshotType" => out.snapshot_type = map.next_value()?,
                        "SourceDiskId" => out.source_disk_id = map.next_value()?,
                        "SourceDiskSize" => out.source_disk_size = map.next_value()?,
                        "SourceDiskType" => out.source_disk_type = map.next_value()?,
                        "SourceRegionId" => out.source_region_id = map.next_value()?,
                        "SourceSnapshotId" => out.source_snapshot_id = map.next_value()?,
                        "SourceStorageType" => {
                            out.source_storage_type = map.next_value()?;
                        }

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

/// The `Snapshots` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Snapshots {
    /// `Snapshot`.
    #[serde(
        rename = "Snapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot: ::std::option::Option<::std::vec::Vec<Snapshot>>,
}

impl<'de> ::serde::Deserialize<'de> for Snapshots {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Snapshots;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Snapshots` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Snapshots, A::Error> {
                let mut out = Snapshots::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Snapshot" => out.snapshot = map.next_value()?,
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

/// The response of [`Client::describe_snapshots`](crate::Client::describe_snapshots) (`DescribeSnapshots`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsResponse {
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `Snapshots`.
    #[serde(
        rename = "Snapshots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshots: ::std::option::Option<Snapshots>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeSnapshotsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSnapshotsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSnapshotsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSnapshotsResponse, A::Error> {
                let mut out = DescribeSnapshotsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "NextToken" => out.next_token = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "Snapshots" => out.snapshots = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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
