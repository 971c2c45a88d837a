//! `DescribeInstanceHistoryEvents`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceHistoryEvents>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceHistoryEvents",
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

/// The request of [`Client::describe_instance_history_events`](crate::Client::describe_instance_history_events) (`DescribeInstanceHistoryEvents`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceHistoryEventsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceHistoryEventsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceHistoryEventsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceHistoryEventsRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_event_cycle_status: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_event_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_not_before_start: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_not_before_end: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_event_publish_time_start: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_event_publish_time_end: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_impact_level: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_resource_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                let mut m_instance_event_cycle_status: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_instance_event_type: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_resource_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "EventCycleStatus" => m_event_cycle_status = map.next_value()?,
                        "EventType" => m_event_type = map.next_value()?,
                        "NotBefore.Start" => m_not_before_start = map.next_value()?,
                        "NotBefore.End" => m_not_before_end = map.next_value()?,
                        "EventPublishTime.Start" => {
                            m_event_publish_time_start = map.next_value()?;
                        }

                        "EventPublishTime.End" => {
                            m_event_publish_time_end = map.next_value()?;
                        }

                        "ImpactLevel" => m_impact_level = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "ResourceType" => m_resource_type = map.next_value()?,
                        "EventId" => m_event_id = map.next_value()?,
                        "InstanceEventCycleStatus" => {
                            m_instance_event_cycle_status = map.next_value()?;
                        }

                        "InstanceEventType" => m_instance_event_type = map.next_value()?,
                        "ResourceId" => m_resource_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstanceHistoryEventsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    instance_id: m_instance_id,
                    event_cycle_status: m_event_cycle_status,
                    event_type: m_event_type,
                    not_before_start: m_not_before_start,
                    not_before_end: m_not_before_end,
                    event_publish_time_start: m_event_publish_time_start,
                    event_publish_time_end: m_event_publish_time_end,
                    impact_level: m_impact_level,
                    page_number: m_page_number,
                    page_size: m_page_size,
                    resource_type: m_resource_type,
                    event_id: m_event_id,
                    instance_event_cycle_status: m_instance_event_cycle_status,
                    instance_event_type: m_instance_event_type,
                    resource_id: m_resource_id,
                    tag: m_tag,
                    resource_group_id: m_resource_group_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `InstanceSystemEventSet.InstanceSystemEventType.EventCycleStatus` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for EventCycleStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EventCycleStatus;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EventCycleStatus` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EventCycleStatus, A::Error> {
                let mut out = EventCycleStatus::default();
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

/// The `InstanceSystemEventSet.InstanceSystemEventType.EventType` object of the response.
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

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.InactiveDisks.InactiveDisk` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for InactiveDisk {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InactiveDisk;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InactiveDisk` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InactiveDisk, A::Error> {
                let mut out = InactiveDisk::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "DeviceCategory" => out.device_category = map.next_value()?,
                        "DeviceSize" => out.device_size = map.next_value()?,
                        "DeviceType" => out.device_type = map.next_value()?,
                        "ReleaseTime" => out.release_time = map.next_value()?,
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

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.InactiveDisks` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InactiveDisks {
    /// `InactiveDisk`.
    #[serde(
        rename = "InactiveDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inactive_disk: ::std::option::Option<::std::vec::Vec<InactiveDisk>>,
}

impl<'de> ::serde::Deserialize<'de> for InactiveDisks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InactiveDisks;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InactiveDisks` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InactiveDisks, A::Error> {
                let mut out = InactiveDisks::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InactiveDisk" => out.inactive_disk = map.next_value()?,
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

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.MigrationOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MigrationOptions {
    /// `MigrationOption`.
    #[serde(
        rename = "MigrationOption",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_option: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for MigrationOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = MigrationOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `MigrationOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<MigrationOptions, A::Error> {
                let mut out = MigrationOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "MigrationOption" => out.migration_option = map.next_value()?,
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

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for ExtendedAttribute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ExtendedAttribute;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ExtendedAttribute` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ExtendedAttribute, A::Error> {
                let mut out = ExtendedAttribute::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CanAccept" => out.can_accept = map.next_value()?,
                        "Code" => out.code = map.next_value()?,
                        "Device" => out.device = map.next_value()?,
                        "DiskId" => out.disk_id = map.next_value()?,
                        "HostId" => out.host_id = map.next_value()?,
                        "HostType" => out.host_type = map.next_value()?,
                        "InactiveDisks" => out.inactive_disks = map.next_value()?,
                        "MigrationOptions" => out.migration_options = map.next_value()?,
                        "OnlineRepairPolicy" => {
                            out.online_repair_policy = map.next_value()?;
                        }

                        "PunishDomain" => out.punish_domain = map.next_value()?,
                        "PunishType" => out.punish_type = map.next_value()?,
                        "PunishUrl" => out.punish_url = map.next_value()?,
                        "Rack" => out.rack = map.next_value()?,
                        "ResponseResult" => out.response_result = map.next_value()?,
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

/// The `InstanceSystemEventSet.InstanceSystemEventType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for InstanceSystemEventType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceSystemEventType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceSystemEventType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceSystemEventType, A::Error> {
                let mut out = InstanceSystemEventType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EventCycleStatus" => out.event_cycle_status = map.next_value()?,
                        "EventFinishTime" => out.event_finish_time = map.next_value()?,
                        "EventId" => out.event_id = map.next_value()?,
                        "EventPublishTime" => out.event_publish_time = map.next_value()?,
                        "EventType" => out.event_type = map.next_value()?,
                        "ExtendedAttribute" => out.extended_attribute = map.next_value()?,
                        "ImpactLevel" => out.impact_level = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "NotBefore" => out.not_before = map.next_value()?,
                        "Reason" => out.reason = map.next_value()?,
                        "ResourceType" => out.resource_type = map.next_value()?,
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

/// The `InstanceSystemEventSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceSystemEventSet {
    /// `InstanceSystemEventType`.
    #[serde(
        rename = "InstanceSystemEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_system_event_type: ::std::option::Option<::std::vec::Vec<InstanceSystemEventType>>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceSystemEventSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceSystemEventSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceSystemEventSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceSystemEventSet, A::Error> {
                let mut out = InstanceSystemEventSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceSystemEventType" => {
                            out.instance_system_event_type = map.next_value()?;
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

/// The response of [`Client::describe_instance_history_events`](crate::Client::describe_instance_history_events) (`DescribeInstanceHistoryEvents`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceHistoryEventsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceHistoryEventsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceHistoryEventsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceHistoryEventsResponse, A::Error>
            {
                let mut out = DescribeInstanceHistoryEventsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceSystemEventSet" => {
                            out.instance_system_event_set = map.next_value()?;
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

impl ::yun_core::internal::AliyunCall for DescribeInstanceHistoryEventsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstanceHistoryEvents` pages (by `PageNumber`), for [`Client::describe_instance_history_events_paginator`](crate::Client::describe_instance_history_events_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstanceHistoryEventsRequest {
    type Response = DescribeInstanceHistoryEventsResponse;
    type Item = InstanceSystemEventType;
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

    fn total_count(page: &DescribeInstanceHistoryEventsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeInstanceHistoryEventsResponse) -> usize {
        page.instance_system_event_set
            .as_ref()
            .and_then(|x| x.instance_system_event_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeInstanceHistoryEventsResponse,
    ) -> ::std::vec::Vec<InstanceSystemEventType> {
        page.instance_system_event_set
            .and_then(|x| x.instance_system_event_type)
            .unwrap_or_default()
    }
}
