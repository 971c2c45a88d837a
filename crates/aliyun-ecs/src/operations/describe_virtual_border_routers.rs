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
    };

/// The `Filter` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Filter {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    ///
    /// At most 5 items.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl Filter {
    /// An empty `Filter`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for Filter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Filter;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Filter` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Filter, A::Error> {
                let mut out = Filter::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
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

/// The request of [`Client::describe_virtual_border_routers`](crate::Client::describe_virtual_border_routers) (`DescribeVirtualBorderRouters`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVirtualBorderRoutersRequest {
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
    pub filter: ::std::option::Option<::std::vec::Vec<Filter>>,
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
    pub fn filter(mut self, value: ::std::vec::Vec<Filter>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeVirtualBorderRoutersRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeVirtualBorderRoutersRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeVirtualBorderRoutersRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeVirtualBorderRoutersRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_filter: ::std::option::Option<::std::vec::Vec<Filter>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "Filter" => m_filter = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeVirtualBorderRoutersRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    page_number: m_page_number,
                    page_size: m_page_size,
                    filter: m_filter,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `VirtualBorderRouterSet.VirtualBorderRouterType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualBorderRouterType {
    /// `AccessPointId`.
    #[serde(
        rename = "AccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::std::string::String>,
    /// `ActivationTime`.
    #[serde(
        rename = "ActivationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_time: ::std::option::Option<::std::string::String>,
    /// `CircuitCode`.
    #[serde(
        rename = "CircuitCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub circuit_code: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `LocalGatewayIp`.
    #[serde(
        rename = "LocalGatewayIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_gateway_ip: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `PeerGatewayIp`.
    #[serde(
        rename = "PeerGatewayIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peer_gateway_ip: ::std::option::Option<::std::string::String>,
    /// `PeeringSubnetMask`.
    #[serde(
        rename = "PeeringSubnetMask",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peering_subnet_mask: ::std::option::Option<::std::string::String>,
    /// `PhysicalConnectionBusinessStatus`.
    #[serde(
        rename = "PhysicalConnectionBusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_business_status: ::std::option::Option<::std::string::String>,
    /// `PhysicalConnectionId`.
    #[serde(
        rename = "PhysicalConnectionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_id: ::std::option::Option<::std::string::String>,
    /// `PhysicalConnectionOwnerUid`.
    #[serde(
        rename = "PhysicalConnectionOwnerUid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_owner_uid: ::std::option::Option<::std::string::String>,
    /// `PhysicalConnectionStatus`.
    #[serde(
        rename = "PhysicalConnectionStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_connection_status: ::std::option::Option<::std::string::String>,
    /// `RecoveryTime`.
    #[serde(
        rename = "RecoveryTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recovery_time: ::std::option::Option<::std::string::String>,
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
    /// `TerminationTime`.
    #[serde(
        rename = "TerminationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub termination_time: ::std::option::Option<::std::string::String>,
    /// `VbrId`.
    #[serde(
        rename = "VbrId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vbr_id: ::std::option::Option<::std::string::String>,
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
    pub vlan_interface_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for VirtualBorderRouterType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = VirtualBorderRouterType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `VirtualBorderRouterType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<VirtualBorderRouterType, A::Error> {
                let mut out = VirtualBorderRouterType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AccessPointId" => out.access_point_id = map.next_value()?,
                        "ActivationTime" => out.activation_time = map.next_value()?,
                        "CircuitCode" => out.circuit_code = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "LocalGatewayIp" => out.local_gateway_ip = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
                        "PeerGatewayIp" => out.peer_gateway_ip = map.next_value()?,
                        "PeeringSubnetMask" => {
                            out.peering_subnet_mask = map.next_value()?;
                        }

                        "PhysicalConnectionBusinessStatus" => {
                            out.physical_connection_business_status = map.next_value()?;
                        }

                        "PhysicalConnectionId" => {
                            out.physical_connection_id = map.next_value()?;
                        }

                        "PhysicalConnectionOwnerUid" => {
                            out.physical_connection_owner_uid = map.next_value()?;
                        }

                        "PhysicalConnectionStatus" => {
                            out.physical_connection_status = map.next_value()?;
                        }

                        "RecoveryTime" => out.recovery_time = map.next_value()?,
                        "RouteTableId" => out.route_table_id = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "TerminationTime" => out.termination_time = map.next_value()?,
                        "VbrId" => out.vbr_id = map.next_value()?,
                        "VlanId" => out.vlan_id = map.next_value()?,
                        "VlanInterfaceId" => out.vlan_interface_id = map.next_value()?,
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

/// The `VirtualBorderRouterSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualBorderRouterSet {
    /// `VirtualBorderRouterType`.
    #[serde(
        rename = "VirtualBorderRouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_border_router_type: ::std::option::Option<::std::vec::Vec<VirtualBorderRouterType>>,
}

impl<'de> ::serde::Deserialize<'de> for VirtualBorderRouterSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = VirtualBorderRouterSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `VirtualBorderRouterSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<VirtualBorderRouterSet, A::Error> {
                let mut out = VirtualBorderRouterSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "VirtualBorderRouterType" => {
                            out.virtual_border_router_type = map.next_value()?;
                        }

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

/// The response of [`Client::describe_virtual_border_routers`](crate::Client::describe_virtual_border_routers) (`DescribeVirtualBorderRouters`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub request_id: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for DescribeVirtualBorderRoutersResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeVirtualBorderRoutersResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeVirtualBorderRoutersResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeVirtualBorderRoutersResponse, A::Error> {
                let mut out = DescribeVirtualBorderRoutersResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
                        "VirtualBorderRouterSet" => {
                            out.virtual_border_router_set = map.next_value()?;
                        }

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
