//! `DescribeImageQuota`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeImageQuota>
/// The request of [`Client::describe_image_quota`](crate::Client::describe_image_quota) (`DescribeImageQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageQuotaRequest {}
impl DescribeImageQuotaRequest {
    /// An empty `DescribeImageQuotaRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}
/// The response of [`Client::describe_image_quota`](crate::Client::describe_image_quota) (`DescribeImageQuota`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeImageQuotaResponse {
    /// `ImageNumQuota`.
    #[serde(
        rename = "ImageNumQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_num_quota: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
