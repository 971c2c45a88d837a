//! `RecognizeCharacter`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeCharacter>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeCharacter",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "ImageURL",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinHeight",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OutputProbability",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::recognize_character`](crate::Client::recognize_character) (`RecognizeCharacter`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeCharacterRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `MinHeight` (form body). Required.
    ///
    /// At least 5.
    #[serde(rename = "MinHeight")]
    pub min_height: i32,
    /// `OutputProbability` (form body). Required.
    #[serde(rename = "OutputProbability")]
    pub output_probability: bool,
}

impl RecognizeCharacterRequest {
    /// A `RecognizeCharacterRequest` with its required members: `ImageURL`, `MinHeight`, `OutputProbability`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_url: impl ::std::convert::Into<::std::string::String>,
        min_height: i32,
        output_probability: bool,
    ) -> Self {
        Self {
            image_url: image_url.into(),
            min_height,
            output_probability,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for RecognizeCharacterRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeCharacterRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeCharacterRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeCharacterRequest, A::Error> {
                let mut m_image_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_min_height: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_output_probability: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageURL" => m_image_url = map.next_value()?,
                        "MinHeight" => m_min_height = map.next_value()?,
                        "OutputProbability" => m_output_probability = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeCharacterRequest {
                    image_url: m_image_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageURL")
                    })?,
                    min_height: m_min_height.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("MinHeight")
                    })?,
                    output_probability: m_output_probability.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "OutputProbability",
                        )
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Results.TextRectangles` object of the response.
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

/// The `Data.Results` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Results {
    /// `Probability`.
    #[serde(
        rename = "Probability",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub probability: ::std::option::Option<f64>,
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
    pub text_rectangles: ::std::option::Option<TextRectangles>,
}

impl<'de> ::serde::Deserialize<'de> for Results {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Results;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Results` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Results, A::Error> {
                let mut out = Results::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Probability" => out.probability = map.next_value()?,
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

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `Results`.
    #[serde(
        rename = "Results",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub results: ::std::option::Option<::std::vec::Vec<Results>>,
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
                        "Results" => out.results = map.next_value()?,
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

/// The response of [`Client::recognize_character`](crate::Client::recognize_character) (`RecognizeCharacter`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeCharacterResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeCharacterResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeCharacterResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeCharacterResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeCharacterResponse, A::Error> {
                let mut out = RecognizeCharacterResponse::default();
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
