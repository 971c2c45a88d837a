//! `DeleteActivation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteActivation>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteActivation",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActivationId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::delete_activation`](crate::Client::delete_activation) (`DeleteActivation`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteActivationRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ActivationId` (query). Required.
    #[serde(rename = "ActivationId")]
    pub activation_id: ::std::string::String,
}
impl DeleteActivationRequest {
    /// A `DeleteActivationRequest` with its required members: `RegionId`, `ActivationId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        activation_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            activation_id: activation_id.into(),
        }
    }
}
/// The `Activation` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Activation {
    /// `ActivationId`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `DeregisteredCount`.
    #[serde(
        rename = "DeregisteredCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deregistered_count: ::std::option::Option<i64>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `InstanceCount`.
    #[serde(
        rename = "InstanceCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_count: ::std::option::Option<i64>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `IpAddressRange`.
    #[serde(
        rename = "IpAddressRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address_range: ::std::option::Option<::std::string::String>,
    /// `RegisteredCount`.
    #[serde(
        rename = "RegisteredCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registered_count: ::std::option::Option<i64>,
    /// `TimeToLiveInHours`.
    #[serde(
        rename = "TimeToLiveInHours",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_to_live_in_hours: ::std::option::Option<i64>,
}
/// The response of [`Client::delete_activation`](crate::Client::delete_activation) (`DeleteActivation`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteActivationResponse {
    /// `Activation`.
    #[serde(
        rename = "Activation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation: ::std::option::Option<Activation>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
