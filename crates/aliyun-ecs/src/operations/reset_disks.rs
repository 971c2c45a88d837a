//! `ResetDisks`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ResetDisks>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ResetDisks",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Disk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The `Disk` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Disk {
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}
impl Disk {
    /// An empty `Disk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            disk_id: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
        }
    }
    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The request of [`Client::reset_disks`](crate::Client::reset_disks) (`ResetDisks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResetDisksRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `Disk` (query, sent as `Disk.1`, `Disk.2`, …). Required.
    ///
    /// From 1 to 16 items.
    #[serde(rename = "Disk")]
    pub disk: ::std::vec::Vec<Disk>,
}
impl ResetDisksRequest {
    /// A `ResetDisksRequest` with its required members: `RegionId`, `Disk`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk: ::std::vec::Vec<Disk>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            dry_run: ::std::option::Option::None,
            disk,
        }
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}
/// The `OperationProgressSet.OperationProgress.RelatedItemSet.RelatedItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RelatedItem {
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
/// The `OperationProgressSet.OperationProgress.RelatedItemSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RelatedItemSet {
    /// `RelatedItem`.
    #[serde(
        rename = "RelatedItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item: ::std::option::Option<::std::vec::Vec<RelatedItem>>,
}
/// The `OperationProgressSet.OperationProgress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OperationProgress {
    /// `ErrorCode`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// `ErrorMsg`.
    #[serde(
        rename = "ErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// `OperationStatus`.
    #[serde(
        rename = "OperationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_status: ::std::option::Option<::std::string::String>,
    /// `RelatedItemSet`.
    #[serde(
        rename = "RelatedItemSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item_set: ::std::option::Option<RelatedItemSet>,
}
/// The `OperationProgressSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OperationProgressSet {
    /// `OperationProgress`.
    #[serde(
        rename = "OperationProgress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress: ::std::option::Option<::std::vec::Vec<OperationProgress>>,
}
/// The response of [`Client::reset_disks`](crate::Client::reset_disks) (`ResetDisks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResetDisksResponse {
    /// `OperationProgressSet`.
    #[serde(
        rename = "OperationProgressSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress_set: ::std::option::Option<OperationProgressSet>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
