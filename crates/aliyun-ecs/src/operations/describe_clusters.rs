//! `DescribeClusters`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeClusters>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeClusters",
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

/// The request of [`Client::describe_clusters`](crate::Client::describe_clusters) (`DescribeClusters`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeClustersRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl DescribeClustersRequest {
    /// A `DescribeClustersRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeClustersRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeClustersRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeClustersRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeClustersRequest, A::Error> {
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

                ::std::result::Result::Ok(DescribeClustersRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Clusters.Cluster` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Cluster {
    /// `ClusterId`.
    #[serde(
        rename = "ClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Cluster {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Cluster;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Cluster` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Cluster, A::Error> {
                let mut out = Cluster::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ClusterId" => out.cluster_id = map.next_value()?,
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

/// The `Clusters` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Clusters {
    /// `Cluster`.
    #[serde(
        rename = "Cluster",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster: ::std::option::Option<::std::vec::Vec<Cluster>>,
}

impl<'de> ::serde::Deserialize<'de> for Clusters {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Clusters;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Clusters` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Clusters, A::Error> {
                let mut out = Clusters::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Cluster" => out.cluster = map.next_value()?,
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

/// The response of [`Client::describe_clusters`](crate::Client::describe_clusters) (`DescribeClusters`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeClustersResponse {
    /// `Clusters`.
    #[serde(
        rename = "Clusters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clusters: ::std::option::Option<Clusters>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeClustersResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeClustersResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeClustersResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeClustersResponse, A::Error> {
                let mut out = DescribeClustersResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Clusters" => out.clusters = map.next_value()?,
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
