//! `TerminateResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateResourcePoolPacks>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "TerminateResourcePoolPacks",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::terminate_resource_pool_packs`](crate::Client::terminate_resource_pool_packs) (`TerminateResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct TerminateResourcePoolPacksRequest {
    /// `DedicatedResourcePackIds`. Required.
    #[serde(rename = "DedicatedResourcePackIds")]
    pub dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>,
}

impl TerminateResourcePoolPacksRequest {
    /// A `TerminateResourcePoolPacksRequest` with its required members: `DedicatedResourcePackIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            dedicated_resource_pack_ids,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for TerminateResourcePoolPacksRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TerminateResourcePoolPacksRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TerminateResourcePoolPacksRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TerminateResourcePoolPacksRequest, A::Error> {
                let mut m_dedicated_resource_pack_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedResourcePackIds" => {
                            m_dedicated_resource_pack_ids = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(TerminateResourcePoolPacksRequest {
                    dedicated_resource_pack_ids: m_dedicated_resource_pack_ids.ok_or_else(
                        || {
                            <A::Error as ::yun_core::internal::DeError>::missing_field(
                                "DedicatedResourcePackIds",
                            )
                        },
                    )?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::terminate_resource_pool_packs`](crate::Client::terminate_resource_pool_packs) (`TerminateResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TerminateResourcePoolPacksResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for TerminateResourcePoolPacksResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TerminateResourcePoolPacksResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TerminateResourcePoolPacksResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TerminateResourcePoolPacksResponse, A::Error> {
                let mut out = TerminateResourcePoolPacksResponse::default();
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
