//! `DescribeDiagnosticReports`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticReports>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDiagnosticReports",
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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
    pub status: ::std::option::Option<Status>,
    /// `Severity` (query).
    ///
    /// Allowed values: `normal`, `info`, `warn`, `critical`, `Normal`, `Info`, `Warn`, `Critical`, `unknown`, `Unknown`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<Severity>,
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
    pub fn status(mut self, value: impl ::std::convert::Into<Status>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Severity`.
    pub fn severity(mut self, value: impl ::std::convert::Into<Severity>) -> Self {
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

impl<'de> ::serde::Deserialize<'de> for DescribeDiagnosticReportsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDiagnosticReportsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDiagnosticReportsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDiagnosticReportsRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_report_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_resource_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_status: ::std::option::Option<Status> = ::std::option::Option::None;
                let mut m_severity: ::std::option::Option<Severity> = ::std::option::Option::None;
                let mut m_next_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ReportIds" => m_report_ids = map.next_value()?,
                        "ResourceIds" => m_resource_ids = map.next_value()?,
                        "Status" => m_status = map.next_value()?,
                        "Severity" => m_severity = map.next_value()?,
                        "NextToken" => m_next_token = map.next_value()?,
                        "MaxResults" => m_max_results = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDiagnosticReportsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    report_ids: m_report_ids,
                    resource_ids: m_resource_ids,
                    status: m_status,
                    severity: m_severity,
                    next_token: m_next_token,
                    max_results: m_max_results,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Reports.Report.Issues.Issue` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Issue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Issue;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Issue` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Issue, A::Error> {
                let mut out = Issue::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "IssueId" => out.issue_id = map.next_value()?,
                        "MetricCategory" => out.metric_category = map.next_value()?,
                        "MetricId" => out.metric_id = map.next_value()?,
                        "Severity" => out.severity = map.next_value()?,
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

/// The `Reports.Report.Issues` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Issues {
    /// `Issue`.
    #[serde(
        rename = "Issue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue: ::std::option::Option<::std::vec::Vec<Issue>>,
}

impl<'de> ::serde::Deserialize<'de> for Issues {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Issues;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Issues` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Issues, A::Error> {
                let mut out = Issues::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Issue" => out.issue = map.next_value()?,
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

/// The `Reports.Report` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Report {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Report;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Report` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Report, A::Error> {
                let mut out = Report::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "EndTime" => out.end_time = map.next_value()?,
                        "FinishedTime" => out.finished_time = map.next_value()?,
                        "Issues" => out.issues = map.next_value()?,
                        "MetricSetId" => out.metric_set_id = map.next_value()?,
                        "ReportId" => out.report_id = map.next_value()?,
                        "ResourceId" => out.resource_id = map.next_value()?,
                        "ResourceType" => out.resource_type = map.next_value()?,
                        "Severity" => out.severity = map.next_value()?,
                        "StartTime" => out.start_time = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
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

/// The `Reports` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Reports {
    /// `Report`.
    #[serde(
        rename = "Report",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub report: ::std::option::Option<::std::vec::Vec<Report>>,
}

impl<'de> ::serde::Deserialize<'de> for Reports {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Reports;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Reports` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Reports, A::Error> {
                let mut out = Reports::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Report" => out.report = map.next_value()?,
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

/// The response of [`Client::describe_diagnostic_reports`](crate::Client::describe_diagnostic_reports) (`DescribeDiagnosticReports`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeDiagnosticReportsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDiagnosticReportsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDiagnosticReportsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDiagnosticReportsResponse, A::Error> {
                let mut out = DescribeDiagnosticReportsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "NextToken" => out.next_token = map.next_value()?,
                        "Reports" => out.reports = map.next_value()?,
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

/// The values of `Status`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `InProgress`.
    InProgress,
    /// `Finished`.
    Finished,
    /// `Failed`.
    Failed,
    /// `inprogress`.
    Inprogress,
    /// `finished`.
    Finished2,
    /// `failed`.
    Failed2,
    /// A value not in the metadata.
    Unknown(::std::string::String),
}

impl Status {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Finished => "Finished",
            Self::Failed => "Failed",
            Self::Inprogress => "inprogress",
            Self::Finished2 => "finished",
            Self::Failed2 => "failed",
            Self::Unknown(other) => other,
        }
    }
}

impl ::std::convert::From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "InProgress" => Self::InProgress,
            "Finished" => Self::Finished,
            "Failed" => Self::Failed,
            "inprogress" => Self::Inprogress,
            "finished" => Self::Finished2,
            "failed" => Self::Failed2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl ::std::convert::From<::std::string::String> for Status {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for Status {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for Status {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for Status {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let text: ::std::string::String = ::serde::Deserialize::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(text))
    }
}

/// The values of `Severity`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// `normal`.
    Normal,
    /// `info`.
    Info,
    /// `warn`.
    Warn,
    /// `critical`.
    Critical,
    /// `Normal`.
    Normal2,
    /// `Info`.
    Info2,
    /// `Warn`.
    Warn2,
    /// `Critical`.
    Critical2,
    /// `unknown`.
    Unknown2,
    /// `Unknown`.
    Unknown3,
    /// A value not in the metadata.
    Unknown(::std::string::String),
}

impl Severity {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::Info => "info",
            Self::Warn => "warn",
            Self::Critical => "critical",
            Self::Normal2 => "Normal",
            Self::Info2 => "Info",
            Self::Warn2 => "Warn",
            Self::Critical2 => "Critical",
            Self::Unknown2 => "unknown",
            Self::Unknown3 => "Unknown",
            Self::Unknown(other) => other,
        }
    }
}

impl ::std::convert::From<&str> for Severity {
    fn from(value: &str) -> Self {
        match value {
            "normal" => Self::Normal,
            "info" => Self::Info,
            "warn" => Self::Warn,
            "critical" => Self::Critical,
            "Normal" => Self::Normal2,
            "Info" => Self::Info2,
            "Warn" => Self::Warn2,
            "Critical" => Self::Critical2,
            "unknown" => Self::Unknown2,
            "Unknown" => Self::Unknown3,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl ::std::convert::From<::std::string::String> for Severity {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for Severity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for Severity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> ::serde::Deserialize<'de> for Severity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let text: ::std::string::String = ::serde::Deserialize::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(text))
    }
}

impl ::yun_core::internal::AliyunCall for DescribeDiagnosticReportsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDiagnosticReports` pages (by `NextToken`), for [`Client::describe_diagnostic_reports_paginator`](crate::Client::describe_diagnostic_reports_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDiagnosticReportsRequest {
    type Response = DescribeDiagnosticReportsResponse;
    type Item = Report;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribeDiagnosticReportsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeDiagnosticReportsResponse) -> usize {
        page.reports
            .as_ref()
            .and_then(|x| x.report.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeDiagnosticReportsResponse) -> ::std::vec::Vec<Report> {
        page.reports.and_then(|x| x.report).unwrap_or_default()
    }
}
