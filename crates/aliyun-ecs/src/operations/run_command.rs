//! `RunCommand`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RunCommand>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RunCommand",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
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
                name: "Type",
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
            ::yun_core::internal::Field {
                name: "EnableParameter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RepeatMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Timed",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Frequency",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Parameters",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Json,
            },
            ::yun_core::internal::Field {
                name: "KeepCommand",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ContentEncoding",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Username",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "WindowsPasswordName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ContainerId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ContainerName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceTag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TerminationMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::run_command`](crate::Client::run_command) (`RunCommand`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunCommandRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Name` (query).
    ///
    /// Example: `testName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Type` (query). Required.
    ///
    /// Example: `RunShellScript`.
    #[serde(rename = "Type")]
    pub r#type: ::std::string::String,
    /// `CommandContent` (query). Required.
    ///
    /// Example: `ZWNobyAxMjM=`.
    #[serde(rename = "CommandContent")]
    pub command_content: ::std::string::String,
    /// `WorkingDir` (query).
    ///
    /// Example: `/home/user`.
    #[serde(
        rename = "WorkingDir",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub working_dir: ::std::option::Option<::std::string::String>,
    /// `Timeout` (query).
    ///
    /// Example: `3600`.
    #[serde(
        rename = "Timeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<i64>,
    /// `EnableParameter` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableParameter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_parameter: ::std::option::Option<bool>,
    /// `RepeatMode` (query).
    ///
    /// Example: `Once`.
    #[serde(
        rename = "RepeatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repeat_mode: ::std::option::Option<::std::string::String>,
    /// `Timed` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "Timed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timed: ::std::option::Option<bool>,
    /// `Frequency` (query).
    ///
    /// Example: `0 */20 * * * ?`.
    #[serde(
        rename = "Frequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frequency: ::std::option::Option<::std::string::String>,
    /// `Parameters` (query, sent as JSON text).
    ///
    /// Example: `{"name":"Jack", "accessKey":"LTAIdyvdIqaRY****"}`.
    #[serde(
        rename = "Parameters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::serde_json::Value>,
    /// `KeepCommand` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "KeepCommand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub keep_command: ::std::option::Option<bool>,
    /// `ContentEncoding` (query).
    ///
    /// Example: `Base64`.
    #[serde(
        rename = "ContentEncoding",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_encoding: ::std::option::Option<::std::string::String>,
    /// `Username` (query).
    ///
    /// Example: `test`.
    #[serde(
        rename = "Username",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::std::string::String>,
    /// `WindowsPasswordName` (query).
    ///
    /// Example: `axtSecretPassword`.
    #[serde(
        rename = "WindowsPasswordName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub windows_password_name: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 501 items.
    ///
    /// Example: `i-bp185dy2o3o6neg****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ContainerId` (query).
    ///
    /// Example: `ab141ddfbacfe02d9dbc25966ed971536124527097398d419a6746873fea****`.
    #[serde(
        rename = "ContainerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_id: ::std::option::Option<::std::string::String>,
    /// `ContainerName` (query).
    ///
    /// Example: `test-container`.
    #[serde(
        rename = "ContainerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_name: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `ResourceTag` (query, sent as `ResourceTag.1`, `ResourceTag.2`, …).
    ///
    /// At most 11 items.
    #[serde(
        rename = "ResourceTag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `TerminationMode` (query).
    ///
    /// Example: `ProcessTree`.
    #[serde(
        rename = "TerminationMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub termination_mode: ::std::option::Option<::std::string::String>,
}

impl RunCommandRequest {
    /// A `RunCommandRequest` with its required members: `RegionId`, `Type`, `CommandContent`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<::std::string::String>,
        command_content: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            r#type: r#type.into(),
            command_content: command_content.into(),
            working_dir: ::std::option::Option::None,
            timeout: ::std::option::Option::None,
            enable_parameter: ::std::option::Option::None,
            repeat_mode: ::std::option::Option::None,
            timed: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
            parameters: ::std::option::Option::None,
            keep_command: ::std::option::Option::None,
            content_encoding: ::std::option::Option::None,
            username: ::std::option::Option::None,
            windows_password_name: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            container_id: ::std::option::Option::None,
            container_name: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            resource_tag: ::std::option::Option::None,
            termination_mode: ::std::option::Option::None,
        }
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
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

    /// Sets `EnableParameter`.
    pub fn enable_parameter(mut self, value: bool) -> Self {
        self.enable_parameter = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RepeatMode`.
    pub fn repeat_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.repeat_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Timed`.
    pub fn timed(mut self, value: bool) -> Self {
        self.timed = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Frequency`.
    pub fn frequency(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Parameters`.
    pub fn parameters(mut self, value: ::serde_json::Value) -> Self {
        self.parameters = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KeepCommand`.
    pub fn keep_command(mut self, value: bool) -> Self {
        self.keep_command = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ContentEncoding`.
    pub fn content_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_encoding = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Username`.
    pub fn username(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.username = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `WindowsPasswordName`.
    pub fn windows_password_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.windows_password_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ContainerId`.
    pub fn container_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.container_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ContainerName`.
    pub fn container_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.container_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceTag`.
    pub fn resource_tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.resource_tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TerminationMode`.
    pub fn termination_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.termination_mode = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RunCommandRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunCommandRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
                ("type", d::req(&self.r#type)),
                ("command_content", d::req(&self.command_content)),
                ("working_dir", d::opt(&self.working_dir)),
                ("timeout", d::opt(&self.timeout)),
                ("enable_parameter", d::opt(&self.enable_parameter)),
                ("repeat_mode", d::opt(&self.repeat_mode)),
                ("timed", d::opt(&self.timed)),
                ("frequency", d::opt(&self.frequency)),
                ("parameters", d::opt(&self.parameters)),
                ("keep_command", d::opt(&self.keep_command)),
                ("content_encoding", d::opt(&self.content_encoding)),
                ("username", d::opt(&self.username)),
                ("windows_password_name", d::opt(&self.windows_password_name)),
                ("instance_id", d::opt(&self.instance_id)),
                ("tag", d::opt(&self.tag)),
                ("container_id", d::opt(&self.container_id)),
                ("container_name", d::opt(&self.container_name)),
                ("client_token", d::opt(&self.client_token)),
                ("resource_tag", d::opt(&self.resource_tag)),
                ("termination_mode", d::opt(&self.termination_mode)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RunCommandRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "Name",
            "Description",
            "Type",
            "CommandContent",
            "WorkingDir",
            "Timeout",
            "EnableParameter",
            "RepeatMode",
            "Timed",
            "Frequency",
            "Parameters",
            "KeepCommand",
            "ContentEncoding",
            "Username",
            "WindowsPasswordName",
            "InstanceId",
            "Tag",
            "ContainerId",
            "ContainerName",
            "ClientToken",
            "ResourceTag",
            "TerminationMode",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 25] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_type: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_command_content: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_working_dir: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_timeout: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_enable_parameter: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_repeat_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_timed: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_frequency: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_parameters: ::std::option::Option<::serde_json::Value> =
            ::std::option::Option::None;
        let mut m_keep_command: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_content_encoding: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_username: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_windows_password_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_container_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_container_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_termination_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_type = r.decode()?,
                5 => m_command_content = r.decode()?,
                6 => m_working_dir = r.decode()?,
                7 => m_timeout = r.decode()?,
                8 => m_enable_parameter = r.decode()?,
                9 => m_repeat_mode = r.decode()?,
                10 => m_timed = r.decode()?,
                11 => m_frequency = r.decode()?,
                12 => m_parameters = r.decode()?,
                13 => m_keep_command = r.decode()?,
                14 => m_content_encoding = r.decode()?,
                15 => m_username = r.decode()?,
                16 => m_windows_password_name = r.decode()?,
                17 => m_instance_id = r.decode()?,
                18 => m_tag = r.decode()?,
                19 => m_container_id = r.decode()?,
                20 => m_container_name = r.decode()?,
                21 => m_client_token = r.decode()?,
                22 => m_resource_tag = r.decode()?,
                23 => m_termination_mode = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RunCommandRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            name: m_name,
            description: m_description,
            r#type: m_type.ok_or_else(|| r.missing("Type"))?,
            command_content: m_command_content.ok_or_else(|| r.missing("CommandContent"))?,
            working_dir: m_working_dir,
            timeout: m_timeout,
            enable_parameter: m_enable_parameter,
            repeat_mode: m_repeat_mode,
            timed: m_timed,
            frequency: m_frequency,
            parameters: m_parameters,
            keep_command: m_keep_command,
            content_encoding: m_content_encoding,
            username: m_username,
            windows_password_name: m_windows_password_name,
            instance_id: m_instance_id,
            tag: m_tag,
            container_id: m_container_id,
            container_name: m_container_name,
            client_token: m_client_token,
            resource_tag: m_resource_tag,
            termination_mode: m_termination_mode,
        })
    }
}

/// The response of [`Client::run_command`](crate::Client::run_command) (`RunCommand`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunCommandResponse {
    /// `CommandId`.
    ///
    /// Example: `c-7d2a745b412b4601b2d47f6a768d****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::yun_core::Text>,
    /// `InvokeId`.
    ///
    /// Example: `t-7d2a745b412b4601b2d47f6a768d****`.
    #[serde(
        rename = "InvokeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RunCommandResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunCommandResponse",
            &[
                ("command_id", d::opt(&self.command_id)),
                ("invoke_id", d::opt(&self.invoke_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RunCommandResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CommandId", "InvokeId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = RunCommandResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.command_id = r.decode()?,
                1 => out.invoke_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
