//! `ModifyCommand`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyCommand>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyCommand",
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
                name: "CommandId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CommandContent",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "WorkingDir",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Timeout",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_command`](crate::Client::modify_command) (`ModifyCommand`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCommandRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `CommandId` (query). Required.
    ///
    /// Example: `c-hz01272yr52****`.
    #[serde(rename = "CommandId")]
    pub command_id: ::std::string::String,
    /// `Name` (query).
    ///
    /// Example: `test-CommandName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `CommandContent` (query).
    ///
    /// Example: `echo`.
    #[serde(
        rename = "CommandContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_content: ::std::option::Option<::std::string::String>,
    /// `WorkingDir` (query).
    ///
    /// Example: `/home/`.
    #[serde(
        rename = "WorkingDir",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub working_dir: ::std::option::Option<::std::string::String>,
    /// `Timeout` (query).
    ///
    /// Example: `120`.
    #[serde(
        rename = "Timeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<i64>,
}

impl ModifyCommandRequest {
    /// A `ModifyCommandRequest` with its required members: `RegionId`, `CommandId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        command_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            command_id: command_id.into(),
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            command_content: ::std::option::Option::None,
            working_dir: ::std::option::Option::None,
            timeout: ::std::option::Option::None,
        }
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CommandContent`.
    pub fn command_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command_content = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `WorkingDir`.
    pub fn working_dir(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.working_dir = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Timeout`.
    pub fn timeout(mut self, value: i64) -> Self {
        self.timeout = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyCommandRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyCommandRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("command_id", d::req(&self.command_id)),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
                ("command_content", d::opt(&self.command_content)),
                ("working_dir", d::opt(&self.working_dir)),
                ("timeout", d::opt(&self.timeout)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyCommandRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "CommandId",
            "Name",
            "Description",
            "CommandContent",
            "WorkingDir",
            "Timeout",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_content: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_working_dir: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_timeout: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_command_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_command_content = r.decode()?,
                5 => m_working_dir = r.decode()?,
                6 => m_timeout = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyCommandRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            command_id: m_command_id.ok_or_else(|| r.missing("CommandId"))?,
            name: m_name,
            description: m_description,
            command_content: m_command_content,
            working_dir: m_working_dir,
            timeout: m_timeout,
        })
    }
}

/// The response of [`Client::modify_command`](crate::Client::modify_command) (`ModifyCommand`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCommandResponse {
    /// `RequestId`.
    ///
    /// Example: `0DE9B41E-EF0D-40A0-BB43-37749C5BDA9C`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyCommandResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyCommandResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyCommandResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyCommandResponse::default();
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
