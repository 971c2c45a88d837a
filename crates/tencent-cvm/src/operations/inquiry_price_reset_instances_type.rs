//! `InquiryPriceResetInstancesType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesType>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceResetInstancesType",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::inquiry_price_reset_instances_type`](crate::Client::inquiry_price_reset_instances_type) (`InquiryPriceResetInstancesType`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceResetInstancesTypeRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceType`. Required.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
}

impl InquiryPriceResetInstancesTypeRequest {
    /// A `InquiryPriceResetInstancesTypeRequest` with its required members: `InstanceIds`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            instance_type: instance_type.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for InquiryPriceResetInstancesTypeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceResetInstancesTypeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceResetInstancesTypeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceResetInstancesTypeRequest, A::Error>
            {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_instance_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(InquiryPriceResetInstancesTypeRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    instance_type: m_instance_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceType")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::inquiry_price_reset_instances_type`](crate::Client::inquiry_price_reset_instances_type) (`InquiryPriceResetInstancesType`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceResetInstancesTypeResponse {
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

impl<'de> ::serde::Deserialize<'de> for InquiryPriceResetInstancesTypeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceResetInstancesTypeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceResetInstancesTypeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceResetInstancesTypeResponse, A::Error>
            {
                let mut out = InquiryPriceResetInstancesTypeResponse::default();
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
