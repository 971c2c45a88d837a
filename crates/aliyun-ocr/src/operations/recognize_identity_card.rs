//! `RecognizeIdentityCard`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeIdentityCard>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeIdentityCard",
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

/// The request of [`Client::recognize_identity_card`](crate::Client::recognize_identity_card) (`RecognizeIdentityCard`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeIdentityCardRequest {
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

impl RecognizeIdentityCardRequest {
    /// A `RecognizeIdentityCardRequest` with its required members: `ImageURL`.
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

impl<'de> ::serde::Deserialize<'de> for RecognizeIdentityCardRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeIdentityCardRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeIdentityCardRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeIdentityCardRequest, A::Error> {
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

                ::std::result::Result::Ok(RecognizeIdentityCardRequest {
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
    /// `EndDate`.
    #[serde(
        rename = "EndDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// `Issue`.
    #[serde(
        rename = "Issue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue: ::std::option::Option<::std::string::String>,
    /// `StartDate`.
    #[serde(
        rename = "StartDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_date: ::std::option::Option<::std::string::String>,
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
                        "EndDate" => out.end_date = map.next_value()?,
                        "Issue" => out.issue = map.next_value()?,
                        "StartDate" => out.start_date = map.next_value()?,
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

/// The `Data.FrontResult.CardAreas` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CardAreas {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for CardAreas {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CardAreas;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CardAreas` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CardAreas, A::Error> {
                let mut out = CardAreas::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "X" => out.x = map.next_value()?,
                        "Y" => out.y = map.next_value()?,
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

/// The `Data.FrontResult.FaceRectVertices` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FaceRectVertices {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for FaceRectVertices {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = FaceRectVertices;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `FaceRectVertices` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<FaceRectVertices, A::Error> {
                let mut out = FaceRectVertices::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "X" => out.x = map.next_value()?,
                        "Y" => out.y = map.next_value()?,
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

/// The `Data.FrontResult.FaceRectangle.Center` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Center {
    /// `X`.
    #[serde(rename = "X", skip_serializing_if = "::std::option::Option::is_none")]
    pub x: ::std::option::Option<f64>,
    /// `Y`.
    #[serde(rename = "Y", skip_serializing_if = "::std::option::Option::is_none")]
    pub y: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for Center {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Center;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Center` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Center, A::Error> {
                let mut out = Center::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "X" => out.x = map.next_value()?,
                        "Y" => out.y = map.next_value()?,
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

/// The `Data.FrontResult.FaceRectangle.Size` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Size {
    /// `Height`.
    #[serde(
        rename = "Height",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub height: ::std::option::Option<f64>,
    /// `Width`.
    #[serde(
        rename = "Width",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for Size {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Size;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Size` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Size, A::Error> {
                let mut out = Size::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Height" => out.height = map.next_value()?,
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

/// The `Data.FrontResult.FaceRectangle` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FaceRectangle {
    /// `Angle`.
    #[serde(
        rename = "Angle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub angle: ::std::option::Option<f64>,
    /// `Center`.
    #[serde(
        rename = "Center",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub center: ::std::option::Option<Center>,
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<Size>,
}

impl<'de> ::serde::Deserialize<'de> for FaceRectangle {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = FaceRectangle;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `FaceRectangle` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<FaceRectangle, A::Error> {
                let mut out = FaceRectangle::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Angle" => out.angle = map.next_value()?,
                        "Center" => out.center = map.next_value()?,
                        "Size" => out.size = map.next_value()?,
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

/// The `Data.FrontResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FrontResult {
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
    /// `CardAreas`.
    #[serde(
        rename = "CardAreas",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_areas: ::std::option::Option<::std::vec::Vec<CardAreas>>,
    /// `FaceRectVertices`.
    #[serde(
        rename = "FaceRectVertices",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub face_rect_vertices: ::std::option::Option<::std::vec::Vec<FaceRectVertices>>,
    /// `FaceRectangle`.
    #[serde(
        rename = "FaceRectangle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub face_rectangle: ::std::option::Option<FaceRectangle>,
    /// `Gender`.
    #[serde(
        rename = "Gender",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gender: ::std::option::Option<::std::string::String>,
    /// `IDNumber`.
    #[serde(
        rename = "IDNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id_number: ::std::option::Option<::std::string::String>,
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
}

impl<'de> ::serde::Deserialize<'de> for FrontResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = FrontResult;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `FrontResult` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<FrontResult, A::Error> {
                let mut out = FrontResult::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Address" => out.address = map.next_value()?,
                        "BirthDate" => out.birth_date = map.next_value()?,
                        "CardAreas" => out.card_areas = map.next_value()?,
                        "FaceRectVertices" => out.face_rect_vertices = map.next_value()?,
                        "FaceRectangle" => out.face_rectangle = map.next_value()?,
                        "Gender" => out.gender = map.next_value()?,
                        "IDNumber" => out.id_number = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
                        "Nationality" => out.nationality = map.next_value()?,
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
    /// `FrontResult`.
    #[serde(
        rename = "FrontResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub front_result: ::std::option::Option<FrontResult>,
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
                        "FrontResult" => out.front_result = map.next_value()?,
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

/// The response of [`Client::recognize_identity_card`](crate::Client::recognize_identity_card) (`RecognizeIdentityCard`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeIdentityCardResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeIdentityCardResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeIdentityCardResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeIdentityCardResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeIdentityCardResponse, A::Error> {
                let mut out = RecognizeIdentityCardResponse::default();
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
