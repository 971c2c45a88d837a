//! `ModifyDisasterRecoverGroupAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyDisasterRecoverGroupAttribute>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyDisasterRecoverGroupAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_disaster_recover_group_attribute`](crate::Client::modify_disaster_recover_group_attribute) (`ModifyDisasterRecoverGroupAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDisasterRecoverGroupAttributeRequest {
    /// `DisasterRecoverGroupId`. Required.
    #[serde(rename = "DisasterRecoverGroupId")]
    pub disaster_recover_group_id: ::std::string::String,
    /// `Name`. Required.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Affinity`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<i64>,
}

impl ModifyDisasterRecoverGroupAttributeRequest {
    /// A `ModifyDisasterRecoverGroupAttributeRequest` with its required members: `DisasterRecoverGroupId`, `Name`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        disaster_recover_group_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            disaster_recover_group_id: disaster_recover_group_id.into(),
            name: name.into(),
            affinity: ::std::option::Option::None,
        }
    }

    /// Sets `Affinity`.
    pub fn affinity(mut self, value: i64) -> Self {
        self.affinity = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyDisasterRecoverGroupAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDisasterRecoverGroupAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDisasterRecoverGroupAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDisasterRecoverGroupAttributeRequest, A::Error>
            {
                let mut m_disaster_recover_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_affinity: ::std::option::Option<i64> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DisasterRecoverGroupId" => {
                            m_disaster_recover_group_id = map.next_value()?;
                        }

                        "Name" => m_name = map.next_value()?,
                        "Affinity" => m_affinity = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyDisasterRecoverGroupAttributeRequest {
                    disaster_recover_group_id: m_disaster_recover_group_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "DisasterRecoverGroupId",
                        )
                    })?,
                    name: m_name.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Name")
                    })?,
                    affinity: m_affinity,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_disaster_recover_group_attribute`](crate::Client::modify_disaster_recover_group_attribute) (`ModifyDisasterRecoverGroupAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDisasterRecoverGroupAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyDisasterRecoverGroupAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDisasterRecoverGroupAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDisasterRecoverGroupAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDisasterRecoverGroupAttributeResponse, A::Error>
            {
                let mut out = ModifyDisasterRecoverGroupAttributeResponse::default();
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
