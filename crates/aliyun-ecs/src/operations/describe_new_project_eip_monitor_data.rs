//! `DescribeNewProjectEipMonitorData`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNewProjectEipMonitorData>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeNewProjectEipMonitorData",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `EipMonitorDatas.EipMonitorData` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `EipMonitorDatas` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EipMonitorDatas {
    /// `EipMonitorData`.
    #[serde(
        rename = "EipMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_monitor_data: ::std::option::Option<::std::vec::Vec<EipMonitorData>>,
}
/// The response of [`Client::describe_new_project_eip_monitor_data`](crate::Client::describe_new_project_eip_monitor_data) (`DescribeNewProjectEipMonitorData`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
