//! `AssignPrivateIpAddresses`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AssignPrivateIpAddresses>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AssignPrivateIpAddresses",
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
                name: "SecondaryPrivateIpAddressCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv4Prefix",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv4PrefixCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::assign_private_ip_addresses`](crate::Client::assign_private_ip_addresses) (`AssignPrivateIpAddresses`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssignPrivateIpAddressesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp67acfmxazb4p****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `SecondaryPrivateIpAddressCount` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "SecondaryPrivateIpAddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_private_ip_address_count: ::std::option::Option<i32>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `PrivateIpAddress` (query, sent as `PrivateIpAddress.1`, `PrivateIpAddress.2`, …).
    ///
    /// At most 32 items.
    ///
    /// Example: `10.1.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv4Prefix` (query, sent as `Ipv4Prefix.1`, `Ipv4Prefix.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Ipv4Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv4PrefixCount` (query).
    ///
    /// From 1 to 10.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv4PrefixCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_count: ::std::option::Option<i32>,
}

impl AssignPrivateIpAddressesRequest {
    /// A `AssignPrivateIpAddressesRequest` with its required members: `RegionId`, `NetworkInterfaceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            secondary_private_ip_address_count: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            private_ip_address: ::std::option::Option::None,
            ipv4_prefix: ::std::option::Option::None,
            ipv4_prefix_count: ::std::option::Option::None,
        }
    }

    /// Sets `SecondaryPrivateIpAddressCount`.
    pub fn secondary_private_ip_address_count(mut self, value: i32) -> Self {
        self.secondary_private_ip_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv4Prefix`.
    pub fn ipv4_prefix(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv4_prefix = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv4PrefixCount`.
    pub fn ipv4_prefix_count(mut self, value: i32) -> Self {
        self.ipv4_prefix_count = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for AssignPrivateIpAddressesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssignPrivateIpAddressesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("network_interface_id", d::req(&self.network_interface_id)),
                (
                    "secondary_private_ip_address_count",
                    d::opt(&self.secondary_private_ip_address_count),
                ),
                ("client_token", d::opt(&self.client_token)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("ipv4_prefix", d::opt(&self.ipv4_prefix)),
                ("ipv4_prefix_count", d::opt(&self.ipv4_prefix_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AssignPrivateIpAddressesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NetworkInterfaceId",
            "SecondaryPrivateIpAddressCount",
            "ClientToken",
            "PrivateIpAddress",
            "Ipv4Prefix",
            "Ipv4PrefixCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_secondary_private_ip_address_count: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_ipv4_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_ipv4_prefix_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_network_interface_id = r.decode()?,
                2 => m_secondary_private_ip_address_count = r.decode()?,
                3 => m_client_token = r.decode()?,
                4 => m_private_ip_address = r.decode()?,
                5 => m_ipv4_prefix = r.decode()?,
                6 => m_ipv4_prefix_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AssignPrivateIpAddressesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            secondary_private_ip_address_count: m_secondary_private_ip_address_count,
            client_token: m_client_token,
            private_ip_address: m_private_ip_address,
            ipv4_prefix: m_ipv4_prefix,
            ipv4_prefix_count: m_ipv4_prefix_count,
        })
    }
}

/// The `AssignedPrivateIpAddressesSet.Ipv4PrefixSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssignedPrivateIpAddressesSetIpv4PrefixSet {
    /// `Ipv4Prefixes`.
    #[serde(
        rename = "Ipv4Prefixes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefixes: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AssignedPrivateIpAddressesSetIpv4PrefixSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssignedPrivateIpAddressesSetIpv4PrefixSet",
            &[("ipv4_prefixes", d::opt(&self.ipv4_prefixes))],
        )
    }
}

impl ::yun_core::json::Decode for AssignedPrivateIpAddressesSetIpv4PrefixSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv4Prefixes"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AssignedPrivateIpAddressesSetIpv4PrefixSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv4_prefixes = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AssignedPrivateIpAddressesSet.PrivateIpSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssignedPrivateIpAddressesSetPrivateIpSet {
    /// `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AssignedPrivateIpAddressesSetPrivateIpSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssignedPrivateIpAddressesSetPrivateIpSet",
            &[("private_ip_address", d::opt(&self.private_ip_address))],
        )
    }
}

impl ::yun_core::json::Decode for AssignedPrivateIpAddressesSetPrivateIpSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PrivateIpAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AssignedPrivateIpAddressesSetPrivateIpSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.private_ip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AssignedPrivateIpAddressesSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssignedPrivateIpAddressesSet {
    /// `Ipv4PrefixSet`.
    #[serde(
        rename = "Ipv4PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_set: ::std::option::Option<AssignedPrivateIpAddressesSetIpv4PrefixSet>,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-bp125p95hhdhn3ot****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpSet`.
    #[serde(
        rename = "PrivateIpSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_set: ::std::option::Option<AssignedPrivateIpAddressesSetPrivateIpSet>,
}

impl AssignedPrivateIpAddressesSet {
    /// The items of `Ipv4PrefixSet` (through its wrapper), empty when absent.
    pub fn ipv4_prefix_set(&self) -> &[::yun_core::Text] {
        self.ipv4_prefix_set
            .as_ref()
            .and_then(|w| w.ipv4_prefixes.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `PrivateIpSet` (through its wrapper), empty when absent.
    pub fn private_ip_set(&self) -> &[::yun_core::Text] {
        self.private_ip_set
            .as_ref()
            .and_then(|w| w.private_ip_address.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AssignedPrivateIpAddressesSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssignedPrivateIpAddressesSet",
            &[
                ("ipv4_prefix_set", d::opt(&self.ipv4_prefix_set)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                ("private_ip_set", d::opt(&self.private_ip_set)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AssignedPrivateIpAddressesSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv4PrefixSet", "NetworkInterfaceId", "PrivateIpSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = AssignedPrivateIpAddressesSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv4_prefix_set = r.decode()?,
                1 => out.network_interface_id = r.decode()?,
                2 => out.private_ip_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::assign_private_ip_addresses`](crate::Client::assign_private_ip_addresses) (`AssignPrivateIpAddresses`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssignPrivateIpAddressesResponse {
    /// `AssignedPrivateIpAddressesSet`.
    #[serde(
        rename = "AssignedPrivateIpAddressesSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assigned_private_ip_addresses_set: ::std::option::Option<AssignedPrivateIpAddressesSet>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AssignPrivateIpAddressesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssignPrivateIpAddressesResponse",
            &[
                (
                    "assigned_private_ip_addresses_set",
                    d::opt(&self.assigned_private_ip_addresses_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AssignPrivateIpAddressesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AssignedPrivateIpAddressesSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AssignPrivateIpAddressesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.assigned_private_ip_addresses_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
