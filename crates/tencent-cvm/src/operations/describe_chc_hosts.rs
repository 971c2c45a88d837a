//! `DescribeChcHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcHosts>
/// The request of [`Client::describe_chc_hosts`](crate::Client::describe_chc_hosts) (`DescribeChcHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeChcHostsRequest {
    /// `ChcIds`.
    #[serde(
        rename = "ChcIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
    /// `Offset`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<i64>,
    /// `Limit`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
}
impl DescribeChcHostsRequest {
    /// An empty `DescribeChcHostsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            chc_ids: ::std::option::Option::None,
            filters: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
        }
    }
    /// Sets `ChcIds`.
    pub fn chc_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.chc_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::describe_chc_hosts`](crate::Client::describe_chc_hosts) (`DescribeChcHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeChcHostsResponse {
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `ChcHostSet`.
    #[serde(
        rename = "ChcHostSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_host_set: ::std::option::Option<::std::vec::Vec<crate::models::ChcHost>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
