//! `AllocateHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AllocateHosts>
/// The request of [`Client::allocate_hosts`](crate::Client::allocate_hosts) (`AllocateHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AllocateHostsRequest {
    /// `Placement`. Required.
    #[serde(rename = "Placement")]
    pub placement: crate::models::Placement,
    /// `ClientToken`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `HostChargePrepaid`.
    #[serde(
        rename = "HostChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_prepaid: ::std::option::Option<crate::models::ChargePrepaid>,
    /// `HostChargeType`.
    #[serde(
        rename = "HostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_type: ::std::option::Option<::std::string::String>,
    /// `HostType`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::std::string::String>,
    /// `HostCount`.
    #[serde(
        rename = "HostCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_count: ::std::option::Option<u64>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}
impl AllocateHostsRequest {
    /// A `AllocateHostsRequest` with its required members: `Placement`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(placement: crate::models::Placement) -> Self {
        Self {
            placement,
            client_token: ::std::option::Option::None,
            host_charge_prepaid: ::std::option::Option::None,
            host_charge_type: ::std::option::Option::None,
            host_type: ::std::option::Option::None,
            host_count: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
        }
    }
    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `HostChargePrepaid`.
    pub fn host_charge_prepaid(mut self, value: crate::models::ChargePrepaid) -> Self {
        self.host_charge_prepaid = ::std::option::Option::Some(value);
        self
    }
    /// Sets `HostChargeType`.
    pub fn host_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.host_charge_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `HostType`.
    pub fn host_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `HostCount`.
    pub fn host_count(mut self, value: u64) -> Self {
        self.host_count = ::std::option::Option::Some(value);
        self
    }
    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::allocate_hosts`](crate::Client::allocate_hosts) (`AllocateHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AllocateHostsResponse {
    /// `HostIdSet`.
    #[serde(
        rename = "HostIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
