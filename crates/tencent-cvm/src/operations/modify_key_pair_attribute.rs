//! `ModifyKeyPairAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyKeyPairAttribute>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyKeyPairAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_key_pair_attribute`](crate::Client::modify_key_pair_attribute) (`ModifyKeyPairAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyKeyPairAttributeRequest {
    /// `KeyId`. Required.
    #[serde(rename = "KeyId")]
    pub key_id: ::std::string::String,
    /// `KeyName`.
    #[serde(
        rename = "KeyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl ModifyKeyPairAttributeRequest {
    /// A `ModifyKeyPairAttributeRequest` with its required members: `KeyId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(key_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            key_id: key_id.into(),
            key_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }

    /// Sets `KeyName`.
    pub fn key_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyKeyPairAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyKeyPairAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyKeyPairAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyKeyPairAttributeRequest, A::Error> {
                let mut m_key_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_key_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "KeyId" => m_key_id = map.next_value()?,
                        "KeyName" => m_key_name = map.next_value()?,
                        "Description" => m_description = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyKeyPairAttributeRequest {
                    key_id: m_key_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("KeyId")
                    })?,
                    key_name: m_key_name,
                    description: m_description,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_key_pair_attribute`](crate::Client::modify_key_pair_attribute) (`ModifyKeyPairAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyKeyPairAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyKeyPairAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyKeyPairAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyKeyPairAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyKeyPairAttributeResponse, A::Error> {
                let mut out = ModifyKeyPairAttributeResponse::default();
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
