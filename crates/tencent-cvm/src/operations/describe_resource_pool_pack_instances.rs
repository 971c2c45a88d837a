//! `DescribeResourcePoolPackInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackInstances>
/// The request of [`Client::describe_resource_pool_pack_instances`](crate::Client::describe_resource_pool_pack_instances) (`DescribeResourcePoolPackInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackInstancesRequest {
    /// `DedicatedResourcePackIds`. Required.
    #[serde(rename = "DedicatedResourcePackIds")]
    pub dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>,
}
impl DescribeResourcePoolPackInstancesRequest {
    /// A `DescribeResourcePoolPackInstancesRequest` with its required members: `DedicatedResourcePackIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            dedicated_resource_pack_ids,
        }
    }
}
/// The response of [`Client::describe_resource_pool_pack_instances`](crate::Client::describe_resource_pool_pack_instances) (`DescribeResourcePoolPackInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackInstancesResponse {
    /// `DedicatedResourcePackInstanceSet`.
    #[serde(
        rename = "DedicatedResourcePackInstanceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_instance_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ResourcePoolPackInstance>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
