//! `DescribeClusters`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeClusters>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeClusters",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[::yun_core::internal::Field {
            name: "RegionId",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
    };
/// The request of [`Client::describe_clusters`](crate::Client::describe_clusters) (`DescribeClusters`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `Clusters.Cluster` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Cluster {
    /// `ClusterId`.
    #[serde(
        rename = "ClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster_id: ::std::option::Option<::std::string::String>,
}
/// The `Clusters` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Clusters {
    /// `Cluster`.
    #[serde(
        rename = "Cluster",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster: ::std::option::Option<::std::vec::Vec<Cluster>>,
}
/// The response of [`Client::describe_clusters`](crate::Client::describe_clusters) (`DescribeClusters`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
