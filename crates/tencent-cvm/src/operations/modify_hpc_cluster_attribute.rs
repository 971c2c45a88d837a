//! `ModifyHpcClusterAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHpcClusterAttribute>
/// The request of [`Client::modify_hpc_cluster_attribute`](crate::Client::modify_hpc_cluster_attribute) (`ModifyHpcClusterAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyHpcClusterAttributeRequest {
    /// `HpcClusterId`. Required.
    #[serde(rename = "HpcClusterId")]
    pub hpc_cluster_id: ::std::string::String,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Remark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
}
impl ModifyHpcClusterAttributeRequest {
    /// A `ModifyHpcClusterAttributeRequest` with its required members: `HpcClusterId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(hpc_cluster_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            hpc_cluster_id: hpc_cluster_id.into(),
            name: ::std::option::Option::None,
            remark: ::std::option::Option::None,
        }
    }
    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Remark`.
    pub fn remark(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remark = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::modify_hpc_cluster_attribute`](crate::Client::modify_hpc_cluster_attribute) (`ModifyHpcClusterAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyHpcClusterAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
