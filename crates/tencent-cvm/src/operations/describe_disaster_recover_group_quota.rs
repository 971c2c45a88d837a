//! `DescribeDisasterRecoverGroupQuota`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroupQuota>
/// The request of [`Client::describe_disaster_recover_group_quota`](crate::Client::describe_disaster_recover_group_quota) (`DescribeDisasterRecoverGroupQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupQuotaRequest {}
impl DescribeDisasterRecoverGroupQuotaRequest {
    /// An empty `DescribeDisasterRecoverGroupQuotaRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
/// The response of [`Client::describe_disaster_recover_group_quota`](crate::Client::describe_disaster_recover_group_quota) (`DescribeDisasterRecoverGroupQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupQuotaResponse {
    /// `GroupQuota`.
    #[serde(
        rename = "GroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_quota: ::std::option::Option<i64>,
    /// `CurrentNum`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `CvmInHostGroupQuota`.
    #[serde(
        rename = "CvmInHostGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_host_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwGroupQuota`. Deprecated by the vendor.
    #[serde(
        rename = "CvmInSwGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_sw_group_quota: ::std::option::Option<i64>,
    /// `CvmInRackGroupQuota`.
    #[serde(
        rename = "CvmInRackGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_rack_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwitchGroupQuota`.
    #[serde(
        rename = "CvmInSwitchGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_switch_group_quota: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
