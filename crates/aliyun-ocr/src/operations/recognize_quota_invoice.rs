//! `RecognizeQuotaInvoice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeQuotaInvoice>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeQuotaInvoice",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::recognize_quota_invoice`](crate::Client::recognize_quota_invoice) (`RecognizeQuotaInvoice`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data.Content` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data.KeyValueInfos.ValuePositions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ValuePositions {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}
/// The `Data.KeyValueInfos` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::recognize_quota_invoice`](crate::Client::recognize_quota_invoice) (`RecognizeQuotaInvoice`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
