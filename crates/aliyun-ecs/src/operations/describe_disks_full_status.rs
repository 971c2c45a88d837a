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
        nested_required: &[],
    };

/// The request of [`Client::describe_disks_full_status`](crate::Client::describe_disks_full_status) (`DescribeDisksFullStatus`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisksFullStatusRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Status` (query).
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `HealthStatus` (query).
    ///
    /// Example: `Warning`.
    #[serde(
        rename = "HealthStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_status: ::std::option::Option<::std::string::String>,
    /// `EventType` (query).
    ///
    /// Example: `Stalled`.
    #[serde(
        rename = "EventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_type: ::std::option::Option<::std::string::String>,
    /// `EventTime.Start` (query).
    ///
    /// Example: `2018-05-06T02:43:10Z`.
    #[serde(
        rename = "EventTime.Start",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_time_start: ::std::option::Option<::std::string::String>,
    /// `EventTime.End` (query).
    ///
    /// Example: `2018-05-08T02:48:52Z`.
    #[serde(
        rename = "EventTime.End",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_time_end: ::std::option::Option<::std::string::String>,
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
    /// `DiskId` (query, sent as `DiskId.1`, `DiskId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `d-bp67acfmxazb4p****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `EventId` (query, sent as `EventId.1`, `EventId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `e-bp67acfmxazb4p****`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-aek2kkmhmhs****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
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
    pub fn disk_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.disk_id = ::std::option::Option::Some(
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

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeDisksFullStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDisksFullStatusRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("health_status", d::opt(&self.health_status)),
                ("event_type", d::opt(&self.event_type)),
                ("event_time_start", d::opt(&self.event_time_start)),
                ("event_time_end", d::opt(&self.event_time_end)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("disk_id", d::opt(&self.disk_id)),
                ("event_id", d::opt(&self.event_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDisksFullStatusRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Status",
            "HealthStatus",
            "EventType",
            "EventTime.Start",
            "EventTime.End",
            "PageNumber",
            "PageSize",
            "DiskId",
            "EventId",
            "ResourceGroupId",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
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
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_status = r.decode()?,
                2 => m_health_status = r.decode()?,
                3 => m_event_type = r.decode()?,
                4 => m_event_time_start = r.decode()?,
                5 => m_event_time_end = r.decode()?,
                6 => m_page_number = r.decode()?,
                7 => m_page_size = r.decode()?,
                8 => m_disk_id = r.decode()?,
                9 => m_event_id = r.decode()?,
                10 => m_resource_group_id = r.decode()?,
                11 => m_tag = r.decode()?,
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

/// The `DiskFullStatusSet.DiskFullStatusType.DiskEventSet.DiskEventType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskEventType {
    /// `EventEndTime`.
    ///
    /// Example: `2018-05-06T02:48:52Z`.
    #[serde(
        rename = "EventEndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_end_time: ::std::option::Option<::yun_core::Text>,
    /// `EventId`.
    ///
    /// Example: `e-bp67acfmxazb4p****`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::yun_core::Text>,
    /// `EventTime`.
    ///
    /// Example: `2018-05-08T02:43:10Z`.
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
    pub event_type: ::std::option::Option<crate::models::EventType>,
    /// `ImpactLevel`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "ImpactLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub impact_level: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DiskEventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskEventType",
            &[
                ("event_end_time", d::opt(&self.event_end_time)),
                ("event_id", d::opt(&self.event_id)),
                ("event_time", d::opt(&self.event_time)),
                ("event_type", d::opt(&self.event_type)),
                ("impact_level", d::opt(&self.impact_level)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DiskEventType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "EventEndTime",
            "EventId",
            "EventTime",
            "EventType",
            "ImpactLevel",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DiskEventType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.event_end_time = r.decode()?,
                1 => out.event_id = r.decode()?,
                2 => out.event_time = r.decode()?,
                3 => out.event_type = r.decode()?,
                4 => out.impact_level = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType.DiskEventSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskEventSet {
    /// `DiskEventType`.
    #[serde(
        rename = "DiskEventType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_event_type: ::std::option::Option<::std::vec::Vec<DiskEventType>>,
}

impl ::std::fmt::Debug for DiskEventSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskEventSet",
            &[("disk_event_type", d::opt(&self.disk_event_type))],
        )
    }
}

impl ::yun_core::json::Decode for DiskEventSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskEventType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DiskEventSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_event_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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
    ///
    /// Example: `d-bp67acfmxazb4p****`.
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
    pub health_status: ::std::option::Option<crate::models::EventType>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
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
    pub status: ::std::option::Option<crate::models::EventType>,
}

impl DiskFullStatusType {
    /// The items of `DiskEventSet` (through its wrapper), empty when absent.
    pub fn disk_event_set(&self) -> &[DiskEventType] {
        self.disk_event_set
            .as_ref()
            .and_then(|w| w.disk_event_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DiskFullStatusType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskFullStatusType",
            &[
                ("device", d::opt(&self.device)),
                ("disk_event_set", d::opt(&self.disk_event_set)),
                ("disk_id", d::opt(&self.disk_id)),
                ("health_status", d::opt(&self.health_status)),
                ("instance_id", d::opt(&self.instance_id)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DiskFullStatusType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Device",
            "DiskEventSet",
            "DiskId",
            "HealthStatus",
            "InstanceId",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DiskFullStatusType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.device = r.decode()?,
                1 => out.disk_event_set = r.decode()?,
                2 => out.disk_id = r.decode()?,
                3 => out.health_status = r.decode()?,
                4 => out.instance_id = r.decode()?,
                5 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DiskFullStatusSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskFullStatusSet {
    /// `DiskFullStatusType`.
    #[serde(
        rename = "DiskFullStatusType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_full_status_type: ::std::option::Option<::std::vec::Vec<DiskFullStatusType>>,
}

impl ::std::fmt::Debug for DiskFullStatusSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskFullStatusSet",
            &[("disk_full_status_type", d::opt(&self.disk_full_status_type))],
        )
    }
}

impl ::yun_core::json::Decode for DiskFullStatusSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskFullStatusType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DiskFullStatusSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_full_status_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_disks_full_status`](crate::Client::describe_disks_full_status) (`DescribeDisksFullStatus`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisksFullStatusResponse {
    /// `DiskFullStatusSet`.
    #[serde(
        rename = "DiskFullStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_full_status_set: ::std::option::Option<DiskFullStatusSet>,
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

impl DescribeDisksFullStatusResponse {
    /// The items of `DiskFullStatusSet` (through its wrapper), empty when absent.
    pub fn disk_full_status_set(&self) -> &[DiskFullStatusType] {
        self.disk_full_status_set
            .as_ref()
            .and_then(|w| w.disk_full_status_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDisksFullStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDisksFullStatusResponse",
            &[
                ("disk_full_status_set", d::opt(&self.disk_full_status_set)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDisksFullStatusResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiskFullStatusSet",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeDisksFullStatusResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_full_status_set = r.decode()?,
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
