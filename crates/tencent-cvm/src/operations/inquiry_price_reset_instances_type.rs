//! `InquiryPriceResetInstancesType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstancesType>
/// The request of [`Client::inquiry_price_reset_instances_type`](crate::Client::inquiry_price_reset_instances_type) (`InquiryPriceResetInstancesType`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceResetInstancesTypeRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceType`. Required.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
}
impl InquiryPriceResetInstancesTypeRequest {
    /// A `InquiryPriceResetInstancesTypeRequest` with its required members: `InstanceIds`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            instance_type: instance_type.into(),
        }
    }
}
/// The response of [`Client::inquiry_price_reset_instances_type`](crate::Client::inquiry_price_reset_instances_type) (`InquiryPriceResetInstancesType`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceResetInstancesTypeResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::Price>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
