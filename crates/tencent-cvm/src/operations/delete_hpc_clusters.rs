//! `DeleteHpcClusters`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteHpcClusters>
/// The request of [`Client::delete_hpc_clusters`](crate::Client::delete_hpc_clusters) (`DeleteHpcClusters`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::delete_hpc_clusters`](crate::Client::delete_hpc_clusters) (`DeleteHpcClusters`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteHpcClustersResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
