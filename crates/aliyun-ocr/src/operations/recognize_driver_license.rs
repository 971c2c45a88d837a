//! `RecognizeDriverLicense`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeDriverLicense>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeDriverLicense",
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
                name: "Side",
                location: ::yun_core::internal::Location::Body,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::recognize_driver_license`](crate::Client::recognize_driver_license) (`RecognizeDriverLicense`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDriverLicenseRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeDriverLicense/jsz2.jpg`.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `Side` (form body).
    ///
    /// Allowed values: `face`, `back`.
    ///
    /// Example: `face`.
    #[serde(
        rename = "Side",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub side: ::std::option::Option<Side>,
}

impl RecognizeDriverLicenseRequest {
    /// A `RecognizeDriverLicenseRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
            side: ::std::option::Option::None,
        }
    }

    /// Sets `Side`.
    pub fn side(mut self, value: impl ::std::convert::Into<Side>) -> Self {
        self.side = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RecognizeDriverLicenseRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeDriverLicenseRequest",
            &[
                ("image_url", d::req(&self.image_url)),
                ("side", d::opt(&self.side)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeDriverLicenseRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageURL", "Side"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_side: ::std::option::Option<Side> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_url = r.decode()?,
                1 => m_side = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RecognizeDriverLicenseRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
            side: m_side,
        })
    }
}

/// The `Data.BackResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BackResult {
    /// `ArchiveNumber`.
    ///
    /// Example: `130601473955`.
    #[serde(
        rename = "ArchiveNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub archive_number: ::std::option::Option<::yun_core::Text>,
    /// `CardNumber`.
    ///
    /// Example: `210288898898898888`.
    #[serde(
        rename = "CardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `张三`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Record`.
    #[serde(
        rename = "Record",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for BackResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "BackResult",
            &[
                ("archive_number", d::opt(&self.archive_number)),
                ("card_number", d::opt(&self.card_number)),
                ("name", d::opt(&self.name)),
                ("record", d::opt(&self.record)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for BackResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ArchiveNumber", "CardNumber", "Name", "Record"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = BackResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.archive_number = r.decode()?,
                1 => out.card_number = r.decode()?,
                2 => out.name = r.decode()?,
                3 => out.record = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.FaceResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FaceResult {
    /// `Address`.
    ///
    /// Example: `江苏省徐州市铜山区棠张镇田河村1队129号`.
    #[serde(
        rename = "Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address: ::std::option::Option<::yun_core::Text>,
    /// `BirthDate`.
    ///
    /// Example: `1992-05-20`.
    #[serde(
        rename = "BirthDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub birth_date: ::std::option::Option<::yun_core::Text>,
    /// `EndDate`.
    ///
    /// Example: `20190201`.
    #[serde(
        rename = "EndDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_date: ::std::option::Option<::yun_core::Text>,
    /// `Gender`.
    ///
    /// Example: `男`.
    #[serde(
        rename = "Gender",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gender: ::std::option::Option<::yun_core::Text>,
    /// `IssueDate`.
    ///
    /// Example: `20130208`.
    #[serde(
        rename = "IssueDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_date: ::std::option::Option<::yun_core::Text>,
    /// `IssueUnit`.
    ///
    /// Example: `江苏省徐州市公安局交通巡逻警察支队`.
    #[serde(
        rename = "IssueUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_unit: ::std::option::Option<::yun_core::Text>,
    /// `LicenseNumber`.
    ///
    /// Example: `210288898898898888`.
    #[serde(
        rename = "LicenseNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_number: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `张三`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Nationality`.
    ///
    /// Example: `中国`.
    #[serde(
        rename = "Nationality",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nationality: ::std::option::Option<::yun_core::Text>,
    /// `StartDate`.
    ///
    /// Example: `20130208`.
    #[serde(
        rename = "StartDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_date: ::std::option::Option<::yun_core::Text>,
    /// `VehicleType`.
    ///
    /// Example: `C1`.
    #[serde(
        rename = "VehicleType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vehicle_type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for FaceResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "FaceResult",
            &[
                ("address", d::opt(&self.address)),
                ("birth_date", d::opt(&self.birth_date)),
                ("end_date", d::opt(&self.end_date)),
                ("gender", d::opt(&self.gender)),
                ("issue_date", d::opt(&self.issue_date)),
                ("issue_unit", d::opt(&self.issue_unit)),
                ("license_number", d::opt(&self.license_number)),
                ("name", d::opt(&self.name)),
                ("nationality", d::opt(&self.nationality)),
                ("start_date", d::opt(&self.start_date)),
                ("vehicle_type", d::opt(&self.vehicle_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for FaceResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Address",
            "BirthDate",
            "EndDate",
            "Gender",
            "IssueDate",
            "IssueUnit",
            "LicenseNumber",
            "Name",
            "Nationality",
            "StartDate",
            "VehicleType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = FaceResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.address = r.decode()?,
                1 => out.birth_date = r.decode()?,
                2 => out.end_date = r.decode()?,
                3 => out.gender = r.decode()?,
                4 => out.issue_date = r.decode()?,
                5 => out.issue_unit = r.decode()?,
                6 => out.license_number = r.decode()?,
                7 => out.name = r.decode()?,
                8 => out.nationality = r.decode()?,
                9 => out.start_date = r.decode()?,
                10 => out.vehicle_type = r.decode()?,
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
    /// `BackResult`.
    #[serde(
        rename = "BackResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub back_result: ::std::option::Option<BackResult>,
    /// `FaceResult`.
    #[serde(
        rename = "FaceResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub face_result: ::std::option::Option<FaceResult>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[
                ("back_result", d::opt(&self.back_result)),
                ("face_result", d::opt(&self.face_result)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["BackResult", "FaceResult"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.back_result = r.decode()?,
                1 => out.face_result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::recognize_driver_license`](crate::Client::recognize_driver_license) (`RecognizeDriverLicense`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDriverLicenseResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `374D8C7E-9ECC-4750-A87F-50571702F175`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeDriverLicenseResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeDriverLicenseResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeDriverLicenseResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeDriverLicenseResponse::default();
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

/// The values of `Side`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Side {
    /// `face`.
    Face,
    /// `back`.
    Back,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl Side {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Face => "face",
            Self::Back => "back",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for Side {
    fn from(value: &str) -> Self {
        match value {
            "face" => Self::Face,
            "back" => Self::Back,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for Side {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for Side {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for Side {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for Side {
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
