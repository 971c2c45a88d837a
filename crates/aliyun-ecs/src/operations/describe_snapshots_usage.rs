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
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "RegionId",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The request of [`Client::describe_snapshots_usage`](crate::Client::describe_snapshots_usage) (`DescribeSnapshotsUsage`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsUsageRequest {
    /// `RegionId` (query). Required.
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

impl<'de> ::serde::Deserialize<'de> for DescribeSnapshotsUsageRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSnapshotsUsageRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSnapshotsUsageRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSnapshotsUsageRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeSnapshotsUsageRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_snapshots_usage`](crate::Client::describe_snapshots_usage) (`DescribeSnapshotsUsage`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSnapshotsUsageResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SnapshotCount`.
    #[serde(
        rename = "SnapshotCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_count: ::std::option::Option<i64>,
    /// `SnapshotSize`.
    #[serde(
        rename = "SnapshotSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_size: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeSnapshotsUsageResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSnapshotsUsageResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSnapshotsUsageResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSnapshotsUsageResponse, A::Error> {
                let mut out = DescribeSnapshotsUsageResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        "SnapshotCount" => out.snapshot_count = map.next_value()?,
                        "SnapshotSize" => out.snapshot_size = map.next_value()?,
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
