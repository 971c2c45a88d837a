//! `CreateSimulatedSystemEvents`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSimulatedSystemEvents>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateSimulatedSystemEvents",
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
        nested_required: &[],
    };

/// The request of [`Client::create_simulated_system_events`](crate::Client::create_simulated_system_events) (`CreateSimulatedSystemEvents`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSimulatedSystemEventsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `EventType` (query). Required.
    ///
    /// Example: `SystemMaintenance.Reboot`.
    #[serde(rename = "EventType")]
    pub event_type: ::std::string::String,
    /// `NotBefore` (query). Required.
    ///
    /// Example: `2018-12-01T06:32:31Z`.
    #[serde(rename = "NotBefore")]
    pub not_before: ::std::string::String,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp1gtjxuuvwj17zr****`.
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
        instance_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            event_type: event_type.into(),
            not_before: not_before.into(),
            instance_id: instance_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for CreateSimulatedSystemEventsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateSimulatedSystemEventsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("event_type", d::req(&self.event_type)),
                ("not_before", d::req(&self.not_before)),
                ("instance_id", d::req(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateSimulatedSystemEventsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "EventType", "NotBefore", "InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_event_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_not_before: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_event_type = r.decode()?,
                2 => m_not_before = r.decode()?,
                3 => m_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateSimulatedSystemEventsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            event_type: m_event_type.ok_or_else(|| r.missing("EventType"))?,
            not_before: m_not_before.ok_or_else(|| r.missing("NotBefore"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
        })
    }
}

/// The `EventIdSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EventIdSet {
    /// `EventId`.
    #[serde(
        rename = "EventId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for EventIdSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "EventIdSet", &[("event_id", d::opt(&self.event_id))])
    }
}

impl ::yun_core::json::Decode for EventIdSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["EventId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = EventIdSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.event_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::create_simulated_system_events`](crate::Client::create_simulated_system_events) (`CreateSimulatedSystemEvents`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSimulatedSystemEventsResponse {
    /// `EventIdSet`.
    #[serde(
        rename = "EventIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub event_id_set: ::std::option::Option<EventIdSet>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl CreateSimulatedSystemEventsResponse {
    /// The items of `EventIdSet` (through its wrapper), empty when absent.
    pub fn event_id_set(&self) -> &[::yun_core::Text] {
        self.event_id_set
            .as_ref()
            .and_then(|w| w.event_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for CreateSimulatedSystemEventsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateSimulatedSystemEventsResponse",
            &[
                ("event_id_set", d::opt(&self.event_id_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateSimulatedSystemEventsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["EventIdSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateSimulatedSystemEventsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.event_id_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
