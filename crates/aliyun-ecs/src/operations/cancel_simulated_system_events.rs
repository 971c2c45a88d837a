//! `CancelSimulatedSystemEvents`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelSimulatedSystemEvents>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CancelSimulatedSystemEvents",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
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
        nested_required: &[],
    };

/// The request of [`Client::cancel_simulated_system_events`](crate::Client::cancel_simulated_system_events) (`CancelSimulatedSystemEvents`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CancelSimulatedSystemEventsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `EventId` (query, sent as `EventId.1`, `EventId.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `e-xhskHun1256****`.
    #[serde(rename = "EventId")]
    pub event_id: ::std::vec::Vec<::std::string::String>,
}

impl CancelSimulatedSystemEventsRequest {
    /// A `CancelSimulatedSystemEventsRequest` with its required members: `RegionId`, `EventId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        event_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            event_id: event_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for CancelSimulatedSystemEventsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CancelSimulatedSystemEventsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("event_id", d::req(&self.event_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CancelSimulatedSystemEventsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "EventId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_event_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_event_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CancelSimulatedSystemEventsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            event_id: m_event_id.ok_or_else(|| r.missing("EventId"))?,
        })
    }
}

/// The response of [`Client::cancel_simulated_system_events`](crate::Client::cancel_simulated_system_events) (`CancelSimulatedSystemEvents`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CancelSimulatedSystemEventsResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CancelSimulatedSystemEventsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CancelSimulatedSystemEventsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for CancelSimulatedSystemEventsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = CancelSimulatedSystemEventsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
