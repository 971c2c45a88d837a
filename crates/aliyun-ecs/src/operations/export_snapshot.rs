//! `ExportSnapshot`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ExportSnapshot>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ExportSnapshot",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "SnapshotId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OssBucket",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::export_snapshot`](crate::Client::export_snapshot) (`ExportSnapshot`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExportSnapshotRequest {
    /// `SnapshotId` (query). Required.
    #[serde(rename = "SnapshotId")]
    pub snapshot_id: ::std::string::String,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `OssBucket` (query). Required.
    #[serde(rename = "OssBucket")]
    pub oss_bucket: ::std::string::String,
    /// `RoleName` (query).
    #[serde(
        rename = "RoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_name: ::std::option::Option<::std::string::String>,
}
impl ExportSnapshotRequest {
    /// A `ExportSnapshotRequest` with its required members: `SnapshotId`, `RegionId`, `OssBucket`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
        oss_bucket: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            snapshot_id: snapshot_id.into(),
            region_id: region_id.into(),
            oss_bucket: oss_bucket.into(),
            role_name: ::std::option::Option::None,
        }
    }
    /// Sets `RoleName`.
    pub fn role_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::export_snapshot`](crate::Client::export_snapshot) (`ExportSnapshot`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ExportSnapshotResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TaskId`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
}
