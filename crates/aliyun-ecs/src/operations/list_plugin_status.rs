//! `ListPluginStatus`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ListPluginStatus>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ListPluginStatus",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
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
        ],
    };
/// The request of [`Client::list_plugin_status`](crate::Client::list_plugin_status) (`ListPluginStatus`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListPluginStatusRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 51 items.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Name` (query).
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
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
}
impl ListPluginStatusRequest {
    /// A `ListPluginStatusRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }
    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
}
/// The `InstancePluginStatusSet.InstancePluginStatus.PluginStatusSet.PluginStatus` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PluginStatus {
    /// `FirstHeartbeatTime`.
    #[serde(
        rename = "FirstHeartbeatTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_heartbeat_time: ::std::option::Option<::std::string::String>,
    /// `LastHeartbeatTime`.
    #[serde(
        rename = "LastHeartbeatTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_heartbeat_time: ::std::option::Option<::std::string::String>,
    /// `PluginName`.
    #[serde(
        rename = "PluginName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_name: ::std::option::Option<::std::string::String>,
    /// `PluginStatus`.
    #[serde(
        rename = "PluginStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_status: ::std::option::Option<::std::string::String>,
    /// `PluginVersion`.
    #[serde(
        rename = "PluginVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_version: ::std::option::Option<::std::string::String>,
}
/// The `InstancePluginStatusSet.InstancePluginStatus.PluginStatusSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PluginStatusSet {
    /// `PluginStatus`.
    #[serde(
        rename = "PluginStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_status: ::std::option::Option<::std::vec::Vec<PluginStatus>>,
}
/// The `InstancePluginStatusSet.InstancePluginStatus` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstancePluginStatus {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `PluginStatusSet`.
    #[serde(
        rename = "PluginStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_status_set: ::std::option::Option<PluginStatusSet>,
}
/// The `InstancePluginStatusSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstancePluginStatusSet {
    /// `InstancePluginStatus`.
    #[serde(
        rename = "InstancePluginStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_plugin_status: ::std::option::Option<::std::vec::Vec<InstancePluginStatus>>,
}
/// The response of [`Client::list_plugin_status`](crate::Client::list_plugin_status) (`ListPluginStatus`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListPluginStatusResponse {
    /// `InstancePluginStatusSet`.
    #[serde(
        rename = "InstancePluginStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_plugin_status_set: ::std::option::Option<InstancePluginStatusSet>,
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
