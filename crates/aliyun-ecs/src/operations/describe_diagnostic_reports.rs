//! `DescribeDiagnosticReports`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticReports>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDiagnosticReports",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReportIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Severity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_diagnostic_reports`](crate::Client::describe_diagnostic_reports) (`DescribeDiagnosticReports`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ReportIds` (query, sent as `ReportIds.1`, `ReportIds.2`, …).
    ///
    /// From 1 to 100 items.
    #[serde(
        rename = "ReportIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub report_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ResourceIds` (query, sent as `ResourceIds.1`, `ResourceIds.2`, …).
    ///
    /// From 1 to 100 items.
    #[serde(
        rename = "ResourceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Status` (query).
    ///
    /// Allowed values: `InProgress`, `Finished`, `Failed`, `inprogress`, `finished`, `failed`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Severity` (query).
    ///
    /// Allowed values: `normal`, `info`, `warn`, `critical`, `Normal`, `Info`, `Warn`, `Critical`, `unknown`, `Unknown`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
}
impl DescribeDiagnosticReportsRequest {
    /// A `DescribeDiagnosticReportsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            report_ids: ::std::option::Option::None,
            resource_ids: ::std::option::Option::None,
            status: ::std::option::Option::None,
            severity: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
        }
    }
    /// Sets `ReportIds`.
    pub fn report_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.report_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ResourceIds`.
    pub fn resource_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.resource_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Severity`.
    pub fn severity(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.severity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }
}
/// The `Reports.Report.Issues.Issue` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Issue {
    /// `IssueId`.
    #[serde(
        rename = "IssueId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_id: ::std::option::Option<::std::string::String>,
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
}
/// The `Reports.Report.Issues` object of the response.
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
/// The `Reports.Report` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Report {
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
    /// `Issues`.
    #[serde(
        rename = "Issues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issues: ::std::option::Option<Issues>,
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
/// The `Reports` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Reports {
    /// `Report`.
    #[serde(
        rename = "Report",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub report: ::std::option::Option<::std::vec::Vec<Report>>,
}
/// The response of [`Client::describe_diagnostic_reports`](crate::Client::describe_diagnostic_reports) (`DescribeDiagnosticReports`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportsResponse {
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `Reports`.
    #[serde(
        rename = "Reports",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reports: ::std::option::Option<Reports>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
