//! `AssignIpv6Addresses`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AssignIpv6Addresses>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AssignIpv6Addresses",
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
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6AddressCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6Address",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6Prefix",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6PrefixCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::assign_ipv6_addresses`](crate::Client::assign_ipv6_addresses) (`AssignIpv6Addresses`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssignIpv6AddressesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp1iqejowblx6h8j****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `Ipv6AddressCount` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<i32>,
    /// `Ipv6Address` (query, sent as `Ipv6Address.1`, `Ipv6Address.2`, …).
    ///
    /// At most 20 items.
    ///
    /// Example: `2001:db8:1234:1a00::****`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6Prefix` (query, sent as `Ipv6Prefix.1`, `Ipv6Prefix.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Ipv6Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6PrefixCount` (query).
    ///
    /// From 1 to 10.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv6PrefixCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_count: ::std::option::Option<i32>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl AssignIpv6AddressesRequest {
    /// A `AssignIpv6AddressesRequest` with its required members: `RegionId`, `NetworkInterfaceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            ipv6_address_count: ::std::option::Option::None,
            ipv6_address: ::std::option::Option::None,
            ipv6_prefix: ::std::option::Option::None,
            ipv6_prefix_count: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i32) -> Self {
        self.ipv6_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6Address`.
    pub fn ipv6_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv6_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv6Prefix`.
    pub fn ipv6_prefix(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv6_prefix = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv6PrefixCount`.
    pub fn ipv6_prefix_count(mut self, value: i32) -> Self {
        self.ipv6_prefix_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for AssignIpv6AddressesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssignIpv6AddressesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("network_interface_id", d::req(&self.network_interface_id)),
                ("ipv6_address_count", d::opt(&self.ipv6_address_count)),
                ("ipv6_address", d::opt(&self.ipv6_address)),
                ("ipv6_prefix", d::opt(&self.ipv6_prefix)),
                ("ipv6_prefix_count", d::opt(&self.ipv6_prefix_count)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AssignIpv6AddressesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NetworkInterfaceId",
            "Ipv6AddressCount",
            "Ipv6Address",
            "Ipv6Prefix",
            "Ipv6PrefixCount",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ipv6_address_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_ipv6_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_ipv6_prefix_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_network_interface_id = r.decode()?,
                2 => m_ipv6_address_count = r.decode()?,
                3 => m_ipv6_address = r.decode()?,
                4 => m_ipv6_prefix = r.decode()?,
                5 => m_ipv6_prefix_count = r.decode()?,
                6 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AssignIpv6AddressesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            ipv6_address_count: m_ipv6_address_count,
            ipv6_address: m_ipv6_address,
            ipv6_prefix: m_ipv6_prefix,
            ipv6_prefix_count: m_ipv6_prefix_count,
            client_token: m_client_token,
        })
    }
}

/// The `Ipv6PrefixSets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseIpv6PrefixSets {
    /// `Ipv6Prefix`.
    #[serde(
        rename = "Ipv6Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ResponseIpv6PrefixSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseIpv6PrefixSets",
            &[("ipv6_prefix", d::opt(&self.ipv6_prefix))],
        )
    }
}

impl ::yun_core::json::Decode for ResponseIpv6PrefixSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv6Prefix"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResponseIpv6PrefixSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv6_prefix = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Ipv6Sets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseIpv6Sets {
    /// `Ipv6Address`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ResponseIpv6Sets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseIpv6Sets",
            &[("ipv6_address", d::opt(&self.ipv6_address))],
        )
    }
}

impl ::yun_core::json::Decode for ResponseIpv6Sets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv6Address"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResponseIpv6Sets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv6_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::assign_ipv6_addresses`](crate::Client::assign_ipv6_addresses) (`AssignIpv6Addresses`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssignIpv6AddressesResponse {
    /// `Ipv6PrefixSets`.
    #[serde(
        rename = "Ipv6PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_sets: ::std::option::Option<ResponseIpv6PrefixSets>,
    /// `Ipv6Sets`.
    #[serde(
        rename = "Ipv6Sets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_sets: ::std::option::Option<ResponseIpv6Sets>,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-bp1iqejowblx6h8j****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl AssignIpv6AddressesResponse {
    /// The items of `Ipv6PrefixSets` (through its wrapper), empty when absent.
    pub fn ipv6_prefix_sets(&self) -> &[::yun_core::Text] {
        self.ipv6_prefix_sets
            .as_ref()
            .and_then(|w| w.ipv6_prefix.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Ipv6Sets` (through its wrapper), empty when absent.
    pub fn ipv6_sets(&self) -> &[::yun_core::Text] {
        self.ipv6_sets
            .as_ref()
            .and_then(|w| w.ipv6_address.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AssignIpv6AddressesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssignIpv6AddressesResponse",
            &[
                ("ipv6_prefix_sets", d::opt(&self.ipv6_prefix_sets)),
                ("ipv6_sets", d::opt(&self.ipv6_sets)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AssignIpv6AddressesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Ipv6PrefixSets",
            "Ipv6Sets",
            "NetworkInterfaceId",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = AssignIpv6AddressesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv6_prefix_sets = r.decode()?,
                1 => out.ipv6_sets = r.decode()?,
                2 => out.network_interface_id = r.decode()?,
                3 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
