//! `DescribeInstanceVncUrl`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceVncUrl>
/// The request of [`Client::describe_instance_vnc_url`](crate::Client::describe_instance_vnc_url) (`DescribeInstanceVncUrl`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceVncUrlRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
}
impl DescribeInstanceVncUrlRequest {
    /// A `DescribeInstanceVncUrlRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}
/// The response of [`Client::describe_instance_vnc_url`](crate::Client::describe_instance_vnc_url) (`DescribeInstanceVncUrl`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceVncUrlResponse {
    /// `InstanceVncUrl`.
    #[serde(
        rename = "InstanceVncUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_vnc_url: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
