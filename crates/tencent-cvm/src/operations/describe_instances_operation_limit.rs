//! `DescribeInstancesOperationLimit`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesOperationLimit>
/// The request of [`Client::describe_instances_operation_limit`](crate::Client::describe_instances_operation_limit) (`DescribeInstancesOperationLimit`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesOperationLimitRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `Operation`. Required.
    #[serde(rename = "Operation")]
    pub operation: ::std::string::String,
}
impl DescribeInstancesOperationLimitRequest {
    /// A `DescribeInstancesOperationLimitRequest` with its required members: `InstanceIds`, `Operation`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        operation: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            operation: operation.into(),
        }
    }
}
/// The response of [`Client::describe_instances_operation_limit`](crate::Client::describe_instances_operation_limit) (`DescribeInstancesOperationLimit`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstancesOperationLimitResponse {
    /// `InstanceOperationLimitSet`.
    #[serde(
        rename = "InstanceOperationLimitSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_operation_limit_set:
        ::std::option::Option<::std::vec::Vec<crate::models::OperationCountLimit>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
