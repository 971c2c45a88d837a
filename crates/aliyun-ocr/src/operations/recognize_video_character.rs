//! `RecognizeVideoCharacter`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeVideoCharacter>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeVideoCharacter",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "VideoURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The request of [`Client::recognize_video_character`](crate::Client::recognize_video_character) (`RecognizeVideoCharacter`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for RecognizeVideoCharacterRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeVideoCharacterRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeVideoCharacterRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeVideoCharacterRequest, A::Error> {
                let mut m_video_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "VideoURL" => m_video_url = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeVideoCharacterRequest {
                    video_url: m_video_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("VideoURL")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Frames.Elements.TextRectangles` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for TextRectangles {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TextRectangles;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TextRectangles` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TextRectangles, A::Error> {
                let mut out = TextRectangles::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Angle" => out.angle = map.next_value()?,
                        "Height" => out.height = map.next_value()?,
                        "Left" => out.left = map.next_value()?,
                        "Top" => out.top = map.next_value()?,
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

/// The `Data.Frames.Elements` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Elements {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Elements;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Elements` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Elements, A::Error> {
                let mut out = Elements::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Score" => out.score = map.next_value()?,
                        "Text" => out.text = map.next_value()?,
                        "TextRectangles" => out.text_rectangles = map.next_value()?,
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

/// The `Data.Frames` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Frames {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Frames;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Frames` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Frames, A::Error> {
                let mut out = Frames::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Elements" => out.elements = map.next_value()?,
                        "Timestamp" => out.timestamp = map.next_value()?,
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
                        "Frames" => out.frames = map.next_value()?,
                        "Height" => out.height = map.next_value()?,
                        "InputFile" => out.input_file = map.next_value()?,
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

/// The response of [`Client::recognize_video_character`](crate::Client::recognize_video_character) (`RecognizeVideoCharacter`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for RecognizeVideoCharacterResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeVideoCharacterResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeVideoCharacterResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeVideoCharacterResponse, A::Error> {
                let mut out = RecognizeVideoCharacterResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Data" => out.data = map.next_value()?,
                        "Message" => out.message = map.next_value()?,
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
