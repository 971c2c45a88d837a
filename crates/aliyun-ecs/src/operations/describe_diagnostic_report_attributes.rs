//! `DescribeDiagnosticReportAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticReportAttributes>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDiagnosticReportAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReportId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_diagnostic_report_attributes`](crate::Client::describe_diagnostic_report_attributes) (`DescribeDiagnosticReportAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportAttributesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ReportId` (query). Required.
    #[serde(rename = "ReportId")]
    pub report_id: ::std::string::String,
}
impl DescribeDiagnosticReportAttributesRequest {
    /// A `DescribeDiagnosticReportAttributesRequest` with its required members: `RegionId`, `ReportId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        report_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            report_id: report_id.into(),
        }
    }
}
/// The `MetricResults.MetricResult.Issues.Issue` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Issue {
    /// `Additional`.
    #[serde(
        rename = "Additional",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional: ::std::option::Option<::std::string::String>,
    /// `IssueId`.
    #[serde(
        rename = "IssueId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_id: ::std::option::Option<::std::string::String>,
    /// `OccurrenceTime`.
    #[serde(
        rename = "OccurrenceTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub occurrence_time: ::std::option::Option<::std::string::String>,
    /// `Severity`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<::std::string::String>,
}
/// The `MetricResults.MetricResult.Issues` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Issues {
    /// `Issue`.
    #[serde(
        rename = "Issue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue: ::std::option::Option<::std::vec::Vec<Issue>>,
}
/// The `MetricResults.MetricResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetricResult {
    /// `Issues`.
    #[serde(
        rename = "Issues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issues: ::std::option::Option<Issues>,
    /// `MetricCategory`.
    #[serde(
        rename = "MetricCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_category: ::std::option::Option<::std::string::String>,
    /// `MetricId`.
    #[serde(
        rename = "MetricId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_id: ::std::option::Option<::std::string::String>,
    /// `Severity`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}
/// The `MetricResults` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetricResults {
    /// `MetricResult`.
    #[serde(
        rename = "MetricResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_result: ::std::option::Option<::std::vec::Vec<MetricResult>>,
}
/// The response of [`Client::describe_diagnostic_report_attributes`](crate::Client::describe_diagnostic_report_attributes) (`DescribeDiagnosticReportAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportAttributesResponse {
    /// `Attributes`.
    #[serde(
        rename = "Attributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `FinishedTime`.
    #[serde(
        rename = "FinishedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finished_time: ::std::option::Option<::std::string::String>,
    /// `MetricResults`.
    #[serde(
        rename = "MetricResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_results: ::std::option::Option<MetricResults>,
    /// `MetricSetId`.
    #[serde(
        rename = "MetricSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_set_id: ::std::option::Option<::std::string::String>,
    /// `ReportId`.
    #[serde(
        rename = "ReportId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub report_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `ResourceId`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `ResourceType`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `Severity`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}
