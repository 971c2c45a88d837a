//! `RecognizeDrivingLicense`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeDrivingLicense>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeDrivingLicense",
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

/// The request of [`Client::recognize_driving_license`](crate::Client::recognize_driving_license) (`RecognizeDrivingLicense`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDrivingLicenseRequest {
    /// `ImageURL` (form body). Required.
    ///
    /// Example: `http://viapi-test.oss-cn-shanghai.aliyuncs.com/viapi-3.0domepic/ocr/RecognizeDrivingLicense/xsz2.jpg`.
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

impl RecognizeDrivingLicenseRequest {
    /// A `RecognizeDrivingLicenseRequest` with its required members: `ImageURL`.
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

impl ::std::fmt::Debug for RecognizeDrivingLicenseRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeDrivingLicenseRequest",
            &[
                ("image_url", d::req(&self.image_url)),
                ("side", d::opt(&self.side)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeDrivingLicenseRequest {
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

        ::std::result::Result::Ok(RecognizeDrivingLicenseRequest {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageURL"))?,
            side: m_side,
        })
    }
}

/// The `Data.BackResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BackResult {
    /// `ApprovedLoad`.
    ///
    /// Example: `300`.
    #[serde(
        rename = "ApprovedLoad",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approved_load: ::std::option::Option<::yun_core::Text>,
    /// `ApprovedPassengerCapacity`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "ApprovedPassengerCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approved_passenger_capacity: ::std::option::Option<::yun_core::Text>,
    /// `EnergyType`.
    #[serde(
        rename = "EnergyType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub energy_type: ::std::option::Option<::yun_core::Text>,
    /// `FileNumber`.
    ///
    /// Example: `苏F123E9`.
    #[serde(
        rename = "FileNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_number: ::std::option::Option<::yun_core::Text>,
    /// `GrossMass`.
    ///
    /// Example: `2205`.
    #[serde(
        rename = "GrossMass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gross_mass: ::std::option::Option<::yun_core::Text>,
    /// `InspectionRecord`.
    ///
    /// Example: `检验有效期至2014年09月云A(01)`.
    #[serde(
        rename = "InspectionRecord",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inspection_record: ::std::option::Option<::yun_core::Text>,
    /// `OverallDimension`.
    ///
    /// Example: `4945x1845x1480`.
    #[serde(
        rename = "OverallDimension",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overall_dimension: ::std::option::Option<::yun_core::Text>,
    /// `PlateNumber`.
    ///
    /// Example: `苏F123E9`.
    #[serde(
        rename = "PlateNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_number: ::std::option::Option<::yun_core::Text>,
    /// `TractionMass`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "TractionMass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub traction_mass: ::std::option::Option<::yun_core::Text>,
    /// `UnladenMass`.
    ///
    /// Example: `2000`.
    #[serde(
        rename = "UnladenMass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unladen_mass: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for BackResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "BackResult",
            &[
                ("approved_load", d::opt(&self.approved_load)),
                (
                    "approved_passenger_capacity",
                    d::opt(&self.approved_passenger_capacity),
                ),
                ("energy_type", d::opt(&self.energy_type)),
                ("file_number", d::opt(&self.file_number)),
                ("gross_mass", d::opt(&self.gross_mass)),
                ("inspection_record", d::opt(&self.inspection_record)),
                ("overall_dimension", d::opt(&self.overall_dimension)),
                ("plate_number", d::opt(&self.plate_number)),
                ("traction_mass", d::opt(&self.traction_mass)),
                ("unladen_mass", d::opt(&self.unladen_mass)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for BackResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ApprovedLoad",
            "ApprovedPassengerCapacity",
            "EnergyType",
            "FileNumber",
            "GrossMass",
            "InspectionRecord",
            "OverallDimension",
            "PlateNumber",
            "TractionMass",
            "UnladenMass",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = BackResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.approved_load = r.decode()?,
                1 => out.approved_passenger_capacity = r.decode()?,
                2 => out.energy_type = r.decode()?,
                3 => out.file_number = r.decode()?,
                4 => out.gross_mass = r.decode()?,
                5 => out.inspection_record = r.decode()?,
                6 => out.overall_dimension = r.decode()?,
                7 => out.plate_number = r.decode()?,
                8 => out.traction_mass = r.decode()?,
                9 => out.unladen_mass = r.decode()?,
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
    /// Example: `中牟县三刘寨村`.
    #[serde(
        rename = "Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address: ::std::option::Option<::yun_core::Text>,
    /// `EngineNumber`.
    ///
    /// Example: `111111`.
    #[serde(
        rename = "EngineNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine_number: ::std::option::Option<::yun_core::Text>,
    /// `IssueDate`.
    ///
    /// Example: `20180313`.
    #[serde(
        rename = "IssueDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_date: ::std::option::Option<::yun_core::Text>,
    /// `Model`.
    ///
    /// Example: `大众汽车牌SVW6666DFD`.
    #[serde(
        rename = "Model",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model: ::std::option::Option<::yun_core::Text>,
    /// `Owner`.
    ///
    /// Example: `张三`.
    #[serde(
        rename = "Owner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::yun_core::Text>,
    /// `PlateNumber`.
    ///
    /// Example: `苏F123E9`.
    #[serde(
        rename = "PlateNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_number: ::std::option::Option<::yun_core::Text>,
    /// `RegisterDate`.
    ///
    /// Example: `20180312`.
    #[serde(
        rename = "RegisterDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub register_date: ::std::option::Option<::yun_core::Text>,
    /// `UseCharacter`.
    ///
    /// Example: `非营运`.
    #[serde(
        rename = "UseCharacter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_character: ::std::option::Option<::yun_core::Text>,
    /// `VehicleType`.
    ///
    /// Example: `小型普通客车`.
    #[serde(
        rename = "VehicleType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vehicle_type: ::std::option::Option<::yun_core::Text>,
    /// `Vin`.
    ///
    /// Example: `SSVUDDTT2J2022555`.
    #[serde(rename = "Vin", skip_serializing_if = "::std::option::Option::is_none")]
    pub vin: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for FaceResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "FaceResult",
            &[
                ("address", d::opt(&self.address)),
                ("engine_number", d::opt(&self.engine_number)),
                ("issue_date", d::opt(&self.issue_date)),
                ("model", d::opt(&self.model)),
                ("owner", d::opt(&self.owner)),
                ("plate_number", d::opt(&self.plate_number)),
                ("register_date", d::opt(&self.register_date)),
                ("use_character", d::opt(&self.use_character)),
                ("vehicle_type", d::opt(&self.vehicle_type)),
                ("vin", d::opt(&self.vin)),
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
            "EngineNumber",
            "IssueDate",
            "Model",
            "Owner",
            "PlateNumber",
            "RegisterDate",
            "UseCharacter",
            "VehicleType",
            "Vin",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = FaceResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.address = r.decode()?,
                1 => out.engine_number = r.decode()?,
                2 => out.issue_date = r.decode()?,
                3 => out.model = r.decode()?,
                4 => out.owner = r.decode()?,
                5 => out.plate_number = r.decode()?,
                6 => out.register_date = r.decode()?,
                7 => out.use_character = r.decode()?,
                8 => out.vehicle_type = r.decode()?,
                9 => out.vin = r.decode()?,
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

/// The response of [`Client::recognize_driving_license`](crate::Client::recognize_driving_license) (`RecognizeDrivingLicense`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDrivingLicenseResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `1DD989C1-4E08-4E04-9D5D-314901E91226`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RecognizeDrivingLicenseResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecognizeDrivingLicenseResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecognizeDrivingLicenseResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RecognizeDrivingLicenseResponse::default();
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
