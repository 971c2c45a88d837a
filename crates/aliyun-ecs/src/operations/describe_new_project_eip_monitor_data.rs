//! `DescribeNewProjectEipMonitorData`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNewProjectEipMonitorData>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeNewProjectEipMonitorData",
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
                name: "AllocationId",
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

/// The request of [`Client::describe_new_project_eip_monitor_data`](crate::Client::describe_new_project_eip_monitor_data) (`DescribeNewProjectEipMonitorData`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNewProjectEipMonitorDataRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `AllocationId` (query). Required.
    #[serde(rename = "AllocationId")]
    pub allocation_id: ::std::string::String,
    /// `StartTime` (query). Required.
    #[serde(rename = "StartTime")]
    pub start_time: ::std::string::String,
    /// `EndTime` (query). Required.
    #[serde(rename = "EndTime")]
    pub end_time: ::std::string::String,
    /// `Period` (query).
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
}

impl DescribeNewProjectEipMonitorDataRequest {
    /// A `DescribeNewProjectEipMonitorDataRequest` with its required members: `AllocationId`, `StartTime`, `EndTime`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        allocation_id: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            allocation_id: allocation_id.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
            period: ::std::option::Option::None,
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeNewProjectEipMonitorDataRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeNewProjectEipMonitorDataRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeNewProjectEipMonitorDataRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeNewProjectEipMonitorDataRequest, A::Error>
            {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_allocation_id: ::std::option::Option<::std::string::String> =
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
                        "RegionId" => m_region_id = map.next_value()?,
                        "AllocationId" => m_allocation_id = map.next_value()?,
                        "StartTime" => m_start_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeNewProjectEipMonitorDataRequest {
                    region_id: m_region_id,
                    allocation_id: m_allocation_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("AllocationId")
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

/// The `EipMonitorDatas.EipMonitorData` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipMonitorData {
    /// `EipBandwidth`.
    #[serde(
        rename = "EipBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_bandwidth: ::std::option::Option<i64>,
    /// `EipFlow`.
    #[serde(
        rename = "EipFlow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_flow: ::std::option::Option<i64>,
    /// `EipPackets`.
    #[serde(
        rename = "EipPackets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_packets: ::std::option::Option<i64>,
    /// `EipRX`.
    #[serde(
        rename = "EipRX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_rx: ::std::option::Option<i64>,
    /// `EipTX`.
    #[serde(
        rename = "EipTX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_tx: ::std::option::Option<i64>,
    /// `TimeStamp`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for EipMonitorData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EipMonitorData;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EipMonitorData` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EipMonitorData, A::Error> {
                let mut out = EipMonitorData::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EipBandwidth" => out.eip_bandwidth = map.next_value()?,
                        "EipFlow" => out.eip_flow = map.next_value()?,
                        "EipPackets" => out.eip_packets = map.next_value()?,
                        "EipRX" => out.eip_rx = map.next_value()?,
                        "EipTX" => out.eip_tx = map.next_value()?,
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

/// The `EipMonitorDatas` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipMonitorDatas {
    /// `EipMonitorData`.
    #[serde(
        rename = "EipMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_monitor_data: ::std::option::Option<::std::vec::Vec<EipMonitorData>>,
}

impl<'de> ::serde::Deserialize<'de> for EipMonitorDatas {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EipMonitorDatas;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EipMonitorDatas` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EipMonitorDatas, A::Error> {
                let mut out = EipMonitorDatas::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EipMonitorData" => out.eip_monitor_data = map.next_value()?,
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

/// The response of [`Client::describe_new_project_eip_monitor_data`](crate::Client::describe_new_project_eip_monitor_data) (`DescribeNewProjectEipMonitorData`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNewProjectEipMonitorDataResponse {
    /// `EipMonitorDatas`.
    #[serde(
        rename = "EipMonitorDatas",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_monitor_datas: ::std::option::Option<EipMonitorDatas>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeNewProjectEipMonitorDataResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeNewProjectEipMonitorDataResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeNewProjectEipMonitorDataResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeNewProjectEipMonitorDataResponse, A::Error>
            {
                let mut out = DescribeNewProjectEipMonitorDataResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "EipMonitorDatas" => out.eip_monitor_datas = map.next_value()?,
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
