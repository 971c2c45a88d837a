//! `DescribeImportImageOs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImportImageOs>
/// The request of [`Client::describe_import_image_os`](crate::Client::describe_import_image_os) (`DescribeImportImageOs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImportImageOsRequest {}
impl DescribeImportImageOsRequest {
    /// An empty `DescribeImportImageOsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
/// The response of [`Client::describe_import_image_os`](crate::Client::describe_import_image_os) (`DescribeImportImageOs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImportImageOsResponse {
    /// `ImportImageOsListSupported`.
    #[serde(
        rename = "ImportImageOsListSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_image_os_list_supported: ::std::option::Option<crate::models::ImageOsList>,
    /// `ImportImageOsVersionSet`.
    #[serde(
        rename = "ImportImageOsVersionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_image_os_version_set:
        ::std::option::Option<::std::vec::Vec<crate::models::OsVersion>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
