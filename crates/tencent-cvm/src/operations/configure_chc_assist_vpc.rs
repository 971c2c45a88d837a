//! `ConfigureChcAssistVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcAssistVpc>
/// The request of [`Client::configure_chc_assist_vpc`](crate::Client::configure_chc_assist_vpc) (`ConfigureChcAssistVpc`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigureChcAssistVpcRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `BmcVirtualPrivateCloud`. Required.
    #[serde(rename = "BmcVirtualPrivateCloud")]
    pub bmc_virtual_private_cloud: crate::models::VirtualPrivateCloud,
    /// `BmcSecurityGroupIds`.
    #[serde(
        rename = "BmcSecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DeployVirtualPrivateCloud`.
    #[serde(
        rename = "DeployVirtualPrivateCloud",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud>,
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
impl ConfigureChcAssistVpcRequest {
    /// A `ConfigureChcAssistVpcRequest` with its required members: `ChcIds`, `BmcVirtualPrivateCloud`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: ::std::vec::Vec<::std::string::String>,
        bmc_virtual_private_cloud: crate::models::VirtualPrivateCloud,
    ) -> Self {
        Self {
            chc_ids,
            bmc_virtual_private_cloud,
            bmc_security_group_ids: ::std::option::Option::None,
            deploy_virtual_private_cloud: ::std::option::Option::None,
            deploy_security_group_ids: ::std::option::Option::None,
            chc_deploy_extra_config: ::std::option::Option::None,
        }
    }
    /// Sets `BmcSecurityGroupIds`.
    pub fn bmc_security_group_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.bmc_security_group_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DeployVirtualPrivateCloud`.
    pub fn deploy_virtual_private_cloud(
        mut self,
        value: crate::models::VirtualPrivateCloud,
    ) -> Self {
        self.deploy_virtual_private_cloud = ::std::option::Option::Some(value);
        self
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
/// The response of [`Client::configure_chc_assist_vpc`](crate::Client::configure_chc_assist_vpc) (`ConfigureChcAssistVpc`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConfigureChcAssistVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
