//! `DeleteKeyPairs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteKeyPairs>
/// The request of [`Client::delete_key_pairs`](crate::Client::delete_key_pairs) (`DeleteKeyPairs`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteKeyPairsRequest {
    /// `KeyIds`. Required.
    #[serde(rename = "KeyIds")]
    pub key_ids: ::std::vec::Vec<::std::string::String>,
}
impl DeleteKeyPairsRequest {
    /// A `DeleteKeyPairsRequest` with its required members: `KeyIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(key_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { key_ids }
    }
}
/// The response of [`Client::delete_key_pairs`](crate::Client::delete_key_pairs) (`DeleteKeyPairs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteKeyPairsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
