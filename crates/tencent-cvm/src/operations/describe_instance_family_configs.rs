//! `DescribeInstanceFamilyConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceFamilyConfigs>
/// The request of [`Client::describe_instance_family_configs`](crate::Client::describe_instance_family_configs) (`DescribeInstanceFamilyConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceFamilyConfigsRequest {}
impl DescribeInstanceFamilyConfigsRequest {
    /// An empty `DescribeInstanceFamilyConfigsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
/// The response of [`Client::describe_instance_family_configs`](crate::Client::describe_instance_family_configs) (`DescribeInstanceFamilyConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceFamilyConfigsResponse {
    /// `InstanceFamilyConfigSet`.
    #[serde(
        rename = "InstanceFamilyConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceFamilyConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
