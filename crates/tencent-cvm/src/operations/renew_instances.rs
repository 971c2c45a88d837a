//! `RenewInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewInstances>
/// The request of [`Client::renew_instances`](crate::Client::renew_instances) (`RenewInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RenewInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceChargePrepaid`.
    #[serde(
        rename = "InstanceChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_prepaid: ::std::option::Option<crate::models::InstanceChargePrepaid>,
    /// `RenewPortableDataDisk`.
    #[serde(
        rename = "RenewPortableDataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_portable_data_disk: ::std::option::Option<bool>,
}
impl RenewInstancesRequest {
    /// A `RenewInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            instance_charge_prepaid: ::std::option::Option::None,
            renew_portable_data_disk: ::std::option::Option::None,
        }
    }
    /// Sets `InstanceChargePrepaid`.
    pub fn instance_charge_prepaid(mut self, value: crate::models::InstanceChargePrepaid) -> Self {
        self.instance_charge_prepaid = ::std::option::Option::Some(value);
        self
    }
    /// Sets `RenewPortableDataDisk`.
    pub fn renew_portable_data_disk(mut self, value: bool) -> Self {
        self.renew_portable_data_disk = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::renew_instances`](crate::Client::renew_instances) (`RenewInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RenewInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
