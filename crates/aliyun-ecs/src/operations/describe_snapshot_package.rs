//! `DescribeSnapshotPackage`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotPackage>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshotPackage",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_snapshot_package`](crate::Client::describe_snapshot_package) (`DescribeSnapshotPackage`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSnapshotPackageRequest {
    /// `PageNumber` (query).
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}
impl DescribeSnapshotPackageRequest {
    /// A `DescribeSnapshotPackageRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            region_id: region_id.into(),
        }
    }
    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }
    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
}
/// The `SnapshotPackages.SnapshotPackage` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SnapshotPackage {
    /// `DisplayName`.
    #[serde(
        rename = "DisplayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `InitCapacity`.
    #[serde(
        rename = "InitCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub init_capacity: ::std::option::Option<i64>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
}
/// The `SnapshotPackages` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SnapshotPackages {
    /// `SnapshotPackage`.
    #[serde(
        rename = "SnapshotPackage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_package: ::std::option::Option<::std::vec::Vec<SnapshotPackage>>,
}
/// The response of [`Client::describe_snapshot_package`](crate::Client::describe_snapshot_package) (`DescribeSnapshotPackage`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSnapshotPackageResponse {
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotPackages`.
    #[serde(
        rename = "SnapshotPackages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_packages: ::std::option::Option<SnapshotPackages>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}
