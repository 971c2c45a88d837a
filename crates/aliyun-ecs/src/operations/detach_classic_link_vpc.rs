//! `DetachClassicLinkVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachClassicLinkVpc>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DetachClassicLinkVpc",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::detach_classic_link_vpc`](crate::Client::detach_classic_link_vpc) (`DetachClassicLinkVpc`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DetachClassicLinkVpcRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `VpcId` (query). Required.
    #[serde(rename = "VpcId")]
    pub vpc_id: ::std::string::String,
}
impl DetachClassicLinkVpcRequest {
    /// A `DetachClassicLinkVpcRequest` with its required members: `RegionId`, `InstanceId`, `VpcId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            vpc_id: vpc_id.into(),
        }
    }
}
/// The response of [`Client::detach_classic_link_vpc`](crate::Client::detach_classic_link_vpc) (`DetachClassicLinkVpc`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DetachClassicLinkVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
