//! `InquiryPriceModifyInstancesChargeType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceModifyInstancesChargeType>
/// The request of [`Client::inquiry_price_modify_instances_charge_type`](crate::Client::inquiry_price_modify_instances_charge_type) (`InquiryPriceModifyInstancesChargeType`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceModifyInstancesChargeTypeRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargeType`. Required.
    #[serde(rename = "InstanceChargeType")]
    pub instance_charge_type: ::std::string::String,
    /// `InstanceChargePrepaid`.
    #[serde(
        rename = "InstanceChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_prepaid: ::std::option::Option<crate::models::InstanceChargePrepaid>,
    /// `ModifyPortableDataDisk`.
    #[serde(
        rename = "ModifyPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modify_portable_data_disk: ::std::option::Option<bool>,
}
impl InquiryPriceModifyInstancesChargeTypeRequest {
    /// A `InquiryPriceModifyInstancesChargeTypeRequest` with its required members: `InstanceIds`, `InstanceChargeType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        instance_charge_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            instance_charge_type: instance_charge_type.into(),
            instance_charge_prepaid: ::std::option::Option::None,
            modify_portable_data_disk: ::std::option::Option::None,
        }
    }
    /// Sets `InstanceChargePrepaid`.
    pub fn instance_charge_prepaid(mut self, value: crate::models::InstanceChargePrepaid) -> Self {
        self.instance_charge_prepaid = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ModifyPortableDataDisk`.
    pub fn modify_portable_data_disk(mut self, value: bool) -> Self {
        self.modify_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::inquiry_price_modify_instances_charge_type`](crate::Client::inquiry_price_modify_instances_charge_type) (`InquiryPriceModifyInstancesChargeType`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceModifyInstancesChargeTypeResponse {
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
