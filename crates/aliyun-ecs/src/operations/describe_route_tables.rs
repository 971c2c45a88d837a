//! `DescribeRouteTables`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRouteTables>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeRouteTables",
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
                name: "VRouterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RouteTableId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RouterType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RouterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RouteTableName",
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

/// The request of [`Client::describe_route_tables`](crate::Client::describe_route_tables) (`DescribeRouteTables`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRouteTablesRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `VRouterId` (query).
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::std::string::String>,
    /// `RouteTableId` (query).
    #[serde(
        rename = "RouteTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::std::string::String>,
    /// `RouterType` (query).
    #[serde(
        rename = "RouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_type: ::std::option::Option<::std::string::String>,
    /// `RouterId` (query).
    #[serde(
        rename = "RouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_id: ::std::option::Option<::std::string::String>,
    /// `RouteTableName` (query).
    #[serde(
        rename = "RouteTableName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_name: ::std::option::Option<::std::string::String>,
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
}

impl DescribeRouteTablesRequest {
    /// An empty `DescribeRouteTablesRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            region_id: ::std::option::Option::None,
            v_router_id: ::std::option::Option::None,
            route_table_id: ::std::option::Option::None,
            router_type: ::std::option::Option::None,
            router_id: ::std::option::Option::None,
            route_table_name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VRouterId`.
    pub fn v_router_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_router_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RouteTableId`.
    pub fn route_table_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RouterType`.
    pub fn router_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.router_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RouterId`.
    pub fn router_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.router_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RouteTableName`.
    pub fn route_table_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.route_table_name = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeRouteTablesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRouteTablesRequest",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("v_router_id", d::opt(&self.v_router_id)),
                ("route_table_id", d::opt(&self.route_table_id)),
                ("router_type", d::opt(&self.router_type)),
                ("router_id", d::opt(&self.router_id)),
                ("route_table_name", d::opt(&self.route_table_name)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRouteTablesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "VRouterId",
            "RouteTableId",
            "RouterType",
            "RouterId",
            "RouteTableName",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = DescribeRouteTablesRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.region_id = r.decode()?,
                1 => out.v_router_id = r.decode()?,
                2 => out.route_table_id = r.decode()?,
                3 => out.router_type = r.decode()?,
                4 => out.router_id = r.decode()?,
                5 => out.route_table_name = r.decode()?,
                6 => out.page_number = r.decode()?,
                7 => out.page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RouteTables.RouteTable.RouteEntrys.RouteEntry.NextHops.NextHop` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NextHop {
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<i64>,
    /// `NextHopId`.
    #[serde(
        rename = "NextHopId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_id: ::std::option::Option<::yun_core::Text>,
    /// `NextHopType`.
    #[serde(
        rename = "NextHopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<::yun_core::Text>,
    /// `Weight`.
    #[serde(
        rename = "Weight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for NextHop {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NextHop",
            &[
                ("enabled", d::opt(&self.enabled)),
                ("next_hop_id", d::opt(&self.next_hop_id)),
                ("next_hop_type", d::opt(&self.next_hop_type)),
                ("weight", d::opt(&self.weight)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NextHop {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Enabled", "NextHopId", "NextHopType", "Weight"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = NextHop::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.enabled = r.decode()?,
                1 => out.next_hop_id = r.decode()?,
                2 => out.next_hop_type = r.decode()?,
                3 => out.weight = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RouteTables.RouteTable.RouteEntrys.RouteEntry.NextHops` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NextHops {
    /// `NextHop`.
    #[serde(
        rename = "NextHop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop: ::std::option::Option<::std::vec::Vec<NextHop>>,
}

impl ::std::fmt::Debug for NextHops {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "NextHops", &[("next_hop", d::opt(&self.next_hop))])
    }
}

impl ::yun_core::json::Decode for NextHops {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextHop"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NextHops::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_hop = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RouteTables.RouteTable.RouteEntrys.RouteEntry` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteEntry {
    /// `DestinationCidrBlock`.
    #[serde(
        rename = "DestinationCidrBlock",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_cidr_block: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `NextHopType`.
    #[serde(
        rename = "NextHopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<::yun_core::Text>,
    /// `NextHops`.
    #[serde(
        rename = "NextHops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hops: ::std::option::Option<NextHops>,
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
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl RouteEntry {
    /// The items of `NextHops` (through its wrapper), empty when absent.
    pub fn next_hops(&self) -> &[NextHop] {
        self.next_hops
            .as_ref()
            .and_then(|w| w.next_hop.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RouteEntry {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RouteEntry",
            &[
                (
                    "destination_cidr_block",
                    d::opt(&self.destination_cidr_block),
                ),
                ("instance_id", d::opt(&self.instance_id)),
                ("next_hop_type", d::opt(&self.next_hop_type)),
                ("next_hops", d::opt(&self.next_hops)),
                ("route_table_id", d::opt(&self.route_table_id)),
                ("status", d::opt(&self.status)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RouteEntry {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DestinationCidrBlock",
            "InstanceId",
            "NextHopType",
            "NextHops",
            "RouteTableId",
            "Status",
            "Type",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = RouteEntry::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.destination_cidr_block = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.next_hop_type = r.decode()?,
                3 => out.next_hops = r.decode()?,
                4 => out.route_table_id = r.decode()?,
                5 => out.status = r.decode()?,
                6 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RouteTables.RouteTable.RouteEntrys` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteEntrys {
    /// `RouteEntry`.
    #[serde(
        rename = "RouteEntry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_entry: ::std::option::Option<::std::vec::Vec<RouteEntry>>,
}

impl ::std::fmt::Debug for RouteEntrys {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RouteEntrys",
            &[("route_entry", d::opt(&self.route_entry))],
        )
    }
}

impl ::yun_core::json::Decode for RouteEntrys {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RouteEntry"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RouteEntrys::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.route_entry = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RouteTables.RouteTable` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteTable {
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `RouteEntrys`.
    #[serde(
        rename = "RouteEntrys",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_entrys: ::std::option::Option<RouteEntrys>,
    /// `RouteTableId`.
    #[serde(
        rename = "RouteTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::yun_core::Text>,
    /// `RouteTableType`.
    #[serde(
        rename = "RouteTableType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_type: ::std::option::Option<::yun_core::Text>,
    /// `VRouterId`.
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::yun_core::Text>,
}

impl RouteTable {
    /// The items of `RouteEntrys` (through its wrapper), empty when absent.
    pub fn route_entrys(&self) -> &[RouteEntry] {
        self.route_entrys
            .as_ref()
            .and_then(|w| w.route_entry.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RouteTable {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RouteTable",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("route_entrys", d::opt(&self.route_entrys)),
                ("route_table_id", d::opt(&self.route_table_id)),
                ("route_table_type", d::opt(&self.route_table_type)),
                ("v_router_id", d::opt(&self.v_router_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RouteTable {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "ResourceGroupId",
            "RouteEntrys",
            "RouteTableId",
            "RouteTableType",
            "VRouterId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = RouteTable::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.resource_group_id = r.decode()?,
                2 => out.route_entrys = r.decode()?,
                3 => out.route_table_id = r.decode()?,
                4 => out.route_table_type = r.decode()?,
                5 => out.v_router_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RouteTables` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteTables {
    /// `RouteTable`.
    #[serde(
        rename = "RouteTable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table: ::std::option::Option<::std::vec::Vec<RouteTable>>,
}

impl ::std::fmt::Debug for RouteTables {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RouteTables",
            &[("route_table", d::opt(&self.route_table))],
        )
    }
}

impl ::yun_core::json::Decode for RouteTables {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RouteTable"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RouteTables::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.route_table = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_route_tables`](crate::Client::describe_route_tables) (`DescribeRouteTables`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRouteTablesResponse {
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
    /// `RouteTables`.
    #[serde(
        rename = "RouteTables",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_tables: ::std::option::Option<RouteTables>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeRouteTablesResponse {
    /// The items of `RouteTables` (through its wrapper), empty when absent.
    pub fn route_tables(&self) -> &[RouteTable] {
        self.route_tables
            .as_ref()
            .and_then(|w| w.route_table.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeRouteTablesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRouteTablesResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("route_tables", d::opt(&self.route_tables)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRouteTablesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "RouteTables",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeRouteTablesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.route_tables = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeRouteTablesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeRouteTables` pages (by `PageNumber`), for [`Client::describe_route_tables_paginator`](crate::Client::describe_route_tables_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeRouteTablesRequest {
    type Response = DescribeRouteTablesResponse;
    type Item = RouteTable;
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

    fn total_count(page: &DescribeRouteTablesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeRouteTablesResponse) -> usize {
        page.route_tables
            .as_ref()
            .and_then(|x| x.route_table.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeRouteTablesResponse) -> ::std::vec::Vec<RouteTable> {
        page.route_tables
            .and_then(|x| x.route_table)
            .unwrap_or_default()
    }
}
