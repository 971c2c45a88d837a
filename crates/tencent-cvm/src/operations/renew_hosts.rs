//! `RenewHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewHosts>
/// The request of [`Client::renew_hosts`](crate::Client::renew_hosts) (`RenewHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RenewHostsRequest {
    /// `HostIds`. Required.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostChargePrepaid`. Required.
    #[serde(rename = "HostChargePrepaid")]
    pub host_charge_prepaid: crate::models::ChargePrepaid,
}
impl RenewHostsRequest {
    /// A `RenewHostsRequest` with its required members: `HostIds`, `HostChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        host_ids: ::std::vec::Vec<::std::string::String>,
        host_charge_prepaid: crate::models::ChargePrepaid,
    ) -> Self {
        Self {
            host_ids,
            host_charge_prepaid,
        }
    }
}
/// The response of [`Client::renew_hosts`](crate::Client::renew_hosts) (`RenewHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RenewHostsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
