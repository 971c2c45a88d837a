//! `RemoveChcDeployVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcDeployVpc>
/// The request of [`Client::remove_chc_deploy_vpc`](crate::Client::remove_chc_deploy_vpc) (`RemoveChcDeployVpc`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveChcDeployVpcRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
}
impl RemoveChcDeployVpcRequest {
    /// A `RemoveChcDeployVpcRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(chc_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { chc_ids }
    }
}
/// The response of [`Client::remove_chc_deploy_vpc`](crate::Client::remove_chc_deploy_vpc) (`RemoveChcDeployVpc`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveChcDeployVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
