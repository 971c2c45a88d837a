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
    };

/// The request of [`Client::start_terminal_session`](crate::Client::start_terminal_session) (`StartTerminalSession`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartTerminalSessionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::vec::Vec<::std::string::String>,
    /// `PortNumber` (query).
    #[serde(
        rename = "PortNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_number: ::std::option::Option<i32>,
    /// `CommandLine` (query).
    #[serde(
        rename = "CommandLine",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_line: ::std::option::Option<::std::string::String>,
    /// `TargetServer` (query).
    #[serde(
        rename = "TargetServer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_server: ::std::option::Option<::std::string::String>,
    /// `Username` (query).
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
        instance_id: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id,
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

impl<'de> ::serde::Deserialize<'de> for StartTerminalSessionRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = StartTerminalSessionRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `StartTerminalSessionRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<StartTerminalSessionRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_port_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_command_line: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_target_server: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_username: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "PortNumber" => m_port_number = map.next_value()?,
                        "CommandLine" => m_command_line = map.next_value()?,
                        "TargetServer" => m_target_server = map.next_value()?,
                        "Username" => m_username = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(StartTerminalSessionRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    port_number: m_port_number,
                    command_line: m_command_line,
                    target_server: m_target_server,
                    username: m_username,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::start_terminal_session`](crate::Client::start_terminal_session) (`StartTerminalSession`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartTerminalSessionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SecurityToken`.
    #[serde(
        rename = "SecurityToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_token: ::std::option::Option<::std::string::String>,
    /// `SessionId`.
    #[serde(
        rename = "SessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub session_id: ::std::option::Option<::std::string::String>,
    /// `WebSocketUrl`.
    #[serde(
        rename = "WebSocketUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub web_socket_url: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for StartTerminalSessionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = StartTerminalSessionResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `StartTerminalSessionResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<StartTerminalSessionResponse, A::Error> {
                let mut out = StartTerminalSessionResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        "SecurityToken" => out.security_token = map.next_value()?,
                        "SessionId" => out.session_id = map.next_value()?,
                        "WebSocketUrl" => out.web_socket_url = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
