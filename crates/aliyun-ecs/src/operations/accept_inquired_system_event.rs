//! `AcceptInquiredSystemEvent`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AcceptInquiredSystemEvent>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AcceptInquiredSystemEvent",
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
            ::yun_core::internal::Field {
                name: "Choice",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::accept_inquired_system_event`](crate::Client::accept_inquired_system_event) (`AcceptInquiredSystemEvent`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcceptInquiredSystemEventRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `EventId` (query). Required.
    ///
    /// Example: `e-2zeielxl1qzq8slb****`.
    #[serde(rename = "EventId")]
    pub event_id: ::std::string::String,
    /// `Choice` (query).
    ///
    /// Example: `hide`.
    #[serde(
        rename = "Choice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub choice: ::std::option::Option<::std::string::String>,
}

impl AcceptInquiredSystemEventRequest {
    /// A `AcceptInquiredSystemEventRequest` with its required members: `RegionId`, `EventId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        event_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            event_id: event_id.into(),
            choice: ::std::option::Option::None,
        }
    }

    /// Sets `Choice`.
    pub fn choice(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.choice = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for AcceptInquiredSystemEventRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AcceptInquiredSystemEventRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("event_id", d::req(&self.event_id)),
                ("choice", d::opt(&self.choice)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AcceptInquiredSystemEventRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "EventId", "Choice"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_event_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_choice: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_event_id = r.decode()?,
                2 => m_choice = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AcceptInquiredSystemEventRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            event_id: m_event_id.ok_or_else(|| r.missing("EventId"))?,
            choice: m_choice,
        })
    }
}

/// The response of [`Client::accept_inquired_system_event`](crate::Client::accept_inquired_system_event) (`AcceptInquiredSystemEvent`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AcceptInquiredSystemEventResponse {
    /// `RequestId`.
    ///
    /// Example: `4DD56CA6-6D75-4D33-BE34-E4A44EBE1C3D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AcceptInquiredSystemEventResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AcceptInquiredSystemEventResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for AcceptInquiredSystemEventResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AcceptInquiredSystemEventResponse::default();
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
