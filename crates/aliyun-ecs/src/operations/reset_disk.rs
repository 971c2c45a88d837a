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
    };

/// The request of [`Client::reset_disk`](crate::Client::reset_disk) (`ResetDisk`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDiskRequest {
    /// `DiskId` (query). Required.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `SnapshotId` (query). Required.
    #[serde(rename = "SnapshotId")]
    pub snapshot_id: ::std::string::String,
    /// `DryRun` (query).
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

impl<'de> ::serde::Deserialize<'de> for ResetDiskRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResetDiskRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResetDiskRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResetDiskRequest, A::Error> {
                let mut m_disk_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskId" => m_disk_id = map.next_value()?,
                        "SnapshotId" => m_snapshot_id = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ResetDiskRequest {
                    disk_id: m_disk_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("DiskId")
                    })?,
                    snapshot_id: m_snapshot_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("SnapshotId")
                    })?,
                    dry_run: m_dry_run,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::reset_disk`](crate::Client::reset_disk) (`ResetDisk`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetDiskResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ResetDiskResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResetDiskResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResetDiskResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResetDiskResponse, A::Error> {
                let mut out = ResetDiskResponse::default();
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
