//! `CreateHpcCluster`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateHpcCluster>
/// The request of [`Client::create_hpc_cluster`](crate::Client::create_hpc_cluster) (`CreateHpcCluster`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateHpcClusterRequest {
    /// `Zone`. Required.
    #[serde(rename = "Zone")]
    pub zone: ::std::string::String,
    /// `Name`. Required.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Remark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
    /// `HpcClusterType`.
    #[serde(
        rename = "HpcClusterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_type: ::std::option::Option<::std::string::String>,
    /// `HpcClusterBusinessId`.
    #[serde(
        rename = "HpcClusterBusinessId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_business_id: ::std::option::Option<::std::string::String>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}
impl CreateHpcClusterRequest {
    /// A `CreateHpcClusterRequest` with its required members: `Zone`, `Name`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        zone: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            zone: zone.into(),
            name: name.into(),
            remark: ::std::option::Option::None,
            hpc_cluster_type: ::std::option::Option::None,
            hpc_cluster_business_id: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
        }
    }
    /// Sets `Remark`.
    pub fn remark(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remark = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `HpcClusterType`.
    pub fn hpc_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hpc_cluster_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `HpcClusterBusinessId`.
    pub fn hpc_cluster_business_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hpc_cluster_business_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::create_hpc_cluster`](crate::Client::create_hpc_cluster) (`CreateHpcCluster`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateHpcClusterResponse {
    /// `HpcClusterSet`.
    #[serde(
        rename = "HpcClusterSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_set: ::std::option::Option<::std::vec::Vec<crate::models::HpcClusterInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
