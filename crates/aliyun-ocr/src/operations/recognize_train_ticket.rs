//! `RecognizeTrainTicket`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTrainTicket>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeTrainTicket",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::recognize_train_ticket`](crate::Client::recognize_train_ticket) (`RecognizeTrainTicket`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeTrainTicketRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}
impl RecognizeTrainTicketRequest {
    /// A `RecognizeTrainTicketRequest` with its required members: `ImageURL`.
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
    /// `Date`.
    #[serde(
        rename = "Date",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub date: ::std::option::Option<::std::string::String>,
    /// `DepartureStation`.
    #[serde(
        rename = "DepartureStation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub departure_station: ::std::option::Option<::std::string::String>,
    /// `Destination`.
    #[serde(
        rename = "Destination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub destination: ::std::option::Option<::std::string::String>,
    /// `Level`.
    #[serde(
        rename = "Level",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub level: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Number`.
    #[serde(
        rename = "Number",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub number: ::std::option::Option<::std::string::String>,
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<f64>,
    /// `Seat`.
    #[serde(
        rename = "Seat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub seat: ::std::option::Option<::std::string::String>,
}
/// The response of [`Client::recognize_train_ticket`](crate::Client::recognize_train_ticket) (`RecognizeTrainTicket`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeTrainTicketResponse {
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
