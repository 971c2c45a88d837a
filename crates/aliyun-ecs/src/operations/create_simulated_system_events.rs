//! `CreateSimulatedSystemEvents`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSimulatedSystemEvents>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateSimulatedSystemEvents",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NotBefore",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::create_simulated_system_events`](crate::Client::create_simulated_system_events) (`CreateSimulatedSystemEvents`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSimulatedSystemEventsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `EventType` (query). Required.
    #[serde(rename = "EventType")]
    pub event_type: ::std::string::String,
    /// `NotBefore` (query). Required.
    #[serde(rename = "NotBefore")]
    pub not_before: ::std::string::String,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::vec::Vec<::std::string::String>,
}
impl CreateSimulatedSystemEventsRequest {
    /// A `CreateSimulatedSystemEventsRequest` with its required members: `RegionId`, `EventType`, `NotBefore`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        event_type: impl ::std::convert::Into<::std::string::String>,
        not_before: impl ::std::convert::Into<::std::string::String>,
        instance_id: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            event_type: event_type.into(),
            not_before: not_before.into(),
            instance_id,
        }
    }
}
/// The `EventIdSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EventIdSet {
    /// `EventId`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The response of [`Client::create_simulated_system_events`](crate::Client::create_simulated_system_events) (`CreateSimulatedSystemEvents`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreateSimulatedSystemEventsResponse {
    /// `EventIdSet`.
    #[serde(
        rename = "EventIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id_set: ::std::option::Option<EventIdSet>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
