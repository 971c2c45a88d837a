//! `RenewHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewHosts>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RenewHosts",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::renew_hosts`](crate::Client::renew_hosts) (`RenewHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewHostsRequest {
    /// `HostIds`. Required.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostChargePrepaid`. Required.
    #[serde(rename = "HostChargePrepaid")]
    pub host_charge_prepaid: crate::models::ChargePrepaid,
}

impl RenewHostsRequest {
    /// A `RenewHostsRequest` with its required members: `HostIds`, `HostChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        host_ids: ::std::vec::Vec<::std::string::String>,
        host_charge_prepaid: crate::models::ChargePrepaid,
    ) -> Self {
        Self {
            host_ids,
            host_charge_prepaid,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for RenewHostsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RenewHostsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RenewHostsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RenewHostsRequest, A::Error> {
                let mut m_host_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                let mut m_host_charge_prepaid: ::std::option::Option<crate::models::ChargePrepaid> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HostIds" => m_host_ids = map.next_value()?,
                        "HostChargePrepaid" => m_host_charge_prepaid = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RenewHostsRequest {
                    host_ids: m_host_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("HostIds")
                    })?,
                    host_charge_prepaid: m_host_charge_prepaid.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "HostChargePrepaid",
                        )
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::renew_hosts`](crate::Client::renew_hosts) (`RenewHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewHostsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RenewHostsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RenewHostsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RenewHostsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RenewHostsResponse, A::Error> {
                let mut out = RenewHostsResponse::default();
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
