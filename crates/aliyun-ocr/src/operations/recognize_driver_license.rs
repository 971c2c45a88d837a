//! `RecognizeDriverLicense`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeDriverLicense>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeDriverLicense",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
    pub side: ::std::option::Option<::std::string::String>,
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
    pub fn side(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.side = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `Data.BackResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data.FaceResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::recognize_driver_license`](crate::Client::recognize_driver_license) (`RecognizeDriverLicense`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
