//! `DescribeTerminalSessions`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTerminalSessions>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeTerminalSessions",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
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
                name: "SessionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_terminal_sessions`](crate::Client::describe_terminal_sessions) (`DescribeTerminalSessions`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTerminalSessionsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp1i7gg30r52z2em****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `SessionId` (query).
    ///
    /// Example: `s-hz023od0x9****`.
    #[serde(
        rename = "SessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub session_id: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl DescribeTerminalSessionsRequest {
    /// A `DescribeTerminalSessionsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            session_id: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SessionId`.
    pub fn session_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.session_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeTerminalSessionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTerminalSessionsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("session_id", d::opt(&self.session_id)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTerminalSessionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "SessionId",
            "MaxResults",
            "NextToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_session_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_session_id = r.decode()?,
                3 => m_max_results = r.decode()?,
                4 => m_next_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeTerminalSessionsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id,
            session_id: m_session_id,
            max_results: m_max_results,
            next_token: m_next_token,
        })
    }
}

/// The `Sessions.Session.Connections.Connection` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Connection {
    /// `ClosedReason`.
    ///
    /// Example: `AgentNeedUpgrade`.
    #[serde(
        rename = "ClosedReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub closed_reason: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2024-01-19T09:16:46Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1i7gg30r52z2em****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2024-01-19T09:16:40Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Connecting`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Connection",
            &[
                ("closed_reason", d::opt(&self.closed_reason)),
                ("end_time", d::opt(&self.end_time)),
                ("instance_id", d::opt(&self.instance_id)),
                ("start_time", d::opt(&self.start_time)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Connection {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClosedReason",
            "EndTime",
            "InstanceId",
            "StartTime",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = Connection::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.closed_reason = r.decode()?,
                1 => out.end_time = r.decode()?,
                2 => out.instance_id = r.decode()?,
                3 => out.start_time = r.decode()?,
                4 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Sessions.Session.Connections` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Connections {
    /// `Connection`.
    #[serde(
        rename = "Connection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection: ::std::option::Option<::std::vec::Vec<Connection>>,
}

impl ::std::fmt::Debug for Connections {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Connections",
            &[("connection", d::opt(&self.connection))],
        )
    }
}

impl ::yun_core::json::Decode for Connections {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Connection"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Connections::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.connection = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Sessions.Session` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Session {
    /// `ClientIP`.
    ///
    /// Example: `192.168.1.1`.
    #[serde(
        rename = "ClientIP",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_ip: ::std::option::Option<::yun_core::Text>,
    /// `Connections`.
    #[serde(
        rename = "Connections",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connections: ::std::option::Option<Connections>,
    /// `CreationTime`.
    ///
    /// Example: `2024-01-19T09:15:46Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `IdentityType`.
    ///
    /// Example: `RAMUser`.
    #[serde(
        rename = "IdentityType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub identity_type: ::std::option::Option<::yun_core::Text>,
    /// `PortNumber`.
    ///
    /// Example: `22`.
    #[serde(
        rename = "PortNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_number: ::std::option::Option<i64>,
    /// `PrincipalId`.
    ///
    /// Example: `123456xxxx`.
    #[serde(
        rename = "PrincipalId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub principal_id: ::std::option::Option<::yun_core::Text>,
    /// `SessionId`.
    ///
    /// Example: `s-hz023od0x9****`.
    #[serde(
        rename = "SessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub session_id: ::std::option::Option<::yun_core::Text>,
    /// `TargetServer`.
    ///
    /// Example: `192.168.0.246`.
    #[serde(
        rename = "TargetServer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_server: ::std::option::Option<::yun_core::Text>,
    /// `Username`.
    ///
    /// Example: `root`.
    #[serde(
        rename = "Username",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::yun_core::Text>,
}

impl Session {
    /// The items of `Connections` (through its wrapper), empty when absent.
    pub fn connections(&self) -> &[Connection] {
        self.connections
            .as_ref()
            .and_then(|w| w.connection.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Session {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Session",
            &[
                ("client_ip", d::opt(&self.client_ip)),
                ("connections", d::opt(&self.connections)),
                ("creation_time", d::opt(&self.creation_time)),
                ("identity_type", d::opt(&self.identity_type)),
                ("port_number", d::opt(&self.port_number)),
                ("principal_id", d::opt(&self.principal_id)),
                ("session_id", d::opt(&self.session_id)),
                ("target_server", d::opt(&self.target_server)),
                ("username", d::opt(&self.username)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Session {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClientIP",
            "Connections",
            "CreationTime",
            "IdentityType",
            "PortNumber",
            "PrincipalId",
            "SessionId",
            "TargetServer",
            "Username",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = Session::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.client_ip = r.decode()?,
                1 => out.connections = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.identity_type = r.decode()?,
                4 => out.port_number = r.decode()?,
                5 => out.principal_id = r.decode()?,
                6 => out.session_id = r.decode()?,
                7 => out.target_server = r.decode()?,
                8 => out.username = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Sessions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Sessions {
    /// `Session`.
    #[serde(
        rename = "Session",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub session: ::std::option::Option<::std::vec::Vec<Session>>,
}

impl ::std::fmt::Debug for Sessions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Sessions", &[("session", d::opt(&self.session))])
    }
}

impl ::yun_core::json::Decode for Sessions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Session"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Sessions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.session = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_terminal_sessions`](crate::Client::describe_terminal_sessions) (`DescribeTerminalSessions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTerminalSessionsResponse {
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Sessions`.
    #[serde(
        rename = "Sessions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sessions: ::std::option::Option<Sessions>,
}

impl DescribeTerminalSessionsResponse {
    /// The items of `Sessions` (through its wrapper), empty when absent.
    pub fn sessions(&self) -> &[Session] {
        self.sessions
            .as_ref()
            .and_then(|w| w.session.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeTerminalSessionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTerminalSessionsResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("sessions", d::opt(&self.sessions)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTerminalSessionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextToken", "RequestId", "Sessions"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeTerminalSessionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.sessions = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeTerminalSessionsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeTerminalSessions` pages (by `NextToken`), for [`Client::describe_terminal_sessions_paginator`](crate::Client::describe_terminal_sessions_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeTerminalSessionsRequest {
    type Response = DescribeTerminalSessionsResponse;
    type Item = Session;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribeTerminalSessionsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeTerminalSessionsResponse) -> usize {
        page.sessions
            .as_ref()
            .and_then(|x| x.session.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeTerminalSessionsResponse) -> ::std::vec::Vec<Session> {
        page.sessions.and_then(|x| x.session).unwrap_or_default()
    }
}
