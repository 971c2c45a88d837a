//! `DescribeRouterInterfaces`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRouterInterfaces>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeRouterInterfaces",
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

/// The request of [`Client::describe_router_interfaces`](crate::Client::describe_router_interfaces) (`DescribeRouterInterfaces`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRouterInterfacesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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

impl DescribeRouterInterfacesRequest {
    /// A `DescribeRouterInterfacesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            filter: ::std::option::Option::None,
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

    /// Sets `Filter`.
    pub fn filter(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeRouterInterfacesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRouterInterfacesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("filter", d::opt(&self.filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRouterInterfacesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "PageNumber", "PageSize", "Filter"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_filter: ::std::option::Option<::std::vec::Vec<crate::models::Filter>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_filter = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeRouterInterfacesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            filter: m_filter,
        })
    }
}

/// The `RouterInterfaceSet.RouterInterfaceType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouterInterfaceType {
    /// `AccessPointId`.
    #[serde(
        rename = "AccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::yun_core::Text>,
    /// `BusinessStatus`.
    #[serde(
        rename = "BusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_status: ::std::option::Option<::yun_core::Text>,
    /// `ChargeType`.
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::yun_core::Text>,
    /// `ConnectedTime`.
    #[serde(
        rename = "ConnectedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connected_time: ::std::option::Option<::yun_core::Text>,
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
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `HealthCheckSourceIp`.
    #[serde(
        rename = "HealthCheckSourceIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_check_source_ip: ::std::option::Option<::yun_core::Text>,
    /// `HealthCheckTargetIp`.
    #[serde(
        rename = "HealthCheckTargetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_check_target_ip: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `OppositeAccessPointId`.
    #[serde(
        rename = "OppositeAccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_access_point_id: ::std::option::Option<::yun_core::Text>,
    /// `OppositeInterfaceBusinessStatus`.
    #[serde(
        rename = "OppositeInterfaceBusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_business_status: ::std::option::Option<::yun_core::Text>,
    /// `OppositeInterfaceId`.
    #[serde(
        rename = "OppositeInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `OppositeInterfaceOwnerId`.
    #[serde(
        rename = "OppositeInterfaceOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_owner_id: ::std::option::Option<::yun_core::Text>,
    /// `OppositeInterfaceSpec`.
    #[serde(
        rename = "OppositeInterfaceSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_spec: ::std::option::Option<::yun_core::Text>,
    /// `OppositeInterfaceStatus`.
    #[serde(
        rename = "OppositeInterfaceStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_status: ::std::option::Option<::yun_core::Text>,
    /// `OppositeRegionId`.
    #[serde(
        rename = "OppositeRegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_region_id: ::std::option::Option<::yun_core::Text>,
    /// `OppositeRouterId`.
    #[serde(
        rename = "OppositeRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_router_id: ::std::option::Option<::yun_core::Text>,
    /// `OppositeRouterType`.
    #[serde(
        rename = "OppositeRouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_router_type: ::std::option::Option<::yun_core::Text>,
    /// `Role`.
    #[serde(
        rename = "Role",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role: ::std::option::Option<::yun_core::Text>,
    /// `RouterId`.
    #[serde(
        rename = "RouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_id: ::std::option::Option<::yun_core::Text>,
    /// `RouterInterfaceId`.
    #[serde(
        rename = "RouterInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `RouterType`.
    #[serde(
        rename = "RouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_type: ::std::option::Option<::yun_core::Text>,
    /// `Spec`.
    #[serde(
        rename = "Spec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spec: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RouterInterfaceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RouterInterfaceType",
            &[
                ("access_point_id", d::opt(&self.access_point_id)),
                ("business_status", d::opt(&self.business_status)),
                ("charge_type", d::opt(&self.charge_type)),
                ("connected_time", d::opt(&self.connected_time)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("end_time", d::opt(&self.end_time)),
                (
                    "health_check_source_ip",
                    d::opt(&self.health_check_source_ip),
                ),
                (
                    "health_check_target_ip",
                    d::opt(&self.health_check_target_ip),
                ),
                ("name", d::opt(&self.name)),
                (
                    "opposite_access_point_id",
                    d::opt(&self.opposite_access_point_id),
                ),
                (
                    "opposite_interface_business_status",
                    d::opt(&self.opposite_interface_business_status),
                ),
                ("opposite_interface_id", d::opt(&self.opposite_interface_id)),
                (
                    "opposite_interface_owner_id",
                    d::opt(&self.opposite_interface_owner_id),
                ),
                (
                    "opposite_interface_spec",
                    d::opt(&self.opposite_interface_spec),
                ),
                (
                    "opposite_interface_status",
                    d::opt(&self.opposite_interface_status),
                ),
                ("opposite_region_id", d::opt(&self.opposite_region_id)),
                ("opposite_router_id", d::opt(&self.opposite_router_id)),
                ("opposite_router_type", d::opt(&self.opposite_router_type)),
                ("role", d::opt(&self.role)),
                ("router_id", d::opt(&self.router_id)),
                ("router_interface_id", d::opt(&self.router_interface_id)),
                ("router_type", d::opt(&self.router_type)),
                ("spec", d::opt(&self.spec)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RouterInterfaceType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AccessPointId",
            "BusinessStatus",
            "ChargeType",
            "ConnectedTime",
            "CreationTime",
            "Description",
            "EndTime",
            "HealthCheckSourceIp",
            "HealthCheckTargetIp",
            "Name",
            "OppositeAccessPointId",
            "OppositeInterfaceBusinessStatus",
            "OppositeInterfaceId",
            "OppositeInterfaceOwnerId",
            "OppositeInterfaceSpec",
            "OppositeInterfaceStatus",
            "OppositeRegionId",
            "OppositeRouterId",
            "OppositeRouterType",
            "Role",
            "RouterId",
            "RouterInterfaceId",
            "RouterType",
            "Spec",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 26] = ::yun_core::json::member_order();
        let mut out = RouterInterfaceType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.access_point_id = r.decode()?,
                1 => out.business_status = r.decode()?,
                2 => out.charge_type = r.decode()?,
                3 => out.connected_time = r.decode()?,
                4 => out.creation_time = r.decode()?,
                5 => out.description = r.decode()?,
                6 => out.end_time = r.decode()?,
                7 => out.health_check_source_ip = r.decode()?,
                8 => out.health_check_target_ip = r.decode()?,
                9 => out.name = r.decode()?,
                10 => out.opposite_access_point_id = r.decode()?,
                11 => out.opposite_interface_business_status = r.decode()?,
                12 => out.opposite_interface_id = r.decode()?,
                13 => out.opposite_interface_owner_id = r.decode()?,
                14 => out.opposite_interface_spec = r.decode()?,
                15 => out.opposite_interface_status = r.decode()?,
                16 => out.opposite_region_id = r.decode()?,
                17 => out.opposite_router_id = r.decode()?,
                18 => out.opposite_router_type = r.decode()?,
                19 => out.role = r.decode()?,
                20 => out.router_id = r.decode()?,
                21 => out.router_interface_id = r.decode()?,
                22 => out.router_type = r.decode()?,
                23 => out.spec = r.decode()?,
                24 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RouterInterfaceSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouterInterfaceSet {
    /// `RouterInterfaceType`.
    #[serde(
        rename = "RouterInterfaceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_interface_type: ::std::option::Option<::std::vec::Vec<RouterInterfaceType>>,
}

impl ::std::fmt::Debug for RouterInterfaceSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RouterInterfaceSet",
            &[("router_interface_type", d::opt(&self.router_interface_type))],
        )
    }
}

impl ::yun_core::json::Decode for RouterInterfaceSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RouterInterfaceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RouterInterfaceSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.router_interface_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_router_interfaces`](crate::Client::describe_router_interfaces) (`DescribeRouterInterfaces`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRouterInterfacesResponse {
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
    /// `RouterInterfaceSet`.
    #[serde(
        rename = "RouterInterfaceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_interface_set: ::std::option::Option<RouterInterfaceSet>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeRouterInterfacesResponse {
    /// The items of `RouterInterfaceSet` (through its wrapper), empty when absent.
    pub fn router_interface_set(&self) -> &[RouterInterfaceType] {
        self.router_interface_set
            .as_ref()
            .and_then(|w| w.router_interface_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeRouterInterfacesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRouterInterfacesResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("router_interface_set", d::opt(&self.router_interface_set)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRouterInterfacesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "RouterInterfaceSet",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeRouterInterfacesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.router_interface_set = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeRouterInterfacesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeRouterInterfaces` pages (by `PageNumber`), for [`Client::describe_router_interfaces_paginator`](crate::Client::describe_router_interfaces_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeRouterInterfacesRequest {
    type Response = DescribeRouterInterfacesResponse;
    type Item = RouterInterfaceType;
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

    fn total_count(page: &DescribeRouterInterfacesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeRouterInterfacesResponse) -> usize {
        page.router_interface_set
            .as_ref()
            .and_then(|x| x.router_interface_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeRouterInterfacesResponse) -> ::std::vec::Vec<RouterInterfaceType> {
        page.router_interface_set
            .and_then(|x| x.router_interface_type)
            .unwrap_or_default()
    }
}
