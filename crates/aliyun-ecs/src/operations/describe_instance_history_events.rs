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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_history_events`](crate::Client::describe_instance_history_events) (`DescribeInstanceHistoryEvents`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceHistoryEventsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query).
    ///
    /// Example: `i-uf678mass4zvr9n1****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `EventCycleStatus` (query).
    ///
    /// Example: `Executed`.
    #[serde(
        rename = "EventCycleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_cycle_status: ::std::option::Option<::std::string::String>,
    /// `EventType` (query).
    ///
    /// Example: `SystemMaintenance.Reboot`.
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<::std::string::String>,
    /// `NotBefore.Start` (query).
    ///
    /// Example: `2017-11-30T06:32:31Z`.
    #[serde(
        rename = "NotBefore.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before_start: ::std::option::Option<::std::string::String>,
    /// `NotBefore.End` (query).
    ///
    /// Example: `2017-12-01T06:32:31Z`.
    #[serde(
        rename = "NotBefore.End",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before_end: ::std::option::Option<::std::string::String>,
    /// `EventPublishTime.Start` (query).
    ///
    /// Example: `2017-11-30T06:32:31Z`.
    #[serde(
        rename = "EventPublishTime.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_publish_time_start: ::std::option::Option<::std::string::String>,
    /// `EventPublishTime.End` (query).
    ///
    /// Example: `2017-12-01T06:32:31Z`.
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
    /// `ResourceType` (query).
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `EventId` (query, sent as `EventId.1`, `EventId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `e-uf64yvznlao4jl2c****`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceEventCycleStatus` (query, sent as `InstanceEventCycleStatus.1`, `InstanceEventCycleStatus.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `Executed`.
    #[serde(
        rename = "InstanceEventCycleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_event_cycle_status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceEventType` (query, sent as `InstanceEventType.1`, `InstanceEventType.2`, …).
    ///
    /// At most 30 items.
    ///
    /// Example: `SystemMaintenance.Reboot`.
    #[serde(
        rename = "InstanceEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_event_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ResourceId` (query, sent as `ResourceId.1`, `ResourceId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `i-uf678mass4zvr9n1****`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
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
    pub fn event_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.event_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `InstanceEventCycleStatus`.
    pub fn instance_event_cycle_status(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_event_cycle_status = ::std::option::Option::Some(
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

    /// Sets `ResourceId`.
    pub fn resource_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
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

impl ::std::fmt::Debug for DescribeInstanceHistoryEventsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceHistoryEventsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("event_cycle_status", d::opt(&self.event_cycle_status)),
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
                ("impact_level", d::opt(&self.impact_level)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("resource_type", d::opt(&self.resource_type)),
                ("event_id", d::opt(&self.event_id)),
                (
                    "instance_event_cycle_status",
                    d::opt(&self.instance_event_cycle_status),
                ),
                ("instance_event_type", d::opt(&self.instance_event_type)),
                ("resource_id", d::opt(&self.resource_id)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceHistoryEventsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "EventCycleStatus",
            "EventType",
            "NotBefore.Start",
            "NotBefore.End",
            "EventPublishTime.Start",
            "EventPublishTime.End",
            "ImpactLevel",
            "PageNumber",
            "PageSize",
            "ResourceType",
            "EventId",
            "InstanceEventCycleStatus",
            "InstanceEventType",
            "ResourceId",
            "Tag",
            "ResourceGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 19] = ::yun_core::json::member_order();
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
        let mut m_resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_event_cycle_status = r.decode()?,
                3 => m_event_type = r.decode()?,
                4 => m_not_before_start = r.decode()?,
                5 => m_not_before_end = r.decode()?,
                6 => m_event_publish_time_start = r.decode()?,
                7 => m_event_publish_time_end = r.decode()?,
                8 => m_impact_level = r.decode()?,
                9 => m_page_number = r.decode()?,
                10 => m_page_size = r.decode()?,
                11 => m_resource_type = r.decode()?,
                12 => m_event_id = r.decode()?,
                13 => m_instance_event_cycle_status = r.decode()?,
                14 => m_instance_event_type = r.decode()?,
                15 => m_resource_id = r.decode()?,
                16 => m_tag = r.decode()?,
                17 => m_resource_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceHistoryEventsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
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

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.MigrationOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MigrationOptions {
    /// `MigrationOption`.
    #[serde(
        rename = "MigrationOption",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_option: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for MigrationOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MigrationOptions",
            &[("migration_option", d::opt(&self.migration_option))],
        )
    }
}

impl ::yun_core::json::Decode for MigrationOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MigrationOption"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MigrationOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.migration_option = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ExtendedAttribute {
    /// `CanAccept`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "CanAccept",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_accept: ::std::option::Option<::yun_core::Text>,
    /// `Code`.
    ///
    /// Example: `PR111`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::yun_core::Text>,
    /// `Device`.
    ///
    /// Example: `/dev/vda`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    ///
    /// Example: `d-diskid1`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `HostId`.
    ///
    /// Example: `dh-bp1ewce1gk3iwv2****`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::yun_core::Text>,
    /// `HostType`.
    ///
    /// Example: `ddh`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::yun_core::Text>,
    /// `InactiveDisks`.
    #[serde(
        rename = "InactiveDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inactive_disks: ::std::option::Option<crate::models::InactiveDisks>,
    /// `MigrationOptions`.
    #[serde(
        rename = "MigrationOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_options: ::std::option::Option<MigrationOptions>,
    /// `OnlineRepairPolicy`.
    ///
    /// Example: `IsolateOnly`.
    #[serde(
        rename = "OnlineRepairPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub online_repair_policy: ::std::option::Option<::yun_core::Text>,
    /// `PunishDomain`.
    ///
    /// Example: `1228.test.com`.
    #[serde(
        rename = "PunishDomain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub punish_domain: ::std::option::Option<::yun_core::Text>,
    /// `PunishType`.
    ///
    /// Example: `ecs_message_alert`.
    #[serde(
        rename = "PunishType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub punish_type: ::std::option::Option<::yun_core::Text>,
    /// `PunishUrl`.
    ///
    /// Example: `http://1228.test.com/1`.
    #[serde(
        rename = "PunishUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub punish_url: ::std::option::Option<::yun_core::Text>,
    /// `Rack`.
    ///
    /// Example: `A01`.
    #[serde(
        rename = "Rack",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack: ::std::option::Option<::yun_core::Text>,
    /// `ResponseResult`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "ResponseResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub response_result: ::std::option::Option<::yun_core::Text>,
}

impl ExtendedAttribute {
    /// The items of `InactiveDisks` (through its wrapper), empty when absent.
    pub fn inactive_disks(&self) -> &[crate::models::InactiveDisk] {
        self.inactive_disks
            .as_ref()
            .and_then(|w| w.inactive_disk.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `MigrationOptions` (through its wrapper), empty when absent.
    pub fn migration_options(&self) -> &[::yun_core::Text] {
        self.migration_options
            .as_ref()
            .and_then(|w| w.migration_option.as_deref())
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
                ("can_accept", d::opt(&self.can_accept)),
                ("code", d::opt(&self.code)),
                ("device", d::opt(&self.device)),
                ("disk_id", d::opt(&self.disk_id)),
                ("host_id", d::opt(&self.host_id)),
                ("host_type", d::opt(&self.host_type)),
                ("inactive_disks", d::opt(&self.inactive_disks)),
                ("migration_options", d::opt(&self.migration_options)),
                ("online_repair_policy", d::opt(&self.online_repair_policy)),
                ("punish_domain", d::opt(&self.punish_domain)),
                ("punish_type", d::opt(&self.punish_type)),
                ("punish_url", d::opt(&self.punish_url)),
                ("rack", d::opt(&self.rack)),
                ("response_result", d::opt(&self.response_result)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExtendedAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CanAccept",
            "Code",
            "Device",
            "DiskId",
            "HostId",
            "HostType",
            "InactiveDisks",
            "MigrationOptions",
            "OnlineRepairPolicy",
            "PunishDomain",
            "PunishType",
            "PunishUrl",
            "Rack",
            "ResponseResult",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut out = ExtendedAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.can_accept = r.decode()?,
                1 => out.code = r.decode()?,
                2 => out.device = r.decode()?,
                3 => out.disk_id = r.decode()?,
                4 => out.host_id = r.decode()?,
                5 => out.host_type = r.decode()?,
                6 => out.inactive_disks = r.decode()?,
                7 => out.migration_options = r.decode()?,
                8 => out.online_repair_policy = r.decode()?,
                9 => out.punish_domain = r.decode()?,
                10 => out.punish_type = r.decode()?,
                11 => out.punish_url = r.decode()?,
                12 => out.rack = r.decode()?,
                13 => out.response_result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceSystemEventSet.InstanceSystemEventType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceSystemEventType {
    /// `EventCycleStatus`.
    #[serde(
        rename = "EventCycleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_cycle_status: ::std::option::Option<crate::models::EventType>,
    /// `EventFinishTime`.
    ///
    /// Example: `2017-12-01T06:35:31Z`.
    #[serde(
        rename = "EventFinishTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_finish_time: ::std::option::Option<::yun_core::Text>,
    /// `EventId`.
    ///
    /// Example: `e-uf64yvznlao4jl2c****`.
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
    /// `InstanceId`.
    ///
    /// Example: `i-uf678mass4zvr9n1****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `NotBefore`.
    ///
    /// Example: `2017-12-06T00:00:00Z`.
    #[serde(
        rename = "NotBefore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub not_before: ::std::option::Option<::yun_core::Text>,
    /// `Reason`.
    ///
    /// Example: `System maintenance is scheduled due to ***.`.
    #[serde(
        rename = "Reason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::yun_core::Text>,
    /// `ResourceType`.
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceSystemEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceSystemEventType",
            &[
                ("event_cycle_status", d::opt(&self.event_cycle_status)),
                ("event_finish_time", d::opt(&self.event_finish_time)),
                ("event_id", d::opt(&self.event_id)),
                ("event_publish_time", d::opt(&self.event_publish_time)),
                ("event_type", d::opt(&self.event_type)),
                ("extended_attribute", d::opt(&self.extended_attribute)),
                ("impact_level", d::opt(&self.impact_level)),
                ("instance_id", d::opt(&self.instance_id)),
                ("not_before", d::opt(&self.not_before)),
                ("reason", d::opt(&self.reason)),
                ("resource_type", d::opt(&self.resource_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceSystemEventType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "EventCycleStatus",
            "EventFinishTime",
            "EventId",
            "EventPublishTime",
            "EventType",
            "ExtendedAttribute",
            "ImpactLevel",
            "InstanceId",
            "NotBefore",
            "Reason",
            "ResourceType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = InstanceSystemEventType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.event_cycle_status = r.decode()?,
                1 => out.event_finish_time = r.decode()?,
                2 => out.event_id = r.decode()?,
                3 => out.event_publish_time = r.decode()?,
                4 => out.event_type = r.decode()?,
                5 => out.extended_attribute = r.decode()?,
                6 => out.impact_level = r.decode()?,
                7 => out.instance_id = r.decode()?,
                8 => out.not_before = r.decode()?,
                9 => out.reason = r.decode()?,
                10 => out.resource_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceSystemEventSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceSystemEventSet {
    /// `InstanceSystemEventType`.
    #[serde(
        rename = "InstanceSystemEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_system_event_type: ::std::option::Option<::std::vec::Vec<InstanceSystemEventType>>,
}

impl ::std::fmt::Debug for InstanceSystemEventSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceSystemEventSet",
            &[(
                "instance_system_event_type",
                d::opt(&self.instance_system_event_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstanceSystemEventSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceSystemEventType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceSystemEventSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_system_event_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_history_events`](crate::Client::describe_instance_history_events) (`DescribeInstanceHistoryEvents`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceHistoryEventsResponse {
    /// `InstanceSystemEventSet`.
    #[serde(
        rename = "InstanceSystemEventSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_system_event_set: ::std::option::Option<InstanceSystemEventSet>,
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
    /// Example: `10`.
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

impl DescribeInstanceHistoryEventsResponse {
    /// The items of `InstanceSystemEventSet` (through its wrapper), empty when absent.
    pub fn instance_system_event_set(&self) -> &[InstanceSystemEventType] {
        self.instance_system_event_set
            .as_ref()
            .and_then(|w| w.instance_system_event_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceHistoryEventsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceHistoryEventsResponse",
            &[
                (
                    "instance_system_event_set",
                    d::opt(&self.instance_system_event_set),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceHistoryEventsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceSystemEventSet",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceHistoryEventsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_system_event_set = r.decode()?,
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
