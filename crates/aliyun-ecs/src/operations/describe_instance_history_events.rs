//! `DescribeInstanceHistoryEvents`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceHistoryEvents>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceHistoryEvents",
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
                name: "EventCycleStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NotBefore.Start",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NotBefore.End",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventPublishTime.Start",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventPublishTime.End",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImpactLevel",
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
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceEventCycleStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceEventType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// The request of [`Client::describe_instance_history_events`](crate::Client::describe_instance_history_events) (`DescribeInstanceHistoryEvents`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceHistoryEventsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query).
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `EventCycleStatus` (query).
    #[serde(
        rename = "EventCycleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_cycle_status: ::std::option::Option<::std::string::String>,
    /// `EventType` (query).
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<::std::string::String>,
    /// `NotBefore.Start` (query).
    #[serde(
        rename = "NotBefore.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before_start: ::std::option::Option<::std::string::String>,
    /// `NotBefore.End` (query).
    #[serde(
        rename = "NotBefore.End",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before_end: ::std::option::Option<::std::string::String>,
    /// `EventPublishTime.Start` (query).
    #[serde(
        rename = "EventPublishTime.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_publish_time_start: ::std::option::Option<::std::string::String>,
    /// `EventPublishTime.End` (query).
    #[serde(
        rename = "EventPublishTime.End",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_publish_time_end: ::std::option::Option<::std::string::String>,
    /// `ImpactLevel` (query).
    #[serde(
        rename = "ImpactLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub impact_level: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `ResourceType` (query).
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `EventId` (query, sent as `EventId.1`, `EventId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceEventCycleStatus` (query, sent as `InstanceEventCycleStatus.1`, `InstanceEventCycleStatus.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "InstanceEventCycleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_event_cycle_status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceEventType` (query, sent as `InstanceEventType.1`, `InstanceEventType.2`, …).
    ///
    /// At most 30 items.
    #[serde(
        rename = "InstanceEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_event_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ResourceId` (query, sent as `ResourceId.1`, `ResourceId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}
impl DescribeInstanceHistoryEventsRequest {
    /// A `DescribeInstanceHistoryEventsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            event_cycle_status: ::std::option::Option::None,
            event_type: ::std::option::Option::None,
            not_before_start: ::std::option::Option::None,
            not_before_end: ::std::option::Option::None,
            event_publish_time_start: ::std::option::Option::None,
            event_publish_time_end: ::std::option::Option::None,
            impact_level: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            resource_type: ::std::option::Option::None,
            event_id: ::std::option::Option::None,
            instance_event_cycle_status: ::std::option::Option::None,
            instance_event_type: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
        }
    }
    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `EventCycleStatus`.
    pub fn event_cycle_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_cycle_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `EventType`.
    pub fn event_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.event_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NotBefore.Start`.
    pub fn not_before_start(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_before_start = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NotBefore.End`.
    pub fn not_before_end(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.not_before_end = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `EventPublishTime.Start`.
    pub fn event_publish_time_start(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_publish_time_start = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `EventPublishTime.End`.
    pub fn event_publish_time_end(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_publish_time_end = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ImpactLevel`.
    pub fn impact_level(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.impact_level = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }
    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `EventId`.
    pub fn event_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.event_id = ::std::option::Option::Some(value);
        self
    }
    /// Sets `InstanceEventCycleStatus`.
    pub fn instance_event_cycle_status(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.instance_event_cycle_status = ::std::option::Option::Some(value);
        self
    }
    /// Sets `InstanceEventType`.
    pub fn instance_event_type(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.instance_event_type = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ResourceId`.
    pub fn resource_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `InstanceSystemEventSet.InstanceSystemEventType.EventCycleStatus` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EventCycleStatus {
    /// `Code`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<i64>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
/// The `InstanceSystemEventSet.InstanceSystemEventType.EventType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EventType {
    /// `Code`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<i64>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}
/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.InactiveDisks.InactiveDisk` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InactiveDisk {
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `DeviceCategory`.
    #[serde(
        rename = "DeviceCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_category: ::std::option::Option<::std::string::String>,
    /// `DeviceSize`.
    #[serde(
        rename = "DeviceSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_size: ::std::option::Option<::std::string::String>,
    /// `DeviceType`.
    #[serde(
        rename = "DeviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    /// `ReleaseTime`.
    #[serde(
        rename = "ReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_time: ::std::option::Option<::std::string::String>,
}
/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.InactiveDisks` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InactiveDisks {
    /// `InactiveDisk`.
    #[serde(
        rename = "InactiveDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inactive_disk: ::std::option::Option<::std::vec::Vec<InactiveDisk>>,
}
/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.MigrationOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MigrationOptions {
    /// `MigrationOption`.
    #[serde(
        rename = "MigrationOption",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_option: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExtendedAttribute {
    /// `CanAccept`.
    #[serde(
        rename = "CanAccept",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_accept: ::std::option::Option<::std::string::String>,
    /// `Code`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::std::string::String>,
    /// `Device`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `HostId`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::std::string::String>,
    /// `HostType`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::std::string::String>,
    /// `InactiveDisks`.
    #[serde(
        rename = "InactiveDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inactive_disks: ::std::option::Option<InactiveDisks>,
    /// `MigrationOptions`.
    #[serde(
        rename = "MigrationOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_options: ::std::option::Option<MigrationOptions>,
    /// `OnlineRepairPolicy`.
    #[serde(
        rename = "OnlineRepairPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_repair_policy: ::std::option::Option<::std::string::String>,
    /// `PunishDomain`.
    #[serde(
        rename = "PunishDomain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub punish_domain: ::std::option::Option<::std::string::String>,
    /// `PunishType`.
    #[serde(
        rename = "PunishType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub punish_type: ::std::option::Option<::std::string::String>,
    /// `PunishUrl`.
    #[serde(
        rename = "PunishUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub punish_url: ::std::option::Option<::std::string::String>,
    /// `Rack`.
    #[serde(
        rename = "Rack",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack: ::std::option::Option<::std::string::String>,
    /// `ResponseResult`.
    #[serde(
        rename = "ResponseResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_result: ::std::option::Option<::std::string::String>,
}
/// The `InstanceSystemEventSet.InstanceSystemEventType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSystemEventType {
    /// `EventCycleStatus`.
    #[serde(
        rename = "EventCycleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_cycle_status: ::std::option::Option<EventCycleStatus>,
    /// `EventFinishTime`.
    #[serde(
        rename = "EventFinishTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_finish_time: ::std::option::Option<::std::string::String>,
    /// `EventId`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::string::String>,
    /// `EventPublishTime`.
    #[serde(
        rename = "EventPublishTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_publish_time: ::std::option::Option<::std::string::String>,
    /// `EventType`.
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<EventType>,
    /// `ExtendedAttribute`.
    #[serde(
        rename = "ExtendedAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extended_attribute: ::std::option::Option<ExtendedAttribute>,
    /// `ImpactLevel`.
    #[serde(
        rename = "ImpactLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub impact_level: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `NotBefore`.
    #[serde(
        rename = "NotBefore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before: ::std::option::Option<::std::string::String>,
    /// `Reason`.
    #[serde(
        rename = "Reason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
    /// `ResourceType`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
}
/// The `InstanceSystemEventSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceSystemEventSet {
    /// `InstanceSystemEventType`.
    #[serde(
        rename = "InstanceSystemEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_system_event_type: ::std::option::Option<::std::vec::Vec<InstanceSystemEventType>>,
}
/// The response of [`Client::describe_instance_history_events`](crate::Client::describe_instance_history_events) (`DescribeInstanceHistoryEvents`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceHistoryEventsResponse {
    /// `InstanceSystemEventSet`.
    #[serde(
        rename = "InstanceSystemEventSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_system_event_set: ::std::option::Option<InstanceSystemEventSet>,
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
