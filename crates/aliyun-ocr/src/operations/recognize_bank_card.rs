//! `RecognizeBankCard`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeBankCard>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeBankCard",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::recognize_bank_card`](crate::Client::recognize_bank_card) (`RecognizeBankCard`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeBankCardRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}
impl RecognizeBankCardRequest {
    /// A `RecognizeBankCardRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Data {
    /// `BankName`.
    #[serde(
        rename = "BankName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// `CardNumber`.
    #[serde(
        rename = "CardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<::std::string::String>,
    /// `CardType`.
    #[serde(
        rename = "CardType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_type: ::std::option::Option<::std::string::String>,
    /// `ValidDate`.
    #[serde(
        rename = "ValidDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_date: ::std::option::Option<::std::string::String>,
}
/// The response of [`Client::recognize_bank_card`](crate::Client::recognize_bank_card) (`RecognizeBankCard`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeBankCardResponse {
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
