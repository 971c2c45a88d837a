//! `DescribeVirtualBorderRoutersForPhysicalConnection`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVirtualBorderRoutersForPhysicalConnection>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeVirtualBorderRoutersForPhysicalConnection",
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
                name: "PhysicalConnectionId",
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

/// The request of [`Client::describe_virtual_border_routers_for_physical_connection`](crate::Client::describe_virtual_border_routers_for_physical_connection) (`DescribeVirtualBorderRoutersForPhysicalConnection`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVirtualBorderRoutersForPhysicalConnectionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PhysicalConnectionId` (query). Required.
    #[serde(rename = "PhysicalConnectionId")]
    pub physical_connection_id: ::std::string::String,
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

impl DescribeVirtualBorderRoutersForPhysicalConnectionRequest {
    /// A `DescribeVirtualBorderRoutersForPhysicalConnectionRequest` with its required members: `RegionId`, `PhysicalConnectionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        physical_connection_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            physical_connection_id: physical_connection_id.into(),
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

impl ::std::fmt::Debug for DescribeVirtualBorderRoutersForPhysicalConnectionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVirtualBorderRoutersForPhysicalConnectionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "physical_connection_id",
                    d::req(&self.physical_connection_id),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("filter", d::opt(&self.filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVirtualBorderRoutersForPhysicalConnectionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PhysicalConnectionId",
            "PageNumber",
            "PageSize",
            "Filter",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_physical_connection_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_filter: ::std::option::Option<::std::vec::Vec<crate::models::Filter>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_physical_connection_id = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                4 => m_filter = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeVirtualBorderRoutersForPhysicalConnectionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            physical_connection_id: m_physical_connection_id
                .ok_or_else(|| r.missing("PhysicalConnectionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            filter: m_filter,
        })
    }
}

/// The `VirtualBorderRouterForPhysicalConnectionSet.VirtualBorderRouterForPhysicalConnectionType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualBorderRouterForPhysicalConnectionType {
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
    /// `RecoveryTime`.
    #[serde(
        rename = "RecoveryTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recovery_time: ::std::option::Option<::yun_core::Text>,
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
    /// `VbrOwnerUid`.
    #[serde(
        rename = "VbrOwnerUid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vbr_owner_uid: ::std::option::Option<i64>,
    /// `VlanId`.
    #[serde(
        rename = "VlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vlan_id: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for VirtualBorderRouterForPhysicalConnectionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VirtualBorderRouterForPhysicalConnectionType",
            &[
                ("activation_time", d::opt(&self.activation_time)),
                ("circuit_code", d::opt(&self.circuit_code)),
                ("creation_time", d::opt(&self.creation_time)),
                ("recovery_time", d::opt(&self.recovery_time)),
                ("termination_time", d::opt(&self.termination_time)),
                ("vbr_id", d::opt(&self.vbr_id)),
                ("vbr_owner_uid", d::opt(&self.vbr_owner_uid)),
                ("vlan_id", d::opt(&self.vlan_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for VirtualBorderRouterForPhysicalConnectionType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActivationTime",
            "CircuitCode",
            "CreationTime",
            "RecoveryTime",
            "TerminationTime",
            "VbrId",
            "VbrOwnerUid",
            "VlanId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = VirtualBorderRouterForPhysicalConnectionType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activation_time = r.decode()?,
                1 => out.circuit_code = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.recovery_time = r.decode()?,
                4 => out.termination_time = r.decode()?,
                5 => out.vbr_id = r.decode()?,
                6 => out.vbr_owner_uid = r.decode()?,
                7 => out.vlan_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VirtualBorderRouterForPhysicalConnectionSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualBorderRouterForPhysicalConnectionSet {
    /// `VirtualBorderRouterForPhysicalConnectionType`.
    #[serde(
        rename = "VirtualBorderRouterForPhysicalConnectionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_border_router_for_physical_connection_type:
        ::std::option::Option<::std::vec::Vec<VirtualBorderRouterForPhysicalConnectionType>>,
}

impl ::std::fmt::Debug for VirtualBorderRouterForPhysicalConnectionSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VirtualBorderRouterForPhysicalConnectionSet",
            &[(
                "virtual_border_router_for_physical_connection_type",
                d::opt(&self.virtual_border_router_for_physical_connection_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for VirtualBorderRouterForPhysicalConnectionSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VirtualBorderRouterForPhysicalConnectionType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = VirtualBorderRouterForPhysicalConnectionSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.virtual_border_router_for_physical_connection_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_virtual_border_routers_for_physical_connection`](crate::Client::describe_virtual_border_routers_for_physical_connection) (`DescribeVirtualBorderRoutersForPhysicalConnection`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVirtualBorderRoutersForPhysicalConnectionResponse {
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
    /// `VirtualBorderRouterForPhysicalConnectionSet`.
    #[serde(
        rename = "VirtualBorderRouterForPhysicalConnectionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_border_router_for_physical_connection_set:
        ::std::option::Option<VirtualBorderRouterForPhysicalConnectionSet>,
}

impl DescribeVirtualBorderRoutersForPhysicalConnectionResponse {
    /// The items of `VirtualBorderRouterForPhysicalConnectionSet` (through its wrapper), empty when absent.
    pub fn virtual_border_router_for_physical_connection_set(
        &self,
    ) -> &[VirtualBorderRouterForPhysicalConnectionType] {
        self.virtual_border_router_for_physical_connection_set
            .as_ref()
            .and_then(|w| {
                w.virtual_border_router_for_physical_connection_type
                    .as_deref()
            })
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeVirtualBorderRoutersForPhysicalConnectionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVirtualBorderRoutersForPhysicalConnectionResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
                (
                    "virtual_border_router_for_physical_connection_set",
                    d::opt(&self.virtual_border_router_for_physical_connection_set),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVirtualBorderRoutersForPhysicalConnectionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
            "VirtualBorderRouterForPhysicalConnectionSet",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeVirtualBorderRoutersForPhysicalConnectionResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.total_count = r.decode()?,
                4 => out.virtual_border_router_for_physical_connection_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeVirtualBorderRoutersForPhysicalConnectionRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeVirtualBorderRoutersForPhysicalConnection` pages (by `PageNumber`), for [`Client::describe_virtual_border_routers_for_physical_connection_paginator`](crate::Client::describe_virtual_border_routers_for_physical_connection_paginator).
impl ::yun_core::paginate::PagedRequest
    for DescribeVirtualBorderRoutersForPhysicalConnectionRequest
{
    type Response = DescribeVirtualBorderRoutersForPhysicalConnectionResponse;
    type Item = VirtualBorderRouterForPhysicalConnectionType;
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

    fn total_count(
        page: &DescribeVirtualBorderRoutersForPhysicalConnectionResponse,
    ) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeVirtualBorderRoutersForPhysicalConnectionResponse) -> usize {
        page.virtual_border_router_for_physical_connection_set
            .as_ref()
            .and_then(|x| {
                x.virtual_border_router_for_physical_connection_type
                    .as_ref()
            })
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeVirtualBorderRoutersForPhysicalConnectionResponse,
    ) -> ::std::vec::Vec<VirtualBorderRouterForPhysicalConnectionType> {
        page.virtual_border_router_for_physical_connection_set
            .and_then(|x| x.virtual_border_router_for_physical_connection_type)
            .unwrap_or_default()
    }
}
