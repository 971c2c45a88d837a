//! `DescribeAccountQuota`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeAccountQuota>
/// The request of [`Client::describe_account_quota`](crate::Client::describe_account_quota) (`DescribeAccountQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAccountQuotaRequest {
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}
impl DescribeAccountQuotaRequest {
    /// An empty `DescribeAccountQuotaRequest`; set members with the setters.
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
/// The response of [`Client::describe_account_quota`](crate::Client::describe_account_quota) (`DescribeAccountQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeAccountQuotaResponse {
    /// `AppId`.
    #[serde(
        rename = "AppId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_id: ::std::option::Option<u64>,
    /// `AccountQuotaOverview`.
    #[serde(
        rename = "AccountQuotaOverview",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_quota_overview: ::std::option::Option<crate::models::AccountQuotaOverview>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
