//! `DeleteAutoSnapshotPolicy`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteAutoSnapshotPolicy>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteAutoSnapshotPolicy",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "regionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "autoSnapshotPolicyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::delete_auto_snapshot_policy`](crate::Client::delete_auto_snapshot_policy) (`DeleteAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteAutoSnapshotPolicyRequest {
    /// `regionId` (query). Required.
    #[serde(rename = "regionId")]
    pub region_id: ::std::string::String,
    /// `autoSnapshotPolicyId` (query). Required.
    #[serde(rename = "autoSnapshotPolicyId")]
    pub auto_snapshot_policy_id: ::std::string::String,
}
impl DeleteAutoSnapshotPolicyRequest {
    /// A `DeleteAutoSnapshotPolicyRequest` with its required members: `regionId`, `autoSnapshotPolicyId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        auto_snapshot_policy_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            auto_snapshot_policy_id: auto_snapshot_policy_id.into(),
        }
    }
}
/// The response of [`Client::delete_auto_snapshot_policy`](crate::Client::delete_auto_snapshot_policy) (`DeleteAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteAutoSnapshotPolicyResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
