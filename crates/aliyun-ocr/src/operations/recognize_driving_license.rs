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
    };

/// The request of [`Client::recognize_driving_license`](crate::Client::recognize_driving_license) (`RecognizeDrivingLicense`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDrivingLicenseRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
    /// `Side` (form body).
    ///
    /// Allowed values: `face`, `back`.
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

impl<'de> ::serde::Deserialize<'de> for RecognizeDrivingLicenseRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeDrivingLicenseRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeDrivingLicenseRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeDrivingLicenseRequest, A::Error> {
                let mut m_image_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_side: ::std::option::Option<Side> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageURL" => m_image_url = map.next_value()?,
                        "Side" => m_side = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeDrivingLicenseRequest {
                    image_url: m_image_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageURL")
                    })?,
                    side: m_side,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.BackResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BackResult {
    /// `ApprovedLoad`.
    #[serde(
        rename = "ApprovedLoad",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approved_load: ::std::option::Option<::std::string::String>,
    /// `ApprovedPassengerCapacity`.
    #[serde(
        rename = "ApprovedPassengerCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approved_passenger_capacity: ::std::option::Option<::std::string::String>,
    /// `EnergyType`.
    #[serde(
        rename = "EnergyType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub energy_type: ::std::option::Option<::std::string::String>,
    /// `FileNumber`.
    #[serde(
        rename = "FileNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_number: ::std::option::Option<::std::string::String>,
    /// `GrossMass`.
    #[serde(
        rename = "GrossMass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gross_mass: ::std::option::Option<::std::string::String>,
    /// `InspectionRecord`.
    #[serde(
        rename = "InspectionRecord",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inspection_record: ::std::option::Option<::std::string::String>,
    /// `OverallDimension`.
    #[serde(
        rename = "OverallDimension",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overall_dimension: ::std::option::Option<::std::string::String>,
    /// `PlateNumber`.
    #[serde(
        rename = "PlateNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_number: ::std::option::Option<::std::string::String>,
    /// `TractionMass`.
    #[serde(
        rename = "TractionMass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub traction_mass: ::std::option::Option<::std::string::String>,
    /// `UnladenMass`.
    #[serde(
        rename = "UnladenMass",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unladen_mass: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for BackResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = BackResult;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `BackResult` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<BackResult, A::Error> {
                let mut out = BackResult::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ApprovedLoad" => out.approved_load = map.next_value()?,
                        "ApprovedPassengerCapacity" => {
                            out.approved_passenger_capacity = map.next_value()?;
                        }

                        "EnergyType" => out.energy_type = map.next_value()?,
                        "FileNumber" => out.file_number = map.next_value()?,
                        "GrossMass" => out.gross_mass = map.next_value()?,
                        "InspectionRecord" => out.inspection_record = map.next_value()?,
                        "OverallDimension" => out.overall_dimension = map.next_value()?,
                        "PlateNumber" => out.plate_number = map.next_value()?,
                        "TractionMass" => out.traction_mass = map.next_value()?,
                        "UnladenMass" => out.unladen_mass = map.next_value()?,
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

/// The `Data.FaceResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FaceResult {
    /// `Address`.
    #[serde(
        rename = "Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address: ::std::option::Option<::std::string::String>,
    /// `EngineNumber`.
    #[serde(
        rename = "EngineNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub engine_number: ::std::option::Option<::std::string::String>,
    /// `IssueDate`.
    #[serde(
        rename = "IssueDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_date: ::std::option::Option<::std::string::String>,
    /// `Model`.
    #[serde(
        rename = "Model",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model: ::std::option::Option<::std::string::String>,
    /// `Owner`.
    #[serde(
        rename = "Owner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::std::string::String>,
    /// `PlateNumber`.
    #[serde(
        rename = "PlateNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plate_number: ::std::option::Option<::std::string::String>,
    /// `RegisterDate`.
    #[serde(
        rename = "RegisterDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub register_date: ::std::option::Option<::std::string::String>,
    /// `UseCharacter`.
    #[serde(
        rename = "UseCharacter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_character: ::std::option::Option<::std::string::String>,
    /// `VehicleType`.
    #[serde(
        rename = "VehicleType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vehicle_type: ::std::option::Option<::std::string::String>,
    /// `Vin`.
    #[serde(rename = "Vin", skip_serializing_if = "::std::option::Option::is_none")]
    pub vin: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for FaceResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = FaceResult;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `FaceResult` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<FaceResult, A::Error> {
                let mut out = FaceResult::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Address" => out.address = map.next_value()?,
                        "EngineNumber" => out.engine_number = map.next_value()?,
                        "IssueDate" => out.issue_date = map.next_value()?,
                        "Model" => out.model = map.next_value()?,
                        "Owner" => out.owner = map.next_value()?,
                        "PlateNumber" => out.plate_number = map.next_value()?,
                        "RegisterDate" => out.register_date = map.next_value()?,
                        "UseCharacter" => out.use_character = map.next_value()?,
                        "VehicleType" => out.vehicle_type = map.next_value()?,
                        "Vin" => out.vin = map.next_value()?,
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
                        "BackResult" => out.back_result = map.next_value()?,
                        "FaceResult" => out.face_result = map.next_value()?,
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

/// The response of [`Client::recognize_driving_license`](crate::Client::recognize_driving_license) (`RecognizeDrivingLicense`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDrivingLicenseResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeDrivingLicenseResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeDrivingLicenseResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeDrivingLicenseResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeDrivingLicenseResponse, A::Error> {
                let mut out = RecognizeDrivingLicenseResponse::default();
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

/// The values of `Side`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Side {
    /// `face`.
    Face,
    /// `back`.
    Back,
    /// A value not in the metadata.
    Unknown(::std::string::String),
}

impl Side {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Face => "face",
            Self::Back => "back",
            Self::Unknown(other) => other,
        }
    }
}

impl ::std::convert::From<&str> for Side {
    fn from(value: &str) -> Self {
        match value {
            "face" => Self::Face,
            "back" => Self::Back,
            other => Self::Unknown(other.to_owned()),
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

impl<'de> ::serde::Deserialize<'de> for Side {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let text: ::std::string::String = ::serde::Deserialize::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(text))
    }
}
