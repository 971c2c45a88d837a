//! `UnassignPrivateIpAddresses`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UnassignPrivateIpAddresses>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "UnassignPrivateIpAddresses",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
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
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv4Prefix",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::unassign_private_ip_addresses`](crate::Client::unassign_private_ip_addresses) (`UnassignPrivateIpAddresses`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnassignPrivateIpAddressesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp67acfmxazb4ph****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `PrivateIpAddress` (query, sent as `PrivateIpAddress.1`, `PrivateIpAddress.2`, …).
    ///
    /// At most 32 items.
    ///
    /// Example: `192.168.**.**`.
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
}

impl UnassignPrivateIpAddressesRequest {
    /// A `UnassignPrivateIpAddressesRequest` with its required members: `RegionId`, `NetworkInterfaceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            private_ip_address: ::std::option::Option::None,
            ipv4_prefix: ::std::option::Option::None,
        }
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
}

impl ::std::fmt::Debug for UnassignPrivateIpAddressesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "UnassignPrivateIpAddressesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("network_interface_id", d::req(&self.network_interface_id)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("ipv4_prefix", d::opt(&self.ipv4_prefix)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for UnassignPrivateIpAddressesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NetworkInterfaceId",
            "PrivateIpAddress",
            "Ipv4Prefix",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_ipv4_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_network_interface_id = r.decode()?,
                2 => m_private_ip_address = r.decode()?,
                3 => m_ipv4_prefix = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(UnassignPrivateIpAddressesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            private_ip_address: m_private_ip_address,
            ipv4_prefix: m_ipv4_prefix,
        })
    }
}

/// The response of [`Client::unassign_private_ip_addresses`](crate::Client::unassign_private_ip_addresses) (`UnassignPrivateIpAddresses`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UnassignPrivateIpAddressesResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for UnassignPrivateIpAddressesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "UnassignPrivateIpAddressesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for UnassignPrivateIpAddressesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = UnassignPrivateIpAddressesResponse::default();
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
