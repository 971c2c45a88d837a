//! `DescribeChcDeniedActions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcDeniedActions>
/// The request of [`Client::describe_chc_denied_actions`](crate::Client::describe_chc_denied_actions) (`DescribeChcDeniedActions`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeChcDeniedActionsRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
}
impl DescribeChcDeniedActionsRequest {
    /// A `DescribeChcDeniedActionsRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(chc_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { chc_ids }
    }
}
/// The response of [`Client::describe_chc_denied_actions`](crate::Client::describe_chc_denied_actions) (`DescribeChcDeniedActions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeChcDeniedActionsResponse {
    /// `ChcHostDeniedActionSet`.
    #[serde(
        rename = "ChcHostDeniedActionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_host_denied_action_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ChcHostDeniedActions>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
