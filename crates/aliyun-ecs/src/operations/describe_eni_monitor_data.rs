//! `DescribeEniMonitorData`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeEniMonitorData>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeEniMonitorData",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "EniId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
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

/// The request of [`Client::describe_eni_monitor_data`](crate::Client::describe_eni_monitor_data) (`DescribeEniMonitorData`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeEniMonitorDataRequest {
    /// `EniId` (query).
    ///
    /// Example: `eni-bp19da36d6xdwey****`.
    #[serde(
        rename = "EniId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1a5zr3u7nq9cx****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `StartTime` (query). Required.
    ///
    /// Example: `2018-05-21T12:19:00Z`.
    #[serde(rename = "StartTime")]
    pub start_time: ::std::string::String,
    /// `EndTime` (query). Required.
    ///
    /// Example: `2018-05-21T12:22:00Z`.
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

impl DescribeEniMonitorDataRequest {
    /// A `DescribeEniMonitorDataRequest` with its required members: `RegionId`, `InstanceId`, `StartTime`, `EndTime`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            eni_id: ::std::option::Option::None,
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            period: ::std::option::Option::None,
        }
    }

    /// Sets `EniId`.
    pub fn eni_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.eni_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeEniMonitorDataRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeEniMonitorDataRequest",
            &[
                ("eni_id", d::opt(&self.eni_id)),
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                ("start_time", d::req(&self.start_time)),
                ("end_time", d::req(&self.end_time)),
                ("period", d::opt(&self.period)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeEniMonitorDataRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "EniId",
            "RegionId",
            "InstanceId",
            "StartTime",
            "EndTime",
            "Period",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_eni_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
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
                0 => m_eni_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_instance_id = r.decode()?,
                3 => m_start_time = r.decode()?,
                4 => m_end_time = r.decode()?,
                5 => m_period = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeEniMonitorDataRequest {
            eni_id: m_eni_id,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            start_time: m_start_time.ok_or_else(|| r.missing("StartTime"))?,
            end_time: m_end_time.ok_or_else(|| r.missing("EndTime"))?,
            period: m_period,
        })
    }
}

/// The `MonitorData.EniMonitorData` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EniMonitorData {
    /// `DropPacketRx`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "DropPacketRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub drop_packet_rx: ::std::option::Option<::yun_core::Text>,
    /// `DropPacketTx`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "DropPacketTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub drop_packet_tx: ::std::option::Option<::yun_core::Text>,
    /// `EniId`.
    ///
    /// Example: `eni-bp19da36d6xdwey****`.
    #[serde(
        rename = "EniId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_id: ::std::option::Option<::yun_core::Text>,
    /// `IntranetRx`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "IntranetRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_rx: ::std::option::Option<::yun_core::Text>,
    /// `IntranetTx`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "IntranetTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_tx: ::std::option::Option<::yun_core::Text>,
    /// `PacketRx`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "PacketRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub packet_rx: ::std::option::Option<::yun_core::Text>,
    /// `PacketTx`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "PacketTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub packet_tx: ::std::option::Option<::yun_core::Text>,
    /// `TimeStamp`.
    ///
    /// Example: `2018-05-21T03:22:00Z`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for EniMonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EniMonitorData",
            &[
                ("drop_packet_rx", d::opt(&self.drop_packet_rx)),
                ("drop_packet_tx", d::opt(&self.drop_packet_tx)),
                ("eni_id", d::opt(&self.eni_id)),
                ("intranet_rx", d::opt(&self.intranet_rx)),
                ("intranet_tx", d::opt(&self.intranet_tx)),
                ("packet_rx", d::opt(&self.packet_rx)),
                ("packet_tx", d::opt(&self.packet_tx)),
                ("time_stamp", d::opt(&self.time_stamp)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EniMonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DropPacketRx",
            "DropPacketTx",
            "EniId",
            "IntranetRx",
            "IntranetTx",
            "PacketRx",
            "PacketTx",
            "TimeStamp",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = EniMonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.drop_packet_rx = r.decode()?,
                1 => out.drop_packet_tx = r.decode()?,
                2 => out.eni_id = r.decode()?,
                3 => out.intranet_rx = r.decode()?,
                4 => out.intranet_tx = r.decode()?,
                5 => out.packet_rx = r.decode()?,
                6 => out.packet_tx = r.decode()?,
                7 => out.time_stamp = r.decode()?,
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
    /// `EniMonitorData`.
    #[serde(
        rename = "EniMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_monitor_data: ::std::option::Option<::std::vec::Vec<EniMonitorData>>,
}

impl ::std::fmt::Debug for MonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MonitorData",
            &[("eni_monitor_data", d::opt(&self.eni_monitor_data))],
        )
    }
}

impl ::yun_core::json::Decode for MonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["EniMonitorData"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.eni_monitor_data = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_eni_monitor_data`](crate::Client::describe_eni_monitor_data) (`DescribeEniMonitorData`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeEniMonitorDataResponse {
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
    /// Example: `4`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeEniMonitorDataResponse {
    /// The items of `MonitorData` (through its wrapper), empty when absent.
    pub fn monitor_data(&self) -> &[EniMonitorData] {
        self.monitor_data
            .as_ref()
            .and_then(|w| w.eni_monitor_data.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeEniMonitorDataResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeEniMonitorDataResponse",
            &[
                ("monitor_data", d::opt(&self.monitor_data)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeEniMonitorDataResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MonitorData", "RequestId", "TotalCount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeEniMonitorDataResponse::default();
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
