//! `ModifyInstancesVpcAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesVpcAttribute>
/// The request of [`Client::modify_instances_vpc_attribute`](crate::Client::modify_instances_vpc_attribute) (`ModifyInstancesVpcAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesVpcAttributeRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `VirtualPrivateCloud`. Required.
    #[serde(rename = "VirtualPrivateCloud")]
    pub virtual_private_cloud: crate::models::VirtualPrivateCloud,
    /// `ForceStop`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `ReserveHostName`.
    #[serde(
        rename = "ReserveHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserve_host_name: ::std::option::Option<bool>,
}
impl ModifyInstancesVpcAttributeRequest {
    /// A `ModifyInstancesVpcAttributeRequest` with its required members: `InstanceIds`, `VirtualPrivateCloud`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        virtual_private_cloud: crate::models::VirtualPrivateCloud,
    ) -> Self {
        Self {
            instance_ids,
            virtual_private_cloud,
            force_stop: ::std::option::Option::None,
            reserve_host_name: ::std::option::Option::None,
        }
    }
    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ReserveHostName`.
    pub fn reserve_host_name(mut self, value: bool) -> Self {
        self.reserve_host_name = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::modify_instances_vpc_attribute`](crate::Client::modify_instances_vpc_attribute) (`ModifyInstancesVpcAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesVpcAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
