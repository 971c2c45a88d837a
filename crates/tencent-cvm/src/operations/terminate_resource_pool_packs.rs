//! `TerminateResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateResourcePoolPacks>
/// The request of [`Client::terminate_resource_pool_packs`](crate::Client::terminate_resource_pool_packs) (`TerminateResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TerminateResourcePoolPacksRequest {
    /// `DedicatedResourcePackIds`. Required.
    #[serde(rename = "DedicatedResourcePackIds")]
    pub dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>,
}
impl TerminateResourcePoolPacksRequest {
    /// A `TerminateResourcePoolPacksRequest` with its required members: `DedicatedResourcePackIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            dedicated_resource_pack_ids,
        }
    }
}
/// The response of [`Client::terminate_resource_pool_packs`](crate::Client::terminate_resource_pool_packs) (`TerminateResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TerminateResourcePoolPacksResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
