//! `CancelSimulatedSystemEvents`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelSimulatedSystemEvents>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CancelSimulatedSystemEvents",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EventId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::cancel_simulated_system_events`](crate::Client::cancel_simulated_system_events) (`CancelSimulatedSystemEvents`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CancelSimulatedSystemEventsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `EventId` (query, sent as `EventId.1`, `EventId.2`, …). Required.
    ///
    /// At most 100 items.
    #[serde(rename = "EventId")]
    pub event_id: ::std::vec::Vec<::std::string::String>,
}
impl CancelSimulatedSystemEventsRequest {
    /// A `CancelSimulatedSystemEventsRequest` with its required members: `RegionId`, `EventId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        event_id: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            event_id,
        }
    }
}
/// The response of [`Client::cancel_simulated_system_events`](crate::Client::cancel_simulated_system_events) (`CancelSimulatedSystemEvents`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CancelSimulatedSystemEventsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
