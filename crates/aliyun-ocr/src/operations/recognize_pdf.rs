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
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "FileURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::recognize_pdf`](crate::Client::recognize_pdf) (`RecognizePdf`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizePdfRequest {
    /// `FileURL` (form body). Required.
    ///
    /// Example: `https://viapi-test.oss-cn-shanghai.aliyuncs.com/ocr/xxxx.pdf`.
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

impl ::std::fmt::Debug for RecognizePdfRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizePdfRequest",
            &[("file_url", d::req(&self.file_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizePdfRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["FileURL"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_file_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_file_url = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizePdfRequest {
            file_url: m_file_url.ok_or_else(|| r.missing("FileURL"))?,
        })
    }
}

/// The `Data.WordsInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct WordsInfo {
    /// `Angle`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<i64>,
    /// `Height`.
    ///
    /// Example: `16`.
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
    pub positions: ::std::option::Option<::std::vec::Vec<crate::models::Position>>,
    /// `Width`.
    ///
    /// Example: `205`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
    /// `Word`.
    ///
    /// Example: `发票代码：012002000211`.
    #[serde(
        rename = "Word",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub word: ::std::option::Option<::yun_core::Text>,
    /// `X`.
    ///
    /// Example: `863`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    ///
    /// Example: `46`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for WordsInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "WordsInfo",
            &[
                ("angle", d::opt(&self.angle)),
                ("height", d::opt(&self.height)),
                ("positions", d::opt(&self.positions)),
                ("width", d::opt(&self.width)),
                ("word", d::opt(&self.word)),
                ("x", d::opt(&self.x)),
                ("y", d::opt(&self.y)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for WordsInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Angle", "Height", "Positions", "Width", "Word", "X", "Y"];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = WordsInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.angle = r.decode()?,
                1 => out.height = r.decode()?,
                2 => out.positions = r.decode()?,
                3 => out.width = r.decode()?,
                4 => out.word = r.decode()?,
                5 => out.x = r.decode()?,
                6 => out.y = r.decode()?,
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
    /// `Angle`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<i64>,
    /// `Height`.
    ///
    /// Example: `788`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `OrgHeight`.
    ///
    /// Example: `610`.
    #[serde(
        rename = "OrgHeight",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_height: ::std::option::Option<i64>,
    /// `OrgWidth`.
    ///
    /// Example: `394`.
    #[serde(
        rename = "OrgWidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub org_width: ::std::option::Option<i64>,
    /// `PageIndex`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_index: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `1220`.
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

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("angle", d::opt(&self.angle)),
                ("height", d::opt(&self.height)),
                ("org_height", d::opt(&self.org_height)),
                ("org_width", d::opt(&self.org_width)),
                ("page_index", d::opt(&self.page_index)),
                ("width", d::opt(&self.width)),
                ("words_info", d::opt(&self.words_info)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Angle",
            "Height",
            "OrgHeight",
            "OrgWidth",
            "PageIndex",
            "Width",
            "WordsInfo",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.angle = r.decode()?,
                1 => out.height = r.decode()?,
                2 => out.org_height = r.decode()?,
                3 => out.org_width = r.decode()?,
                4 => out.page_index = r.decode()?,
                5 => out.width = r.decode()?,
                6 => out.words_info = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_pdf`](crate::Client::recognize_pdf) (`RecognizePdf`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizePdfResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `CD9A9659-ABEE-4A7D-837F-9FDF40879A97`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizePdfResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizePdfResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizePdfResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizePdfResponse::default();
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
