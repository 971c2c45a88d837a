//! `RecognizeTable`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeTable>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeTable",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RecognizeTableRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `OutputFormat` (form body). Required.
    ///
    /// Allowed values: `html`, `json`, `xlsx`.
    #[serde(rename = "OutputFormat")]
    pub output_format: ::std::string::String,
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
        output_format: impl ::std::convert::Into<::std::string::String>,
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
/// The `Data.Tables.TableRows.TableColumns` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data.Tables.TableRows` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TableRows {
    /// `TableColumns`.
    #[serde(
        rename = "TableColumns",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub table_columns: ::std::option::Option<::std::vec::Vec<TableColumns>>,
}
/// The `Data.Tables` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::recognize_table`](crate::Client::recognize_table) (`RecognizeTable`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
