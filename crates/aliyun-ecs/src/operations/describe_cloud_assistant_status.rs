//! `DescribeCloudAssistantStatus`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCloudAssistantStatus>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeCloudAssistantStatus",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OSType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_cloud_assistant_status`](crate::Client::describe_cloud_assistant_status) (`DescribeCloudAssistantStatus`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCloudAssistantStatusRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `OSType` (query).
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize` (query).
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `MaxResults` (query).
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeCloudAssistantStatusRequest {
    /// A `DescribeCloudAssistantStatusRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            os_type: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
    }
    /// Sets `OSType`.
    pub fn os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }
    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }
    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value);
        self
    }
}
/// The `InstanceCloudAssistantStatusSet.InstanceCloudAssistantStatus` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceCloudAssistantStatus {
    /// `ActiveTaskCount`.
    #[serde(
        rename = "ActiveTaskCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_task_count: ::std::option::Option<i64>,
    /// `CloudAssistantStatus`.
    #[serde(
        rename = "CloudAssistantStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_assistant_status: ::std::option::Option<::std::string::String>,
    /// `CloudAssistantVersion`.
    #[serde(
        rename = "CloudAssistantVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_assistant_version: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InvocationCount`.
    #[serde(
        rename = "InvocationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_count: ::std::option::Option<i64>,
    /// `LastHeartbeatTime`.
    #[serde(
        rename = "LastHeartbeatTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_heartbeat_time: ::std::option::Option<::std::string::String>,
    /// `LastInvokedTime`.
    #[serde(
        rename = "LastInvokedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_invoked_time: ::std::option::Option<::std::string::String>,
    /// `OSType`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `SupportSessionManager`.
    #[serde(
        rename = "SupportSessionManager",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_session_manager: ::std::option::Option<bool>,
}
/// The `InstanceCloudAssistantStatusSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceCloudAssistantStatusSet {
    /// `InstanceCloudAssistantStatus`.
    #[serde(
        rename = "InstanceCloudAssistantStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_cloud_assistant_status:
        ::std::option::Option<::std::vec::Vec<InstanceCloudAssistantStatus>>,
}
/// The response of [`Client::describe_cloud_assistant_status`](crate::Client::describe_cloud_assistant_status) (`DescribeCloudAssistantStatus`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeCloudAssistantStatusResponse {
    /// `InstanceCloudAssistantStatusSet`.
    #[serde(
        rename = "InstanceCloudAssistantStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_cloud_assistant_status_set: ::std::option::Option<InstanceCloudAssistantStatusSet>,
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}
