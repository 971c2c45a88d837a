//! `RecognizeLicensePlate`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeLicensePlate>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeLicensePlate",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::recognize_license_plate`](crate::Client::recognize_license_plate) (`RecognizeLicensePlate`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeLicensePlateRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}
impl RecognizeLicensePlateRequest {
    /// A `RecognizeLicensePlateRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}
/// The `Data.Plates.Positions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Positions {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}
/// The `Data.Plates.Roi` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Roi {
    /// `H`.
    #[serde(rename = "H", skip_serializing_if = "::std::option::Option::is_none")]
    pub h: ::std::option::Option<i64>,
    /// `W`.
    #[serde(rename = "W", skip_serializing_if = "::std::option::Option::is_none")]
    pub w: ::std::option::Option<i64>,
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}
/// The `Data.Plates` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Plates {
    /// `Confidence`.
    #[serde(
        rename = "Confidence",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub confidence: ::std::option::Option<f64>,
    /// `PlateNumber`.
    #[serde(
        rename = "PlateNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_number: ::std::option::Option<::std::string::String>,
    /// `PlateType`.
    #[serde(
        rename = "PlateType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_type: ::std::option::Option<::std::string::String>,
    /// `PlateTypeConfidence`.
    #[serde(
        rename = "PlateTypeConfidence",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_type_confidence: ::std::option::Option<f64>,
    /// `Positions`.
    #[serde(
        rename = "Positions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub positions: ::std::option::Option<::std::vec::Vec<Positions>>,
    /// `Roi`.
    #[serde(rename = "Roi", skip_serializing_if = "::std::option::Option::is_none")]
    pub roi: ::std::option::Option<Roi>,
}
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Data {
    /// `Plates`.
    #[serde(
        rename = "Plates",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plates: ::std::option::Option<::std::vec::Vec<Plates>>,
}
/// The response of [`Client::recognize_license_plate`](crate::Client::recognize_license_plate) (`RecognizeLicensePlate`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeLicensePlateResponse {
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
