//! `DescribeVRouters`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVRouters>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeVRouters",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "VRouterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
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

/// The request of [`Client::describe_v_routers`](crate::Client::describe_v_routers) (`DescribeVRouters`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVRoutersRequest {
    /// `VRouterId` (query).
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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
    /// From 1 to 50.
    ///
    /// Default: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeVRoutersRequest {
    /// A `DescribeVRoutersRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            v_router_id: ::std::option::Option::None,
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `VRouterId`.
    pub fn v_router_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_router_id = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeVRoutersRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVRoutersRequest",
            &[
                ("v_router_id", d::opt(&self.v_router_id)),
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVRoutersRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VRouterId", "RegionId", "PageNumber", "PageSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_v_router_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_v_router_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeVRoutersRequest {
            v_router_id: m_v_router_id,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `VRouters.VRouter.RouteTableIds` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteTableIds {
    /// `RouteTableId`.
    #[serde(
        rename = "RouteTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for RouteTableIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RouteTableIds",
            &[("route_table_id", d::opt(&self.route_table_id))],
        )
    }
}

impl ::yun_core::json::Decode for RouteTableIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RouteTableId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RouteTableIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.route_table_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VRouters.VRouter` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VRouter {
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RouteTableIds`.
    #[serde(
        rename = "RouteTableIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_ids: ::std::option::Option<RouteTableIds>,
    /// `VRouterId`.
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::yun_core::Text>,
    /// `VRouterName`.
    #[serde(
        rename = "VRouterName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_name: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl VRouter {
    /// The items of `RouteTableIds` (through its wrapper), empty when absent.
    pub fn route_table_ids(&self) -> &[::yun_core::Text] {
        self.route_table_ids
            .as_ref()
            .and_then(|w| w.route_table_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for VRouter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VRouter",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("region_id", d::opt(&self.region_id)),
                ("route_table_ids", d::opt(&self.route_table_ids)),
                ("v_router_id", d::opt(&self.v_router_id)),
                ("v_router_name", d::opt(&self.v_router_name)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for VRouter {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "Description",
            "RegionId",
            "RouteTableIds",
            "VRouterId",
            "VRouterName",
            "VpcId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = VRouter::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.description = r.decode()?,
                2 => out.region_id = r.decode()?,
                3 => out.route_table_ids = r.decode()?,
                4 => out.v_router_id = r.decode()?,
                5 => out.v_router_name = r.decode()?,
                6 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VRouters` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VRouters {
    /// `VRouter`.
    #[serde(
        rename = "VRouter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router: ::std::option::Option<::std::vec::Vec<VRouter>>,
}

impl ::std::fmt::Debug for VRouters {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "VRouters", &[("v_router", d::opt(&self.v_router))])
    }
}

impl ::yun_core::json::Decode for VRouters {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VRouter"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = VRouters::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.v_router = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_v_routers`](crate::Client::describe_v_routers) (`DescribeVRouters`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVRoutersResponse {
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
    /// `VRouters`.
    #[serde(
        rename = "VRouters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_routers: ::std::option::Option<VRouters>,
}

impl DescribeVRoutersResponse {
    /// The items of `VRouters` (through its wrapper), empty when absent.
    pub fn v_routers(&self) -> &[VRouter] {
        self.v_routers
            .as_ref()
            .and_then(|w| w.v_router.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeVRoutersResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVRoutersResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
                ("v_routers", d::opt(&self.v_routers)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVRoutersResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
            "VRouters",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeVRoutersResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.total_count = r.decode()?,
                4 => out.v_routers = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeVRoutersRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeVRouters` pages (by `PageNumber`), for [`Client::describe_v_routers_paginator`](crate::Client::describe_v_routers_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeVRoutersRequest {
    type Response = DescribeVRoutersResponse;
    type Item = VRouter;
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

    fn total_count(page: &DescribeVRoutersResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeVRoutersResponse) -> usize {
        page.v_routers
            .as_ref()
            .and_then(|x| x.v_router.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeVRoutersResponse) -> ::std::vec::Vec<VRouter> {
        page.v_routers.and_then(|x| x.v_router).unwrap_or_default()
    }
}
