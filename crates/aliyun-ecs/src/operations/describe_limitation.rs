//! `DescribeLimitation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeLimitation>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeLimitation",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "Limitation",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::describe_limitation`](crate::Client::describe_limitation) (`DescribeLimitation`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeLimitationRequest {
    /// `Limitation` (query). Required.
    #[serde(rename = "Limitation")]
    pub limitation: ::std::string::String,
}
impl DescribeLimitationRequest {
    /// A `DescribeLimitationRequest` with its required members: `Limitation`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(limitation: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            limitation: limitation.into(),
        }
    }
}
/// The response of [`Client::describe_limitation`](crate::Client::describe_limitation) (`DescribeLimitation`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeLimitationResponse {
    /// `Limitation`.
    #[serde(
        rename = "Limitation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limitation: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
