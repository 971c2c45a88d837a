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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_diagnostic_report_attributes`](crate::Client::describe_diagnostic_report_attributes) (`DescribeDiagnosticReportAttributes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportAttributesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ReportId` (query). Required.
    ///
    /// Example: `dr-i-uf6i0tv2refv8wz*****`.
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

impl ::std::fmt::Debug for DescribeDiagnosticReportAttributesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiagnosticReportAttributesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("report_id", d::req(&self.report_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiagnosticReportAttributesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ReportId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_report_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_report_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDiagnosticReportAttributesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            report_id: m_report_id.ok_or_else(|| r.missing("ReportId"))?,
        })
    }
}

/// The `MetricResults.MetricResult.Issues.Issue` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Issue {
    /// `Additional`.
    #[serde(
        rename = "Additional",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional: ::std::option::Option<::yun_core::Text>,
    /// `IssueId`.
    ///
    /// Example: `GuestOS.CPU.HighUtiliz*****`.
    #[serde(
        rename = "IssueId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_id: ::std::option::Option<::yun_core::Text>,
    /// `OccurrenceTime`.
    ///
    /// Example: `2022-07-11T14:00:00Z`.
    #[serde(
        rename = "OccurrenceTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub occurrence_time: ::std::option::Option<::yun_core::Text>,
    /// `Severity`.
    ///
    /// Example: `Info`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Issue {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Issue",
            &[
                ("additional", d::opt(&self.additional)),
                ("issue_id", d::opt(&self.issue_id)),
                ("occurrence_time", d::opt(&self.occurrence_time)),
                ("severity", d::opt(&self.severity)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Issue {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Additional", "IssueId", "OccurrenceTime", "Severity"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Issue::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.additional = r.decode()?,
                1 => out.issue_id = r.decode()?,
                2 => out.occurrence_time = r.decode()?,
                3 => out.severity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MetricResults.MetricResult.Issues` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Issues {
    /// `Issue`.
    #[serde(
        rename = "Issue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue: ::std::option::Option<::std::vec::Vec<Issue>>,
}

impl ::std::fmt::Debug for Issues {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Issues", &[("issue", d::opt(&self.issue))])
    }
}

impl ::yun_core::json::Decode for Issues {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Issue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Issues::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.issue = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MetricResults.MetricResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetricResult {
    /// `Issues`.
    #[serde(
        rename = "Issues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issues: ::std::option::Option<Issues>,
    /// `MetricCategory`.
    ///
    /// Example: `CPU`.
    #[serde(
        rename = "MetricCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_category: ::std::option::Option<::yun_core::Text>,
    /// `MetricId`.
    ///
    /// Example: `GuestOS.WinFirewall`.
    #[serde(
        rename = "MetricId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_id: ::std::option::Option<::yun_core::Text>,
    /// `Severity`.
    ///
    /// Example: `Normal`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl MetricResult {
    /// The items of `Issues` (through its wrapper), empty when absent.
    pub fn issues(&self) -> &[Issue] {
        self.issues
            .as_ref()
            .and_then(|w| w.issue.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for MetricResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MetricResult",
            &[
                ("issues", d::opt(&self.issues)),
                ("metric_category", d::opt(&self.metric_category)),
                ("metric_id", d::opt(&self.metric_id)),
                ("severity", d::opt(&self.severity)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for MetricResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Issues", "MetricCategory", "MetricId", "Severity", "Status"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = MetricResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.issues = r.decode()?,
                1 => out.metric_category = r.decode()?,
                2 => out.metric_id = r.decode()?,
                3 => out.severity = r.decode()?,
                4 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MetricResults` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetricResults {
    /// `MetricResult`.
    #[serde(
        rename = "MetricResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_result: ::std::option::Option<::std::vec::Vec<MetricResult>>,
}

impl ::std::fmt::Debug for MetricResults {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MetricResults",
            &[("metric_result", d::opt(&self.metric_result))],
        )
    }
}

impl ::yun_core::json::Decode for MetricResults {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MetricResult"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MetricResults::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.metric_result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_diagnostic_report_attributes`](crate::Client::describe_diagnostic_report_attributes) (`DescribeDiagnosticReportAttributes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportAttributesResponse {
    /// `Attributes`.
    ///
    /// Example: `{"OfflineDiagReportStatus":"CONFIRMED"}`.
    #[serde(
        rename = "Attributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2022-07-11T12:00:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2022-07-11T14:00:00Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `FinishedTime`.
    ///
    /// Example: `2022-07-11T14:00:00Z`.
    #[serde(
        rename = "FinishedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finished_time: ::std::option::Option<::yun_core::Text>,
    /// `MetricResults`.
    #[serde(
        rename = "MetricResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_results: ::std::option::Option<MetricResults>,
    /// `MetricSetId`.
    ///
    /// Example: `dms-bp17p0qwtr72zmu*****`.
    #[serde(
        rename = "MetricSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_set_id: ::std::option::Option<::yun_core::Text>,
    /// `ReportId`.
    ///
    /// Example: `dr-uf6i0tv2refv8wz*****`.
    #[serde(
        rename = "ReportId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub report_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceId`.
    ///
    /// Example: `i-uf6i0tv2refv8wz*****`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceType`.
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::yun_core::Text>,
    /// `Severity`.
    ///
    /// Example: `Normal`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2022-07-11T12:00:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl DescribeDiagnosticReportAttributesResponse {
    /// The items of `MetricResults` (through its wrapper), empty when absent.
    pub fn metric_results(&self) -> &[MetricResult] {
        self.metric_results
            .as_ref()
            .and_then(|w| w.metric_result.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDiagnosticReportAttributesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiagnosticReportAttributesResponse",
            &[
                ("attributes", d::opt(&self.attributes)),
                ("creation_time", d::opt(&self.creation_time)),
                ("end_time", d::opt(&self.end_time)),
                ("finished_time", d::opt(&self.finished_time)),
                ("metric_results", d::opt(&self.metric_results)),
                ("metric_set_id", d::opt(&self.metric_set_id)),
                ("report_id", d::opt(&self.report_id)),
                ("request_id", d::opt(&self.request_id)),
                ("resource_id", d::opt(&self.resource_id)),
                ("resource_type", d::opt(&self.resource_type)),
                ("severity", d::opt(&self.severity)),
                ("start_time", d::opt(&self.start_time)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiagnosticReportAttributesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Attributes",
            "CreationTime",
            "EndTime",
            "FinishedTime",
            "MetricResults",
            "MetricSetId",
            "ReportId",
            "RequestId",
            "ResourceId",
            "ResourceType",
            "Severity",
            "StartTime",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut out = DescribeDiagnosticReportAttributesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attributes = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.end_time = r.decode()?,
                3 => out.finished_time = r.decode()?,
                4 => out.metric_results = r.decode()?,
                5 => out.metric_set_id = r.decode()?,
                6 => out.report_id = r.decode()?,
                7 => out.request_id = r.decode()?,
                8 => out.resource_id = r.decode()?,
                9 => out.resource_type = r.decode()?,
                10 => out.severity = r.decode()?,
                11 => out.start_time = r.decode()?,
                12 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
