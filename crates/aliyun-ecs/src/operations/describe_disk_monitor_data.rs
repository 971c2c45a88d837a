//! `DescribeDiskMonitorData`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiskMonitorData>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDiskMonitorData",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StartTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EndTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_disk_monitor_data`](crate::Client::describe_disk_monitor_data) (`DescribeDiskMonitorData`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiskMonitorDataRequest {
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp1bq5g3dxxo1x4o****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `StartTime` (query). Required.
    ///
    /// Example: `2014-07-23T12:07:00Z`.
    #[serde(rename = "StartTime")]
    pub start_time: ::std::string::String,
    /// `EndTime` (query). Required.
    ///
    /// Example: `2014-07-23T12:09:00Z`.
    #[serde(rename = "EndTime")]
    pub end_time: ::std::string::String,
    /// `Period` (query).
    ///
    /// Allowed values: `60`, `600`, `3600`.
    ///
    /// Default: `60`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
}

impl DescribeDiskMonitorDataRequest {
    /// A `DescribeDiskMonitorDataRequest` with its required members: `DiskId`, `StartTime`, `EndTime`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        disk_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            disk_id: disk_id.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            period: ::std::option::Option::None,
        }
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeDiskMonitorDataRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiskMonitorDataRequest",
            &[
                ("disk_id", d::req(&self.disk_id)),
                ("start_time", d::req(&self.start_time)),
                ("end_time", d::req(&self.end_time)),
                ("period", d::opt(&self.period)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiskMonitorDataRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskId", "StartTime", "EndTime", "Period"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disk_id = r.decode()?,
                1 => m_start_time = r.decode()?,
                2 => m_end_time = r.decode()?,
                3 => m_period = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDiskMonitorDataRequest {
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            start_time: m_start_time.ok_or_else(|| r.missing("StartTime"))?,
            end_time: m_end_time.ok_or_else(|| r.missing("EndTime"))?,
            period: m_period,
        })
    }
}

/// The `MonitorData.DiskMonitorData` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskMonitorData {
    /// `BPSRead`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "BPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_read: ::std::option::Option<i64>,
    /// `BPSTotal`.
    ///
    /// Example: `204`.
    #[serde(
        rename = "BPSTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_total: ::std::option::Option<i64>,
    /// `BPSWrite`.
    ///
    /// Example: `204`.
    #[serde(
        rename = "BPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_write: ::std::option::Option<i64>,
    /// `DiskId`.
    ///
    /// Example: `d-bp1bq5g3dxxo1x4o****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `IOPSRead`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "IOPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_read: ::std::option::Option<i64>,
    /// `IOPSTotal`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "IOPSTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_total: ::std::option::Option<i64>,
    /// `IOPSWrite`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "IOPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_write: ::std::option::Option<i64>,
    /// `LatencyRead`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "LatencyRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latency_read: ::std::option::Option<i64>,
    /// `LatencyWrite`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "LatencyWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latency_write: ::std::option::Option<i64>,
    /// `TimeStamp`.
    ///
    /// Example: `2014-07-23T12:07:00Z`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DiskMonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DiskMonitorData",
            &[
                ("bps_read", d::opt(&self.bps_read)),
                ("bps_total", d::opt(&self.bps_total)),
                ("bps_write", d::opt(&self.bps_write)),
                ("disk_id", d::opt(&self.disk_id)),
                ("iops_read", d::opt(&self.iops_read)),
                ("iops_total", d::opt(&self.iops_total)),
                ("iops_write", d::opt(&self.iops_write)),
                ("latency_read", d::opt(&self.latency_read)),
                ("latency_write", d::opt(&self.latency_write)),
                ("time_stamp", d::opt(&self.time_stamp)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DiskMonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BPSRead",
            "BPSTotal",
            "BPSWrite",
            "DiskId",
            "IOPSRead",
            "IOPSTotal",
            "IOPSWrite",
            "LatencyRead",
            "LatencyWrite",
            "TimeStamp",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = DiskMonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bps_read = r.decode()?,
                1 => out.bps_total = r.decode()?,
                2 => out.bps_write = r.decode()?,
                3 => out.disk_id = r.decode()?,
                4 => out.iops_read = r.decode()?,
                5 => out.iops_total = r.decode()?,
                6 => out.iops_write = r.decode()?,
                7 => out.latency_read = r.decode()?,
                8 => out.latency_write = r.decode()?,
                9 => out.time_stamp = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MonitorData` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MonitorData {
    /// `DiskMonitorData`.
    #[serde(
        rename = "DiskMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_monitor_data: ::std::option::Option<::std::vec::Vec<DiskMonitorData>>,
}

impl ::std::fmt::Debug for MonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MonitorData",
            &[("disk_monitor_data", d::opt(&self.disk_monitor_data))],
        )
    }
}

impl ::yun_core::json::Decode for MonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskMonitorData"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_monitor_data = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_disk_monitor_data`](crate::Client::describe_disk_monitor_data) (`DescribeDiskMonitorData`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiskMonitorDataResponse {
    /// `MonitorData`.
    #[serde(
        rename = "MonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_data: ::std::option::Option<MonitorData>,
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
    /// Example: `3`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeDiskMonitorDataResponse {
    /// The items of `MonitorData` (through its wrapper), empty when absent.
    pub fn monitor_data(&self) -> &[DiskMonitorData] {
        self.monitor_data
            .as_ref()
            .and_then(|w| w.disk_monitor_data.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDiskMonitorDataResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiskMonitorDataResponse",
            &[
                ("monitor_data", d::opt(&self.monitor_data)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiskMonitorDataResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MonitorData", "RequestId", "TotalCount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeDiskMonitorDataResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.monitor_data = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
