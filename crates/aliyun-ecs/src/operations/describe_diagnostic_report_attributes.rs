//! `DescribeDiagnosticReportAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticReportAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDiagnosticReportAttributes",
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
                name: "ReportId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_diagnostic_report_attributes`](crate::Client::describe_diagnostic_report_attributes) (`DescribeDiagnosticReportAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeDiagnosticReportAttributesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDiagnosticReportAttributesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDiagnosticReportAttributesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDiagnosticReportAttributesRequest, A::Error>
            {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_report_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ReportId" => m_report_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDiagnosticReportAttributesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    report_id: m_report_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ReportId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `MetricResults.MetricResult.Issues.Issue` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
                        "Additional" => out.additional = map.next_value()?,
                        "IssueId" => out.issue_id = map.next_value()?,
                        "OccurrenceTime" => out.occurrence_time = map.next_value()?,
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

/// The `MetricResults.MetricResult.Issues` object of the response.
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

/// The `MetricResults.MetricResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for MetricResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = MetricResult;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `MetricResult` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<MetricResult, A::Error> {
                let mut out = MetricResult::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Issues" => out.issues = map.next_value()?,
                        "MetricCategory" => out.metric_category = map.next_value()?,
                        "MetricId" => out.metric_id = map.next_value()?,
                        "Severity" => out.severity = map.next_value()?,
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

/// The `MetricResults` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetricResults {
    /// `MetricResult`.
    #[serde(
        rename = "MetricResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_result: ::std::option::Option<::std::vec::Vec<MetricResult>>,
}

impl<'de> ::serde::Deserialize<'de> for MetricResults {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = MetricResults;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `MetricResults` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<MetricResults, A::Error> {
                let mut out = MetricResults::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "MetricResult" => out.metric_result = map.next_value()?,
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

/// The response of [`Client::describe_diagnostic_report_attributes`](crate::Client::describe_diagnostic_report_attributes) (`DescribeDiagnosticReportAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeDiagnosticReportAttributesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDiagnosticReportAttributesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDiagnosticReportAttributesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDiagnosticReportAttributesResponse, A::Error>
            {
                let mut out = DescribeDiagnosticReportAttributesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Attributes" => out.attributes = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "EndTime" => out.end_time = map.next_value()?,
                        "FinishedTime" => out.finished_time = map.next_value()?,
                        "MetricResults" => out.metric_results = map.next_value()?,
                        "MetricSetId" => out.metric_set_id = map.next_value()?,
                        "ReportId" => out.report_id = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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
