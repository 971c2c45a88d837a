//! `DescribeInternetChargeTypeConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInternetChargeTypeConfigs>
/// The request of [`Client::describe_internet_charge_type_configs`](crate::Client::describe_internet_charge_type_configs) (`DescribeInternetChargeTypeConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInternetChargeTypeConfigsRequest {}
impl DescribeInternetChargeTypeConfigsRequest {
    /// An empty `DescribeInternetChargeTypeConfigsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
/// The response of [`Client::describe_internet_charge_type_configs`](crate::Client::describe_internet_charge_type_configs) (`DescribeInternetChargeTypeConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInternetChargeTypeConfigsResponse {
    /// `InternetChargeTypeConfigSet`.
    #[serde(
        rename = "InternetChargeTypeConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InternetChargeTypeConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
