//! `StartTerminalSession`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StartTerminalSession>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "StartTerminalSession",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PortNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CommandLine",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TargetServer",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Username",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::start_terminal_session`](crate::Client::start_terminal_session) (`StartTerminalSession`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartTerminalSessionRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::vec::Vec<::std::string::String>,
    /// `PortNumber` (query).
    ///
    /// Example: `22`.
    #[serde(
        rename = "PortNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_number: ::std::option::Option<i32>,
    /// `CommandLine` (query).
    ///
    /// Example: `ssh root@192.168.0.246`.
    #[serde(
        rename = "CommandLine",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_line: ::std::option::Option<::std::string::String>,
    /// `TargetServer` (query).
    ///
    /// Example: `192.168.0.246`.
    #[serde(
        rename = "TargetServer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_server: ::std::option::Option<::std::string::String>,
    /// `Username` (query).
    ///
    /// Example: `testUser`.
    #[serde(
        rename = "Username",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::std::string::String>,
}

impl StartTerminalSessionRequest {
    /// A `StartTerminalSessionRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            port_number: ::std::option::Option::None,
            command_line: ::std::option::Option::None,
            target_server: ::std::option::Option::None,
            username: ::std::option::Option::None,
        }
    }

    /// Sets `PortNumber`.
    pub fn port_number(mut self, value: i32) -> Self {
        self.port_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CommandLine`.
    pub fn command_line(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.command_line = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `TargetServer`.
    pub fn target_server(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.target_server = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Username`.
    pub fn username(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.username = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for StartTerminalSessionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StartTerminalSessionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                ("port_number", d::opt(&self.port_number)),
                ("command_line", d::opt(&self.command_line)),
                ("target_server", d::opt(&self.target_server)),
                ("username", d::opt(&self.username)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StartTerminalSessionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "PortNumber",
            "CommandLine",
            "TargetServer",
            "Username",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_port_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_command_line: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_target_server: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_username: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_port_number = r.decode()?,
                3 => m_command_line = r.decode()?,
                4 => m_target_server = r.decode()?,
                5 => m_username = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(StartTerminalSessionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            port_number: m_port_number,
            command_line: m_command_line,
            target_server: m_target_server,
            username: m_username,
        })
    }
}

/// The response of [`Client::start_terminal_session`](crate::Client::start_terminal_session) (`StartTerminalSession`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartTerminalSessionResponse {
    /// `RequestId`.
    ///
    /// Example: `EB5173B0-8E80-564E-AAD1-3135412*****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityToken`.
    ///
    /// Example: `d86c2df2-d19c-4bd8-b817-a19ef123****`.
    #[serde(
        rename = "SecurityToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_token: ::std::option::Option<::yun_core::Text>,
    /// `SessionId`.
    ///
    /// Example: `s-hz023od0x9****`.
    #[serde(
        rename = "SessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub session_id: ::std::option::Option<::yun_core::Text>,
    /// `WebSocketUrl`.
    ///
    /// Example: `wss://cn-hangzhou.axt.aliyuncs.com/session?sessionId=s-hz023od0x9****&token=d86c2df2-d19c-4bd8-b817-a19ef123****`.
    #[serde(
        rename = "WebSocketUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub web_socket_url: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for StartTerminalSessionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StartTerminalSessionResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("security_token", d::secret(&self.security_token)),
                ("session_id", d::opt(&self.session_id)),
                ("web_socket_url", d::opt(&self.web_socket_url)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StartTerminalSessionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "SecurityToken", "SessionId", "WebSocketUrl"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = StartTerminalSessionResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.security_token = r.decode()?,
                2 => out.session_id = r.decode()?,
                3 => out.web_socket_url = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
