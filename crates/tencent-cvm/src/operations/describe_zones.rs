//! `DescribeZones`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZones>
/// The request of [`Client::describe_zones`](crate::Client::describe_zones) (`DescribeZones`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeZonesRequest {}
impl DescribeZonesRequest {
    /// An empty `DescribeZonesRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
/// The response of [`Client::describe_zones`](crate::Client::describe_zones) (`DescribeZones`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeZonesResponse {
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<u64>,
    /// `ZoneSet`.
    #[serde(
        rename = "ZoneSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_set: ::std::option::Option<::std::vec::Vec<crate::models::ZoneInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
