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
    };

/// The request of [`Client::allocate_public_ip_address`](crate::Client::allocate_public_ip_address) (`AllocatePublicIpAddress`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatePublicIpAddressRequest {
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `IpAddress` (query).
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// `VlanId` (query).
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

impl<'de> ::serde::Deserialize<'de> for AllocatePublicIpAddressRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AllocatePublicIpAddressRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AllocatePublicIpAddressRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AllocatePublicIpAddressRequest, A::Error> {
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_ip_address: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_vlan_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "IpAddress" => m_ip_address = map.next_value()?,
                        "VlanId" => m_vlan_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(AllocatePublicIpAddressRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    ip_address: m_ip_address,
                    vlan_id: m_vlan_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::allocate_public_ip_address`](crate::Client::allocate_public_ip_address) (`AllocatePublicIpAddress`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatePublicIpAddressResponse {
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AllocatePublicIpAddressResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AllocatePublicIpAddressResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AllocatePublicIpAddressResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AllocatePublicIpAddressResponse, A::Error> {
                let mut out = AllocatePublicIpAddressResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "IpAddress" => out.ip_address = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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
