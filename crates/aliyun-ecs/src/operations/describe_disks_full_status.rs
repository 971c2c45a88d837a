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

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
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

impl<'de> ::serde::Deserialize<'de> for DescribeDisksFullStatusRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDisksFullStatusRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDisksFullStatusRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDisksFullStatusRequest, A::Error> {
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
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Status" => m_status = map.next_value()?,
                        "HealthStatus" => m_health_status = map.next_value()?,
                        "EventType" => m_event_type = map.next_value()?,
                        "EventTime.Start" => m_event_time_start = map.next_value()?,
                        "EventTime.End" => m_event_time_end = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "DiskId" => m_disk_id = map.next_value()?,
                        "EventId" => m_event_id = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDisksFullStatusRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
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
    pub name: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for EventType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EventType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EventType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EventType, A::Error> {
                let mut out = EventType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Code" => out.code = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
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

/// The `DiskFullStatusSet.DiskFullStatusType.DiskEventSet.DiskEventType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskEventType {
    /// `EventEndTime`.
    #[serde(
        rename = "EventEndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_end_time: ::std::option::Option<::std::string::String>,
    /// `EventId`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::string::String>,
    /// `EventTime`.
    #[serde(
        rename = "EventTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_time: ::std::option::Option<::std::string::String>,
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
    pub impact_level: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DiskEventType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskEventType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskEventType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskEventType, A::Error> {
                let mut out = DiskEventType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EventEndTime" => out.event_end_time = map.next_value()?,
                        "EventId" => out.event_id = map.next_value()?,
                        "EventTime" => out.event_time = map.next_value()?,
                        "EventType" => out.event_type = map.next_value()?,
                        "ImpactLevel" => out.impact_level = map.next_value()?,
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

impl<'de> ::serde::Deserialize<'de> for DiskEventSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskEventSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskEventSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskEventSet, A::Error> {
                let mut out = DiskEventSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskEventType" => out.disk_event_type = map.next_value()?,
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
    pub name: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for HealthStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = HealthStatus;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `HealthStatus` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<HealthStatus, A::Error> {
                let mut out = HealthStatus::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Code" => out.code = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
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
    pub name: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Status {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Status;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Status` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Status, A::Error> {
                let mut out = Status::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Code" => out.code = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
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

/// The `DiskFullStatusSet.DiskFullStatusType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskFullStatusType {
    /// `Device`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
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
    pub disk_id: ::std::option::Option<::std::string::String>,
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
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<Status>,
}

impl<'de> ::serde::Deserialize<'de> for DiskFullStatusType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskFullStatusType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskFullStatusType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskFullStatusType, A::Error> {
                let mut out = DiskFullStatusType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Device" => out.device = map.next_value()?,
                        "DiskEventSet" => out.disk_event_set = map.next_value()?,
                        "DiskId" => out.disk_id = map.next_value()?,
                        "HealthStatus" => out.health_status = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
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

impl<'de> ::serde::Deserialize<'de> for DiskFullStatusSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskFullStatusSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskFullStatusSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskFullStatusSet, A::Error> {
                let mut out = DiskFullStatusSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskFullStatusType" => {
                            out.disk_full_status_type = map.next_value()?;
                        }

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
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeDisksFullStatusResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDisksFullStatusResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDisksFullStatusResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDisksFullStatusResponse, A::Error> {
                let mut out = DescribeDisksFullStatusResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskFullStatusSet" => {
                            out.disk_full_status_set = map.next_value()?;
                        }

                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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
