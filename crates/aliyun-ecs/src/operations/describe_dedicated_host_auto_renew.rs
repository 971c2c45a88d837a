//! `DescribeDedicatedHostAutoRenew`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHostAutoRenew>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDedicatedHostAutoRenew",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "DedicatedHostIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_dedicated_host_auto_renew`](crate::Client::describe_dedicated_host_auto_renew) (`DescribeDedicatedHostAutoRenew`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostAutoRenewRequest {
    /// `DedicatedHostIds` (query). Required.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}
impl DescribeDedicatedHostAutoRenewRequest {
    /// A `DescribeDedicatedHostAutoRenewRequest` with its required members: `DedicatedHostIds`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_host_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            dedicated_host_ids: dedicated_host_ids.into(),
            region_id: region_id.into(),
        }
    }
}
/// The `DedicatedHostRenewAttributes.DedicatedHostRenewAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DedicatedHostRenewAttribute {
    /// `AutoRenewEnabled`.
    #[serde(
        rename = "AutoRenewEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_enabled: ::std::option::Option<bool>,
    /// `AutoRenewWithEcs`.
    #[serde(
        rename = "AutoRenewWithEcs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_with_ecs: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostId`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// `Duration`.
    #[serde(
        rename = "Duration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i64>,
    /// `PeriodUnit`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `RenewalStatus`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::std::string::String>,
}
/// The `DedicatedHostRenewAttributes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DedicatedHostRenewAttributes {
    /// `DedicatedHostRenewAttribute`.
    #[serde(
        rename = "DedicatedHostRenewAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_renew_attribute:
        ::std::option::Option<::std::vec::Vec<DedicatedHostRenewAttribute>>,
}
/// The response of [`Client::describe_dedicated_host_auto_renew`](crate::Client::describe_dedicated_host_auto_renew) (`DescribeDedicatedHostAutoRenew`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostAutoRenewResponse {
    /// `DedicatedHostRenewAttributes`.
    #[serde(
        rename = "DedicatedHostRenewAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_renew_attributes: ::std::option::Option<DedicatedHostRenewAttributes>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
