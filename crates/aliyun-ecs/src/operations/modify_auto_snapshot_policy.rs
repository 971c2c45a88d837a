//! `ModifyAutoSnapshotPolicy`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyAutoSnapshotPolicy>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyAutoSnapshotPolicy",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "SystemDiskPolicyEnabled",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDiskPolicyTimePeriod",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDiskPolicyRetentionDays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDiskPolicyRetentionLastWeek",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDiskPolicyEnabled",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDiskPolicyTimePeriod",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDiskPolicyRetentionDays",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDiskPolicyRetentionLastWeek",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_auto_snapshot_policy`](crate::Client::modify_auto_snapshot_policy) (`ModifyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyAutoSnapshotPolicyRequest {
    /// `SystemDiskPolicyEnabled` (query).
    #[serde(
        rename = "SystemDiskPolicyEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_policy_enabled: ::std::option::Option<bool>,
    /// `SystemDiskPolicyTimePeriod` (query).
    ///
    /// From 1 to 4.
    #[serde(
        rename = "SystemDiskPolicyTimePeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_policy_time_period: ::std::option::Option<i32>,
    /// `SystemDiskPolicyRetentionDays` (query).
    ///
    /// From 1 to 3.
    #[serde(
        rename = "SystemDiskPolicyRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_policy_retention_days: ::std::option::Option<i32>,
    /// `SystemDiskPolicyRetentionLastWeek` (query).
    #[serde(
        rename = "SystemDiskPolicyRetentionLastWeek",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_policy_retention_last_week: ::std::option::Option<bool>,
    /// `DataDiskPolicyEnabled` (query).
    #[serde(
        rename = "DataDiskPolicyEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_policy_enabled: ::std::option::Option<bool>,
    /// `DataDiskPolicyTimePeriod` (query).
    ///
    /// From 1 to 4.
    #[serde(
        rename = "DataDiskPolicyTimePeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_policy_time_period: ::std::option::Option<i32>,
    /// `DataDiskPolicyRetentionDays` (query).
    ///
    /// From 1 to 3.
    #[serde(
        rename = "DataDiskPolicyRetentionDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_policy_retention_days: ::std::option::Option<i32>,
    /// `DataDiskPolicyRetentionLastWeek` (query).
    #[serde(
        rename = "DataDiskPolicyRetentionLastWeek",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_policy_retention_last_week: ::std::option::Option<bool>,
}

impl ModifyAutoSnapshotPolicyRequest {
    /// An empty `ModifyAutoSnapshotPolicyRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            system_disk_policy_enabled: ::std::option::Option::None,
            system_disk_policy_time_period: ::std::option::Option::None,
            system_disk_policy_retention_days: ::std::option::Option::None,
            system_disk_policy_retention_last_week: ::std::option::Option::None,
            data_disk_policy_enabled: ::std::option::Option::None,
            data_disk_policy_time_period: ::std::option::Option::None,
            data_disk_policy_retention_days: ::std::option::Option::None,
            data_disk_policy_retention_last_week: ::std::option::Option::None,
        }
    }

    /// Sets `SystemDiskPolicyEnabled`.
    pub fn system_disk_policy_enabled(mut self, value: bool) -> Self {
        self.system_disk_policy_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDiskPolicyTimePeriod`.
    pub fn system_disk_policy_time_period(mut self, value: i32) -> Self {
        self.system_disk_policy_time_period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDiskPolicyRetentionDays`.
    pub fn system_disk_policy_retention_days(mut self, value: i32) -> Self {
        self.system_disk_policy_retention_days = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDiskPolicyRetentionLastWeek`.
    pub fn system_disk_policy_retention_last_week(mut self, value: bool) -> Self {
        self.system_disk_policy_retention_last_week = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DataDiskPolicyEnabled`.
    pub fn data_disk_policy_enabled(mut self, value: bool) -> Self {
        self.data_disk_policy_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DataDiskPolicyTimePeriod`.
    pub fn data_disk_policy_time_period(mut self, value: i32) -> Self {
        self.data_disk_policy_time_period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DataDiskPolicyRetentionDays`.
    pub fn data_disk_policy_retention_days(mut self, value: i32) -> Self {
        self.data_disk_policy_retention_days = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DataDiskPolicyRetentionLastWeek`.
    pub fn data_disk_policy_retention_last_week(mut self, value: bool) -> Self {
        self.data_disk_policy_retention_last_week = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyAutoSnapshotPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyAutoSnapshotPolicyRequest",
            &[
                (
                    "system_disk_policy_enabled",
                    d::opt(&self.system_disk_policy_enabled),
                ),
                (
                    "system_disk_policy_time_period",
                    d::opt(&self.system_disk_policy_time_period),
                ),
                (
                    "system_disk_policy_retention_days",
                    d::opt(&self.system_disk_policy_retention_days),
                ),
                (
                    "system_disk_policy_retention_last_week",
                    d::opt(&self.system_disk_policy_retention_last_week),
                ),
                (
                    "data_disk_policy_enabled",
                    d::opt(&self.data_disk_policy_enabled),
                ),
                (
                    "data_disk_policy_time_period",
                    d::opt(&self.data_disk_policy_time_period),
                ),
                (
                    "data_disk_policy_retention_days",
                    d::opt(&self.data_disk_policy_retention_days),
                ),
                (
                    "data_disk_policy_retention_last_week",
                    d::opt(&self.data_disk_policy_retention_last_week),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyAutoSnapshotPolicyRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "SystemDiskPolicyEnabled",
            "SystemDiskPolicyTimePeriod",
            "SystemDiskPolicyRetentionDays",
            "SystemDiskPolicyRetentionLastWeek",
            "DataDiskPolicyEnabled",
            "DataDiskPolicyTimePeriod",
            "DataDiskPolicyRetentionDays",
            "DataDiskPolicyRetentionLastWeek",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = ModifyAutoSnapshotPolicyRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.system_disk_policy_enabled = r.decode()?,
                1 => out.system_disk_policy_time_period = r.decode()?,
                2 => out.system_disk_policy_retention_days = r.decode()?,
                3 => out.system_disk_policy_retention_last_week = r.decode()?,
                4 => out.data_disk_policy_enabled = r.decode()?,
                5 => out.data_disk_policy_time_period = r.decode()?,
                6 => out.data_disk_policy_retention_days = r.decode()?,
                7 => out.data_disk_policy_retention_last_week = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::modify_auto_snapshot_policy`](crate::Client::modify_auto_snapshot_policy) (`ModifyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyAutoSnapshotPolicyResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyAutoSnapshotPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyAutoSnapshotPolicyResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyAutoSnapshotPolicyResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyAutoSnapshotPolicyResponse::default();
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
