//! `RecognizeLicensePlate`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeLicensePlate>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeLicensePlate",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::recognize_license_plate`](crate::Client::recognize_license_plate) (`RecognizeLicensePlate`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeLicensePlateRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeLicensePlate/cpsb1.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeLicensePlateRequest {
    /// A `RecognizeLicensePlateRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl ::std::fmt::Debug for RecognizeLicensePlateRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeLicensePlateRequest",
            &[("image_url", d::req(&self.image_url))],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeLicensePlateRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageURL"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_url = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeLicensePlateRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
        })
    }
}

/// The `Data.Plates.Roi` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Roi {
    /// `H`.
    ///
    /// Example: `53`.
    #[serde(rename = "H", skip_serializing_if = "::std::option::Option::is_none")]
    pub h: ::std::option::Option<i64>,
    /// `W`.
    ///
    /// Example: `141`.
    #[serde(rename = "W", skip_serializing_if = "::std::option::Option::is_none")]
    pub w: ::std::option::Option<i64>,
    /// `X`.
    ///
    /// Example: `294`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<i64>,
    /// `Y`.
    ///
    /// Example: `256`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Roi {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Roi",
            &[
                ("h", d::opt(&self.h)),
                ("w", d::opt(&self.w)),
                ("x", d::opt(&self.x)),
                ("y", d::opt(&self.y)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Roi {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["H", "W", "X", "Y"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Roi::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.h = r.decode()?,
                1 => out.w = r.decode()?,
                2 => out.x = r.decode()?,
                3 => out.y = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.Plates` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Plate {
    /// `Confidence`.
    ///
    /// Example: `0.99745339155197144`.
    #[serde(
        rename = "Confidence",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub confidence: ::std::option::Option<f64>,
    /// `PlateNumber`.
    ///
    /// Example: `粤BP57E7`.
    #[serde(
        rename = "PlateNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_number: ::std::option::Option<::yun_core::Text>,
    /// `PlateType`.
    ///
    /// Example: `小型汽车`.
    #[serde(
        rename = "PlateType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_type: ::std::option::Option<::yun_core::Text>,
    /// `PlateTypeConfidence`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PlateTypeConfidence",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_type_confidence: ::std::option::Option<f64>,
    /// `Positions`.
    #[serde(
        rename = "Positions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub positions: ::std::option::Option<::std::vec::Vec<crate::models::Position>>,
    /// `Roi`.
    #[serde(rename = "Roi", skip_serializing_if = "::std::option::Option::is_none")]
    pub roi: ::std::option::Option<Roi>,
}

impl ::std::fmt::Debug for Plate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Plate",
            &[
                ("confidence", d::opt(&self.confidence)),
                ("plate_number", d::opt(&self.plate_number)),
                ("plate_type", d::opt(&self.plate_type)),
                ("plate_type_confidence", d::opt(&self.plate_type_confidence)),
                ("positions", d::opt(&self.positions)),
                ("roi", d::opt(&self.roi)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Plate {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Confidence",
            "PlateNumber",
            "PlateType",
            "PlateTypeConfidence",
            "Positions",
            "Roi",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = Plate::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.confidence = r.decode()?,
                1 => out.plate_number = r.decode()?,
                2 => out.plate_type = r.decode()?,
                3 => out.plate_type_confidence = r.decode()?,
                4 => out.positions = r.decode()?,
                5 => out.roi = r.decode()?,
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
    /// `Plates`.
    #[serde(
        rename = "Plates",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plates: ::std::option::Option<::std::vec::Vec<Plate>>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Data", &[("plates", d::opt(&self.plates))])
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Plates"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.plates = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_license_plate`](crate::Client::recognize_license_plate) (`RecognizeLicensePlate`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeLicensePlateResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `3F10DAC3-CF4A-487C-BF33-3B8EB9AA12F2`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl RecognizeLicensePlateResponse {
    /// The items of `Data` (through its wrapper), empty when absent.
    pub fn data(&self) -> &[Plate] {
        self.data
            .as_ref()
            .and_then(|w| w.plates.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RecognizeLicensePlateResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeLicensePlateResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeLicensePlateResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeLicensePlateResponse::default();
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
