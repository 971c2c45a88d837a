//! `DescribeInstanceTypeFamilies`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceTypeFamilies>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceTypeFamilies",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Generation",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_instance_type_families`](crate::Client::describe_instance_type_families) (`DescribeInstanceTypeFamilies`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypeFamiliesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Generation` (query).
    #[serde(
        rename = "Generation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generation: ::std::option::Option<::std::string::String>,
}
impl DescribeInstanceTypeFamiliesRequest {
    /// A `DescribeInstanceTypeFamiliesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            generation: ::std::option::Option::None,
        }
    }
    /// Sets `Generation`.
    pub fn generation(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.generation = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `InstanceTypeFamilies.InstanceTypeFamily` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypeFamily {
    /// `Generation`.
    #[serde(
        rename = "Generation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generation: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamilyId`.
    #[serde(
        rename = "InstanceTypeFamilyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family_id: ::std::option::Option<::std::string::String>,
}
/// The `InstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypeFamilies {
    /// `InstanceTypeFamily`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::vec::Vec<InstanceTypeFamily>>,
}
/// The response of [`Client::describe_instance_type_families`](crate::Client::describe_instance_type_families) (`DescribeInstanceTypeFamilies`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypeFamiliesResponse {
    /// `InstanceTypeFamilies`.
    #[serde(
        rename = "InstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_families: ::std::option::Option<InstanceTypeFamilies>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
