//! `RecognizeTable`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTable>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeTable",
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
                name: "OutputFormat",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UseFinanceModel",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AssureDirection",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HasLine",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SkipDetection",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::recognize_table`](crate::Client::recognize_table) (`RecognizeTable`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTableRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `OutputFormat` (form body). Required.
    ///
    /// Allowed values: `html`, `json`, `xlsx`.
    #[serde(rename = "OutputFormat")]
    pub output_format: OutputFormat,
    /// `UseFinanceModel` (form body). Required.
    #[serde(rename = "UseFinanceModel")]
    pub use_finance_model: bool,
    /// `AssureDirection` (form body). Required.
    #[serde(rename = "AssureDirection")]
    pub assure_direction: bool,
    /// `HasLine` (form body). Required.
    #[serde(rename = "HasLine")]
    pub has_line: bool,
    /// `SkipDetection` (form body). Required.
    #[serde(rename = "SkipDetection")]
    pub skip_detection: bool,
}

impl RecognizeTableRequest {
    /// A `RecognizeTableRequest` with its required members: `ImageURL`, `OutputFormat`, `UseFinanceModel`, `AssureDirection`, `HasLine`, `SkipDetection`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_url: impl ::std::convert::Into<::std::string::String>,
        output_format: impl ::std::convert::Into<OutputFormat>,
        use_finance_model: bool,
        assure_direction: bool,
        has_line: bool,
        skip_detection: bool,
    ) -> Self {
        Self {
            image_url: image_url.into(),
            output_format: output_format.into(),
            use_finance_model,
            assure_direction,
            has_line,
            skip_detection,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for RecognizeTableRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeTableRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeTableRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeTableRequest, A::Error> {
                let mut m_image_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_output_format: ::std::option::Option<OutputFormat> =
                    ::std::option::Option::None;
                let mut m_use_finance_model: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_assure_direction: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_has_line: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_skip_detection: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageURL" => m_image_url = map.next_value()?,
                        "OutputFormat" => m_output_format = map.next_value()?,
                        "UseFinanceModel" => m_use_finance_model = map.next_value()?,
                        "AssureDirection" => m_assure_direction = map.next_value()?,
                        "HasLine" => m_has_line = map.next_value()?,
                        "SkipDetection" => m_skip_detection = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeTableRequest {
                    image_url: m_image_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageURL")
                    })?,
                    output_format: m_output_format.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("OutputFormat")
                    })?,
                    use_finance_model: m_use_finance_model.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "UseFinanceModel",
                        )
                    })?,
                    assure_direction: m_assure_direction.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "AssureDirection",
                        )
                    })?,
                    has_line: m_has_line.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("HasLine")
                    })?,
                    skip_detection: m_skip_detection.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("SkipDetection")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Tables.TableRows.TableColumns` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TableColumns {
    /// `EndColumn`.
    #[serde(
        rename = "EndColumn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_column: ::std::option::Option<i64>,
    /// `EndRow`.
    #[serde(
        rename = "EndRow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_row: ::std::option::Option<i64>,
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `StartColumn`.
    #[serde(
        rename = "StartColumn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_column: ::std::option::Option<i64>,
    /// `StartRow`.
    #[serde(
        rename = "StartRow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_row: ::std::option::Option<i64>,
    /// `Texts`.
    #[serde(
        rename = "Texts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub texts: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for TableColumns {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TableColumns;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TableColumns` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TableColumns, A::Error> {
                let mut out = TableColumns::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EndColumn" => out.end_column = map.next_value()?,
                        "EndRow" => out.end_row = map.next_value()?,
                        "Height" => out.height = map.next_value()?,
                        "StartColumn" => out.start_column = map.next_value()?,
                        "StartRow" => out.start_row = map.next_value()?,
                        "Texts" => out.texts = map.next_value()?,
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

/// The `Data.Tables.TableRows` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TableRows {
    /// `TableColumns`.
    #[serde(
        rename = "TableColumns",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_columns: ::std::option::Option<::std::vec::Vec<TableColumns>>,
}

impl<'de> ::serde::Deserialize<'de> for TableRows {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TableRows;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TableRows` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TableRows, A::Error> {
                let mut out = TableRows::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TableColumns" => out.table_columns = map.next_value()?,
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

/// The `Data.Tables` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tables {
    /// `Head`.
    #[serde(
        rename = "Head",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub head: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `TableRows`.
    #[serde(
        rename = "TableRows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_rows: ::std::option::Option<::std::vec::Vec<TableRows>>,
    /// `Tail`.
    #[serde(
        rename = "Tail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tail: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for Tables {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tables;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tables` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tables, A::Error> {
                let mut out = Tables::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Head" => out.head = map.next_value()?,
                        "TableRows" => out.table_rows = map.next_value()?,
                        "Tail" => out.tail = map.next_value()?,
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
    /// `FileContent`.
    #[serde(
        rename = "FileContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_content: ::std::option::Option<::std::string::String>,
    /// `Tables`.
    #[serde(
        rename = "Tables",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tables: ::std::option::Option<::std::vec::Vec<Tables>>,
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
                        "FileContent" => out.file_content = map.next_value()?,
                        "Tables" => out.tables = map.next_value()?,
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

/// The response of [`Client::recognize_table`](crate::Client::recognize_table) (`RecognizeTable`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTableResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeTableResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeTableResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeTableResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeTableResponse, A::Error> {
                let mut out = RecognizeTableResponse::default();
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

/// The values of `OutputFormat`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OutputFormat {
    /// `html`.
    Html,
    /// `json`.
    Json,
    /// `xlsx`.
    Xlsx,
    /// A value not in the metadata.
    Unknown(::std::string::String),
}

impl OutputFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Html => "html",
            Self::Json => "json",
            Self::Xlsx => "xlsx",
            Self::Unknown(other) => other,
        }
    }
}

impl ::std::convert::From<&str> for OutputFormat {
    fn from(value: &str) -> Self {
        match value {
            "html" => Self::Html,
            "json" => Self::Json,
            "xlsx" => Self::Xlsx,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl ::std::convert::From<::std::string::String> for OutputFormat {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for OutputFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for OutputFormat {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for OutputFormat {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let text: ::std::string::String = ::serde::Deserialize::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(text))
    }
}
