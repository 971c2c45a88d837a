//! `AllocatePublicIpAddress`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AllocatePublicIpAddress>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AllocatePublicIpAddress",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VlanId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::allocate_public_ip_address`](crate::Client::allocate_public_ip_address) (`AllocatePublicIpAddress`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatePublicIpAddressRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1gtjxuuvwj17zr****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `IpAddress` (query).
    ///
    /// Example: `112.124.**.**`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// `VlanId` (query).
    ///
    /// Example: `720`.
    #[serde(
        rename = "VlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vlan_id: ::std::option::Option<::std::string::String>,
}

impl AllocatePublicIpAddressRequest {
    /// A `AllocatePublicIpAddressRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            ip_address: ::std::option::Option::None,
            vlan_id: ::std::option::Option::None,
        }
    }

    /// Sets `IpAddress`.
    pub fn ip_address(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VlanId`.
    pub fn vlan_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vlan_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for AllocatePublicIpAddressRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocatePublicIpAddressRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("ip_address", d::opt(&self.ip_address)),
                ("vlan_id", d::opt(&self.vlan_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocatePublicIpAddressRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "IpAddress", "VlanId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vlan_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_ip_address = r.decode()?,
                2 => m_vlan_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AllocatePublicIpAddressRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            ip_address: m_ip_address,
            vlan_id: m_vlan_id,
        })
    }
}

/// The response of [`Client::allocate_public_ip_address`](crate::Client::allocate_public_ip_address) (`AllocatePublicIpAddress`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatePublicIpAddressResponse {
    /// `IpAddress`.
    ///
    /// Example: `112.124.**.**`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AllocatePublicIpAddressResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocatePublicIpAddressResponse",
            &[
                ("ip_address", d::opt(&self.ip_address)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocatePublicIpAddressResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["IpAddress", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AllocatePublicIpAddressResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ip_address = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
