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
    };

/// The request of [`Client::apply_auto_snapshot_policy`](crate::Client::apply_auto_snapshot_policy) (`ApplyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ApplyAutoSnapshotPolicyRequest {
    /// `regionId` (query). Required.
    #[serde(rename = "regionId")]
    pub region_id: ::std::string::String,
    /// `autoSnapshotPolicyId` (query). Required.
    #[serde(rename = "autoSnapshotPolicyId")]
    pub auto_snapshot_policy_id: ::std::string::String,
    /// `diskIds` (query). Required.
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

impl<'de> ::serde::Deserialize<'de> for ApplyAutoSnapshotPolicyRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ApplyAutoSnapshotPolicyRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ApplyAutoSnapshotPolicyRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ApplyAutoSnapshotPolicyRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_auto_snapshot_policy_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_disk_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "regionId" => m_region_id = map.next_value()?,
                        "autoSnapshotPolicyId" => {
                            m_auto_snapshot_policy_id = map.next_value()?;
                        }

                        "diskIds" => m_disk_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ApplyAutoSnapshotPolicyRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("regionId")
                    })?,
                    auto_snapshot_policy_id: m_auto_snapshot_policy_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "autoSnapshotPolicyId",
                        )
                    })?,
                    disk_ids: m_disk_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("diskIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::apply_auto_snapshot_policy`](crate::Client::apply_auto_snapshot_policy) (`ApplyAutoSnapshotPolicy`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ApplyAutoSnapshotPolicyResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ApplyAutoSnapshotPolicyResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ApplyAutoSnapshotPolicyResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ApplyAutoSnapshotPolicyResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ApplyAutoSnapshotPolicyResponse, A::Error> {
                let mut out = ApplyAutoSnapshotPolicyResponse::default();
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
