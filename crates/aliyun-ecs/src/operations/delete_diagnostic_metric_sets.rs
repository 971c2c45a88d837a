//! `DeleteDiagnosticMetricSets`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDiagnosticMetricSets>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteDiagnosticMetricSets",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MetricSetIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::delete_diagnostic_metric_sets`](crate::Client::delete_diagnostic_metric_sets) (`DeleteDiagnosticMetricSets`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDiagnosticMetricSetsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `MetricSetIds` (query, sent as `MetricSetIds.1`, `MetricSetIds.2`, …). Required.
    ///
    /// From 1 to 10 items.
    #[serde(rename = "MetricSetIds")]
    pub metric_set_ids: ::std::vec::Vec<::std::string::String>,
}
impl DeleteDiagnosticMetricSetsRequest {
    /// A `DeleteDiagnosticMetricSetsRequest` with its required members: `RegionId`, `MetricSetIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        metric_set_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            metric_set_ids,
        }
    }
}
/// The response of [`Client::delete_diagnostic_metric_sets`](crate::Client::delete_diagnostic_metric_sets) (`DeleteDiagnosticMetricSets`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteDiagnosticMetricSetsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
