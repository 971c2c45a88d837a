//! `CreateDiagnosticReport`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDiagnosticReport>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateDiagnosticReport",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MetricSetId",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_diagnostic_report`](crate::Client::create_diagnostic_report) (`CreateDiagnosticReport`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDiagnosticReportRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceId` (query). Required.
    ///
    /// Example: `i-uf6i0tv2refv8wz*****`.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::string::String,
    /// `MetricSetId` (query).
    ///
    /// Example: `dms-uf6i0tv2refv8wz*****`.
    #[serde(
        rename = "MetricSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_set_id: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    ///
    /// Example: `2022-07-11T12:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2022-07-11T14:00Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
}

impl CreateDiagnosticReportRequest {
    /// A `CreateDiagnosticReportRequest` with its required members: `RegionId`, `ResourceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_id: resource_id.into(),
            metric_set_id: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }

    /// Sets `MetricSetId`.
    pub fn metric_set_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_set_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateDiagnosticReportRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDiagnosticReportRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_id", d::req(&self.resource_id)),
                ("metric_set_id", d::opt(&self.metric_set_id)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDiagnosticReportRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceId",
            "MetricSetId",
            "StartTime",
            "EndTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_metric_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_id = r.decode()?,
                2 => m_metric_set_id = r.decode()?,
                3 => m_start_time = r.decode()?,
                4 => m_end_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateDiagnosticReportRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_id: m_resource_id.ok_or_else(|| r.missing("ResourceId"))?,
            metric_set_id: m_metric_set_id,
            start_time: m_start_time,
            end_time: m_end_time,
        })
    }
}

/// The response of [`Client::create_diagnostic_report`](crate::Client::create_diagnostic_report) (`CreateDiagnosticReport`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDiagnosticReportResponse {
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
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE*****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateDiagnosticReportResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDiagnosticReportResponse",
            &[
                ("report_id", d::opt(&self.report_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDiagnosticReportResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ReportId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateDiagnosticReportResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.report_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
