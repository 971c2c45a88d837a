//! `TerminateInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateInstances>
/// The request of [`Client::terminate_instances`](crate::Client::terminate_instances) (`TerminateInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TerminateInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ReleaseAddress`.
    #[serde(
        rename = "ReleaseAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_address: ::std::option::Option<bool>,
    /// `ReleasePrepaidDataDisks`.
    #[serde(
        rename = "ReleasePrepaidDataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_prepaid_data_disks: ::std::option::Option<bool>,
}
impl TerminateInstancesRequest {
    /// A `TerminateInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            release_address: ::std::option::Option::None,
            release_prepaid_data_disks: ::std::option::Option::None,
        }
    }
    /// Sets `ReleaseAddress`.
    pub fn release_address(mut self, value: bool) -> Self {
        self.release_address = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ReleasePrepaidDataDisks`.
    pub fn release_prepaid_data_disks(mut self, value: bool) -> Self {
        self.release_prepaid_data_disks = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::terminate_instances`](crate::Client::terminate_instances) (`TerminateInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TerminateInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
