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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_monitor_data`](crate::Client::describe_instance_monitor_data) (`DescribeInstanceMonitorData`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceMonitorDataRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1a36962lrhj4ab****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `StartTime` (query). Required.
    ///
    /// Example: `2014-10-29T23:00:00Z`.
    #[serde(rename = "StartTime")]
    pub start_time: ::std::string::String,
    /// `EndTime` (query). Required.
    ///
    /// Example: `2014-10-30T08:00:00Z`.
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

impl ::std::fmt::Debug for DescribeInstanceMonitorDataRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceMonitorDataRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("start_time", d::req(&self.start_time)),
                ("end_time", d::req(&self.end_time)),
                ("period", d::opt(&self.period)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceMonitorDataRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "StartTime", "EndTime", "Period"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_start_time = r.decode()?,
                2 => m_end_time = r.decode()?,
                3 => m_period = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceMonitorDataRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            start_time: m_start_time.ok_or_else(|| r.missing("StartTime"))?,
            end_time: m_end_time.ok_or_else(|| r.missing("EndTime"))?,
            period: m_period,
        })
    }
}

/// The `MonitorData.InstanceMonitorData` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceMonitorData {
    /// `BPSRead`.
    ///
    /// Example: `1000`.
    #[serde(
        rename = "BPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_read: ::std::option::Option<i64>,
    /// `BPSWrite`.
    ///
    /// Example: `13585`.
    #[serde(
        rename = "BPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bps_write: ::std::option::Option<i64>,
    /// `CPU`.
    ///
    /// Example: `2`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `CPUAdvanceCreditBalance`.
    ///
    /// Example: `0.4`.
    #[serde(
        rename = "CPUAdvanceCreditBalance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_advance_credit_balance: ::std::option::Option<f64>,
    /// `CPUCreditBalance`.
    ///
    /// Example: `120`.
    #[serde(
        rename = "CPUCreditBalance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_credit_balance: ::std::option::Option<f64>,
    /// `CPUCreditUsage`.
    ///
    /// Example: `30`.
    #[serde(
        rename = "CPUCreditUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_credit_usage: ::std::option::Option<f64>,
    /// `CPUNotpaidSurplusCreditUsage`.
    ///
    /// Example: `0.5`.
    #[serde(
        rename = "CPUNotpaidSurplusCreditUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_notpaid_surplus_credit_usage: ::std::option::Option<f64>,
    /// `IOPSRead`.
    ///
    /// Example: `1000`.
    #[serde(
        rename = "IOPSRead",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_read: ::std::option::Option<i64>,
    /// `IOPSWrite`.
    ///
    /// Example: `200`.
    #[serde(
        rename = "IOPSWrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops_write: ::std::option::Option<i64>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1a36962lrhj4****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InternetBandwidth`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_bandwidth: ::std::option::Option<i64>,
    /// `InternetRX`.
    ///
    /// Example: `122`.
    #[serde(
        rename = "InternetRX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_rx: ::std::option::Option<i64>,
    /// `InternetTX`.
    ///
    /// Example: `343`.
    #[serde(
        rename = "InternetTX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_tx: ::std::option::Option<i64>,
    /// `IntranetBandwidth`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "IntranetBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_bandwidth: ::std::option::Option<i64>,
    /// `IntranetRX`.
    ///
    /// Example: `122`.
    #[serde(
        rename = "IntranetRX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_rx: ::std::option::Option<i64>,
    /// `IntranetTX`.
    ///
    /// Example: `343`.
    #[serde(
        rename = "IntranetTX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_tx: ::std::option::Option<i64>,
    /// `TimeStamp`.
    ///
    /// Example: `2014-10-30T05:00:00Z`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceMonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceMonitorData",
            &[
                ("bps_read", d::opt(&self.bps_read)),
                ("bps_write", d::opt(&self.bps_write)),
                ("cpu", d::opt(&self.cpu)),
                (
                    "cpu_advance_credit_balance",
                    d::opt(&self.cpu_advance_credit_balance),
                ),
                ("cpu_credit_balance", d::opt(&self.cpu_credit_balance)),
                ("cpu_credit_usage", d::opt(&self.cpu_credit_usage)),
                (
                    "cpu_notpaid_surplus_credit_usage",
                    d::opt(&self.cpu_notpaid_surplus_credit_usage),
                ),
                ("iops_read", d::opt(&self.iops_read)),
                ("iops_write", d::opt(&self.iops_write)),
                ("instance_id", d::opt(&self.instance_id)),
                ("internet_bandwidth", d::opt(&self.internet_bandwidth)),
                ("internet_rx", d::opt(&self.internet_rx)),
                ("internet_tx", d::opt(&self.internet_tx)),
                ("intranet_bandwidth", d::opt(&self.intranet_bandwidth)),
                ("intranet_rx", d::opt(&self.intranet_rx)),
                ("intranet_tx", d::opt(&self.intranet_tx)),
                ("time_stamp", d::opt(&self.time_stamp)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceMonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BPSRead",
            "BPSWrite",
            "CPU",
            "CPUAdvanceCreditBalance",
            "CPUCreditBalance",
            "CPUCreditUsage",
            "CPUNotpaidSurplusCreditUsage",
            "IOPSRead",
            "IOPSWrite",
            "InstanceId",
            "InternetBandwidth",
            "InternetRX",
            "InternetTX",
            "IntranetBandwidth",
            "IntranetRX",
            "IntranetTX",
            "TimeStamp",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 18] = ::yun_core::json::member_order();
        let mut out = InstanceMonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bps_read = r.decode()?,
                1 => out.bps_write = r.decode()?,
                2 => out.cpu = r.decode()?,
                3 => out.cpu_advance_credit_balance = r.decode()?,
                4 => out.cpu_credit_balance = r.decode()?,
                5 => out.cpu_credit_usage = r.decode()?,
                6 => out.cpu_notpaid_surplus_credit_usage = r.decode()?,
                7 => out.iops_read = r.decode()?,
                8 => out.iops_write = r.decode()?,
                9 => out.instance_id = r.decode()?,
                10 => out.internet_bandwidth = r.decode()?,
                11 => out.internet_rx = r.decode()?,
                12 => out.internet_tx = r.decode()?,
                13 => out.intranet_bandwidth = r.decode()?,
                14 => out.intranet_rx = r.decode()?,
                15 => out.intranet_tx = r.decode()?,
                16 => out.time_stamp = r.decode()?,
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
    /// `InstanceMonitorData`.
    #[serde(
        rename = "InstanceMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_monitor_data: ::std::option::Option<::std::vec::Vec<InstanceMonitorData>>,
}

impl ::std::fmt::Debug for MonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MonitorData",
            &[("instance_monitor_data", d::opt(&self.instance_monitor_data))],
        )
    }
}

impl ::yun_core::json::Decode for MonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceMonitorData"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_monitor_data = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_monitor_data`](crate::Client::describe_instance_monitor_data) (`DescribeInstanceMonitorData`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceMonitorDataResponse {
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
}

impl DescribeInstanceMonitorDataResponse {
    /// The items of `MonitorData` (through its wrapper), empty when absent.
    pub fn monitor_data(&self) -> &[InstanceMonitorData] {
        self.monitor_data
            .as_ref()
            .and_then(|w| w.instance_monitor_data.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceMonitorDataResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceMonitorDataResponse",
            &[
                ("monitor_data", d::opt(&self.monitor_data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceMonitorDataResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MonitorData", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceMonitorDataResponse::default();
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
