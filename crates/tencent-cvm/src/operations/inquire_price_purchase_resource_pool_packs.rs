//! `InquirePricePurchaseResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquirePricePurchaseResourcePoolPacks>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquirePricePurchaseResourcePoolPacks",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::inquire_price_purchase_resource_pool_packs`](crate::Client::inquire_price_purchase_resource_pool_packs) (`InquirePricePurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquirePricePurchaseResourcePoolPacksRequest {
    /// `Zone`. Required.
    #[serde(rename = "Zone")]
    pub zone: ::std::string::String,
    /// `InstanceType`. Required.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `InstanceCount`. Required.
    #[serde(rename = "InstanceCount")]
    pub instance_count: i64,
    /// `Period`. Required.
    #[serde(rename = "Period")]
    pub period: i64,
}

impl InquirePricePurchaseResourcePoolPacksRequest {
    /// A `InquirePricePurchaseResourcePoolPacksRequest` with its required members: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        zone: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        instance_count: i64,
        period: i64,
    ) -> Self {
        Self {
            zone: zone.into(),
            instance_type: instance_type.into(),
            instance_count,
            period,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for InquirePricePurchaseResourcePoolPacksRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquirePricePurchaseResourcePoolPacksRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquirePricePurchaseResourcePoolPacksRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquirePricePurchaseResourcePoolPacksRequest, A::Error>
            {
                let mut m_zone: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_count: ::std::option::Option<i64> = ::std::option::Option::None;
                let mut m_period: ::std::option::Option<i64> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Zone" => m_zone = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "InstanceCount" => m_instance_count = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(InquirePricePurchaseResourcePoolPacksRequest {
                    zone: m_zone.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Zone")
                    })?,
                    instance_type: m_instance_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceType")
                    })?,
                    instance_count: m_instance_count.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceCount")
                    })?,
                    period: m_period.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Period")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::inquire_price_purchase_resource_pool_packs`](crate::Client::inquire_price_purchase_resource_pool_packs) (`InquirePricePurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquirePricePurchaseResourcePoolPacksResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::ItemPrice>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InquirePricePurchaseResourcePoolPacksResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquirePricePurchaseResourcePoolPacksResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquirePricePurchaseResourcePoolPacksResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquirePricePurchaseResourcePoolPacksResponse, A::Error>
            {
                let mut out = InquirePricePurchaseResourcePoolPacksResponse::default();
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
