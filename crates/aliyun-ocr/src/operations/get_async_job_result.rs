//! `GetAsyncJobResult`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/ocr/2019-12-30/GetAsyncJobResult>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "GetAsyncJobResult",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "JobId",
            location: ::yun_core::internal::Location::Body,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::get_async_job_result`](crate::Client::get_async_job_result) (`GetAsyncJobResult`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Data` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::get_async_job_result`](crate::Client::get_async_job_result) (`GetAsyncJobResult`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
