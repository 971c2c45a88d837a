//! `DeleteHpcClusters`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteHpcClusters>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteHpcClusters",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::delete_hpc_clusters`](crate::Client::delete_hpc_clusters) (`DeleteHpcClusters`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteHpcClustersRequest {
    /// `HpcClusterIds`. Required.
    #[serde(rename = "HpcClusterIds")]
    pub hpc_cluster_ids: ::std::vec::Vec<::std::string::String>,
}

impl DeleteHpcClustersRequest {
    /// A `DeleteHpcClustersRequest` with its required members: `HpcClusterIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(hpc_cluster_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { hpc_cluster_ids }
    }
}

impl<'de> ::serde::Deserialize<'de> for DeleteHpcClustersRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteHpcClustersRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteHpcClustersRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteHpcClustersRequest, A::Error> {
                let mut m_hpc_cluster_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HpcClusterIds" => m_hpc_cluster_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteHpcClustersRequest {
                    hpc_cluster_ids: m_hpc_cluster_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("HpcClusterIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::delete_hpc_clusters`](crate::Client::delete_hpc_clusters) (`DeleteHpcClusters`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteHpcClustersResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteHpcClustersResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteHpcClustersResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteHpcClustersResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteHpcClustersResponse, A::Error> {
                let mut out = DeleteHpcClustersResponse::default();
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
