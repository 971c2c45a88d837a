//! `RemoveChcAssistVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcAssistVpc>
/// The request of [`Client::remove_chc_assist_vpc`](crate::Client::remove_chc_assist_vpc) (`RemoveChcAssistVpc`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveChcAssistVpcRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
}
impl RemoveChcAssistVpcRequest {
    /// A `RemoveChcAssistVpcRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(chc_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { chc_ids }
    }
}
/// The response of [`Client::remove_chc_assist_vpc`](crate::Client::remove_chc_assist_vpc) (`RemoveChcAssistVpc`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RemoveChcAssistVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
