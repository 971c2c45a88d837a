//! `DescribeInstancesAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesAttributes>
/// The request of [`Client::describe_instances_attributes`](crate::Client::describe_instances_attributes) (`DescribeInstancesAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesAttributesRequest {
    /// `Attributes`. Required.
    #[serde(rename = "Attributes")]
    pub attributes: ::std::vec::Vec<::std::string::String>,
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
}
impl DescribeInstancesAttributesRequest {
    /// A `DescribeInstancesAttributesRequest` with its required members: `Attributes`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        attributes: ::std::vec::Vec<::std::string::String>,
        instance_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            attributes,
            instance_ids,
        }
    }
}
/// The response of [`Client::describe_instances_attributes`](crate::Client::describe_instances_attributes) (`DescribeInstancesAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesAttributesResponse {
    /// `InstanceSet`.
    #[serde(
        rename = "InstanceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_set: ::std::option::Option<::std::vec::Vec<crate::models::InstanceAttribute>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
