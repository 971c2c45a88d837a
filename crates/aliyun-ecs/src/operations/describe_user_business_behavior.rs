//! `DescribeUserBusinessBehavior`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeUserBusinessBehavior>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeUserBusinessBehavior",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "statusKey",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_user_business_behavior`](crate::Client::describe_user_business_behavior) (`DescribeUserBusinessBehavior`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeUserBusinessBehaviorRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `statusKey` (query). Required.
    #[serde(rename = "statusKey")]
    pub status_key: ::std::string::String,
}
impl DescribeUserBusinessBehaviorRequest {
    /// A `DescribeUserBusinessBehaviorRequest` with its required members: `statusKey`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(status_key: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            status_key: status_key.into(),
        }
    }
    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::describe_user_business_behavior`](crate::Client::describe_user_business_behavior) (`DescribeUserBusinessBehavior`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeUserBusinessBehaviorResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `StatusValue`.
    #[serde(
        rename = "StatusValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_value: ::std::option::Option<::std::string::String>,
}
