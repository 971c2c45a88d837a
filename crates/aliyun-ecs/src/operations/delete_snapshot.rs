//! `DeleteSnapshot`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteSnapshot>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteSnapshot",
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
                name: "Force",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_snapshot`](crate::Client::delete_snapshot) (`DeleteSnapshot`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteSnapshotRequest {
    /// `SnapshotId` (query). Required.
    ///
    /// Example: `s-bp1c0doj0taqyzzl****`.
    #[serde(rename = "SnapshotId")]
    pub snapshot_id: ::std::string::String,
    /// `Force` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
}

impl DeleteSnapshotRequest {
    /// A `DeleteSnapshotRequest` with its required members: `SnapshotId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(snapshot_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            snapshot_id: snapshot_id.into(),
            force: ::std::option::Option::None,
        }
    }

    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DeleteSnapshotRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteSnapshotRequest",
            &[
                ("snapshot_id", d::req(&self.snapshot_id)),
                ("force", d::opt(&self.force)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteSnapshotRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SnapshotId", "Force"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_snapshot_id = r.decode()?,
                1 => m_force = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteSnapshotRequest {
            snapshot_id: m_snapshot_id.ok_or_else(|| r.missing("SnapshotId"))?,
            force: m_force,
        })
    }
}

/// The response of [`Client::delete_snapshot`](crate::Client::delete_snapshot) (`DeleteSnapshot`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteSnapshotResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteSnapshotResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteSnapshotResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteSnapshotResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteSnapshotResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
