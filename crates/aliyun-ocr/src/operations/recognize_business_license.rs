//! `RecognizeBusinessLicense`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeBusinessLicense>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeBusinessLicense",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "ImageURL",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The request of [`Client::recognize_business_license`](crate::Client::recognize_business_license) (`RecognizeBusinessLicense`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeBusinessLicenseRequest {
    /// `ImageURL` (form body). Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl RecognizeBusinessLicenseRequest {
    /// A `RecognizeBusinessLicenseRequest` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for RecognizeBusinessLicenseRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeBusinessLicenseRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeBusinessLicenseRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeBusinessLicenseRequest, A::Error> {
                let mut m_image_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageURL" => m_image_url = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeBusinessLicenseRequest {
                    image_url: m_image_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageURL")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Emblem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Emblem {
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Emblem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Emblem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Emblem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Emblem, A::Error> {
                let mut out = Emblem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Height" => out.height = map.next_value()?,
                        "Left" => out.left = map.next_value()?,
                        "Top" => out.top = map.next_value()?,
                        "Width" => out.width = map.next_value()?,
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

/// The `Data.QRCode` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct QrCode {
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for QrCode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = QrCode;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `QrCode` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<QrCode, A::Error> {
                let mut out = QrCode::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Height" => out.height = map.next_value()?,
                        "Left" => out.left = map.next_value()?,
                        "Top" => out.top = map.next_value()?,
                        "Width" => out.width = map.next_value()?,
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

/// The `Data.Stamp` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Stamp {
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Stamp {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Stamp;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Stamp` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Stamp, A::Error> {
                let mut out = Stamp::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Height" => out.height = map.next_value()?,
                        "Left" => out.left = map.next_value()?,
                        "Top" => out.top = map.next_value()?,
                        "Width" => out.width = map.next_value()?,
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

/// The `Data.Title` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Title {
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<i64>,
    /// `Left`.
    #[serde(
        rename = "Left",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub left: ::std::option::Option<i64>,
    /// `Top`.
    #[serde(rename = "Top", skip_serializing_if = "::std::option::Option::is_none")]
    pub top: ::std::option::Option<i64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Title {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Title;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Title` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Title, A::Error> {
                let mut out = Title::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Height" => out.height = map.next_value()?,
                        "Left" => out.left = map.next_value()?,
                        "Top" => out.top = map.next_value()?,
                        "Width" => out.width = map.next_value()?,
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
    /// `Address`.
    #[serde(
        rename = "Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address: ::std::option::Option<::std::string::String>,
    /// `Angle`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<f64>,
    /// `Business`.
    #[serde(
        rename = "Business",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business: ::std::option::Option<::std::string::String>,
    /// `Capital`.
    #[serde(
        rename = "Capital",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capital: ::std::option::Option<::std::string::String>,
    /// `Emblem`.
    #[serde(
        rename = "Emblem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub emblem: ::std::option::Option<Emblem>,
    /// `EstablishDate`.
    #[serde(
        rename = "EstablishDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub establish_date: ::std::option::Option<::std::string::String>,
    /// `LegalPerson`.
    #[serde(
        rename = "LegalPerson",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub legal_person: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `QRCode`.
    #[serde(
        rename = "QRCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub qr_code: ::std::option::Option<QrCode>,
    /// `RegisterNumber`.
    #[serde(
        rename = "RegisterNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub register_number: ::std::option::Option<::std::string::String>,
    /// `Stamp`.
    #[serde(
        rename = "Stamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stamp: ::std::option::Option<Stamp>,
    /// `Title`.
    #[serde(
        rename = "Title",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub title: ::std::option::Option<Title>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `ValidPeriod`.
    #[serde(
        rename = "ValidPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_period: ::std::option::Option<::std::string::String>,
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
                        "Address" => out.address = map.next_value()?,
                        "Angle" => out.angle = map.next_value()?,
                        "Business" => out.business = map.next_value()?,
                        "Capital" => out.capital = map.next_value()?,
                        "Emblem" => out.emblem = map.next_value()?,
                        "EstablishDate" => out.establish_date = map.next_value()?,
                        "LegalPerson" => out.legal_person = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
                        "QRCode" => out.qr_code = map.next_value()?,
                        "RegisterNumber" => out.register_number = map.next_value()?,
                        "Stamp" => out.stamp = map.next_value()?,
                        "Title" => out.title = map.next_value()?,
                        "Type" => out.r#type = map.next_value()?,
                        "ValidPeriod" => out.valid_period = map.next_value()?,
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

/// The response of [`Client::recognize_business_license`](crate::Client::recognize_business_license) (`RecognizeBusinessLicense`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeBusinessLicenseResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeBusinessLicenseResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeBusinessLicenseResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeBusinessLicenseResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeBusinessLicenseResponse, A::Error> {
                let mut out = RecognizeBusinessLicenseResponse::default();
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
