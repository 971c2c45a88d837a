//! `DeleteSnapshotGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteSnapshotGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteSnapshotGroup",
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
                name: "SnapshotGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_snapshot_group`](crate::Client::delete_snapshot_group) (`DeleteSnapshotGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteSnapshotGroupRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SnapshotGroupId` (query). Required.
    ///
    /// Example: `ssg-j6c9lpuyxo2uxxny****`.
    #[serde(rename = "SnapshotGroupId")]
    pub snapshot_group_id: ::std::string::String,
}

impl DeleteSnapshotGroupRequest {
    /// A `DeleteSnapshotGroupRequest` with its required members: `RegionId`, `SnapshotGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            snapshot_group_id: snapshot_group_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DeleteSnapshotGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteSnapshotGroupRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("snapshot_group_id", d::req(&self.snapshot_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteSnapshotGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "SnapshotGroupId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_snapshot_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteSnapshotGroupRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            snapshot_group_id: m_snapshot_group_id.ok_or_else(|| r.missing("SnapshotGroupId"))?,
        })
    }
}

/// The response of [`Client::delete_snapshot_group`](crate::Client::delete_snapshot_group) (`DeleteSnapshotGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteSnapshotGroupResponse {
    /// `OperationProgressSet`.
    #[serde(
        rename = "OperationProgressSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress_set: ::std::option::Option<crate::models::OperationProgressSet>,
    /// `RequestId`.
    ///
    /// Example: `6EDE885A-FDC1-4FAE-BC44-6EACAEA6CC6E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DeleteSnapshotGroupResponse {
    /// The items of `OperationProgressSet` (through its wrapper), empty when absent.
    pub fn operation_progress_set(&self) -> &[crate::models::OperationProgress] {
        self.operation_progress_set
            .as_ref()
            .and_then(|w| w.operation_progress.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DeleteSnapshotGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteSnapshotGroupResponse",
            &[
                (
                    "operation_progress_set",
                    d::opt(&self.operation_progress_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteSnapshotGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OperationProgressSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DeleteSnapshotGroupResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.operation_progress_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
