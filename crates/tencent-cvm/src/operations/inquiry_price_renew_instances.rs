//! `InquiryPriceRenewInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewInstances>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceRenewInstances",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::inquiry_price_renew_instances`](crate::Client::inquiry_price_renew_instances) (`InquiryPriceRenewInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargePrepaid`. Required.
    #[serde(rename = "InstanceChargePrepaid")]
    pub instance_charge_prepaid: crate::models::InstanceChargePrepaid,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `RenewPortableDataDisk`.
    #[serde(
        rename = "RenewPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_portable_data_disk: ::std::option::Option<bool>,
}

impl InquiryPriceRenewInstancesRequest {
    /// A `InquiryPriceRenewInstancesRequest` with its required members: `InstanceIds`, `InstanceChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        instance_charge_prepaid: crate::models::InstanceChargePrepaid,
    ) -> Self {
        Self {
            instance_ids,
            instance_charge_prepaid,
            dry_run: ::std::option::Option::None,
            renew_portable_data_disk: ::std::option::Option::None,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RenewPortableDataDisk`.
    pub fn renew_portable_data_disk(mut self, value: bool) -> Self {
        self.renew_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for InquiryPriceRenewInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceRenewInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceRenewInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceRenewInstancesRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_instance_charge_prepaid: ::std::option::Option<
                    crate::models::InstanceChargePrepaid,
                > = ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_renew_portable_data_disk: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "InstanceChargePrepaid" => {
                            m_instance_charge_prepaid = map.next_value()?;
                        }

                        "DryRun" => m_dry_run = map.next_value()?,
                        "RenewPortableDataDisk" => {
                            m_renew_portable_data_disk = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(InquiryPriceRenewInstancesRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    instance_charge_prepaid: m_instance_charge_prepaid.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "InstanceChargePrepaid",
                        )
                    })?,
                    dry_run: m_dry_run,
                    renew_portable_data_disk: m_renew_portable_data_disk,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::inquiry_price_renew_instances`](crate::Client::inquiry_price_renew_instances) (`InquiryPriceRenewInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewInstancesResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::Price>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InquiryPriceRenewInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceRenewInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceRenewInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceRenewInstancesResponse, A::Error> {
                let mut out = InquiryPriceRenewInstancesResponse::default();
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
