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
    };

/// The request of [`Client::describe_eni_monitor_data`](crate::Client::describe_eni_monitor_data) (`DescribeEniMonitorData`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeEniMonitorDataRequest {
    /// `EniId` (query).
    #[serde(
        rename = "EniId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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

impl<'de> ::serde::Deserialize<'de> for DescribeEniMonitorDataRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeEniMonitorDataRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeEniMonitorDataRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeEniMonitorDataRequest, A::Error> {
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
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EniId" => m_eni_id = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "StartTime" => m_start_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeEniMonitorDataRequest {
                    eni_id: m_eni_id,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

/// The `MonitorData.EniMonitorData` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EniMonitorData {
    /// `DropPacketRx`.
    #[serde(
        rename = "DropPacketRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub drop_packet_rx: ::std::option::Option<::std::string::String>,
    /// `DropPacketTx`.
    #[serde(
        rename = "DropPacketTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub drop_packet_tx: ::std::option::Option<::std::string::String>,
    /// `EniId`.
    #[serde(
        rename = "EniId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_id: ::std::option::Option<::std::string::String>,
    /// `IntranetRx`.
    #[serde(
        rename = "IntranetRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_rx: ::std::option::Option<::std::string::String>,
    /// `IntranetTx`.
    #[serde(
        rename = "IntranetTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_tx: ::std::option::Option<::std::string::String>,
    /// `PacketRx`.
    #[serde(
        rename = "PacketRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub packet_rx: ::std::option::Option<::std::string::String>,
    /// `PacketTx`.
    #[serde(
        rename = "PacketTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub packet_tx: ::std::option::Option<::std::string::String>,
    /// `TimeStamp`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for EniMonitorData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EniMonitorData;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EniMonitorData` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EniMonitorData, A::Error> {
                let mut out = EniMonitorData::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DropPacketRx" => out.drop_packet_rx = map.next_value()?,
                        "DropPacketTx" => out.drop_packet_tx = map.next_value()?,
                        "EniId" => out.eni_id = map.next_value()?,
                        "IntranetRx" => out.intranet_rx = map.next_value()?,
                        "IntranetTx" => out.intranet_tx = map.next_value()?,
                        "PacketRx" => out.packet_rx = map.next_value()?,
                        "PacketTx" => out.packet_tx = map.next_value()?,
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
    /// `EniMonitorData`.
    #[serde(
        rename = "EniMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_monitor_data: ::std::option::Option<::std::vec::Vec<EniMonitorData>>,
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
                        "EniMonitorData" => out.eni_monitor_data = map.next_value()?,
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

/// The response of [`Client::describe_eni_monitor_data`](crate::Client::describe_eni_monitor_data) (`DescribeEniMonitorData`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeEniMonitorDataResponse {
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

impl<'de> ::serde::Deserialize<'de> for DescribeEniMonitorDataResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeEniMonitorDataResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeEniMonitorDataResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeEniMonitorDataResponse, A::Error> {
                let mut out = DescribeEniMonitorDataResponse::default();
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
