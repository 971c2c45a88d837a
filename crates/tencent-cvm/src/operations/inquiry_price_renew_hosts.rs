//! `InquiryPriceRenewHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceRenewHosts>
/// The request of [`Client::inquiry_price_renew_hosts`](crate::Client::inquiry_price_renew_hosts) (`InquiryPriceRenewHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewHostsRequest {
    /// `HostIds`. Required.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostChargePrepaid`. Required.
    #[serde(rename = "HostChargePrepaid")]
    pub host_charge_prepaid: crate::models::ChargePrepaid,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}
impl InquiryPriceRenewHostsRequest {
    /// A `InquiryPriceRenewHostsRequest` with its required members: `HostIds`, `HostChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        host_ids: ::std::vec::Vec<::std::string::String>,
        host_charge_prepaid: crate::models::ChargePrepaid,
    ) -> Self {
        Self {
            host_ids,
            host_charge_prepaid,
            dry_run: ::std::option::Option::None,
        }
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::inquiry_price_renew_hosts`](crate::Client::inquiry_price_renew_hosts) (`InquiryPriceRenewHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InquiryPriceRenewHostsResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::HostPriceInfo>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
