//! `RecognizeQuotaInvoice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeQuotaInvoice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeQuotaInvoice",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The request of [`Client::recognize_quota_invoice`](crate::Client::recognize_quota_invoice) (`RecognizeQuotaInvoice`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQuotaInvoiceRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeQuotaInvoiceRequest {
    /// A `RecognizeQuotaInvoiceRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for RecognizeQuotaInvoiceRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeQuotaInvoiceRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeQuotaInvoiceRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeQuotaInvoiceRequest, A::Error> {
                let mut m_image_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageURL" => m_image_url = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeQuotaInvoiceRequest {
                    image_url: m_image_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageURL")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Content` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Content {
    /// `InvoiceAmount`.
    #[serde(
        rename = "InvoiceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_amount: ::std::option::Option<::std::string::String>,
    /// `InvoiceCode`.
    #[serde(
        rename = "InvoiceCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_code: ::std::option::Option<::std::string::String>,
    /// `InvoiceDetails`.
    #[serde(
        rename = "InvoiceDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_details: ::std::option::Option<::std::string::String>,
    /// `InvoiceNo`.
    #[serde(
        rename = "InvoiceNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoice_no: ::std::option::Option<::std::string::String>,
    /// `SumAmount`.
    #[serde(
        rename = "SumAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sum_amount: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Content {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Content;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Content` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Content, A::Error> {
                let mut out = Content::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InvoiceAmount" => out.invoice_amount = map.next_value()?,
                        "InvoiceCode" => out.invoice_code = map.next_value()?,
                        "InvoiceDetails" => out.invoice_details = map.next_value()?,
                        "InvoiceNo" => out.invoice_no = map.next_value()?,
                        "SumAmount" => out.sum_amount = map.next_value()?,
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

/// The `Data.KeyValueInfos.ValuePositions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ValuePositions {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for ValuePositions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ValuePositions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ValuePositions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ValuePositions, A::Error> {
                let mut out = ValuePositions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "X" => out.x = map.next_value()?,
                        "Y" => out.y = map.next_value()?,
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

/// The `Data.KeyValueInfos` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct KeyValueInfos {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
    /// `ValuePositions`.
    #[serde(
        rename = "ValuePositions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_positions: ::std::option::Option<::std::vec::Vec<ValuePositions>>,
    /// `ValueScore`.
    #[serde(
        rename = "ValueScore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_score: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for KeyValueInfos {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = KeyValueInfos;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `KeyValueInfos` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<KeyValueInfos, A::Error> {
                let mut out = KeyValueInfos::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        "ValuePositions" => out.value_positions = map.next_value()?,
                        "ValueScore" => out.value_score = map.next_value()?,
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

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `Angle`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<i64>,
    /// `Content`.
    #[serde(
        rename = "Content",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content: ::std::option::Option<Content>,
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `KeyValueInfos`.
    #[serde(
        rename = "KeyValueInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_value_infos: ::std::option::Option<::std::vec::Vec<KeyValueInfos>>,
    /// `OrgHeight`.
    #[serde(
        rename = "OrgHeight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_height: ::std::option::Option<i64>,
    /// `OrgWidth`.
    #[serde(
        rename = "OrgWidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_width: ::std::option::Option<i64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Data {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Data;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Data` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Data, A::Error> {
                let mut out = Data::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Angle" => out.angle = map.next_value()?,
                        "Content" => out.content = map.next_value()?,
                        "Height" => out.height = map.next_value()?,
                        "KeyValueInfos" => out.key_value_infos = map.next_value()?,
                        "OrgHeight" => out.org_height = map.next_value()?,
                        "OrgWidth" => out.org_width = map.next_value()?,
                        "Width" => out.width = map.next_value()?,
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

/// The response of [`Client::recognize_quota_invoice`](crate::Client::recognize_quota_invoice) (`RecognizeQuotaInvoice`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQuotaInvoiceResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RecognizeQuotaInvoiceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeQuotaInvoiceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeQuotaInvoiceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeQuotaInvoiceResponse, A::Error> {
                let mut out = RecognizeQuotaInvoiceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Data" => out.data = map.next_value()?,
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
