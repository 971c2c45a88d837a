//! `DescribeSnapshotMonitorData`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotMonitorData>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshotMonitorData",
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
            ::yun_core::internal::Field {
                name: "Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_snapshot_monitor_data`](crate::Client::describe_snapshot_monitor_data) (`DescribeSnapshotMonitorData`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotMonitorDataRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `StartTime` (query). Required.
    ///
    /// Example: `2019-05-10T00:00:00Z`.
    #[serde(rename = "StartTime")]
    pub start_time: ::std::string::String,
    /// `EndTime` (query). Required.
    ///
    /// Example: `2019-05-10T03:00:00Z`.
    #[serde(rename = "EndTime")]
    pub end_time: ::std::string::String,
    /// `Period` (query).
    ///
    /// Allowed values: `60`, `600`, `3600`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `Category` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
}

impl DescribeSnapshotMonitorDataRequest {
    /// A `DescribeSnapshotMonitorDataRequest` with its required members: `RegionId`, `StartTime`, `EndTime`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            period: ::std::option::Option::None,
            category: ::std::option::Option::None,
        }
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeSnapshotMonitorDataRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotMonitorDataRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("start_time", d::req(&self.start_time)),
                ("end_time", d::req(&self.end_time)),
                ("period", d::opt(&self.period)),
                ("category", d::opt(&self.category)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotMonitorDataRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "StartTime", "EndTime", "Period", "Category"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_start_time = r.decode()?,
                2 => m_end_time = r.decode()?,
                3 => m_period = r.decode()?,
                4 => m_category = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSnapshotMonitorDataRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            start_time: m_start_time.ok_or_else(|| r.missing("StartTime"))?,
            end_time: m_end_time.ok_or_else(|| r.missing("EndTime"))?,
            period: m_period,
            category: m_category,
        })
    }
}

/// The `MonitorData.DataPoint` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataPoint {
    /// `Size`.
    ///
    /// Example: `243036848128`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
    /// `TimeStamp`.
    ///
    /// Example: `2019-05-10T04:00:00Z`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DataPoint {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DataPoint",
            &[
                ("size", d::opt(&self.size)),
                ("time_stamp", d::opt(&self.time_stamp)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DataPoint {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Size", "TimeStamp"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DataPoint::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.size = r.decode()?,
                1 => out.time_stamp = r.decode()?,
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
    /// `DataPoint`.
    #[serde(
        rename = "DataPoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_point: ::std::option::Option<::std::vec::Vec<DataPoint>>,
}

impl ::std::fmt::Debug for MonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MonitorData",
            &[("data_point", d::opt(&self.data_point))],
        )
    }
}

impl ::yun_core::json::Decode for MonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DataPoint"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data_point = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_snapshot_monitor_data`](crate::Client::describe_snapshot_monitor_data) (`DescribeSnapshotMonitorData`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotMonitorDataResponse {
    /// `MonitorData`.
    #[serde(
        rename = "MonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_data: ::std::option::Option<MonitorData>,
    /// `RequestId`.
    ///
    /// Example: `9F8163A8-F5DE-47A2-A572-4E062D223E09`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeSnapshotMonitorDataResponse {
    /// The items of `MonitorData` (through its wrapper), empty when absent.
    pub fn monitor_data(&self) -> &[DataPoint] {
        self.monitor_data
            .as_ref()
            .and_then(|w| w.data_point.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSnapshotMonitorDataResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotMonitorDataResponse",
            &[
                ("monitor_data", d::opt(&self.monitor_data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotMonitorDataResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MonitorData", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeSnapshotMonitorDataResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.monitor_data = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
