//! `ModifyChcNetworkMode`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcNetworkMode>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyChcNetworkMode",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_chc_network_mode`](crate::Client::modify_chc_network_mode) (`ModifyChcNetworkMode`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyChcNetworkModeRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `NetworkMode`. Required.
    #[serde(rename = "NetworkMode")]
    pub network_mode: ::std::string::String,
}

impl ModifyChcNetworkModeRequest {
    /// A `ModifyChcNetworkModeRequest` with its required members: `ChcIds`, `NetworkMode`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: ::std::vec::Vec<::std::string::String>,
        network_mode: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            chc_ids,
            network_mode: network_mode.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyChcNetworkModeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyChcNetworkModeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyChcNetworkModeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyChcNetworkModeRequest, A::Error> {
                let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                let mut m_network_mode: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ChcIds" => m_chc_ids = map.next_value()?,
                        "NetworkMode" => m_network_mode = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyChcNetworkModeRequest {
                    chc_ids: m_chc_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ChcIds")
                    })?,
                    network_mode: m_network_mode.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("NetworkMode")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_chc_network_mode`](crate::Client::modify_chc_network_mode) (`ModifyChcNetworkMode`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyChcNetworkModeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyChcNetworkModeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyChcNetworkModeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyChcNetworkModeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyChcNetworkModeResponse, A::Error> {
                let mut out = ModifyChcNetworkModeResponse::default();
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
