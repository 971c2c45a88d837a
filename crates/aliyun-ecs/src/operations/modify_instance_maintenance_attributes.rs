//! `ModifyInstanceMaintenanceAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceMaintenanceAttributes>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceMaintenanceAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActionOnMaintenance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NotifyOnMaintenance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaintenanceWindow",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The `MaintenanceWindow` object of the request.
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
impl MaintenanceWindow {
    /// An empty `MaintenanceWindow`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            end_time: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
        }
    }
    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
}
/// The request of [`Client::modify_instance_maintenance_attributes`](crate::Client::modify_instance_maintenance_attributes) (`ModifyInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceMaintenanceAttributesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ActionOnMaintenance` (query).
    #[serde(
        rename = "ActionOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_on_maintenance: ::std::option::Option<::std::string::String>,
    /// `NotifyOnMaintenance` (query).
    #[serde(
        rename = "NotifyOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_on_maintenance: ::std::option::Option<bool>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `MaintenanceWindow` (query, sent as `MaintenanceWindow.1`, `MaintenanceWindow.2`, …).
    ///
    /// At most 1 items.
    #[serde(
        rename = "MaintenanceWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_window: ::std::option::Option<::std::vec::Vec<MaintenanceWindow>>,
}
impl ModifyInstanceMaintenanceAttributesRequest {
    /// A `ModifyInstanceMaintenanceAttributesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            action_on_maintenance: ::std::option::Option::None,
            notify_on_maintenance: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            maintenance_window: ::std::option::Option::None,
        }
    }
    /// Sets `ActionOnMaintenance`.
    pub fn action_on_maintenance(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.action_on_maintenance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NotifyOnMaintenance`.
    pub fn notify_on_maintenance(mut self, value: bool) -> Self {
        self.notify_on_maintenance = ::std::option::Option::Some(value);
        self
    }
    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value);
        self
    }
    /// Sets `MaintenanceWindow`.
    pub fn maintenance_window(mut self, value: ::std::vec::Vec<MaintenanceWindow>) -> Self {
        self.maintenance_window = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::modify_instance_maintenance_attributes`](crate::Client::modify_instance_maintenance_attributes) (`ModifyInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceMaintenanceAttributesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
