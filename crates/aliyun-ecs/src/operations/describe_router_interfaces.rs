//! `DescribeRouterInterfaces`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRouterInterfaces>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeRouterInterfaces",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The request of [`Client::describe_router_interfaces`](crate::Client::describe_router_interfaces) (`DescribeRouterInterfaces`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeRouterInterfacesRequest {
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
    pub fn filter(mut self, value: ::std::vec::Vec<Filter>) -> Self {
        self.filter = ::std::option::Option::Some(value);
        self
    }
}
/// The `RouterInterfaceSet.RouterInterfaceType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RouterInterfaceType {
    /// `AccessPointId`.
    #[serde(
        rename = "AccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::std::string::String>,
    /// `BusinessStatus`.
    #[serde(
        rename = "BusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_status: ::std::option::Option<::std::string::String>,
    /// `ChargeType`.
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::std::string::String>,
    /// `ConnectedTime`.
    #[serde(
        rename = "ConnectedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connected_time: ::std::option::Option<::std::string::String>,
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
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `HealthCheckSourceIp`.
    #[serde(
        rename = "HealthCheckSourceIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_check_source_ip: ::std::option::Option<::std::string::String>,
    /// `HealthCheckTargetIp`.
    #[serde(
        rename = "HealthCheckTargetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_check_target_ip: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `OppositeAccessPointId`.
    #[serde(
        rename = "OppositeAccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_access_point_id: ::std::option::Option<::std::string::String>,
    /// `OppositeInterfaceBusinessStatus`.
    #[serde(
        rename = "OppositeInterfaceBusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_business_status: ::std::option::Option<::std::string::String>,
    /// `OppositeInterfaceId`.
    #[serde(
        rename = "OppositeInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_id: ::std::option::Option<::std::string::String>,
    /// `OppositeInterfaceOwnerId`.
    #[serde(
        rename = "OppositeInterfaceOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_owner_id: ::std::option::Option<::std::string::String>,
    /// `OppositeInterfaceSpec`.
    #[serde(
        rename = "OppositeInterfaceSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_spec: ::std::option::Option<::std::string::String>,
    /// `OppositeInterfaceStatus`.
    #[serde(
        rename = "OppositeInterfaceStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_status: ::std::option::Option<::std::string::String>,
    /// `OppositeRegionId`.
    #[serde(
        rename = "OppositeRegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_region_id: ::std::option::Option<::std::string::String>,
    /// `OppositeRouterId`.
    #[serde(
        rename = "OppositeRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_router_id: ::std::option::Option<::std::string::String>,
    /// `OppositeRouterType`.
    #[serde(
        rename = "OppositeRouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_router_type: ::std::option::Option<::std::string::String>,
    /// `Role`.
    #[serde(
        rename = "Role",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role: ::std::option::Option<::std::string::String>,
    /// `RouterId`.
    #[serde(
        rename = "RouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_id: ::std::option::Option<::std::string::String>,
    /// `RouterInterfaceId`.
    #[serde(
        rename = "RouterInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_interface_id: ::std::option::Option<::std::string::String>,
    /// `RouterType`.
    #[serde(
        rename = "RouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_type: ::std::option::Option<::std::string::String>,
    /// `Spec`.
    #[serde(
        rename = "Spec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spec: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}
/// The `RouterInterfaceSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RouterInterfaceSet {
    /// `RouterInterfaceType`.
    #[serde(
        rename = "RouterInterfaceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_interface_type: ::std::option::Option<::std::vec::Vec<RouterInterfaceType>>,
}
/// The response of [`Client::describe_router_interfaces`](crate::Client::describe_router_interfaces) (`DescribeRouterInterfaces`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
    pub request_id: ::std::option::Option<::std::string::String>,
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
