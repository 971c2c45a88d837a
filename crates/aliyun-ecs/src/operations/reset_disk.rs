//! `ResetDisk`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ResetDisk>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ResetDisk",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::reset_disk`](crate::Client::reset_disk) (`ResetDisk`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDiskRequest {
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp199lyny9b3****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `SnapshotId` (query). Required.
    ///
    /// Example: `s-bp199lyny9b3****`.
    #[serde(rename = "SnapshotId")]
    pub snapshot_id: ::std::string::String,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl ResetDiskRequest {
    /// A `ResetDiskRequest` with its required members: `DiskId`, `SnapshotId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        disk_id: impl ::std::convert::Into<::std::string::String>,
        snapshot_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            disk_id: disk_id.into(),
            snapshot_id: snapshot_id.into(),
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ResetDiskRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetDiskRequest",
            &[
                ("disk_id", d::req(&self.disk_id)),
                ("snapshot_id", d::req(&self.snapshot_id)),
                ("dry_run", d::opt(&self.dry_run)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResetDiskRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskId", "SnapshotId", "DryRun"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disk_id = r.decode()?,
                1 => m_snapshot_id = r.decode()?,
                2 => m_dry_run = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ResetDiskRequest {
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            snapshot_id: m_snapshot_id.ok_or_else(|| r.missing("SnapshotId"))?,
            dry_run: m_dry_run,
        })
    }
}

/// The response of [`Client::reset_disk`](crate::Client::reset_disk) (`ResetDisk`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDiskResponse {
    /// `RequestId`.
    ///
    /// Example: `F3CD6886-D8D0-4FEE-B93E-1B732396****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResetDiskResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetDiskResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ResetDiskResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResetDiskResponse::default();
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
