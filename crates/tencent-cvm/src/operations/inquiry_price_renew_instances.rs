//! `InquiryPriceRenewInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewInstances>
/// The request of [`Client::inquiry_price_renew_instances`](crate::Client::inquiry_price_renew_instances) (`InquiryPriceRenewInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargePrepaid`. Required.
    #[serde(rename = "InstanceChargePrepaid")]
    pub instance_charge_prepaid: crate::models::InstanceChargePrepaid,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `RenewPortableDataDisk`.
    #[serde(
        rename = "RenewPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_portable_data_disk: ::std::option::Option<bool>,
}
impl InquiryPriceRenewInstancesRequest {
    /// A `InquiryPriceRenewInstancesRequest` with its required members: `InstanceIds`, `InstanceChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        instance_charge_prepaid: crate::models::InstanceChargePrepaid,
    ) -> Self {
        Self {
            instance_ids,
            instance_charge_prepaid,
            dry_run: ::std::option::Option::None,
            renew_portable_data_disk: ::std::option::Option::None,
        }
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
    /// Sets `RenewPortableDataDisk`.
    pub fn renew_portable_data_disk(mut self, value: bool) -> Self {
        self.renew_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::inquiry_price_renew_instances`](crate::Client::inquiry_price_renew_instances) (`InquiryPriceRenewInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewInstancesResponse {
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
