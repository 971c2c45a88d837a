//! `ApplyAutoSnapshotPolicy`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ApplyAutoSnapshotPolicy>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ApplyAutoSnapshotPolicy",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
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
            ::yun_core::internal::Field {
                name: "diskIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::apply_auto_snapshot_policy`](crate::Client::apply_auto_snapshot_policy) (`ApplyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ApplyAutoSnapshotPolicyRequest {
    /// `regionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "regionId")]
    pub region_id: ::std::string::String,
    /// `autoSnapshotPolicyId` (query). Required.
    ///
    /// Example: `sp-bp14yziiuvu3s6jn****`.
    #[serde(rename = "autoSnapshotPolicyId")]
    pub auto_snapshot_policy_id: ::std::string::String,
    /// `diskIds` (query). Required.
    ///
    /// Example: `["d-bp14k9cxvr5uzy54****", "d-bp1dtj8v7x6u08iw****", "d-bp1c0tyj9tfli2r8****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "diskIds")]
    pub disk_ids: ::std::string::String,
}

impl ApplyAutoSnapshotPolicyRequest {
    /// A `ApplyAutoSnapshotPolicyRequest` with its required members: `regionId`, `autoSnapshotPolicyId`, `diskIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        auto_snapshot_policy_id: impl ::std::convert::Into<::std::string::String>,
        disk_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            auto_snapshot_policy_id: auto_snapshot_policy_id.into(),
            disk_ids: disk_ids.into(),
        }
    }
}

impl ::std::fmt::Debug for ApplyAutoSnapshotPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ApplyAutoSnapshotPolicyRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "auto_snapshot_policy_id",
                    d::req(&self.auto_snapshot_policy_id),
                ),
                ("disk_ids", d::req(&self.disk_ids)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ApplyAutoSnapshotPolicyRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["regionId", "autoSnapshotPolicyId", "diskIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_snapshot_policy_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_auto_snapshot_policy_id = r.decode()?,
                2 => m_disk_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ApplyAutoSnapshotPolicyRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("regionId"))?,
            auto_snapshot_policy_id: m_auto_snapshot_policy_id
                .ok_or_else(|| r.missing("autoSnapshotPolicyId"))?,
            disk_ids: m_disk_ids.ok_or_else(|| r.missing("diskIds"))?,
        })
    }
}

/// The response of [`Client::apply_auto_snapshot_policy`](crate::Client::apply_auto_snapshot_policy) (`ApplyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ApplyAutoSnapshotPolicyResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ApplyAutoSnapshotPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ApplyAutoSnapshotPolicyResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ApplyAutoSnapshotPolicyResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ApplyAutoSnapshotPolicyResponse::default();
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
