//! `RecognizeQrCode`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/RecognizeQrCode>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RecognizeQrCode",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "Tasks",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The `Tasks` object of the request.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tasks {
    /// `ImageURL`. Required.
    #[serde(rename = "ImageURL")]
    pub image_url: ::std::string::String,
}

impl Tasks {
    /// A `Tasks` with its required members: `ImageURL`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for Tasks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tasks;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tasks` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tasks, A::Error> {
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

                ::std::result::Result::Ok(Tasks {
                    image_url: m_image_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageURL")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The request of [`Client::recognize_qr_code`](crate::Client::recognize_qr_code) (`RecognizeQrCode`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQrCodeRequest {
    /// `Tasks` (form body, sent as `Tasks.1`, `Tasks.2`, …). Required.
    ///
    /// At most 10 items.
    #[serde(rename = "Tasks")]
    pub tasks: ::std::vec::Vec<Tasks>,
}

impl RecognizeQrCodeRequest {
    /// A `RecognizeQrCodeRequest` with its required members: `Tasks`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(tasks: ::std::vec::Vec<Tasks>) -> Self {
        Self { tasks }
    }
}

impl<'de> ::serde::Deserialize<'de> for RecognizeQrCodeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeQrCodeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeQrCodeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeQrCodeRequest, A::Error> {
                let mut m_tasks: ::std::option::Option<::std::vec::Vec<Tasks>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Tasks" => m_tasks = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RecognizeQrCodeRequest {
                    tasks: m_tasks.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Tasks")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data.Elements.Results` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Results {
    /// `Label`.
    #[serde(
        rename = "Label",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub label: ::std::option::Option<::std::string::String>,
    /// `QrCodesData`.
    #[serde(
        rename = "QrCodesData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub qr_codes_data: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Rate`.
    #[serde(
        rename = "Rate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rate: ::std::option::Option<f64>,
    /// `Suggestion`.
    #[serde(
        rename = "Suggestion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub suggestion: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Results {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Results;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Results` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Results, A::Error> {
                let mut out = Results::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Label" => out.label = map.next_value()?,
                        "QrCodesData" => out.qr_codes_data = map.next_value()?,
                        "Rate" => out.rate = map.next_value()?,
                        "Suggestion" => out.suggestion = map.next_value()?,
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

/// The `Data.Elements` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Elements {
    /// `ImageURL`.
    #[serde(
        rename = "ImageURL",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_url: ::std::option::Option<::std::string::String>,
    /// `Results`.
    #[serde(
        rename = "Results",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub results: ::std::option::Option<::std::vec::Vec<Results>>,
    /// `TaskId`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Elements {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Elements;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Elements` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Elements, A::Error> {
                let mut out = Elements::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageURL" => out.image_url = map.next_value()?,
                        "Results" => out.results = map.next_value()?,
                        "TaskId" => out.task_id = map.next_value()?,
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
    /// `Elements`.
    #[serde(
        rename = "Elements",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elements: ::std::option::Option<::std::vec::Vec<Elements>>,
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
                        "Elements" => out.elements = map.next_value()?,
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

/// The response of [`Client::recognize_qr_code`](crate::Client::recognize_qr_code) (`RecognizeQrCode`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecognizeQrCodeResponse {
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

impl<'de> ::serde::Deserialize<'de> for RecognizeQrCodeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RecognizeQrCodeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RecognizeQrCodeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RecognizeQrCodeResponse, A::Error> {
                let mut out = RecognizeQrCodeResponse::default();
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
