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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::recognize_table`](crate::Client::recognize_table) (`RecognizeTable`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTableRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeTable/RecognizeTable4.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `OutputFormat` (form body). Required.
    ///
    /// Allowed values: `html`, `json`, `xlsx`.
    ///
    /// Example: `json`.
    #[serde(rename = "OutputFormat")]
    pub output_format: OutputFormat,
    /// `UseFinanceModel` (form body). Required.
    ///
    /// Example: `true`.
    #[serde(rename = "UseFinanceModel")]
    pub use_finance_model: bool,
    /// `AssureDirection` (form body). Required.
    ///
    /// Example: `false`.
    #[serde(rename = "AssureDirection")]
    pub assure_direction: bool,
    /// `HasLine` (form body). Required.
    ///
    /// Example: `false`.
    #[serde(rename = "HasLine")]
    pub has_line: bool,
    /// `SkipDetection` (form body). Required.
    ///
    /// Example: `false`.
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

impl ::std::fmt::Debug for RecognizeTableRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTableRequest",
            &[
                ("image_url", d::req(&self.image_url)),
                ("output_format", d::req(&self.output_format)),
                ("use_finance_model", d::req(&self.use_finance_model)),
                ("assure_direction", d::req(&self.assure_direction)),
                ("has_line", d::req(&self.has_line)),
                ("skip_detection", d::req(&self.skip_detection)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTableRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImageURL",
            "OutputFormat",
            "UseFinanceModel",
            "AssureDirection",
            "HasLine",
            "SkipDetection",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_output_format: ::std::option::Option<OutputFormat> = ::std::option::Option::None;
        let mut m_use_finance_model: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_assure_direction: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_has_line: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_skip_detection: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_url = r.decode()?,
                1 => m_output_format = r.decode()?,
                2 => m_use_finance_model = r.decode()?,
                3 => m_assure_direction = r.decode()?,
                4 => m_has_line = r.decode()?,
                5 => m_skip_detection = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeTableRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
            output_format: m_output_format.ok_or_else(|| r.missing("OutputFormat"))?,
            use_finance_model: m_use_finance_model.ok_or_else(|| r.missing("UseFinanceModel"))?,
            assure_direction: m_assure_direction.ok_or_else(|| r.missing("AssureDirection"))?,
            has_line: m_has_line.ok_or_else(|| r.missing("HasLine"))?,
            skip_detection: m_skip_detection.ok_or_else(|| r.missing("SkipDetection"))?,
        })
    }
}

/// The `Data.Tables.TableRows.TableColumns` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TableColumn {
    /// `EndColumn`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "EndColumn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_column: ::std::option::Option<i64>,
    /// `EndRow`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "EndRow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_row: ::std::option::Option<i64>,
    /// `Height`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `StartColumn`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "StartColumn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_column: ::std::option::Option<i64>,
    /// `StartRow`.
    ///
    /// Example: `0`.
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
    pub texts: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Width`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for TableColumn {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TableColumn",
            &[
                ("end_column", d::opt(&self.end_column)),
                ("end_row", d::opt(&self.end_row)),
                ("height", d::opt(&self.height)),
                ("start_column", d::opt(&self.start_column)),
                ("start_row", d::opt(&self.start_row)),
                ("texts", d::opt(&self.texts)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for TableColumn {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "EndColumn",
            "EndRow",
            "Height",
            "StartColumn",
            "StartRow",
            "Texts",
            "Width",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = TableColumn::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.end_column = r.decode()?,
                1 => out.end_row = r.decode()?,
                2 => out.height = r.decode()?,
                3 => out.start_column = r.decode()?,
                4 => out.start_row = r.decode()?,
                5 => out.texts = r.decode()?,
                6 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Tables.TableRows` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TableRow {
    /// `TableColumns`.
    #[serde(
        rename = "TableColumns",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_columns: ::std::option::Option<::std::vec::Vec<TableColumn>>,
}

impl ::std::fmt::Debug for TableRow {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TableRow",
            &[("table_columns", d::opt(&self.table_columns))],
        )
    }
}

impl ::yun_core::json::Decode for TableRow {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TableColumns"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = TableRow::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.table_columns = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Tables` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Table {
    /// `Head`.
    #[serde(
        rename = "Head",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub head: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `TableRows`.
    #[serde(
        rename = "TableRows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_rows: ::std::option::Option<::std::vec::Vec<TableRow>>,
    /// `Tail`.
    #[serde(
        rename = "Tail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tail: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for Table {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Table",
            &[
                ("head", d::opt(&self.head)),
                ("table_rows", d::opt(&self.table_rows)),
                ("tail", d::opt(&self.tail)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Table {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Head", "TableRows", "Tail"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Table::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.head = r.decode()?,
                1 => out.table_rows = r.decode()?,
                2 => out.tail = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `FileContent`.
    ///
    /// Example: `UEsDBBQAAAAIAAAAIQBukMk4WAIAA****`.
    #[serde(
        rename = "FileContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_content: ::std::option::Option<::yun_core::Text>,
    /// `Tables`.
    #[serde(
        rename = "Tables",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tables: ::std::option::Option<::std::vec::Vec<Table>>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("file_content", d::opt(&self.file_content)),
                ("tables", d::opt(&self.tables)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["FileContent", "Tables"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.file_content = r.decode()?,
                1 => out.tables = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_table`](crate::Client::recognize_table) (`RecognizeTable`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeTableResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `CBC36BE6-2A18-5256-82BD-8B5477E5D058`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeTableResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeTableResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeTableResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeTableResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
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
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl OutputFormat {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Html => "html",
            Self::Json => "json",
            Self::Xlsx => "xlsx",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for OutputFormat {
    fn from(value: &str) -> Self {
        match value {
            "html" => Self::Html,
            "json" => Self::Json,
            "xlsx" => Self::Xlsx,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
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

impl ::yun_core::json::Decode for OutputFormat {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}
