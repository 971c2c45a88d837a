//! `ConfigureChcDeployVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcDeployVpc>
/// The request of [`Client::configure_chc_deploy_vpc`](crate::Client::configure_chc_deploy_vpc) (`ConfigureChcDeployVpc`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigureChcDeployVpcRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `DeployVirtualPrivateCloud`. Required.
    #[serde(rename = "DeployVirtualPrivateCloud")]
    pub deploy_virtual_private_cloud: crate::models::VirtualPrivateCloud,
    /// `DeploySecurityGroupIds`.
    #[serde(
        rename = "DeploySecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ChcDeployExtraConfig`.
    #[serde(
        rename = "ChcDeployExtraConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_deploy_extra_config: ::std::option::Option<crate::models::ChcDeployExtraConfig>,
}
impl ConfigureChcDeployVpcRequest {
    /// A `ConfigureChcDeployVpcRequest` with its required members: `ChcIds`, `DeployVirtualPrivateCloud`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: ::std::vec::Vec<::std::string::String>,
        deploy_virtual_private_cloud: crate::models::VirtualPrivateCloud,
    ) -> Self {
        Self {
            chc_ids,
            deploy_virtual_private_cloud,
            deploy_security_group_ids: ::std::option::Option::None,
            chc_deploy_extra_config: ::std::option::Option::None,
        }
    }
    /// Sets `DeploySecurityGroupIds`.
    pub fn deploy_security_group_ids(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.deploy_security_group_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ChcDeployExtraConfig`.
    pub fn chc_deploy_extra_config(mut self, value: crate::models::ChcDeployExtraConfig) -> Self {
        self.chc_deploy_extra_config = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::configure_chc_deploy_vpc`](crate::Client::configure_chc_deploy_vpc) (`ConfigureChcDeployVpc`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigureChcDeployVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
