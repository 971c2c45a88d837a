//! `ModifyHostsAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHostsAttribute>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyHostsAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_hosts_attribute`](crate::Client::modify_hosts_attribute) (`ModifyHostsAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHostsAttributeRequest {
    /// `HostIds`. Required.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `ProjectId`.
    #[serde(
        rename = "ProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<u64>,
}

impl ModifyHostsAttributeRequest {
    /// A `ModifyHostsAttributeRequest` with its required members: `HostIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(host_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            host_ids,
            host_name: ::std::option::Option::None,
            renew_flag: ::std::option::Option::None,
            project_id: ::std::option::Option::None,
        }
    }

    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RenewFlag`.
    pub fn renew_flag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.renew_flag = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ProjectId`.
    pub fn project_id(mut self, value: u64) -> Self {
        self.project_id = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyHostsAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyHostsAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyHostsAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyHostsAttributeRequest, A::Error> {
                let mut m_host_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                let mut m_host_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_renew_flag: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_project_id: ::std::option::Option<u64> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HostIds" => m_host_ids = map.next_value()?,
                        "HostName" => m_host_name = map.next_value()?,
                        "RenewFlag" => m_renew_flag = map.next_value()?,
                        "ProjectId" => m_project_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyHostsAttributeRequest {
                    host_ids: m_host_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("HostIds")
                    })?,
                    host_name: m_host_name,
                    renew_flag: m_renew_flag,
                    project_id: m_project_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_hosts_attribute`](crate::Client::modify_hosts_attribute) (`ModifyHostsAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHostsAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyHostsAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyHostsAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyHostsAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyHostsAttributeResponse, A::Error> {
                let mut out = ModifyHostsAttributeResponse::default();
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
