//! `InquiryPriceRenewHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewHosts>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceRenewHosts",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::inquiry_price_renew_hosts`](crate::Client::inquiry_price_renew_hosts) (`InquiryPriceRenewHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewHostsRequest {
    /// `HostIds`. Required.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostChargePrepaid`. Required.
    #[serde(rename = "HostChargePrepaid")]
    pub host_charge_prepaid: crate::models::ChargePrepaid,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl InquiryPriceRenewHostsRequest {
    /// A `InquiryPriceRenewHostsRequest` with its required members: `HostIds`, `HostChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        host_ids: ::std::vec::Vec<::std::string::String>,
        host_charge_prepaid: crate::models::ChargePrepaid,
    ) -> Self {
        Self {
            host_ids,
            host_charge_prepaid,
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for InquiryPriceRenewHostsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceRenewHostsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceRenewHostsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceRenewHostsRequest, A::Error> {
                let mut m_host_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                let mut m_host_charge_prepaid: ::std::option::Option<crate::models::ChargePrepaid> =
                    ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HostIds" => m_host_ids = map.next_value()?,
                        "HostChargePrepaid" => m_host_charge_prepaid = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(InquiryPriceRenewHostsRequest {
                    host_ids: m_host_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("HostIds")
                    })?,
                    host_charge_prepaid: m_host_charge_prepaid.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "HostChargePrepaid",
                        )
                    })?,
                    dry_run: m_dry_run,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::inquiry_price_renew_hosts`](crate::Client::inquiry_price_renew_hosts) (`InquiryPriceRenewHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewHostsResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::HostPriceInfo>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InquiryPriceRenewHostsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceRenewHostsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceRenewHostsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceRenewHostsResponse, A::Error> {
                let mut out = InquiryPriceRenewHostsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Price" => out.price = map.next_value()?,
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
