//! `DescribeZoneInstanceConfigInfos`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeZoneInstanceConfigInfos>
/// The request of [`Client::describe_zone_instance_config_infos`](crate::Client::describe_zone_instance_config_infos) (`DescribeZoneInstanceConfigInfos`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeZoneInstanceConfigInfosRequest {
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}
impl DescribeZoneInstanceConfigInfosRequest {
    /// An empty `DescribeZoneInstanceConfigInfosRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            filters: ::std::option::Option::None,
        }
    }
    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::describe_zone_instance_config_infos`](crate::Client::describe_zone_instance_config_infos) (`DescribeZoneInstanceConfigInfos`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeZoneInstanceConfigInfosResponse {
    /// `InstanceTypeQuotaSet`.
    #[serde(
        rename = "InstanceTypeQuotaSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_quota_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceTypeQuotaItem>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
