//! `AssociateInstancesKeyPairs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateInstancesKeyPairs>
/// The request of [`Client::associate_instances_key_pairs`](crate::Client::associate_instances_key_pairs) (`AssociateInstancesKeyPairs`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateInstancesKeyPairsRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `KeyIds`. Required.
    #[serde(rename = "KeyIds")]
    pub key_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceStop`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
}
impl AssociateInstancesKeyPairsRequest {
    /// A `AssociateInstancesKeyPairsRequest` with its required members: `InstanceIds`, `KeyIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        key_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            key_ids,
            force_stop: ::std::option::Option::None,
        }
    }
    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::associate_instances_key_pairs`](crate::Client::associate_instances_key_pairs) (`AssociateInstancesKeyPairs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AssociateInstancesKeyPairsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
