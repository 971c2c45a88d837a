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

/// The request of [`Client::recognize_driver_license`](crate::Client::recognize_driver_license) (`RecognizeDriverLicense`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDriverLicenseRequest {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeDriverLicenseRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeDriverLicenseRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeDriverLicenseRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeDriverLicenseRequest, A::Error> {
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

                ::std::result::Result::Ok(RecognizeDriverLicenseRequest {
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
    /// `ArchiveNumber`.
    #[serde(
        rename = "ArchiveNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub archive_number: ::std::option::Option<::std::string::String>,
    /// `CardNumber`.
    #[serde(
        rename = "CardNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_number: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Record`.
    #[serde(
        rename = "Record",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub record: ::std::option::Option<::std::string::String>,
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
                        "ArchiveNumber" => out.archive_number = map.next_value()?,
                        "CardNumber" => out.card_number = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
                        "Record" => out.record = map.next_value()?,
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
    /// `BirthDate`.
    #[serde(
        rename = "BirthDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub birth_date: ::std::option::Option<::std::string::String>,
    /// `EndDate`.
    #[serde(
        rename = "EndDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// `Gender`.
    #[serde(
        rename = "Gender",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gender: ::std::option::Option<::std::string::String>,
    /// `IssueDate`.
    #[serde(
        rename = "IssueDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_date: ::std::option::Option<::std::string::String>,
    /// `IssueUnit`.
    #[serde(
        rename = "IssueUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_unit: ::std::option::Option<::std::string::String>,
    /// `LicenseNumber`.
    #[serde(
        rename = "LicenseNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_number: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Nationality`.
    #[serde(
        rename = "Nationality",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nationality: ::std::option::Option<::std::string::String>,
    /// `StartDate`.
    #[serde(
        rename = "StartDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_date: ::std::option::Option<::std::string::String>,
    /// `VehicleType`.
    #[serde(
        rename = "VehicleType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vehicle_type: ::std::option::Option<::std::string::String>,
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
                        "BirthDate" => out.birth_date = map.next_value()?,
                        "EndDate" => out.end_date = map.next_value()?,
                        "Gender" => out.gender = map.next_value()?,
                        "IssueDate" => out.issue_date = map.next_value()?,
                        "IssueUnit" => out.issue_unit = map.next_value()?,
                        "LicenseNumber" => out.license_number = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
                        "Nationality" => out.nationality = map.next_value()?,
                        "StartDate" => out.start_date = map.next_value()?,
                        "VehicleType" => out.vehicle_type = map.next_value()?,
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

/// The response of [`Client::recognize_driver_license`](crate::Client::recognize_driver_license) (`RecognizeDriverLicense`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeDriverLicenseResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeDriverLicenseResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeDriverLicenseResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeDriverLicenseResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeDriverLicenseResponse, A::Error> {
                let mut out = RecognizeDriverLicenseResponse::default();
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
