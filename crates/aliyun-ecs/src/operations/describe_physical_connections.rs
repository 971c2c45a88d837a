//! `DescribePhysicalConnections`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePhysicalConnections>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribePhysicalConnections",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
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
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UserCidr",
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

/// The request of [`Client::describe_physical_connections`](crate::Client::describe_physical_connections) (`DescribePhysicalConnections`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePhysicalConnectionsRequest {
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
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `UserCidr` (query).
    #[serde(
        rename = "UserCidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidr: ::std::option::Option<::std::string::String>,
    /// `Filter` (query, sent as `Filter.1`, `Filter.2`, …).
    ///
    /// At most 5 items.
    #[serde(
        rename = "Filter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribePhysicalConnectionsRequest {
    /// A `DescribePhysicalConnectionsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            user_cidr: ::std::option::Option::None,
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

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserCidr`.
    pub fn user_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_cidr = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter`.
    pub fn filter(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribePhysicalConnectionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePhysicalConnectionsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("client_token", d::opt(&self.client_token)),
                ("user_cidr", d::opt(&self.user_cidr)),
                ("filter", d::opt(&self.filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePhysicalConnectionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "ClientToken",
            "UserCidr",
            "Filter",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_cidr: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_filter: ::std::option::Option<::std::vec::Vec<crate::models::Filter>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_client_token = r.decode()?,
                4 => m_user_cidr = r.decode()?,
                5 => m_filter = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribePhysicalConnectionsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            client_token: m_client_token,
            user_cidr: m_user_cidr,
            filter: m_filter,
        })
    }
}

/// The `PhysicalConnectionSet.PhysicalConnectionType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhysicalConnectionType {
    /// `AccessPointId`.
    #[serde(
        rename = "AccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::yun_core::Text>,
    /// `AdLocation`.
    #[serde(
        rename = "AdLocation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ad_location: ::std::option::Option<::yun_core::Text>,
    /// `Bandwidth`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i64>,
    /// `BusinessStatus`.
    #[serde(
        rename = "BusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_status: ::std::option::Option<::yun_core::Text>,
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
    /// `EnabledTime`.
    #[serde(
        rename = "EnabledTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled_time: ::std::option::Option<::yun_core::Text>,
    /// `LineOperator`.
    #[serde(
        rename = "LineOperator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub line_operator: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `PeerLocation`.
    #[serde(
        rename = "PeerLocation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peer_location: ::std::option::Option<::yun_core::Text>,
    /// `PhysicalConnectionId`.
    #[serde(
        rename = "PhysicalConnectionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_id: ::std::option::Option<::yun_core::Text>,
    /// `PortNumber`.
    #[serde(
        rename = "PortNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_number: ::std::option::Option<::yun_core::Text>,
    /// `PortType`.
    #[serde(
        rename = "PortType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_type: ::std::option::Option<::yun_core::Text>,
    /// `RedundantPhysicalConnectionId`.
    #[serde(
        rename = "RedundantPhysicalConnectionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redundant_physical_connection_id: ::std::option::Option<::yun_core::Text>,
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
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PhysicalConnectionType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PhysicalConnectionType",
            &[
                ("access_point_id", d::opt(&self.access_point_id)),
                ("ad_location", d::opt(&self.ad_location)),
                ("bandwidth", d::opt(&self.bandwidth)),
                ("business_status", d::opt(&self.business_status)),
                ("circuit_code", d::opt(&self.circuit_code)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("enabled_time", d::opt(&self.enabled_time)),
                ("line_operator", d::opt(&self.line_operator)),
                ("name", d::opt(&self.name)),
                ("peer_location", d::opt(&self.peer_location)),
                (
                    "physical_connection_id",
                    d::opt(&self.physical_connection_id),
                ),
                ("port_number", d::opt(&self.port_number)),
                ("port_type", d::opt(&self.port_type)),
                (
                    "redundant_physical_connection_id",
                    d::opt(&self.redundant_physical_connection_id),
                ),
                ("spec", d::opt(&self.spec)),
                ("status", d::opt(&self.status)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PhysicalConnectionType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AccessPointId",
            "AdLocation",
            "Bandwidth",
            "BusinessStatus",
            "CircuitCode",
            "CreationTime",
            "Description",
            "EnabledTime",
            "LineOperator",
            "Name",
            "PeerLocation",
            "PhysicalConnectionId",
            "PortNumber",
            "PortType",
            "RedundantPhysicalConnectionId",
            "Spec",
            "Status",
            "Type",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 19] = ::yun_core::json::member_order();
        let mut out = PhysicalConnectionType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.access_point_id = r.decode()?,
                1 => out.ad_location = r.decode()?,
                2 => out.bandwidth = r.decode()?,
                3 => out.business_status = r.decode()?,
                4 => out.circuit_code = r.decode()?,
                5 => out.creation_time = r.decode()?,
                6 => out.description = r.decode()?,
                7 => out.enabled_time = r.decode()?,
                8 => out.line_operator = r.decode()?,
                9 => out.name = r.decode()?,
                10 => out.peer_location = r.decode()?,
                11 => out.physical_connection_id = r.decode()?,
                12 => out.port_number = r.decode()?,
                13 => out.port_type = r.decode()?,
                14 => out.redundant_physical_connection_id = r.decode()?,
                15 => out.spec = r.decode()?,
                16 => out.status = r.decode()?,
                17 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PhysicalConnectionSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PhysicalConnectionSet {
    /// `PhysicalConnectionType`.
    #[serde(
        rename = "PhysicalConnectionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_type: ::std::option::Option<::std::vec::Vec<PhysicalConnectionType>>,
}

impl ::std::fmt::Debug for PhysicalConnectionSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PhysicalConnectionSet",
            &[(
                "physical_connection_type",
                d::opt(&self.physical_connection_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for PhysicalConnectionSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PhysicalConnectionType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PhysicalConnectionSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.physical_connection_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_physical_connections`](crate::Client::describe_physical_connections) (`DescribePhysicalConnections`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePhysicalConnectionsResponse {
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
    /// `PhysicalConnectionSet`.
    #[serde(
        rename = "PhysicalConnectionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_set: ::std::option::Option<PhysicalConnectionSet>,
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

impl DescribePhysicalConnectionsResponse {
    /// The items of `PhysicalConnectionSet` (through its wrapper), empty when absent.
    pub fn physical_connection_set(&self) -> &[PhysicalConnectionType] {
        self.physical_connection_set
            .as_ref()
            .and_then(|w| w.physical_connection_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribePhysicalConnectionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePhysicalConnectionsResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                (
                    "physical_connection_set",
                    d::opt(&self.physical_connection_set),
                ),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePhysicalConnectionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "PhysicalConnectionSet",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribePhysicalConnectionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.physical_connection_set = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribePhysicalConnectionsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribePhysicalConnections` pages (by `PageNumber`), for [`Client::describe_physical_connections_paginator`](crate::Client::describe_physical_connections_paginator).
impl ::yun_core::paginate::PagedRequest for DescribePhysicalConnectionsRequest {
    type Response = DescribePhysicalConnectionsResponse;
    type Item = PhysicalConnectionType;
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

    fn total_count(page: &DescribePhysicalConnectionsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribePhysicalConnectionsResponse) -> usize {
        page.physical_connection_set
            .as_ref()
            .and_then(|x| x.physical_connection_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribePhysicalConnectionsResponse,
    ) -> ::std::vec::Vec<PhysicalConnectionType> {
        page.physical_connection_set
            .and_then(|x| x.physical_connection_type)
            .unwrap_or_default()
    }
}
