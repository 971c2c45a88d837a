//! `DescribeSnapshotsUsage`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSnapshotsUsage>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSnapshotsUsage",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "RegionId",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::describe_snapshots_usage`](crate::Client::describe_snapshots_usage) (`DescribeSnapshotsUsage`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsUsageRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
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

impl ::std::fmt::Debug for DescribeSnapshotsUsageRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotsUsageRequest",
            &[("region_id", d::req(&self.region_id))],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotsUsageRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSnapshotsUsageRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
        })
    }
}

/// The response of [`Client::describe_snapshots_usage`](crate::Client::describe_snapshots_usage) (`DescribeSnapshotsUsage`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsUsageResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SnapshotCount`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "SnapshotCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_count: ::std::option::Option<i64>,
    /// `SnapshotSize`.
    ///
    /// Example: `122`.
    #[serde(
        rename = "SnapshotSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_size: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for DescribeSnapshotsUsageResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSnapshotsUsageResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("snapshot_count", d::opt(&self.snapshot_count)),
                ("snapshot_size", d::opt(&self.snapshot_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSnapshotsUsageResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "SnapshotCount", "SnapshotSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeSnapshotsUsageResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.snapshot_count = r.decode()?,
                2 => out.snapshot_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
