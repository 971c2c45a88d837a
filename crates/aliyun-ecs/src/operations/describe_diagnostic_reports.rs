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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_diagnostic_reports`](crate::Client::describe_diagnostic_reports) (`DescribeDiagnosticReports`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
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
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<Status>,
    /// `Severity` (query).
    ///
    /// Allowed values: `normal`, `info`, `warn`, `critical`, `Normal`, `Info`, `Warn`, `Critical`, `unknown`, `Unknown`.
    ///
    /// Example: `Normal`.
    #[serde(
        rename = "Severity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub severity: ::std::option::Option<Severity>,
    /// `NextToken` (query).
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `10`.
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
    pub fn report_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.report_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `ResourceIds`.
    pub fn resource_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.resource_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
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

impl ::std::fmt::Debug for DescribeDiagnosticReportsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiagnosticReportsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("report_ids", d::opt(&self.report_ids)),
                ("resource_ids", d::opt(&self.resource_ids)),
                ("status", d::opt(&self.status)),
                ("severity", d::opt(&self.severity)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiagnosticReportsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ReportIds",
            "ResourceIds",
            "Status",
            "Severity",
            "NextToken",
            "MaxResults",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_report_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<Status> = ::std::option::Option::None;
        let mut m_severity: ::std::option::Option<Severity> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_report_ids = r.decode()?,
                2 => m_resource_ids = r.decode()?,
                3 => m_status = r.decode()?,
                4 => m_severity = r.decode()?,
                5 => m_next_token = r.decode()?,
                6 => m_max_results = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDiagnosticReportsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            report_ids: m_report_ids,
            resource_ids: m_resource_ids,
            status: m_status,
            severity: m_severity,
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}

/// The `Reports.Report.Issues.Issue` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Issue {
    /// `IssueId`.
    ///
    /// Example: `GuestOS.CPU.HighUtiliz*****`.
    #[serde(
        rename = "IssueId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_id: ::std::option::Option<::yun_core::Text>,
    /// `MetricCategory`.
    ///
    /// Example: `ECSService.GuestOS`.
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
                ("issue_id", d::opt(&self.issue_id)),
                ("metric_category", d::opt(&self.metric_category)),
                ("metric_id", d::opt(&self.metric_id)),
                ("severity", d::opt(&self.severity)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Issue {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["IssueId", "MetricCategory", "MetricId", "Severity"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Issue::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.issue_id = r.decode()?,
                1 => out.metric_category = r.decode()?,
                2 => out.metric_id = r.decode()?,
                3 => out.severity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Reports.Report.Issues` object of the response.
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

/// The `Reports.Report` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Report {
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
    /// `Issues`.
    #[serde(
        rename = "Issues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issues: ::std::option::Option<Issues>,
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

impl Report {
    /// The items of `Issues` (through its wrapper), empty when absent.
    pub fn issues(&self) -> &[Issue] {
        self.issues
            .as_ref()
            .and_then(|w| w.issue.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Report {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Report",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("end_time", d::opt(&self.end_time)),
                ("finished_time", d::opt(&self.finished_time)),
                ("issues", d::opt(&self.issues)),
                ("metric_set_id", d::opt(&self.metric_set_id)),
                ("report_id", d::opt(&self.report_id)),
                ("resource_id", d::opt(&self.resource_id)),
                ("resource_type", d::opt(&self.resource_type)),
                ("severity", d::opt(&self.severity)),
                ("start_time", d::opt(&self.start_time)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Report {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "EndTime",
            "FinishedTime",
            "Issues",
            "MetricSetId",
            "ReportId",
            "ResourceId",
            "ResourceType",
            "Severity",
            "StartTime",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = Report::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.end_time = r.decode()?,
                2 => out.finished_time = r.decode()?,
                3 => out.issues = r.decode()?,
                4 => out.metric_set_id = r.decode()?,
                5 => out.report_id = r.decode()?,
                6 => out.resource_id = r.decode()?,
                7 => out.resource_type = r.decode()?,
                8 => out.severity = r.decode()?,
                9 => out.start_time = r.decode()?,
                10 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Reports` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Reports {
    /// `Report`.
    #[serde(
        rename = "Report",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub report: ::std::option::Option<::std::vec::Vec<Report>>,
}

impl ::std::fmt::Debug for Reports {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Reports", &[("report", d::opt(&self.report))])
    }
}

impl ::yun_core::json::Decode for Reports {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Report"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Reports::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.report = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_diagnostic_reports`](crate::Client::describe_diagnostic_reports) (`DescribeDiagnosticReports`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticReportsResponse {
    /// `NextToken`.
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `Reports`.
    #[serde(
        rename = "Reports",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reports: ::std::option::Option<Reports>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE*****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeDiagnosticReportsResponse {
    /// The items of `Reports` (through its wrapper), empty when absent.
    pub fn reports(&self) -> &[Report] {
        self.reports
            .as_ref()
            .and_then(|w| w.report.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDiagnosticReportsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiagnosticReportsResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                ("reports", d::opt(&self.reports)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiagnosticReportsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextToken", "Reports", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeDiagnosticReportsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.reports = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The values of `Status`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `InProgress` (also read from `inprogress`, which the metadata lists too).
    InProgress,
    /// `Finished` (also read from `finished`, which the metadata lists too).
    Finished,
    /// `Failed` (also read from `failed`, which the metadata lists too).
    Failed,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl Status {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "InProgress",
            Self::Finished => "Finished",
            Self::Failed => "Failed",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "InProgress" => Self::InProgress,
            "inprogress" => Self::InProgress,
            "Finished" => Self::Finished,
            "finished" => Self::Finished,
            "Failed" => Self::Failed,
            "failed" => Self::Failed,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
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

impl ::yun_core::json::Decode for Status {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}

/// The values of `Severity`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// `normal` (also read from `Normal`, which the metadata lists too).
    Normal,
    /// `info` (also read from `Info`, which the metadata lists too).
    Info,
    /// `warn` (also read from `Warn`, which the metadata lists too).
    Warn,
    /// `critical` (also read from `Critical`, which the metadata lists too).
    Critical,
    /// `unknown` (also read from `Unknown`, which the metadata lists too).
    UnknownValue,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl Severity {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Normal => "normal",
            Self::Info => "info",
            Self::Warn => "warn",
            Self::Critical => "critical",
            Self::UnknownValue => "unknown",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for Severity {
    fn from(value: &str) -> Self {
        match value {
            "normal" => Self::Normal,
            "Normal" => Self::Normal,
            "info" => Self::Info,
            "Info" => Self::Info,
            "warn" => Self::Warn,
            "Warn" => Self::Warn,
            "critical" => Self::Critical,
            "Critical" => Self::Critical,
            "unknown" => Self::UnknownValue,
            "Unknown" => Self::UnknownValue,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
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

impl ::yun_core::json::Decode for Severity {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
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
