//! `InquiryPriceTerminateInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceTerminateInstances>
/// The request of [`Client::inquiry_price_terminate_instances`](crate::Client::inquiry_price_terminate_instances) (`InquiryPriceTerminateInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceTerminateInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
}
impl InquiryPriceTerminateInstancesRequest {
    /// A `InquiryPriceTerminateInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { instance_ids }
    }
}
/// The response of [`Client::inquiry_price_terminate_instances`](crate::Client::inquiry_price_terminate_instances) (`InquiryPriceTerminateInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceTerminateInstancesResponse {
    /// `InstanceRefundsSet`.
    #[serde(
        rename = "InstanceRefundsSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_refunds_set: ::std::option::Option<::std::vec::Vec<crate::models::InstanceRefund>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
