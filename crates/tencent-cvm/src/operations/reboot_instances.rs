//! `RebootInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RebootInstances>
/// The request of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RebootInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceReboot`. Deprecated by the vendor.
    #[serde(
        rename = "ForceReboot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_reboot: ::std::option::Option<bool>,
    /// `StopType`.
    #[serde(
        rename = "StopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_type: ::std::option::Option<::std::string::String>,
}
impl RebootInstancesRequest {
    /// A `RebootInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            force_reboot: ::std::option::Option::None,
            stop_type: ::std::option::Option::None,
        }
    }
    /// Sets `ForceReboot`.
    pub fn force_reboot(mut self, value: bool) -> Self {
        self.force_reboot = ::std::option::Option::Some(value);
        self
    }
    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stop_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RebootInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
