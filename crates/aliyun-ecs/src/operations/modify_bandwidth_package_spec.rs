//! `ModifyBandwidthPackageSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyBandwidthPackageSpec>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyBandwidthPackageSpec",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BandwidthPackageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Bandwidth",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::modify_bandwidth_package_spec`](crate::Client::modify_bandwidth_package_spec) (`ModifyBandwidthPackageSpec`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyBandwidthPackageSpecRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `BandwidthPackageId` (query). Required.
    #[serde(rename = "BandwidthPackageId")]
    pub bandwidth_package_id: ::std::string::String,
    /// `Bandwidth` (query). Required.
    #[serde(rename = "Bandwidth")]
    pub bandwidth: ::std::string::String,
}
impl ModifyBandwidthPackageSpecRequest {
    /// A `ModifyBandwidthPackageSpecRequest` with its required members: `RegionId`, `BandwidthPackageId`, `Bandwidth`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth_package_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            bandwidth_package_id: bandwidth_package_id.into(),
            bandwidth: bandwidth.into(),
        }
    }
}
/// The response of [`Client::modify_bandwidth_package_spec`](crate::Client::modify_bandwidth_package_spec) (`ModifyBandwidthPackageSpec`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyBandwidthPackageSpecResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
