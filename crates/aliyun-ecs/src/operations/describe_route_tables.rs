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
    };

/// The request of [`Client::describe_route_tables`](crate::Client::describe_route_tables) (`DescribeRouteTables`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 50.
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

impl<'de> ::serde::Deserialize<'de> for DescribeRouteTablesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeRouteTablesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeRouteTablesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeRouteTablesRequest, A::Error> {
                let mut out = DescribeRouteTablesRequest::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => out.region_id = map.next_value()?,
                        "VRouterId" => out.v_router_id = map.next_value()?,
                        "RouteTableId" => out.route_table_id = map.next_value()?,
                        "RouterType" => out.router_type = map.next_value()?,
                        "RouterId" => out.router_id = map.next_value()?,
                        "RouteTableName" => out.route_table_name = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
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

/// The `RouteTables.RouteTable.RouteEntrys.RouteEntry.NextHops.NextHop` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub next_hop_id: ::std::option::Option<::std::string::String>,
    /// `NextHopType`.
    #[serde(
        rename = "NextHopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<::std::string::String>,
    /// `Weight`.
    #[serde(
        rename = "Weight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weight: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for NextHop {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NextHop;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NextHop` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NextHop, A::Error> {
                let mut out = NextHop::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Enabled" => out.enabled = map.next_value()?,
                        "NextHopId" => out.next_hop_id = map.next_value()?,
                        "NextHopType" => out.next_hop_type = map.next_value()?,
                        "Weight" => out.weight = map.next_value()?,
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

/// The `RouteTables.RouteTable.RouteEntrys.RouteEntry.NextHops` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NextHops {
    /// `NextHop`.
    #[serde(
        rename = "NextHop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop: ::std::option::Option<::std::vec::Vec<NextHop>>,
}

impl<'de> ::serde::Deserialize<'de> for NextHops {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NextHops;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NextHops` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NextHops, A::Error> {
                let mut out = NextHops::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "NextHop" => out.next_hop = map.next_value()?,
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

/// The `RouteTables.RouteTable.RouteEntrys.RouteEntry` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteEntry {
    /// `DestinationCidrBlock`.
    #[serde(
        rename = "DestinationCidrBlock",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination_cidr_block: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `NextHopType`.
    #[serde(
        rename = "NextHopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<::std::string::String>,
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
    pub route_table_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RouteEntry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RouteEntry;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RouteEntry` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RouteEntry, A::Error> {
                let mut out = RouteEntry::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DestinationCidrBlock" => {
                            out.destination_cidr_block = map.next_value()?;
                        }

                        "InstanceId" => out.instance_id = map.next_value()?,
                        "NextHopType" => out.next_hop_type = map.next_value()?,
                        "NextHops" => out.next_hops = map.next_value()?,
                        "RouteTableId" => out.route_table_id = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "Type" => out.r#type = map.next_value()?,
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

/// The `RouteTables.RouteTable.RouteEntrys` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteEntrys {
    /// `RouteEntry`.
    #[serde(
        rename = "RouteEntry",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_entry: ::std::option::Option<::std::vec::Vec<RouteEntry>>,
}

impl<'de> ::serde::Deserialize<'de> for RouteEntrys {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RouteEntrys;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RouteEntrys` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RouteEntrys, A::Error> {
                let mut out = RouteEntrys::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RouteEntry" => out.route_entry = map.next_value()?,
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

/// The `RouteTables.RouteTable` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteTable {
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
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
    pub route_table_id: ::std::option::Option<::std::string::String>,
    /// `RouteTableType`.
    #[serde(
        rename = "RouteTableType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_type: ::std::option::Option<::std::string::String>,
    /// `VRouterId`.
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RouteTable {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RouteTable;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RouteTable` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RouteTable, A::Error> {
                let mut out = RouteTable::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "RouteEntrys" => out.route_entrys = map.next_value()?,
                        "RouteTableId" => out.route_table_id = map.next_value()?,
                        "RouteTableType" => out.route_table_type = map.next_value()?,
                        "VRouterId" => out.v_router_id = map.next_value()?,
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

/// The `RouteTables` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RouteTables {
    /// `RouteTable`.
    #[serde(
        rename = "RouteTable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table: ::std::option::Option<::std::vec::Vec<RouteTable>>,
}

impl<'de> ::serde::Deserialize<'de> for RouteTables {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RouteTables;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RouteTables` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RouteTables, A::Error> {
                let mut out = RouteTables::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RouteTable" => out.route_table = map.next_value()?,
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

/// The response of [`Client::describe_route_tables`](crate::Client::describe_route_tables) (`DescribeRouteTables`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub request_id: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for DescribeRouteTablesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeRouteTablesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeRouteTablesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeRouteTablesResponse, A::Error> {
                let mut out = DescribeRouteTablesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "RouteTables" => out.route_tables = map.next_value()?,
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
