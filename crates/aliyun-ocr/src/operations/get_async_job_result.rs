//! `GetAsyncJobResult`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/GetAsyncJobResult>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "GetAsyncJobResult",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "JobId",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The request of [`Client::get_async_job_result`](crate::Client::get_async_job_result) (`GetAsyncJobResult`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetAsyncJobResultRequest {
    /// `JobId` (form body). Required.
    #[serde(rename = "JobId")]
    pub job_id: ::std::string::String,
}

impl GetAsyncJobResultRequest {
    /// A `GetAsyncJobResultRequest` with its required members: `JobId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(job_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            job_id: job_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for GetAsyncJobResultRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = GetAsyncJobResultRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `GetAsyncJobResultRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<GetAsyncJobResultRequest, A::Error> {
                let mut m_job_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "JobId" => m_job_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(GetAsyncJobResultRequest {
                    job_id: m_job_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("JobId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `ErrorCode`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// `ErrorMessage`.
    #[serde(
        rename = "ErrorMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_message: ::std::option::Option<::std::string::String>,
    /// `JobId`.
    #[serde(
        rename = "JobId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub job_id: ::std::option::Option<::std::string::String>,
    /// `Result`.
    #[serde(
        rename = "Result",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
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
                        "ErrorCode" => out.error_code = map.next_value()?,
                        "ErrorMessage" => out.error_message = map.next_value()?,
                        "JobId" => out.job_id = map.next_value()?,
                        "Result" => out.result = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
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

/// The response of [`Client::get_async_job_result`](crate::Client::get_async_job_result) (`GetAsyncJobResult`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetAsyncJobResultResponse {
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

impl<'de> ::serde::Deserialize<'de> for GetAsyncJobResultResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = GetAsyncJobResultResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `GetAsyncJobResultResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<GetAsyncJobResultResponse, A::Error> {
                let mut out = GetAsyncJobResultResponse::default();
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
