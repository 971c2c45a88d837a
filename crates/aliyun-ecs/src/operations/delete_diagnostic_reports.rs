//! `DeleteDiagnosticReports`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDiagnosticReports>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteDiagnosticReports",
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
        ],
    };
/// The request of [`Client::delete_diagnostic_reports`](crate::Client::delete_diagnostic_reports) (`DeleteDiagnosticReports`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDiagnosticReportsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ReportIds` (query, sent as `ReportIds.1`, `ReportIds.2`, …). Required.
    ///
    /// From 1 to 100 items.
    #[serde(rename = "ReportIds")]
    pub report_ids: ::std::vec::Vec<::std::string::String>,
}
impl DeleteDiagnosticReportsRequest {
    /// A `DeleteDiagnosticReportsRequest` with its required members: `RegionId`, `ReportIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        report_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            report_ids,
        }
    }
}
/// The response of [`Client::delete_diagnostic_reports`](crate::Client::delete_diagnostic_reports) (`DeleteDiagnosticReports`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDiagnosticReportsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
