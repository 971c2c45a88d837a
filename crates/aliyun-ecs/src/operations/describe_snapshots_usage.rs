//! `DescribeSnapshotsUsage`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotsUsage>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshotsUsage",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "RegionId",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::describe_snapshots_usage`](crate::Client::describe_snapshots_usage) (`DescribeSnapshotsUsage`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsUsageRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}
impl DescribeSnapshotsUsageRequest {
    /// A `DescribeSnapshotsUsageRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
        }
    }
}
/// The response of [`Client::describe_snapshots_usage`](crate::Client::describe_snapshots_usage) (`DescribeSnapshotsUsage`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsUsageResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotCount`.
    #[serde(
        rename = "SnapshotCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_count: ::std::option::Option<i64>,
    /// `SnapshotSize`.
    #[serde(
        rename = "SnapshotSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_size: ::std::option::Option<i64>,
}
