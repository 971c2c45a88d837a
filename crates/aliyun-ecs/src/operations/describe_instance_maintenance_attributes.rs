//! `DescribeInstanceMaintenanceAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceMaintenanceAttributes>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceMaintenanceAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_instance_maintenance_attributes`](crate::Client::describe_instance_maintenance_attributes) (`DescribeInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceMaintenanceAttributesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl DescribeInstanceMaintenanceAttributesRequest {
    /// A `DescribeInstanceMaintenanceAttributesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
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
    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value);
        self
    }
}
/// The `MaintenanceAttributes.MaintenanceAttribute.ActionOnMaintenance.SupportedValues` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SupportedValues {
    /// `SupportedValue`.
    #[serde(
        rename = "SupportedValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `MaintenanceAttributes.MaintenanceAttribute.ActionOnMaintenance` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ActionOnMaintenance {
    /// `DefaultValue`.
    #[serde(
        rename = "DefaultValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_value: ::std::option::Option<::std::string::String>,
    /// `SupportedValues`.
    #[serde(
        rename = "SupportedValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_values: ::std::option::Option<SupportedValues>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
/// The `MaintenanceAttributes.MaintenanceAttribute.MaintenanceWindows.MaintenanceWindow` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceWindow {
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
}
/// The `MaintenanceAttributes.MaintenanceAttribute.MaintenanceWindows` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceWindows {
    /// `MaintenanceWindow`.
    #[serde(
        rename = "MaintenanceWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_window: ::std::option::Option<::std::vec::Vec<MaintenanceWindow>>,
}
/// The `MaintenanceAttributes.MaintenanceAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceAttribute {
    /// `ActionOnMaintenance`.
    #[serde(
        rename = "ActionOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_on_maintenance: ::std::option::Option<ActionOnMaintenance>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `MaintenanceWindows`.
    #[serde(
        rename = "MaintenanceWindows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_windows: ::std::option::Option<MaintenanceWindows>,
    /// `NotifyOnMaintenance`.
    #[serde(
        rename = "NotifyOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_on_maintenance: ::std::option::Option<bool>,
}
/// The `MaintenanceAttributes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MaintenanceAttributes {
    /// `MaintenanceAttribute`.
    #[serde(
        rename = "MaintenanceAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_attribute: ::std::option::Option<::std::vec::Vec<MaintenanceAttribute>>,
}
/// The response of [`Client::describe_instance_maintenance_attributes`](crate::Client::describe_instance_maintenance_attributes) (`DescribeInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceMaintenanceAttributesResponse {
    /// `MaintenanceAttributes`.
    #[serde(
        rename = "MaintenanceAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_attributes: ::std::option::Option<MaintenanceAttributes>,
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
