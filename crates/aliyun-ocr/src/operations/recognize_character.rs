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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::recognize_character`](crate::Client::recognize_character) (`RecognizeCharacter`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeCharacterRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeCharacter/RecognizeCharacter5.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `MinHeight` (form body). Required.
    ///
    /// At least 5.
    ///
    /// Example: `10`.
    #[serde(rename = "MinHeight")]
    pub min_height: i32,
    /// `OutputProbability` (form body). Required.
    ///
    /// Example: `true`.
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

impl ::std::fmt::Debug for RecognizeCharacterRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeCharacterRequest",
            &[
                ("image_url", d::req(&self.image_url)),
                ("min_height", d::req(&self.min_height)),
                ("output_probability", d::req(&self.output_probability)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeCharacterRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageURL", "MinHeight", "OutputProbability"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_min_height: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_output_probability: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_url = r.decode()?,
                1 => m_min_height = r.decode()?,
                2 => m_output_probability = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeCharacterRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
            min_height: m_min_height.ok_or_else(|| r.missing("MinHeight"))?,
            output_probability: m_output_probability
                .ok_or_else(|| r.missing("OutputProbability"))?,
        })
    }
}

/// The `Data.Results.TextRectangles` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TextRectangles {
    /// `Angle`.
    ///
    /// Example: `-65`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<i64>,
    /// `Height`.
    ///
    /// Example: `409`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    ///
    /// Example: `511`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    ///
    /// Example: `150`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `77`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for TextRectangles {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TextRectangles",
            &[
                ("angle", d::opt(&self.angle)),
                ("height", d::opt(&self.height)),
                ("left", d::opt(&self.left)),
                ("top", d::opt(&self.top)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for TextRectangles {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Angle", "Height", "Left", "Top", "Width"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = TextRectangles::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.angle = r.decode()?,
                1 => out.height = r.decode()?,
                2 => out.left = r.decode()?,
                3 => out.top = r.decode()?,
                4 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Results` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// `Probability`.
    ///
    /// Example: `0.99`.
    #[serde(
        rename = "Probability",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub probability: ::std::option::Option<f64>,
    /// `Text`.
    ///
    /// Example: `祝你生日快乐`.
    #[serde(
        rename = "Text",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text: ::std::option::Option<::yun_core::Text>,
    /// `TextRectangles`.
    #[serde(
        rename = "TextRectangles",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub text_rectangles: ::std::option::Option<TextRectangles>,
}

impl ::std::fmt::Debug for ResultModel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResultModel",
            &[
                ("probability", d::opt(&self.probability)),
                ("text", d::opt(&self.text)),
                ("text_rectangles", d::opt(&self.text_rectangles)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResultModel {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Probability", "Text", "TextRectangles"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ResultModel::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.probability = r.decode()?,
                1 => out.text = r.decode()?,
                2 => out.text_rectangles = r.decode()?,
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
    /// `Results`.
    #[serde(
        rename = "Results",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub results: ::std::option::Option<::std::vec::Vec<ResultModel>>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Data", &[("results", d::opt(&self.results))])
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Results"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.results = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_character`](crate::Client::recognize_character) (`RecognizeCharacter`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeCharacterResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `7A9BC7FE-2D42-57AF-93BC-09A229DD2F1D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl RecognizeCharacterResponse {
    /// The items of `Data` (through its wrapper), empty when absent.
    pub fn data(&self) -> &[ResultModel] {
        self.data
            .as_ref()
            .and_then(|w| w.results.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RecognizeCharacterResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeCharacterResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeCharacterResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeCharacterResponse::default();
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
