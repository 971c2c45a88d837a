//! `DescribeVirtualBorderRouters`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVirtualBorderRouters>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeVirtualBorderRouters",
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

/// The request of [`Client::describe_virtual_border_routers`](crate::Client::describe_virtual_border_routers) (`DescribeVirtualBorderRouters`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVirtualBorderRoutersRequest {
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

impl DescribeVirtualBorderRoutersRequest {
    /// A `DescribeVirtualBorderRoutersRequest` with its required members: `RegionId`.
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

impl ::std::fmt::Debug for DescribeVirtualBorderRoutersRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVirtualBorderRoutersRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("filter", d::opt(&self.filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVirtualBorderRoutersRequest {
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

        ::std::result::Result::Ok(DescribeVirtualBorderRoutersRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            filter: m_filter,
        })
    }
}

/// The `VirtualBorderRouterSet.VirtualBorderRouterType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualBorderRouterType {
    /// `AccessPointId`.
    #[serde(
        rename = "AccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::yun_core::Text>,
    /// `ActivationTime`.
    #[serde(
        rename = "ActivationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_time: ::std::option::Option<::yun_core::Text>,
    /// `CircuitCode`.
    #[serde(
        rename = "CircuitCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub circuit_code: ::std::option::Option<::yun_core::Text>,
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
    /// `LocalGatewayIp`.
    #[serde(
        rename = "LocalGatewayIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_gateway_ip: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `PeerGatewayIp`.
    #[serde(
        rename = "PeerGatewayIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peer_gateway_ip: ::std::option::Option<::yun_core::Text>,
    /// `PeeringSubnetMask`.
    #[serde(
        rename = "PeeringSubnetMask",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peering_subnet_mask: ::std::option::Option<::yun_core::Text>,
    /// `PhysicalConnectionBusinessStatus`.
    #[serde(
        rename = "PhysicalConnectionBusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_business_status: ::std::option::Option<::yun_core::Text>,
    /// `PhysicalConnectionId`.
    #[serde(
        rename = "PhysicalConnectionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_id: ::std::option::Option<::yun_core::Text>,
    /// `PhysicalConnectionOwnerUid`.
    #[serde(
        rename = "PhysicalConnectionOwnerUid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_owner_uid: ::std::option::Option<::yun_core::Text>,
    /// `PhysicalConnectionStatus`.
    #[serde(
        rename = "PhysicalConnectionStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_status: ::std::option::Option<::yun_core::Text>,
    /// `RecoveryTime`.
    #[serde(
        rename = "RecoveryTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recovery_time: ::std::option::Option<::yun_core::Text>,
    /// `RouteTableId`.
    #[serde(
        rename = "RouteTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `TerminationTime`.
    #[serde(
        rename = "TerminationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub termination_time: ::std::option::Option<::yun_core::Text>,
    /// `VbrId`.
    #[serde(
        rename = "VbrId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vbr_id: ::std::option::Option<::yun_core::Text>,
    /// `VlanId`.
    #[serde(
        rename = "VlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vlan_id: ::std::option::Option<i64>,
    /// `VlanInterfaceId`.
    #[serde(
        rename = "VlanInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vlan_interface_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for VirtualBorderRouterType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VirtualBorderRouterType",
            &[
                ("access_point_id", d::opt(&self.access_point_id)),
                ("activation_time", d::opt(&self.activation_time)),
                ("circuit_code", d::opt(&self.circuit_code)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("local_gateway_ip", d::opt(&self.local_gateway_ip)),
                ("name", d::opt(&self.name)),
                ("peer_gateway_ip", d::opt(&self.peer_gateway_ip)),
                ("peering_subnet_mask", d::opt(&self.peering_subnet_mask)),
                (
                    "physical_connection_business_status",
                    d::opt(&self.physical_connection_business_status),
                ),
                (
                    "physical_connection_id",
                    d::opt(&self.physical_connection_id),
                ),
                (
                    "physical_connection_owner_uid",
                    d::opt(&self.physical_connection_owner_uid),
                ),
                (
                    "physical_connection_status",
                    d::opt(&self.physical_connection_status),
                ),
                ("recovery_time", d::opt(&self.recovery_time)),
                ("route_table_id", d::opt(&self.route_table_id)),
                ("status", d::opt(&self.status)),
                ("termination_time", d::opt(&self.termination_time)),
                ("vbr_id", d::opt(&self.vbr_id)),
                ("vlan_id", d::opt(&self.vlan_id)),
                ("vlan_interface_id", d::opt(&self.vlan_interface_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for VirtualBorderRouterType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AccessPointId",
            "ActivationTime",
            "CircuitCode",
            "CreationTime",
            "Description",
            "LocalGatewayIp",
            "Name",
            "PeerGatewayIp",
            "PeeringSubnetMask",
            "PhysicalConnectionBusinessStatus",
            "PhysicalConnectionId",
            "PhysicalConnectionOwnerUid",
            "PhysicalConnectionStatus",
            "RecoveryTime",
            "RouteTableId",
            "Status",
            "TerminationTime",
            "VbrId",
            "VlanId",
            "VlanInterfaceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 21] = ::yun_core::json::member_order();
        let mut out = VirtualBorderRouterType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.access_point_id = r.decode()?,
                1 => out.activation_time = r.decode()?,
                2 => out.circuit_code = r.decode()?,
                3 => out.creation_time = r.decode()?,
                4 => out.description = r.decode()?,
                5 => out.local_gateway_ip = r.decode()?,
                6 => out.name = r.decode()?,
                7 => out.peer_gateway_ip = r.decode()?,
                8 => out.peering_subnet_mask = r.decode()?,
                9 => out.physical_connection_business_status = r.decode()?,
                10 => out.physical_connection_id = r.decode()?,
                11 => out.physical_connection_owner_uid = r.decode()?,
                12 => out.physical_connection_status = r.decode()?,
                13 => out.recovery_time = r.decode()?,
                14 => out.route_table_id = r.decode()?,
                15 => out.status = r.decode()?,
                16 => out.termination_time = r.decode()?,
                17 => out.vbr_id = r.decode()?,
                18 => out.vlan_id = r.decode()?,
                19 => out.vlan_interface_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VirtualBorderRouterSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualBorderRouterSet {
    /// `VirtualBorderRouterType`.
    #[serde(
        rename = "VirtualBorderRouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_border_router_type: ::std::option::Option<::std::vec::Vec<VirtualBorderRouterType>>,
}

impl ::std::fmt::Debug for VirtualBorderRouterSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VirtualBorderRouterSet",
            &[(
                "virtual_border_router_type",
                d::opt(&self.virtual_border_router_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for VirtualBorderRouterSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VirtualBorderRouterType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = VirtualBorderRouterSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.virtual_border_router_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_virtual_border_routers`](crate::Client::describe_virtual_border_routers) (`DescribeVirtualBorderRouters`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVirtualBorderRoutersResponse {
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
    /// `VirtualBorderRouterSet`.
    #[serde(
        rename = "VirtualBorderRouterSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_border_router_set: ::std::option::Option<VirtualBorderRouterSet>,
}

impl DescribeVirtualBorderRoutersResponse {
    /// The items of `VirtualBorderRouterSet` (through its wrapper), empty when absent.
    pub fn virtual_border_router_set(&self) -> &[VirtualBorderRouterType] {
        self.virtual_border_router_set
            .as_ref()
            .and_then(|w| w.virtual_border_router_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeVirtualBorderRoutersResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVirtualBorderRoutersResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
                (
                    "virtual_border_router_set",
                    d::opt(&self.virtual_border_router_set),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVirtualBorderRoutersResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
            "VirtualBorderRouterSet",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeVirtualBorderRoutersResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.total_count = r.decode()?,
                4 => out.virtual_border_router_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeVirtualBorderRoutersRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeVirtualBorderRouters` pages (by `PageNumber`), for [`Client::describe_virtual_border_routers_paginator`](crate::Client::describe_virtual_border_routers_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeVirtualBorderRoutersRequest {
    type Response = DescribeVirtualBorderRoutersResponse;
    type Item = VirtualBorderRouterType;
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

    fn total_count(page: &DescribeVirtualBorderRoutersResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeVirtualBorderRoutersResponse) -> usize {
        page.virtual_border_router_set
            .as_ref()
            .and_then(|x| x.virtual_border_router_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeVirtualBorderRoutersResponse,
    ) -> ::std::vec::Vec<VirtualBorderRouterType> {
        page.virtual_border_router_set
            .and_then(|x| x.virtual_border_router_type)
            .unwrap_or_default()
    }
}
