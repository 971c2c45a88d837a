//! `RecognizePdf`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizePdf>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizePdf",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "FileURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The request of [`Client::recognize_pdf`](crate::Client::recognize_pdf) (`RecognizePdf`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizePdfRequest {
    /// `FileURL` (form body). Required.
    #[serde(rename = "FileURL")]
    pub file_url: ::std::string::String,
}

impl RecognizePdfRequest {
    /// A `RecognizePdfRequest` with its required members: `FileURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(file_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            file_url: file_url.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for RecognizePdfRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizePdfRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizePdfRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizePdfRequest, A::Error> {
                let mut m_file_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "FileURL" => m_file_url = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizePdfRequest {
                    file_url: m_file_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("FileURL")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.WordsInfo.Positions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Positions {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Positions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Positions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Positions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Positions, A::Error> {
                let mut out = Positions::default();
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

/// The `Data.WordsInfo` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct WordsInfo {
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
    /// `Positions`.
    #[serde(
        rename = "Positions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub positions: ::std::option::Option<::std::vec::Vec<Positions>>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
    /// `Word`.
    #[serde(
        rename = "Word",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub word: ::std::option::Option<::std::string::String>,
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for WordsInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = WordsInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `WordsInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<WordsInfo, A::Error> {
                let mut out = WordsInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Angle" => out.angle = map.next_value()?,
                        "Height" => out.height = map.next_value()?,
                        "Positions" => out.positions = map.next_value()?,
                        "Width" => out.width = map.next_value()?,
                        "Word" => out.word = map.next_value()?,
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
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
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
    /// `PageIndex`.
    #[serde(
        rename = "PageIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_index: ::std::option::Option<i64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
    /// `WordsInfo`.
    #[serde(
        rename = "WordsInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub words_info: ::std::option::Option<::std::vec::Vec<WordsInfo>>,
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
                        "Height" => out.height = map.next_value()?,
                        "OrgHeight" => out.org_height = map.next_value()?,
                        "OrgWidth" => out.org_width = map.next_value()?,
                        "PageIndex" => out.page_index = map.next_value()?,
                        "Width" => out.width = map.next_value()?,
                        "WordsInfo" => out.words_info = map.next_value()?,
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

/// The response of [`Client::recognize_pdf`](crate::Client::recognize_pdf) (`RecognizePdf`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizePdfResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizePdfResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizePdfResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizePdfResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizePdfResponse, A::Error> {
                let mut out = RecognizePdfResponse::default();
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
