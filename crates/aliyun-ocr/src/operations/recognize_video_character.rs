//! `RecognizeVideoCharacter`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeVideoCharacter>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeVideoCharacter",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "VideoURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::recognize_video_character`](crate::Client::recognize_video_character) (`RecognizeVideoCharacter`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeVideoCharacterRequest {
    /// `VideoURL` (form body). Required.
    #[serde(rename = "VideoURL")]
    pub video_url: ::std::string::String,
}
impl RecognizeVideoCharacterRequest {
    /// A `RecognizeVideoCharacterRequest` with its required members: `VideoURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(video_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            video_url: video_url.into(),
        }
    }
}
/// The `Data.Frames.Elements.TextRectangles` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TextRectangles {
    /// `Angle`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<i64>,
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}
/// The `Data.Frames.Elements` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Elements {
    /// `Score`.
    #[serde(
        rename = "Score",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub score: ::std::option::Option<f64>,
    /// `Text`.
    #[serde(
        rename = "Text",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text: ::std::option::Option<::std::string::String>,
    /// `TextRectangles`.
    #[serde(
        rename = "TextRectangles",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text_rectangles: ::std::option::Option<::std::vec::Vec<TextRectangles>>,
}
/// The `Data.Frames` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Frames {
    /// `Elements`.
    #[serde(
        rename = "Elements",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elements: ::std::option::Option<::std::vec::Vec<Elements>>,
    /// `Timestamp`.
    #[serde(
        rename = "Timestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timestamp: ::std::option::Option<i64>,
}
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Data {
    /// `Frames`.
    #[serde(
        rename = "Frames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frames: ::std::option::Option<::std::vec::Vec<Frames>>,
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `InputFile`.
    #[serde(
        rename = "InputFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_file: ::std::option::Option<::std::string::String>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}
/// The response of [`Client::recognize_video_character`](crate::Client::recognize_video_character) (`RecognizeVideoCharacter`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeVideoCharacterResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `Message`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
