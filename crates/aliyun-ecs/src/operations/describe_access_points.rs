//! `DescribeAccessPoints`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAccessPoints>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAccessPoints",
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
                name: "Type",
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
                name: "Filter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_access_points`](crate::Client::describe_access_points) (`DescribeAccessPoints`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccessPointsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Type` (query).
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 50.
    ///
    /// Default: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Filter` (query, sent as `Filter.1`, `Filter.2`, …).
    ///
    /// At most 5 items.
    #[serde(
        rename = "Filter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribeAccessPointsRequest {
    /// A `DescribeAccessPointsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            r#type: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filter: ::std::option::Option::None,
        }
    }

    /// Sets `Type`.
    pub fn r#type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
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

    /// Sets `Filter`.
    pub fn filter(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeAccessPointsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAccessPointsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("type", d::opt(&self.r#type)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("filter", d::opt(&self.filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAccessPointsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "Type", "PageNumber", "PageSize", "Filter"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_type: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_filter: ::std::option::Option<::std::vec::Vec<crate::models::Filter>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_type = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                4 => m_filter = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeAccessPointsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            r#type: m_type,
            page_number: m_page_number,
            page_size: m_page_size,
            filter: m_filter,
        })
    }
}

/// The `AccessPointSet.AccessPointType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessPointType {
    /// `AccessPointId`.
    #[serde(
        rename = "AccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::yun_core::Text>,
    /// `AttachedRegionNo`.
    #[serde(
        rename = "AttachedRegionNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attached_region_no: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `HostOperator`.
    #[serde(
        rename = "HostOperator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_operator: ::std::option::Option<::yun_core::Text>,
    /// `Location`.
    #[serde(
        rename = "Location",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub location: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AccessPointType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AccessPointType",
            &[
                ("access_point_id", d::opt(&self.access_point_id)),
                ("attached_region_no", d::opt(&self.attached_region_no)),
                ("description", d::opt(&self.description)),
                ("host_operator", d::opt(&self.host_operator)),
                ("location", d::opt(&self.location)),
                ("name", d::opt(&self.name)),
                ("status", d::opt(&self.status)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AccessPointType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AccessPointId",
            "AttachedRegionNo",
            "Description",
            "HostOperator",
            "Location",
            "Name",
            "Status",
            "Type",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = AccessPointType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.access_point_id = r.decode()?,
                1 => out.attached_region_no = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.host_operator = r.decode()?,
                4 => out.location = r.decode()?,
                5 => out.name = r.decode()?,
                6 => out.status = r.decode()?,
                7 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AccessPointSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccessPointSet {
    /// `AccessPointType`.
    #[serde(
        rename = "AccessPointType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_type: ::std::option::Option<::std::vec::Vec<AccessPointType>>,
}

impl ::std::fmt::Debug for AccessPointSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AccessPointSet",
            &[("access_point_type", d::opt(&self.access_point_type))],
        )
    }
}

impl ::yun_core::json::Decode for AccessPointSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AccessPointType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AccessPointSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.access_point_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_access_points`](crate::Client::describe_access_points) (`DescribeAccessPoints`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccessPointsResponse {
    /// `AccessPointSet`.
    #[serde(
        rename = "AccessPointSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_set: ::std::option::Option<AccessPointSet>,
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
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeAccessPointsResponse {
    /// The items of `AccessPointSet` (through its wrapper), empty when absent.
    pub fn access_point_set(&self) -> &[AccessPointType] {
        self.access_point_set
            .as_ref()
            .and_then(|w| w.access_point_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeAccessPointsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAccessPointsResponse",
            &[
                ("access_point_set", d::opt(&self.access_point_set)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAccessPointsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AccessPointSet",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeAccessPointsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.access_point_set = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeAccessPointsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeAccessPoints` pages (by `PageNumber`), for [`Client::describe_access_points_paginator`](crate::Client::describe_access_points_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeAccessPointsRequest {
    type Response = DescribeAccessPointsResponse;
    type Item = AccessPointType;
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

    fn total_count(page: &DescribeAccessPointsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeAccessPointsResponse) -> usize {
        page.access_point_set
            .as_ref()
            .and_then(|x| x.access_point_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeAccessPointsResponse) -> ::std::vec::Vec<AccessPointType> {
        page.access_point_set
            .and_then(|x| x.access_point_type)
            .unwrap_or_default()
    }
}
