//! `DescribeRegions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeRegions>
/// The request of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeRegionsRequest {}
impl DescribeRegionsRequest {
    /// An empty `DescribeRegionsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
/// The response of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeRegionsResponse {
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<u64>,
    /// `RegionSet`.
    #[serde(
        rename = "RegionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_set: ::std::option::Option<::std::vec::Vec<crate::models::RegionInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
