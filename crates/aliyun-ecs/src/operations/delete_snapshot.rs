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
    };

/// The request of [`Client::delete_snapshot`](crate::Client::delete_snapshot) (`DeleteSnapshot`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteSnapshotRequest {
    /// `SnapshotId` (query). Required.
    #[serde(rename = "SnapshotId")]
    pub snapshot_id: ::std::string::String,
    /// `Force` (query).
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

impl<'de> ::serde::Deserialize<'de> for DeleteSnapshotRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteSnapshotRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteSnapshotRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteSnapshotRequest, A::Error> {
                let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_force: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SnapshotId" => m_snapshot_id = map.next_value()?,
                        "Force" => m_force = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteSnapshotRequest {
                    snapshot_id: m_snapshot_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("SnapshotId")
                    })?,
                    force: m_force,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::delete_snapshot`](crate::Client::delete_snapshot) (`DeleteSnapshot`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteSnapshotResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteSnapshotResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteSnapshotResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteSnapshotResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteSnapshotResponse, A::Error> {
                let mut out = DeleteSnapshotResponse::default();
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
