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
    };

/// The request of [`Client::describe_disk_monitor_data`](crate::Client::describe_disk_monitor_data) (`DescribeDiskMonitorData`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiskMonitorDataRequest {
    /// `DiskId` (query). Required.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `StartTime` (query). Required.
    #[serde(rename = "StartTime")]
    pub start_time: ::std::string::String,
    /// `EndTime` (query). Required.
    #[serde(rename = "EndTime")]
    pub end_time: ::std::string::String,
    /// `Period` (query).
    ///
    /// Allowed values: `60`, `600`, `3600`.
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

impl<'de> ::serde::Deserialize<'de> for DescribeDiskMonitorDataRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDiskMonitorDataRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDiskMonitorDataRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDiskMonitorDataRequest, A::Error> {
                let mut m_disk_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_start_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_end_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskId" => m_disk_id = map.next_value()?,
                        "StartTime" => m_start_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDiskMonitorDataRequest {
                    disk_id: m_disk_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("DiskId")
                    })?,
                    start_time: m_start_time.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("StartTime")
                    })?,
                    end_time: m_end_time.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("EndTime")
                    })?,
                    period: m_period,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `MonitorData.DiskMonitorData` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DiskMonitorData {
    /// `BPSRead`.
    #[serde(
        rename = "BPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_read: ::std::option::Option<i64>,
    /// `BPSTotal`.
    #[serde(
        rename = "BPSTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_total: ::std::option::Option<i64>,
    /// `BPSWrite`.
    #[serde(
        rename = "BPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_write: ::std::option::Option<i64>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `IOPSRead`.
    #[serde(
        rename = "IOPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_read: ::std::option::Option<i64>,
    /// `IOPSTotal`.
    #[serde(
        rename = "IOPSTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_total: ::std::option::Option<i64>,
    /// `IOPSWrite`.
    #[serde(
        rename = "IOPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_write: ::std::option::Option<i64>,
    /// `LatencyRead`.
    #[serde(
        rename = "LatencyRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latency_read: ::std::option::Option<i64>,
    /// `LatencyWrite`.
    #[serde(
        rename = "LatencyWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latency_write: ::std::option::Option<i64>,
    /// `TimeStamp`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DiskMonitorData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DiskMonitorData;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DiskMonitorData` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DiskMonitorData, A::Error> {
                let mut out = DiskMonitorData::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "BPSRead" => out.bps_read = map.next_value()?,
                        "BPSTotal" => out.bps_total = map.next_value()?,
                        "BPSWrite" => out.bps_write = map.next_value()?,
                        "DiskId" => out.disk_id = map.next_value()?,
                        "IOPSRead" => out.iops_read = map.next_value()?,
                        "IOPSTotal" => out.iops_total = map.next_value()?,
                        "IOPSWrite" => out.iops_write = map.next_value()?,
                        "LatencyRead" => out.latency_read = map.next_value()?,
                        "LatencyWrite" => out.latency_write = map.next_value()?,
                        "TimeStamp" => out.time_stamp = map.next_value()?,
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

/// The `MonitorData` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MonitorData {
    /// `DiskMonitorData`.
    #[serde(
        rename = "DiskMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_monitor_data: ::std::option::Option<::std::vec::Vec<DiskMonitorData>>,
}

impl<'de> ::serde::Deserialize<'de> for MonitorData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = MonitorData;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `MonitorData` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<MonitorData, A::Error> {
                let mut out = MonitorData::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskMonitorData" => out.disk_monitor_data = map.next_value()?,
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

/// The response of [`Client::describe_disk_monitor_data`](crate::Client::describe_disk_monitor_data) (`DescribeDiskMonitorData`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiskMonitorDataResponse {
    /// `MonitorData`.
    #[serde(
        rename = "MonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_data: ::std::option::Option<MonitorData>,
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

impl<'de> ::serde::Deserialize<'de> for DescribeDiskMonitorDataResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDiskMonitorDataResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDiskMonitorDataResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDiskMonitorDataResponse, A::Error> {
                let mut out = DescribeDiskMonitorDataResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "MonitorData" => out.monitor_data = map.next_value()?,
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
