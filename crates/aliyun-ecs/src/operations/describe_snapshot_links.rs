//! `DescribeSnapshotLinks`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotLinks>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshotLinks",
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
                name: "DiskIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotLinkIds",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_snapshot_links`](crate::Client::describe_snapshot_links) (`DescribeSnapshotLinks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotLinksRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp1h6jmbefj2cyqs****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `DiskIds` (query).
    ///
    /// Example: `["d-bp1d6tsvznfghy7y****", "d-bp1ippxbaql9zet7****", … "d-bp1ib7bcz07lcxa9****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "DiskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_ids: ::std::option::Option<::std::string::String>,
    /// `SnapshotLinkIds` (query).
    ///
    /// Example: `["sl-bp1grgphbcc9brb5****", "sl-bp1c4izumvq0i5bs****", … "sl-bp1akk7isz866dds****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "SnapshotLinkIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_link_ids: ::std::option::Option<::std::string::String>,
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
    /// Example: `50`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeSnapshotLinksRequest {
    /// A `DescribeSnapshotLinksRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            disk_ids: ::std::option::Option::None,
            snapshot_link_ids: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskIds`.
    pub fn disk_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SnapshotLinkIds`.
    pub fn snapshot_link_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_link_ids = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for DescribeSnapshotLinksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotLinksRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("disk_ids", d::opt(&self.disk_ids)),
                ("snapshot_link_ids", d::opt(&self.snapshot_link_ids)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotLinksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "DiskIds",
            "SnapshotLinkIds",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_link_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_disk_ids = r.decode()?,
                3 => m_snapshot_link_ids = r.decode()?,
                4 => m_page_number = r.decode()?,
                5 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSnapshotLinksRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id,
            disk_ids: m_disk_ids,
            snapshot_link_ids: m_snapshot_link_ids,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `SnapshotLinks.SnapshotLink` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotLink {
    /// `Category`.
    ///
    /// Example: `standard`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1h6jmbefj2cyqs****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `testInstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InstantAccess`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "InstantAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instant_access: ::std::option::Option<bool>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotLinkId`.
    ///
    /// Example: `sl-2ze0y1jwzpb1geqx****`.
    #[serde(
        rename = "SnapshotLinkId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_link_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskId`.
    ///
    /// Example: `d-bp1d6tsvznfghy7y****`.
    #[serde(
        rename = "SourceDiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskName`.
    ///
    /// Example: `testSourceDiskName`.
    #[serde(
        rename = "SourceDiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_name: ::std::option::Option<::yun_core::Text>,
    /// `SourceDiskSize`.
    ///
    /// Example: `40`.
    #[serde(
        rename = "SourceDiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_size: ::std::option::Option<i64>,
    /// `SourceDiskType`.
    ///
    /// Example: `data`.
    #[serde(
        rename = "SourceDiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_disk_type: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `TotalSize`.
    ///
    /// Example: `2097152`.
    #[serde(
        rename = "TotalSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_size: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for SnapshotLink {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SnapshotLink",
            &[
                ("category", d::opt(&self.category)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("instant_access", d::opt(&self.instant_access)),
                ("region_id", d::opt(&self.region_id)),
                ("snapshot_link_id", d::opt(&self.snapshot_link_id)),
                ("source_disk_id", d::opt(&self.source_disk_id)),
                ("source_disk_name", d::opt(&self.source_disk_name)),
                ("source_disk_size", d::opt(&self.source_disk_size)),
                ("source_disk_type", d::opt(&self.source_disk_type)),
                ("total_count", d::opt(&self.total_count)),
                ("total_size", d::opt(&self.total_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SnapshotLink {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Category",
            "InstanceId",
            "InstanceName",
            "InstantAccess",
            "RegionId",
            "SnapshotLinkId",
            "SourceDiskId",
            "SourceDiskName",
            "SourceDiskSize",
            "SourceDiskType",
            "TotalCount",
            "TotalSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = SnapshotLink::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.category = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.instance_name = r.decode()?,
                3 => out.instant_access = r.decode()?,
                4 => out.region_id = r.decode()?,
                5 => out.snapshot_link_id = r.decode()?,
                6 => out.source_disk_id = r.decode()?,
                7 => out.source_disk_name = r.decode()?,
                8 => out.source_disk_size = r.decode()?,
                9 => out.source_disk_type = r.decode()?,
                10 => out.total_count = r.decode()?,
                11 => out.total_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SnapshotLinks` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotLinks {
    /// `SnapshotLink`.
    #[serde(
        rename = "SnapshotLink",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_link: ::std::option::Option<::std::vec::Vec<SnapshotLink>>,
}

impl ::std::fmt::Debug for SnapshotLinks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SnapshotLinks",
            &[("snapshot_link", d::opt(&self.snapshot_link))],
        )
    }
}

impl ::yun_core::json::Decode for SnapshotLinks {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SnapshotLink"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SnapshotLinks::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.snapshot_link = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_snapshot_links`](crate::Client::describe_snapshot_links) (`DescribeSnapshotLinks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotLinksResponse {
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
    /// Example: `50`.
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
    /// `SnapshotLinks`.
    #[serde(
        rename = "SnapshotLinks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_links: ::std::option::Option<SnapshotLinks>,
    /// `TotalCount`.
    ///
    /// Example: `9`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeSnapshotLinksResponse {
    /// The items of `SnapshotLinks` (through its wrapper), empty when absent.
    pub fn snapshot_links(&self) -> &[SnapshotLink] {
        self.snapshot_links
            .as_ref()
            .and_then(|w| w.snapshot_link.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSnapshotLinksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotLinksResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("snapshot_links", d::opt(&self.snapshot_links)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotLinksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "SnapshotLinks",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeSnapshotLinksResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.snapshot_links = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeSnapshotLinksRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeSnapshotLinks` pages (by `PageNumber`), for [`Client::describe_snapshot_links_paginator`](crate::Client::describe_snapshot_links_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeSnapshotLinksRequest {
    type Response = DescribeSnapshotLinksResponse;
    type Item = SnapshotLink;
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

    fn total_count(page: &DescribeSnapshotLinksResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeSnapshotLinksResponse) -> usize {
        page.snapshot_links
            .as_ref()
            .and_then(|x| x.snapshot_link.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeSnapshotLinksResponse) -> ::std::vec::Vec<SnapshotLink> {
        page.snapshot_links
            .and_then(|x| x.snapshot_link)
            .unwrap_or_default()
    }
}
