//! `DescribeLaunchTemplateVersions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeLaunchTemplateVersions>
/// The request of [`Client::describe_launch_template_versions`](crate::Client::describe_launch_template_versions) (`DescribeLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplateVersionsRequest {
    /// `LaunchTemplateId`. Required.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
    /// `LaunchTemplateVersions`.
    #[serde(
        rename = "LaunchTemplateVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_versions: ::std::option::Option<::std::vec::Vec<u64>>,
    /// `MinVersion`.
    #[serde(
        rename = "MinVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_version: ::std::option::Option<u64>,
    /// `MaxVersion`.
    #[serde(
        rename = "MaxVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_version: ::std::option::Option<u64>,
    /// `Offset`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<u64>,
    /// `Limit`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<u64>,
    /// `DefaultVersion`.
    #[serde(
        rename = "DefaultVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_version: ::std::option::Option<bool>,
}
impl DescribeLaunchTemplateVersionsRequest {
    /// A `DescribeLaunchTemplateVersionsRequest` with its required members: `LaunchTemplateId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(launch_template_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            launch_template_versions: ::std::option::Option::None,
            min_version: ::std::option::Option::None,
            max_version: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
            default_version: ::std::option::Option::None,
        }
    }
    /// Sets `LaunchTemplateVersions`.
    pub fn launch_template_versions(mut self, value: ::std::vec::Vec<u64>) -> Self {
        self.launch_template_versions = ::std::option::Option::Some(value);
        self
    }
    /// Sets `MinVersion`.
    pub fn min_version(mut self, value: u64) -> Self {
        self.min_version = ::std::option::Option::Some(value);
        self
    }
    /// Sets `MaxVersion`.
    pub fn max_version(mut self, value: u64) -> Self {
        self.max_version = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Offset`.
    pub fn offset(mut self, value: u64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Limit`.
    pub fn limit(mut self, value: u64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DefaultVersion`.
    pub fn default_version(mut self, value: bool) -> Self {
        self.default_version = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::describe_launch_template_versions`](crate::Client::describe_launch_template_versions) (`DescribeLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplateVersionsResponse {
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<u64>,
    /// `LaunchTemplateVersionSet`.
    #[serde(
        rename = "LaunchTemplateVersionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_set:
        ::std::option::Option<::std::vec::Vec<crate::models::LaunchTemplateVersionInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
