//! `ExportSnapshot`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ExportSnapshot>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ExportSnapshot",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
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
        nested_required: &[],
    };

/// The request of [`Client::export_snapshot`](crate::Client::export_snapshot) (`ExportSnapshot`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
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

impl ::std::fmt::Debug for ExportSnapshotRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ExportSnapshotRequest",
            &[
                ("snapshot_id", d::req(&self.snapshot_id)),
                ("region_id", d::req(&self.region_id)),
                ("oss_bucket", d::req(&self.oss_bucket)),
                ("role_name", d::opt(&self.role_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExportSnapshotRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SnapshotId", "RegionId", "OssBucket", "RoleName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_oss_bucket: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_snapshot_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_oss_bucket = r.decode()?,
                3 => m_role_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ExportSnapshotRequest {
            snapshot_id: m_snapshot_id.ok_or_else(|| r.missing("SnapshotId"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            oss_bucket: m_oss_bucket.ok_or_else(|| r.missing("OssBucket"))?,
            role_name: m_role_name,
        })
    }
}

/// The response of [`Client::export_snapshot`](crate::Client::export_snapshot) (`ExportSnapshot`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ExportSnapshotResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TaskId`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ExportSnapshotResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ExportSnapshotResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("task_id", d::opt(&self.task_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExportSnapshotResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "TaskId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ExportSnapshotResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.task_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
