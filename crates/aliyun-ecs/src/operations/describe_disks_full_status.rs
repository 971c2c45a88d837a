//! `DescribeDisksFullStatus`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDisksFullStatus>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDisksFullStatus",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HealthStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventTime.Start",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventTime.End",
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
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for Tag {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = Tag::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (3, "Key") => out.key = r.decode()?,
                (5, "Value") => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::describe_disks_full_status`](crate::Client::describe_disks_full_status) (`DescribeDisksFullStatus`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisksFullStatusRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `HealthStatus` (query).
    #[serde(
        rename = "HealthStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_status: ::std::option::Option<::std::string::String>,
    /// `EventType` (query).
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<::std::string::String>,
    /// `EventTime.Start` (query).
    #[serde(
        rename = "EventTime.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_time_start: ::std::option::Option<::std::string::String>,
    /// `EventTime.End` (query).
    #[serde(
        rename = "EventTime.End",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_time_end: ::std::option::Option<::std::string::String>,
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
    /// `DiskId` (query, sent as `DiskId.1`, `DiskId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `EventId` (query, sent as `EventId.1`, `EventId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl DescribeDisksFullStatusRequest {
    /// A `DescribeDisksFullStatusRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            status: ::std::option::Option::None,
            health_status: ::std::option::Option::None,
            event_type: ::std::option::Option::None,
            event_time_start: ::std::option::Option::None,
            event_time_end: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            event_id: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HealthStatus`.
    pub fn health_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.health_status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EventType`.
    pub fn event_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.event_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EventTime.Start`.
    pub fn event_time_start(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_time_start = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EventTime.End`.
    pub fn event_time_end(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.event_time_end = ::std::option::Option::Some(value.into());
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

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EventId`.
    pub fn event_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.event_id = ::std::option::Option::Some(value);
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for DescribeDisksFullStatusRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_health_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_event_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_event_time_start: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_event_time_end: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (8, "RegionId") => m_region_id = r.decode()?,
                (6, "Status") => m_status = r.decode()?,
                (12, "HealthStatus") => m_health_status = r.decode()?,
                (9, "EventType") => m_event_type = r.decode()?,
                (15, "EventTime.Start") => m_event_time_start = r.decode()?,
                (13, "EventTime.End") => m_event_time_end = r.decode()?,
                (10, "PageNumber") => m_page_number = r.decode()?,
                (8, "PageSize") => m_page_size = r.decode()?,
                (6, "DiskId") => m_disk_id = r.decode()?,
                (7, "EventId") => m_event_id = r.decode()?,
                (15, "ResourceGroupId") => m_resource_group_id = r.decode()?,
                (3, "Tag") => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDisksFullStatusRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            status: m_status,
            health_status: m_health_status,
            event_type: m_event_type,
            event_time_start: m_event_time_start,
            event_time_end: m_event_time_end,
            page_number: m_page_number,
            page_size: m_page_size,
            disk_id: m_disk_id,
            event_id: m_event_id,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
        })
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType.DiskEventSet.DiskEventType.EventType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub name: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for EventType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = EventType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (4, "Code") => out.code = r.decode()?,
                (4, "Name") => out.name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType.DiskEventSet.DiskEventType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskEventType {
    /// `EventEndTime`.
    #[serde(
        rename = "EventEndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_end_time: ::std::option::Option<::yun_core::Text>,
    /// `EventId`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::yun_core::Text>,
    /// `EventTime`.
    #[serde(
        rename = "EventTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_time: ::std::option::Option<::yun_core::Text>,
    /// `EventType`.
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<EventType>,
    /// `ImpactLevel`.
    #[serde(
        rename = "ImpactLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub impact_level: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for DiskEventType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = DiskEventType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (12, "EventEndTime") => out.event_end_time = r.decode()?,
                (7, "EventId") => out.event_id = r.decode()?,
                (9, "EventTime") => out.event_time = r.decode()?,
                (9, "EventType") => out.event_type = r.decode()?,
                (11, "ImpactLevel") => out.impact_level = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType.DiskEventSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskEventSet {
    /// `DiskEventType`.
    #[serde(
        rename = "DiskEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_event_type: ::std::option::Option<::std::vec::Vec<DiskEventType>>,
}

impl ::yun_core::json::Decode for DiskEventSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = DiskEventSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (13, "DiskEventType") => out.disk_event_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType.HealthStatus` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HealthStatus {
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
    pub name: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for HealthStatus {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = HealthStatus::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (4, "Code") => out.code = r.decode()?,
                (4, "Name") => out.name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType.Status` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Status {
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
    pub name: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for Status {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = Status::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (4, "Code") => out.code = r.decode()?,
                (4, "Name") => out.name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskFullStatusType {
    /// `Device`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `DiskEventSet`.
    #[serde(
        rename = "DiskEventSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_event_set: ::std::option::Option<DiskEventSet>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `HealthStatus`.
    #[serde(
        rename = "HealthStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_status: ::std::option::Option<HealthStatus>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<Status>,
}

impl ::yun_core::json::Decode for DiskFullStatusType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = DiskFullStatusType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (6, "Device") => out.device = r.decode()?,
                (12, "DiskEventSet") => out.disk_event_set = r.decode()?,
                (6, "DiskId") => out.disk_id = r.decode()?,
                (12, "HealthStatus") => out.health_status = r.decode()?,
                (10, "InstanceId") => out.instance_id = r.decode()?,
                (6, "Status") => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskFullStatusSet {
    /// `DiskFullStatusType`.
    #[serde(
        rename = "DiskFullStatusType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_full_status_type: ::std::option::Option<::std::vec::Vec<DiskFullStatusType>>,
}

impl ::yun_core::json::Decode for DiskFullStatusSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = DiskFullStatusSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (18, "DiskFullStatusType") => out.disk_full_status_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_disks_full_status`](crate::Client::describe_disks_full_status) (`DescribeDisksFullStatus`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisksFullStatusResponse {
    /// `DiskFullStatusSet`.
    #[serde(
        rename = "DiskFullStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_full_status_set: ::std::option::Option<DiskFullStatusSet>,
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
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl ::yun_core::json::Decode for DescribeDisksFullStatusResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut out = DescribeDisksFullStatusResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(key) = members.next(r)? {
            match (key.len(), &*key) {
                (17, "DiskFullStatusSet") => out.disk_full_status_set = r.decode()?,
                (10, "PageNumber") => out.page_number = r.decode()?,
                (8, "PageSize") => out.page_size = r.decode()?,
                (9, "RequestId") => out.request_id = r.decode()?,
                (10, "TotalCount") => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeDisksFullStatusRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDisksFullStatus` pages (by `PageNumber`), for [`Client::describe_disks_full_status_paginator`](crate::Client::describe_disks_full_status_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDisksFullStatusRequest {
    type Response = DescribeDisksFullStatusResponse;
    type Item = DiskFullStatusType;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeDisksFullStatusResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeDisksFullStatusResponse) -> usize {
        page.disk_full_status_set
            .as_ref()
            .and_then(|x| x.disk_full_status_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeDisksFullStatusResponse) -> ::std::vec::Vec<DiskFullStatusType> {
        page.disk_full_status_set
            .and_then(|x| x.disk_full_status_type)
            .unwrap_or_default()
    }
}
