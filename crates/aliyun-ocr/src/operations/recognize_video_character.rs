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
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "VideoURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::recognize_video_character`](crate::Client::recognize_video_character) (`RecognizeVideoCharacter`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeVideoCharacterRequest {
    /// `VideoURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/videoenhan/RecognizeVideoCharacter/xxxx.mp4`.
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

impl ::std::fmt::Debug for RecognizeVideoCharacterRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeVideoCharacterRequest",
            &[("video_url", d::req(&self.video_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeVideoCharacterRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VideoURL"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_video_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_video_url = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeVideoCharacterRequest {
            video_url: m_video_url.ok_or_else(|| r.missing("VideoURL"))?,
        })
    }
}

/// The `Data.Frames.Elements.TextRectangles` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TextRectangle {
    /// `Angle`.
    ///
    /// Example: `-90`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<i64>,
    /// `Height`.
    ///
    /// Example: `213`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    ///
    /// Example: `213`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    ///
    /// Example: `98`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    ///
    /// Example: `46`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for TextRectangle {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TextRectangle",
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

impl ::yun_core::json::Decode for TextRectangle {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Angle", "Height", "Left", "Top", "Width"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = TextRectangle::default();
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

/// The `Data.Frames.Elements` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Element {
    /// `Score`.
    ///
    /// Example: `0.99`.
    #[serde(
        rename = "Score",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub score: ::std::option::Option<f64>,
    /// `Text`.
    ///
    /// Example: `在桃花盛开的地方`.
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
    pub text_rectangles: ::std::option::Option<::std::vec::Vec<TextRectangle>>,
}

impl ::std::fmt::Debug for Element {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Element",
            &[
                ("score", d::opt(&self.score)),
                ("text", d::opt(&self.text)),
                ("text_rectangles", d::opt(&self.text_rectangles)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Element {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Score", "Text", "TextRectangles"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Element::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.score = r.decode()?,
                1 => out.text = r.decode()?,
                2 => out.text_rectangles = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Frames` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Frame {
    /// `Elements`.
    #[serde(
        rename = "Elements",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elements: ::std::option::Option<::std::vec::Vec<Element>>,
    /// `Timestamp`.
    ///
    /// Example: `6124533574`.
    #[serde(
        rename = "Timestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timestamp: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Frame {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Frame",
            &[
                ("elements", d::opt(&self.elements)),
                ("timestamp", d::opt(&self.timestamp)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Frame {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Elements", "Timestamp"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Frame::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.elements = r.decode()?,
                1 => out.timestamp = r.decode()?,
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
    /// `Frames`.
    #[serde(
        rename = "Frames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frames: ::std::option::Option<::std::vec::Vec<Frame>>,
    /// `Height`.
    ///
    /// Example: `1080`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `InputFile`.
    ///
    /// Example: `oss://my-bucket/a/b/c.mp4`.
    #[serde(
        rename = "InputFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_file: ::std::option::Option<::yun_core::Text>,
    /// `Width`.
    ///
    /// Example: `1920`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("frames", d::opt(&self.frames)),
                ("height", d::opt(&self.height)),
                ("input_file", d::opt(&self.input_file)),
                ("width", d::opt(&self.width)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Frames", "Height", "InputFile", "Width"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.frames = r.decode()?,
                1 => out.height = r.decode()?,
                2 => out.input_file = r.decode()?,
                3 => out.width = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_video_character`](crate::Client::recognize_video_character) (`RecognizeVideoCharacter`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `D3F5BA69-79C4-46A4-B02B-58C4EEBC4C33`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeVideoCharacterResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeVideoCharacterResponse",
            &[
                ("data", d::opt(&self.data)),
                ("message", d::opt(&self.message)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeVideoCharacterResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "Message", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = RecognizeVideoCharacterResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data = r.decode()?,
                1 => out.message = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
