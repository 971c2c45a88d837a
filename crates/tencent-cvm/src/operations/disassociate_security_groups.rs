//! `DisassociateSecurityGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateSecurityGroups>
/// The request of [`Client::disassociate_security_groups`](crate::Client::disassociate_security_groups) (`DisassociateSecurityGroups`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociateSecurityGroupsRequest {
    /// `SecurityGroupIds`. Required.
    #[serde(rename = "SecurityGroupIds")]
    pub security_group_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
}
impl DisassociateSecurityGroupsRequest {
    /// A `DisassociateSecurityGroupsRequest` with its required members: `SecurityGroupIds`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        security_group_ids: ::std::vec::Vec<::std::string::String>,
        instance_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            security_group_ids,
            instance_ids,
        }
    }
}
/// The response of [`Client::disassociate_security_groups`](crate::Client::disassociate_security_groups) (`DisassociateSecurityGroups`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DisassociateSecurityGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
