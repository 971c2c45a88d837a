//! `DescribeInstanceMonitorData`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceMonitorData>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceMonitorData",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
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

/// The request of [`Client::describe_instance_monitor_data`](crate::Client::describe_instance_monitor_data) (`DescribeInstanceMonitorData`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceMonitorDataRequest {
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
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

impl DescribeInstanceMonitorDataRequest {
    /// A `DescribeInstanceMonitorDataRequest` with its required members: `InstanceId`, `StartTime`, `EndTime`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
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

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceMonitorDataRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceMonitorDataRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceMonitorDataRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceMonitorDataRequest, A::Error> {
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
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
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "StartTime" => m_start_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstanceMonitorDataRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
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

/// The `MonitorData.InstanceMonitorData` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceMonitorData {
    /// `BPSRead`.
    #[serde(
        rename = "BPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_read: ::std::option::Option<i64>,
    /// `BPSWrite`.
    #[serde(
        rename = "BPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_write: ::std::option::Option<i64>,
    /// `CPU`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `CPUAdvanceCreditBalance`.
    #[serde(
        rename = "CPUAdvanceCreditBalance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_advance_credit_balance: ::std::option::Option<f64>,
    /// `CPUCreditBalance`.
    #[serde(
        rename = "CPUCreditBalance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_credit_balance: ::std::option::Option<f64>,
    /// `CPUCreditUsage`.
    #[serde(
        rename = "CPUCreditUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_credit_usage: ::std::option::Option<f64>,
    /// `CPUNotpaidSurplusCreditUsage`.
    #[serde(
        rename = "CPUNotpaidSurplusCreditUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_notpaid_surplus_credit_usage: ::std::option::Option<f64>,
    /// `IOPSRead`.
    #[serde(
        rename = "IOPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_read: ::std::option::Option<i64>,
    /// `IOPSWrite`.
    #[serde(
        rename = "IOPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_write: ::std::option::Option<i64>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InternetBandwidth`.
    #[serde(
        rename = "InternetBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_bandwidth: ::std::option::Option<i64>,
    /// `InternetRX`.
    #[serde(
        rename = "InternetRX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_rx: ::std::option::Option<i64>,
    /// `InternetTX`.
    #[serde(
        rename = "InternetTX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_tx: ::std::option::Option<i64>,
    /// `IntranetBandwidth`.
    #[serde(
        rename = "IntranetBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_bandwidth: ::std::option::Option<i64>,
    /// `IntranetRX`.
    #[serde(
        rename = "IntranetRX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_rx: ::std::option::Option<i64>,
    /// `IntranetTX`.
    #[serde(
        rename = "IntranetTX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_tx: ::std::option::Option<i64>,
    /// `TimeStamp`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceMonitorData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceMonitorData;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceMonitorData` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceMonitorData, A::Error> {
                let mut out = InstanceMonitorData::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "BPSRead" => out.bps_read = map.next_value()?,
                        "BPSWrite" => out.bps_write = map.next_value()?,
                        "CPU" => out.cpu = map.next_value()?,
                        "CPUAdvanceCreditBalance" => {
                            out.cpu_advance_credit_balance = map.next_value()?;
                        }

                        "CPUCreditBalance" => out.cpu_credit_balance = map.next_value()?,
                        "CPUCreditUsage" => out.cpu_credit_usage = map.next_value()?,
                        "CPUNotpaidSurplusCreditUsage" => {
                            out.cpu_notpaid_surplus_credit_usage = map.next_value()?;
                        }

                        "IOPSRead" => out.iops_read = map.next_value()?,
                        "IOPSWrite" => out.iops_write = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InternetBandwidth" => out.internet_bandwidth = map.next_value()?,
                        "InternetRX" => out.internet_rx = map.next_value()?,
                        "InternetTX" => out.internet_tx = map.next_value()?,
                        "IntranetBandwidth" => out.intranet_bandwidth = map.next_value()?,
                        "IntranetRX" => out.intranet_rx = map.next_value()?,
                        "IntranetTX" => out.intranet_tx = map.next_value()?,
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
    /// `InstanceMonitorData`.
    #[serde(
        rename = "InstanceMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_monitor_data: ::std::option::Option<::std::vec::Vec<InstanceMonitorData>>,
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
                        "InstanceMonitorData" => {
                            out.instance_monitor_data = map.next_value()?;
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

/// The response of [`Client::describe_instance_monitor_data`](crate::Client::describe_instance_monitor_data) (`DescribeInstanceMonitorData`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceMonitorDataResponse {
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

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceMonitorDataResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceMonitorDataResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceMonitorDataResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceMonitorDataResponse, A::Error> {
                let mut out = DescribeInstanceMonitorDataResponse::default();
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
