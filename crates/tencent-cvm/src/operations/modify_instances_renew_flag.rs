//! `ModifyInstancesRenewFlag`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesRenewFlag>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstancesRenewFlag",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_instances_renew_flag`](crate::Client::modify_instances_renew_flag) (`ModifyInstancesRenewFlag`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesRenewFlagRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `RenewFlag`. Required.
    #[serde(rename = "RenewFlag")]
    pub renew_flag: ::std::string::String,
}

impl ModifyInstancesRenewFlagRequest {
    /// A `ModifyInstancesRenewFlagRequest` with its required members: `InstanceIds`, `RenewFlag`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        renew_flag: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            renew_flag: renew_flag.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstancesRenewFlagRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstancesRenewFlagRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstancesRenewFlagRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstancesRenewFlagRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_renew_flag: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "RenewFlag" => m_renew_flag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyInstancesRenewFlagRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    renew_flag: m_renew_flag.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RenewFlag")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_instances_renew_flag`](crate::Client::modify_instances_renew_flag) (`ModifyInstancesRenewFlag`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesRenewFlagResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstancesRenewFlagResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstancesRenewFlagResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstancesRenewFlagResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstancesRenewFlagResponse, A::Error> {
                let mut out = ModifyInstancesRenewFlagResponse::default();
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
