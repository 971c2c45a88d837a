//! `ModifyChcNetworkMode`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcNetworkMode>
/// The request of [`Client::modify_chc_network_mode`](crate::Client::modify_chc_network_mode) (`ModifyChcNetworkMode`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyChcNetworkModeRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `NetworkMode`. Required.
    #[serde(rename = "NetworkMode")]
    pub network_mode: ::std::string::String,
}
impl ModifyChcNetworkModeRequest {
    /// A `ModifyChcNetworkModeRequest` with its required members: `ChcIds`, `NetworkMode`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: ::std::vec::Vec<::std::string::String>,
        network_mode: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            chc_ids,
            network_mode: network_mode.into(),
        }
    }
}
/// The response of [`Client::modify_chc_network_mode`](crate::Client::modify_chc_network_mode) (`ModifyChcNetworkMode`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyChcNetworkModeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
