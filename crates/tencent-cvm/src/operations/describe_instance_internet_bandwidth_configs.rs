//! `DescribeInstanceInternetBandwidthConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceInternetBandwidthConfigs>
/// The request of [`Client::describe_instance_internet_bandwidth_configs`](crate::Client::describe_instance_internet_bandwidth_configs) (`DescribeInstanceInternetBandwidthConfigs`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceInternetBandwidthConfigsRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
}
impl DescribeInstanceInternetBandwidthConfigsRequest {
    /// A `DescribeInstanceInternetBandwidthConfigsRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}
/// The response of [`Client::describe_instance_internet_bandwidth_configs`](crate::Client::describe_instance_internet_bandwidth_configs) (`DescribeInstanceInternetBandwidthConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceInternetBandwidthConfigsResponse {
    /// `InternetBandwidthConfigSet`.
    #[serde(
        rename = "InternetBandwidthConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_bandwidth_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InternetBandwidthConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
