//! `RecognizeIdentityCard`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeIdentityCard>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeIdentityCard",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "ImageURL",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Side",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::recognize_identity_card`](crate::Client::recognize_identity_card) (`RecognizeIdentityCard`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeIdentityCardRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `Side` (form body).
    ///
    /// Allowed values: `face`, `back`.
    #[serde(
        rename = "Side",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub side: ::std::option::Option<::std::string::String>,
}
impl RecognizeIdentityCardRequest {
    /// A `RecognizeIdentityCardRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
            side: ::std::option::Option::None,
        }
    }
    /// Sets `Side`.
    pub fn side(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.side = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `Data.BackResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackResult {
    /// `EndDate`.
    #[serde(
        rename = "EndDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// `Issue`.
    #[serde(
        rename = "Issue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue: ::std::option::Option<::std::string::String>,
    /// `StartDate`.
    #[serde(
        rename = "StartDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_date: ::std::option::Option<::std::string::String>,
}
/// The `Data.FrontResult.CardAreas` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CardAreas {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}
/// The `Data.FrontResult.FaceRectVertices` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct FaceRectVertices {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}
/// The `Data.FrontResult.FaceRectangle.Center` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Center {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}
/// The `Data.FrontResult.FaceRectangle.Size` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Size {
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<f64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<f64>,
}
/// The `Data.FrontResult.FaceRectangle` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct FaceRectangle {
    /// `Angle`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<f64>,
    /// `Center`.
    #[serde(
        rename = "Center",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub center: ::std::option::Option<Center>,
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<Size>,
}
/// The `Data.FrontResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct FrontResult {
    /// `Address`.
    #[serde(
        rename = "Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address: ::std::option::Option<::std::string::String>,
    /// `BirthDate`.
    #[serde(
        rename = "BirthDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub birth_date: ::std::option::Option<::std::string::String>,
    /// `CardAreas`.
    #[serde(
        rename = "CardAreas",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_areas: ::std::option::Option<::std::vec::Vec<CardAreas>>,
    /// `FaceRectVertices`.
    #[serde(
        rename = "FaceRectVertices",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub face_rect_vertices: ::std::option::Option<::std::vec::Vec<FaceRectVertices>>,
    /// `FaceRectangle`.
    #[serde(
        rename = "FaceRectangle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub face_rectangle: ::std::option::Option<FaceRectangle>,
    /// `Gender`.
    #[serde(
        rename = "Gender",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gender: ::std::option::Option<::std::string::String>,
    /// `IDNumber`.
    #[serde(
        rename = "IDNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id_number: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Nationality`.
    #[serde(
        rename = "Nationality",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nationality: ::std::option::Option<::std::string::String>,
}
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Data {
    /// `BackResult`.
    #[serde(
        rename = "BackResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub back_result: ::std::option::Option<BackResult>,
    /// `FrontResult`.
    #[serde(
        rename = "FrontResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub front_result: ::std::option::Option<FrontResult>,
}
/// The response of [`Client::recognize_identity_card`](crate::Client::recognize_identity_card) (`RecognizeIdentityCard`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeIdentityCardResponse {
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
