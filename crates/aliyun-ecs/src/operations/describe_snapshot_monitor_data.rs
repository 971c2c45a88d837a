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
    };

/// The request of [`Client::describe_snapshot_monitor_data`](crate::Client::describe_snapshot_monitor_data) (`DescribeSnapshotMonitorData`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotMonitorDataRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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
    /// `Category` (query).
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

impl<'de> ::serde::Deserialize<'de> for DescribeSnapshotMonitorDataRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSnapshotMonitorDataRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSnapshotMonitorDataRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSnapshotMonitorDataRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_start_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_end_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_category: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "StartTime" => m_start_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        "Category" => m_category = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeSnapshotMonitorDataRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    start_time: m_start_time.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("StartTime")
                    })?,
                    end_time: m_end_time.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("EndTime")
                    })?,
                    period: m_period,
                    category: m_category,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `MonitorData.DataPoint` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataPoint {
    /// `Size`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
    /// `TimeStamp`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DataPoint {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DataPoint;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DataPoint` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DataPoint, A::Error> {
                let mut out = DataPoint::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Size" => out.size = map.next_value()?,
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
    /// `DataPoint`.
    #[serde(
        rename = "DataPoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_point: ::std::option::Option<::std::vec::Vec<DataPoint>>,
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
                        "DataPoint" => out.data_point = map.next_value()?,
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

/// The response of [`Client::describe_snapshot_monitor_data`](crate::Client::describe_snapshot_monitor_data) (`DescribeSnapshotMonitorData`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotMonitorDataResponse {
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
}

impl<'de> ::serde::Deserialize<'de> for DescribeSnapshotMonitorDataResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSnapshotMonitorDataResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSnapshotMonitorDataResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSnapshotMonitorDataResponse, A::Error> {
                let mut out = DescribeSnapshotMonitorDataResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "MonitorData" => out.monitor_data = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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
