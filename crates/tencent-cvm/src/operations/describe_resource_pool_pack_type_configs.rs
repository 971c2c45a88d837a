//! `DescribeResourcePoolPackTypeConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackTypeConfigs>
/// The request of [`Client::describe_resource_pool_pack_type_configs`](crate::Client::describe_resource_pool_pack_type_configs) (`DescribeResourcePoolPackTypeConfigs`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackTypeConfigsRequest {
    /// `Filters`. Required.
    #[serde(rename = "Filters")]
    pub filters: ::std::vec::Vec<crate::models::Filter>,
}
impl DescribeResourcePoolPackTypeConfigsRequest {
    /// A `DescribeResourcePoolPackTypeConfigsRequest` with its required members: `Filters`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(filters: ::std::vec::Vec<crate::models::Filter>) -> Self {
        Self { filters }
    }
}
/// The response of [`Client::describe_resource_pool_pack_type_configs`](crate::Client::describe_resource_pool_pack_type_configs) (`DescribeResourcePoolPackTypeConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackTypeConfigsResponse {
    /// `InstanceTypeConfigSet`.
    #[serde(
        rename = "InstanceTypeConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceTypeConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
