//! `DescribeInstancesFullStatus`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstancesFullStatus>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstancesFullStatus",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
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
            ::yun_core::internal::Field {
                name: "EventId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceEventType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instances_full_status`](crate::Client::describe_instances_full_status) (`DescribeInstancesFullStatus`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesFullStatusRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Status` (query).
    ///
    /// Example: `Running`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `HealthStatus` (query).
    ///
    /// Example: `OK`.
    #[serde(
        rename = "HealthStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_status: ::std::option::Option<::std::string::String>,
    /// `EventType` (query).
    ///
    /// Example: `InstanceExpiration.Stop`.
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<::std::string::String>,
    /// `NotBefore.Start` (query).
    ///
    /// Example: `2017-12-07T00:00:00Z`.
    #[serde(
        rename = "NotBefore.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before_start: ::std::option::Option<::std::string::String>,
    /// `NotBefore.End` (query).
    ///
    /// Example: `2017-11-30T00:00:00Z`.
    #[serde(
        rename = "NotBefore.End",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before_end: ::std::option::Option<::std::string::String>,
    /// `EventPublishTime.Start` (query).
    ///
    /// Example: `2017-11-30T00:00:00Z`.
    #[serde(
        rename = "EventPublishTime.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_publish_time_start: ::std::option::Option<::std::string::String>,
    /// `EventPublishTime.End` (query).
    ///
    /// Example: `2017-12-07T00:00:00Z`.
    #[serde(
        rename = "EventPublishTime.End",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_publish_time_end: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `EventId` (query, sent as `EventId.1`, `EventId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `e-bp1hygp5b04o56l0****`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceEventType` (query, sent as `InstanceEventType.1`, `InstanceEventType.2`, …).
    ///
    /// At most 30 items.
    ///
    /// Example: `InstanceExpiration.Stop`.
    #[serde(
        rename = "InstanceEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_event_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeInstancesFullStatusRequest {
    /// A `DescribeInstancesFullStatusRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            status: ::std::option::Option::None,
            health_status: ::std::option::Option::None,
            event_type: ::std::option::Option::None,
            not_before_start: ::std::option::Option::None,
            not_before_end: ::std::option::Option::None,
            event_publish_time_start: ::std::option::Option::None,
            event_publish_time_end: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            event_id: ::std::option::Option::None,
            instance_event_type: ::std::option::Option::None,
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

    /// Sets `InstanceId`.
    pub fn instance_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `EventId`.
    pub fn event_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.event_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `InstanceEventType`.
    pub fn instance_event_type(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_event_type = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeInstancesFullStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesFullStatusRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("health_status", d::opt(&self.health_status)),
                ("event_type", d::opt(&self.event_type)),
                ("not_before_start", d::opt(&self.not_before_start)),
                ("not_before_end", d::opt(&self.not_before_end)),
                (
                    "event_publish_time_start",
                    d::opt(&self.event_publish_time_start),
                ),
                (
                    "event_publish_time_end",
                    d::opt(&self.event_publish_time_end),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("instance_id", d::opt(&self.instance_id)),
                ("event_id", d::opt(&self.event_id)),
                ("instance_event_type", d::opt(&self.instance_event_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesFullStatusRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Status",
            "HealthStatus",
            "EventType",
            "NotBefore.Start",
            "NotBefore.End",
            "EventPublishTime.Start",
            "EventPublishTime.End",
            "PageNumber",
            "PageSize",
            "InstanceId",
            "EventId",
            "InstanceEventType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_health_status: ::std::option::Option<::std::string::String> =
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
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_event_type: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_status = r.decode()?,
                2 => m_health_status = r.decode()?,
                3 => m_event_type = r.decode()?,
                4 => m_not_before_start = r.decode()?,
                5 => m_not_before_end = r.decode()?,
                6 => m_event_publish_time_start = r.decode()?,
                7 => m_event_publish_time_end = r.decode()?,
                8 => m_page_number = r.decode()?,
                9 => m_page_size = r.decode()?,
                10 => m_instance_id = r.decode()?,
                11 => m_event_id = r.decode()?,
                12 => m_instance_event_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstancesFullStatusRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            status: m_status,
            health_status: m_health_status,
            event_type: m_event_type,
            not_before_start: m_not_before_start,
            not_before_end: m_not_before_end,
            event_publish_time_start: m_event_publish_time_start,
            event_publish_time_end: m_event_publish_time_end,
            page_number: m_page_number,
            page_size: m_page_size,
            instance_id: m_instance_id,
            event_id: m_event_id,
            instance_event_type: m_instance_event_type,
        })
    }
}

/// The `InstanceFullStatusSet.InstanceFullStatusType.ScheduledSystemEventSet.ScheduledSystemEventType.ExtendedAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ExtendedAttribute {
    /// `Device`.
    ///
    /// Example: `/dev/vdb`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    ///
    /// Example: `d-bp67acfmxazb4p****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `InactiveDisks`.
    #[serde(
        rename = "InactiveDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inactive_disks: ::std::option::Option<crate::models::InactiveDisks>,
}

impl ExtendedAttribute {
    /// The items of `InactiveDisks` (through its wrapper), empty when absent.
    pub fn inactive_disks(&self) -> &[crate::models::InactiveDisk] {
        self.inactive_disks
            .as_ref()
            .and_then(|w| w.inactive_disk.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ExtendedAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ExtendedAttribute",
            &[
                ("device", d::opt(&self.device)),
                ("disk_id", d::opt(&self.disk_id)),
                ("inactive_disks", d::opt(&self.inactive_disks)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExtendedAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Device", "DiskId", "InactiveDisks"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ExtendedAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.device = r.decode()?,
                1 => out.disk_id = r.decode()?,
                2 => out.inactive_disks = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceFullStatusSet.InstanceFullStatusType.ScheduledSystemEventSet.ScheduledSystemEventType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ScheduledSystemEventType {
    /// `EventCycleStatus`.
    #[serde(
        rename = "EventCycleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_cycle_status: ::std::option::Option<crate::models::EventType>,
    /// `EventId`.
    ///
    /// Example: `e-bp1hygp5b04o56l0****`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::yun_core::Text>,
    /// `EventPublishTime`.
    ///
    /// Example: `2017-11-30T06:32:31Z`.
    #[serde(
        rename = "EventPublishTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_publish_time: ::std::option::Option<::yun_core::Text>,
    /// `EventType`.
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<crate::models::EventType>,
    /// `ExtendedAttribute`.
    #[serde(
        rename = "ExtendedAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extended_attribute: ::std::option::Option<ExtendedAttribute>,
    /// `ImpactLevel`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "ImpactLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub impact_level: ::std::option::Option<::yun_core::Text>,
    /// `NotBefore`.
    ///
    /// Example: `2017-12-07T00:00:00Z`.
    #[serde(
        rename = "NotBefore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before: ::std::option::Option<::yun_core::Text>,
    /// `Reason`.
    ///
    /// Example: `A simulated event.`.
    #[serde(
        rename = "Reason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ScheduledSystemEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ScheduledSystemEventType",
            &[
                ("event_cycle_status", d::opt(&self.event_cycle_status)),
                ("event_id", d::opt(&self.event_id)),
                ("event_publish_time", d::opt(&self.event_publish_time)),
                ("event_type", d::opt(&self.event_type)),
                ("extended_attribute", d::opt(&self.extended_attribute)),
                ("impact_level", d::opt(&self.impact_level)),
                ("not_before", d::opt(&self.not_before)),
                ("reason", d::opt(&self.reason)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ScheduledSystemEventType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "EventCycleStatus",
            "EventId",
            "EventPublishTime",
            "EventType",
            "ExtendedAttribute",
            "ImpactLevel",
            "NotBefore",
            "Reason",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = ScheduledSystemEventType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.event_cycle_status = r.decode()?,
                1 => out.event_id = r.decode()?,
                2 => out.event_publish_time = r.decode()?,
                3 => out.event_type = r.decode()?,
                4 => out.extended_attribute = r.decode()?,
                5 => out.impact_level = r.decode()?,
                6 => out.not_before = r.decode()?,
                7 => out.reason = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceFullStatusSet.InstanceFullStatusType.ScheduledSystemEventSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ScheduledSystemEventSet {
    /// `ScheduledSystemEventType`.
    #[serde(
        rename = "ScheduledSystemEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduled_system_event_type:
        ::std::option::Option<::std::vec::Vec<ScheduledSystemEventType>>,
}

impl ::std::fmt::Debug for ScheduledSystemEventSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ScheduledSystemEventSet",
            &[(
                "scheduled_system_event_type",
                d::opt(&self.scheduled_system_event_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for ScheduledSystemEventSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ScheduledSystemEventType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ScheduledSystemEventSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.scheduled_system_event_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceFullStatusSet.InstanceFullStatusType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceFullStatusType {
    /// `HealthStatus`.
    #[serde(
        rename = "HealthStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_status: ::std::option::Option<crate::models::EventType>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `ScheduledSystemEventSet`.
    #[serde(
        rename = "ScheduledSystemEventSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduled_system_event_set: ::std::option::Option<ScheduledSystemEventSet>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<crate::models::EventType>,
}

impl InstanceFullStatusType {
    /// The items of `ScheduledSystemEventSet` (through its wrapper), empty when absent.
    pub fn scheduled_system_event_set(&self) -> &[ScheduledSystemEventType] {
        self.scheduled_system_event_set
            .as_ref()
            .and_then(|w| w.scheduled_system_event_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for InstanceFullStatusType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceFullStatusType",
            &[
                ("health_status", d::opt(&self.health_status)),
                ("instance_id", d::opt(&self.instance_id)),
                (
                    "scheduled_system_event_set",
                    d::opt(&self.scheduled_system_event_set),
                ),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceFullStatusType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "HealthStatus",
            "InstanceId",
            "ScheduledSystemEventSet",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = InstanceFullStatusType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.health_status = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.scheduled_system_event_set = r.decode()?,
                3 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceFullStatusSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceFullStatusSet {
    /// `InstanceFullStatusType`.
    #[serde(
        rename = "InstanceFullStatusType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_full_status_type: ::std::option::Option<::std::vec::Vec<InstanceFullStatusType>>,
}

impl ::std::fmt::Debug for InstanceFullStatusSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceFullStatusSet",
            &[(
                "instance_full_status_type",
                d::opt(&self.instance_full_status_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstanceFullStatusSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceFullStatusType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceFullStatusSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_full_status_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instances_full_status`](crate::Client::describe_instances_full_status) (`DescribeInstancesFullStatus`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesFullStatusResponse {
    /// `InstanceFullStatusSet`.
    #[serde(
        rename = "InstanceFullStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_full_status_set: ::std::option::Option<InstanceFullStatusSet>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeInstancesFullStatusResponse {
    /// The items of `InstanceFullStatusSet` (through its wrapper), empty when absent.
    pub fn instance_full_status_set(&self) -> &[InstanceFullStatusType] {
        self.instance_full_status_set
            .as_ref()
            .and_then(|w| w.instance_full_status_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstancesFullStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesFullStatusResponse",
            &[
                (
                    "instance_full_status_set",
                    d::opt(&self.instance_full_status_set),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesFullStatusResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceFullStatusSet",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeInstancesFullStatusResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_full_status_set = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeInstancesFullStatusRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstancesFullStatus` pages (by `PageNumber`), for [`Client::describe_instances_full_status_paginator`](crate::Client::describe_instances_full_status_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstancesFullStatusRequest {
    type Response = DescribeInstancesFullStatusResponse;
    type Item = InstanceFullStatusType;
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

    fn total_count(page: &DescribeInstancesFullStatusResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeInstancesFullStatusResponse) -> usize {
        page.instance_full_status_set
            .as_ref()
            .and_then(|x| x.instance_full_status_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeInstancesFullStatusResponse,
    ) -> ::std::vec::Vec<InstanceFullStatusType> {
        page.instance_full_status_set
            .and_then(|x| x.instance_full_status_type)
            .unwrap_or_default()
    }
}
