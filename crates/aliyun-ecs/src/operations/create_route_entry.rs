//! `CreateRouteEntry`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateRouteEntry>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateRouteEntry",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RouteTableId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestinationCidrBlock",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextHopId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextHopType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextHopList",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The `NextHopList` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NextHopList {
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
}
impl NextHopList {
    /// An empty `NextHopList`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            next_hop_id: ::std::option::Option::None,
            next_hop_type: ::std::option::Option::None,
        }
    }
    /// Sets `NextHopId`.
    pub fn next_hop_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_hop_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NextHopType`.
    pub fn next_hop_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_hop_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// The request of [`Client::create_route_entry`](crate::Client::create_route_entry) (`CreateRouteEntry`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRouteEntryRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `RouteTableId` (query). Required.
    #[serde(rename = "RouteTableId")]
    pub route_table_id: ::std::string::String,
    /// `DestinationCidrBlock` (query). Required.
    #[serde(rename = "DestinationCidrBlock")]
    pub destination_cidr_block: ::std::string::String,
    /// `NextHopId` (query).
    #[serde(
        rename = "NextHopId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_id: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `NextHopType` (query).
    #[serde(
        rename = "NextHopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<::std::string::String>,
    /// `NextHopList` (query, sent as `NextHopList.1`, `NextHopList.2`, …).
    ///
    /// At most 4 items.
    #[serde(
        rename = "NextHopList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_list: ::std::option::Option<::std::vec::Vec<NextHopList>>,
}
impl CreateRouteEntryRequest {
    /// A `CreateRouteEntryRequest` with its required members: `RouteTableId`, `DestinationCidrBlock`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        route_table_id: impl ::std::convert::Into<::std::string::String>,
        destination_cidr_block: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            route_table_id: route_table_id.into(),
            destination_cidr_block: destination_cidr_block.into(),
            next_hop_id: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            next_hop_type: ::std::option::Option::None,
            next_hop_list: ::std::option::Option::None,
        }
    }
    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NextHopId`.
    pub fn next_hop_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_hop_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NextHopType`.
    pub fn next_hop_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_hop_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NextHopList`.
    pub fn next_hop_list(mut self, value: ::std::vec::Vec<NextHopList>) -> Self {
        self.next_hop_list = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::create_route_entry`](crate::Client::create_route_entry) (`CreateRouteEntry`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateRouteEntryResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
