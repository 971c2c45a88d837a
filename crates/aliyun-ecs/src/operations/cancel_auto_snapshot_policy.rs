//! `CancelAutoSnapshotPolicy`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelAutoSnapshotPolicy>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CancelAutoSnapshotPolicy",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "regionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "diskIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::cancel_auto_snapshot_policy`](crate::Client::cancel_auto_snapshot_policy) (`CancelAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CancelAutoSnapshotPolicyRequest {
    /// `regionId` (query). Required.
    #[serde(rename = "regionId")]
    pub region_id: ::std::string::String,
    /// `diskIds` (query). Required.
    #[serde(rename = "diskIds")]
    pub disk_ids: ::std::string::String,
}
impl CancelAutoSnapshotPolicyRequest {
    /// A `CancelAutoSnapshotPolicyRequest` with its required members: `regionId`, `diskIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        disk_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            disk_ids: disk_ids.into(),
        }
    }
}
/// The response of [`Client::cancel_auto_snapshot_policy`](crate::Client::cancel_auto_snapshot_policy) (`CancelAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CancelAutoSnapshotPolicyResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
