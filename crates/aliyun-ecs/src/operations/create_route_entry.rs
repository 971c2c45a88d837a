//! `CreateRouteEntry`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateRouteEntry>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateRouteEntry",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
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
        nested_required: &[],
    };

/// The request of [`Client::create_route_entry`](crate::Client::create_route_entry) (`CreateRouteEntry`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
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
    pub next_hop_list: ::std::option::Option<::std::vec::Vec<crate::models::NextHopList>>,
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
    pub fn next_hop_list(mut self, value: ::std::vec::Vec<crate::models::NextHopList>) -> Self {
        self.next_hop_list = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateRouteEntryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateRouteEntryRequest",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("route_table_id", d::req(&self.route_table_id)),
                (
                    "destination_cidr_block",
                    d::req(&self.destination_cidr_block),
                ),
                ("next_hop_id", d::opt(&self.next_hop_id)),
                ("client_token", d::opt(&self.client_token)),
                ("next_hop_type", d::opt(&self.next_hop_type)),
                ("next_hop_list", d::opt(&self.next_hop_list)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateRouteEntryRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "RouteTableId",
            "DestinationCidrBlock",
            "NextHopId",
            "ClientToken",
            "NextHopType",
            "NextHopList",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_route_table_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_destination_cidr_block: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_hop_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_hop_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_hop_list: ::std::option::Option<
            ::std::vec::Vec<crate::models::NextHopList>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_route_table_id = r.decode()?,
                2 => m_destination_cidr_block = r.decode()?,
                3 => m_next_hop_id = r.decode()?,
                4 => m_client_token = r.decode()?,
                5 => m_next_hop_type = r.decode()?,
                6 => m_next_hop_list = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateRouteEntryRequest {
            region_id: m_region_id,
            route_table_id: m_route_table_id.ok_or_else(|| r.missing("RouteTableId"))?,
            destination_cidr_block: m_destination_cidr_block
                .ok_or_else(|| r.missing("DestinationCidrBlock"))?,
            next_hop_id: m_next_hop_id,
            client_token: m_client_token,
            next_hop_type: m_next_hop_type,
            next_hop_list: m_next_hop_list,
        })
    }
}

/// The response of [`Client::create_route_entry`](crate::Client::create_route_entry) (`CreateRouteEntry`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateRouteEntryResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateRouteEntryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateRouteEntryResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for CreateRouteEntryResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = CreateRouteEntryResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
