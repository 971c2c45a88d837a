//! `ModifySnapshotAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySnapshotAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifySnapshotAttribute",
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
                name: "SnapshotName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DisableInstantAccess",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RetentionDays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_snapshot_attribute`](crate::Client::modify_snapshot_attribute) (`ModifySnapshotAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifySnapshotAttributeRequest {
    /// `SnapshotId` (query). Required.
    ///
    /// Example: `s-bp199lyny9bb47pa****`.
    #[serde(rename = "SnapshotId")]
    pub snapshot_id: ::std::string::String,
    /// `SnapshotName` (query).
    ///
    /// Example: `testSnapshotName`.
    #[serde(
        rename = "SnapshotName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DisableInstantAccess` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DisableInstantAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_instant_access: ::std::option::Option<bool>,
    /// `RetentionDays` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "RetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retention_days: ::std::option::Option<i32>,
}

impl ModifySnapshotAttributeRequest {
    /// A `ModifySnapshotAttributeRequest` with its required members: `SnapshotId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(snapshot_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            snapshot_id: snapshot_id.into(),
            snapshot_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            disable_instant_access: ::std::option::Option::None,
            retention_days: ::std::option::Option::None,
        }
    }

    /// Sets `SnapshotName`.
    pub fn snapshot_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.snapshot_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DisableInstantAccess`.
    pub fn disable_instant_access(mut self, value: bool) -> Self {
        self.disable_instant_access = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RetentionDays`.
    pub fn retention_days(mut self, value: i32) -> Self {
        self.retention_days = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifySnapshotAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifySnapshotAttributeRequest",
            &[
                ("snapshot_id", d::req(&self.snapshot_id)),
                ("snapshot_name", d::opt(&self.snapshot_name)),
                ("description", d::opt(&self.description)),
                (
                    "disable_instant_access",
                    d::opt(&self.disable_instant_access),
                ),
                ("retention_days", d::opt(&self.retention_days)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifySnapshotAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "SnapshotId",
            "SnapshotName",
            "Description",
            "DisableInstantAccess",
            "RetentionDays",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disable_instant_access: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_retention_days: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_snapshot_id = r.decode()?,
                1 => m_snapshot_name = r.decode()?,
                2 => m_description = r.decode()?,
                3 => m_disable_instant_access = r.decode()?,
                4 => m_retention_days = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifySnapshotAttributeRequest {
            snapshot_id: m_snapshot_id.ok_or_else(|| r.missing("SnapshotId"))?,
            snapshot_name: m_snapshot_name,
            description: m_description,
            disable_instant_access: m_disable_instant_access,
            retention_days: m_retention_days,
        })
    }
}

/// The response of [`Client::modify_snapshot_attribute`](crate::Client::modify_snapshot_attribute) (`ModifySnapshotAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifySnapshotAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifySnapshotAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifySnapshotAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifySnapshotAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifySnapshotAttributeResponse::default();
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
