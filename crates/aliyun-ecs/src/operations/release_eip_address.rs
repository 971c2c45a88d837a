//! `ReleaseEipAddress`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleaseEipAddress>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ReleaseEipAddress",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AllocationId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::release_eip_address`](crate::Client::release_eip_address) (`ReleaseEipAddress`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleaseEipAddressRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `AllocationId` (query). Required.
    #[serde(rename = "AllocationId")]
    pub allocation_id: ::std::string::String,
}

impl ReleaseEipAddressRequest {
    /// A `ReleaseEipAddressRequest` with its required members: `AllocationId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(allocation_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            allocation_id: allocation_id.into(),
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ReleaseEipAddressRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReleaseEipAddressRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReleaseEipAddressRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReleaseEipAddressRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_allocation_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "AllocationId" => m_allocation_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ReleaseEipAddressRequest {
                    region_id: m_region_id,
                    allocation_id: m_allocation_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("AllocationId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::release_eip_address`](crate::Client::release_eip_address) (`ReleaseEipAddress`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleaseEipAddressResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ReleaseEipAddressResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReleaseEipAddressResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReleaseEipAddressResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReleaseEipAddressResponse, A::Error> {
                let mut out = ReleaseEipAddressResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
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
