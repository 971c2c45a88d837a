//! `DescribeSnapshotPackage`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotPackage>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshotPackage",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
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
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_snapshot_package`](crate::Client::describe_snapshot_package) (`DescribeSnapshotPackage`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotPackageRequest {
    /// `PageNumber` (query).
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
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl DescribeSnapshotPackageRequest {
    /// A `DescribeSnapshotPackageRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            region_id: region_id.into(),
        }
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

impl ::std::fmt::Debug for DescribeSnapshotPackageRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotPackageRequest",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::req(&self.region_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotPackageRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PageNumber", "PageSize", "RegionId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_page_number = r.decode()?,
                1 => m_page_size = r.decode()?,
                2 => m_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSnapshotPackageRequest {
            page_number: m_page_number,
            page_size: m_page_size,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
        })
    }
}

/// The `SnapshotPackages.SnapshotPackage` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotPackage {
    /// `DisplayName`.
    ///
    /// Example: `testDisplayName`.
    #[serde(
        rename = "DisplayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2018-11-30T06:32:31Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `InitCapacity`.
    ///
    /// Example: `500`.
    #[serde(
        rename = "InitCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub init_capacity: ::std::option::Option<i64>,
    /// `StartTime`.
    ///
    /// Example: `2017-11-30T06:32:31Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SnapshotPackage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SnapshotPackage",
            &[
                ("display_name", d::opt(&self.display_name)),
                ("end_time", d::opt(&self.end_time)),
                ("init_capacity", d::opt(&self.init_capacity)),
                ("start_time", d::opt(&self.start_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SnapshotPackage {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DisplayName", "EndTime", "InitCapacity", "StartTime"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = SnapshotPackage::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.display_name = r.decode()?,
                1 => out.end_time = r.decode()?,
                2 => out.init_capacity = r.decode()?,
                3 => out.start_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SnapshotPackages` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SnapshotPackages {
    /// `SnapshotPackage`.
    #[serde(
        rename = "SnapshotPackage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_package: ::std::option::Option<::std::vec::Vec<SnapshotPackage>>,
}

impl ::std::fmt::Debug for SnapshotPackages {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SnapshotPackages",
            &[("snapshot_package", d::opt(&self.snapshot_package))],
        )
    }
}

impl ::yun_core::json::Decode for SnapshotPackages {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SnapshotPackage"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SnapshotPackages::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.snapshot_package = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_snapshot_package`](crate::Client::describe_snapshot_package) (`DescribeSnapshotPackage`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotPackageResponse {
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
    /// `SnapshotPackages`.
    #[serde(
        rename = "SnapshotPackages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_packages: ::std::option::Option<SnapshotPackages>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeSnapshotPackageResponse {
    /// The items of `SnapshotPackages` (through its wrapper), empty when absent.
    pub fn snapshot_packages(&self) -> &[SnapshotPackage] {
        self.snapshot_packages
            .as_ref()
            .and_then(|w| w.snapshot_package.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSnapshotPackageResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotPackageResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("snapshot_packages", d::opt(&self.snapshot_packages)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotPackageResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "SnapshotPackages",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeSnapshotPackageResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.snapshot_packages = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeSnapshotPackageRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeSnapshotPackage` pages (by `PageNumber`), for [`Client::describe_snapshot_package_paginator`](crate::Client::describe_snapshot_package_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeSnapshotPackageRequest {
    type Response = DescribeSnapshotPackageResponse;
    type Item = SnapshotPackage;
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

    fn total_count(page: &DescribeSnapshotPackageResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeSnapshotPackageResponse) -> usize {
        page.snapshot_packages
            .as_ref()
            .and_then(|x| x.snapshot_package.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeSnapshotPackageResponse) -> ::std::vec::Vec<SnapshotPackage> {
        page.snapshot_packages
            .and_then(|x| x.snapshot_package)
            .unwrap_or_default()
    }
}
