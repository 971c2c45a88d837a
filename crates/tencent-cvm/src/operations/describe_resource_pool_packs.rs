//! `DescribeResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPacks>
/// The request of [`Client::describe_resource_pool_packs`](crate::Client::describe_resource_pool_packs) (`DescribeResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPacksRequest {
    /// `MaxResults`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}
impl DescribeResourcePoolPacksRequest {
    /// An empty `DescribeResourcePoolPacksRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }
    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }
    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::describe_resource_pool_packs`](crate::Client::describe_resource_pool_packs) (`DescribeResourcePoolPacks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPacksResponse {
    /// `DedicatedResourcePackSet`.
    #[serde(
        rename = "DedicatedResourcePackSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ResourcePoolPack>>,
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
