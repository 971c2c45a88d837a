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
    };

/// The request of [`Client::modify_auto_snapshot_policy`](crate::Client::modify_auto_snapshot_policy) (`ModifyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for ModifyAutoSnapshotPolicyRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyAutoSnapshotPolicyRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyAutoSnapshotPolicyRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyAutoSnapshotPolicyRequest, A::Error> {
                let mut out = ModifyAutoSnapshotPolicyRequest::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SystemDiskPolicyEnabled" => {
                            out.system_disk_policy_enabled = map.next_value()?;
                        }

                        "SystemDiskPolicyTimePeriod" => {
                            out.system_disk_policy_time_period = map.next_value()?;
                        }

                        "SystemDiskPolicyRetentionDays" => {
                            out.system_disk_policy_retention_days = map.next_value()?;
                        }

                        "SystemDiskPolicyRetentionLastWeek" => {
                            out.system_disk_policy_retention_last_week = map.next_value()?;
                        }

                        "DataDiskPolicyEnabled" => {
                            out.data_disk_policy_enabled = map.next_value()?;
                        }

                        "DataDiskPolicyTimePeriod" => {
                            out.data_disk_policy_time_period = map.next_value()?;
                        }

                        "DataDiskPolicyRetentionDays" => {
                            out.data_disk_policy_retention_days = map.next_value()?;
                        }

                        "DataDiskPolicyRetentionLastWeek" => {
                            out.data_disk_policy_retention_last_week = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_auto_snapshot_policy`](crate::Client::modify_auto_snapshot_policy) (`ModifyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyAutoSnapshotPolicyResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyAutoSnapshotPolicyResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyAutoSnapshotPolicyResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyAutoSnapshotPolicyResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyAutoSnapshotPolicyResponse, A::Error> {
                let mut out = ModifyAutoSnapshotPolicyResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
