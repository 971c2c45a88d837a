//! `CreateCommand`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateCommand>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateCommand",
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
                name: "ContentEncoding",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_command`](crate::Client::create_command) (`CreateCommand`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateCommandRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Name` (query). Required.
    ///
    /// Example: `testName`.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
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
    /// Example: `60`.
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
    /// `ContentEncoding` (query).
    ///
    /// Example: `PlainText`.
    #[serde(
        rename = "ContentEncoding",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_encoding: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-123******`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl CreateCommandRequest {
    /// A `CreateCommandRequest` with its required members: `RegionId`, `Name`, `Type`, `CommandContent`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
        r#type: impl ::std::convert::Into<::std::string::String>,
        command_content: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            name: name.into(),
            description: ::std::option::Option::None,
            r#type: r#type.into(),
            command_content: command_content.into(),
            working_dir: ::std::option::Option::None,
            timeout: ::std::option::Option::None,
            enable_parameter: ::std::option::Option::None,
            content_encoding: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
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

    /// Sets `ContentEncoding`.
    pub fn content_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_encoding = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateCommandRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateCommandRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("name", d::req(&self.name)),
                ("description", d::opt(&self.description)),
                ("type", d::req(&self.r#type)),
                ("command_content", d::req(&self.command_content)),
                ("working_dir", d::opt(&self.working_dir)),
                ("timeout", d::opt(&self.timeout)),
                ("enable_parameter", d::opt(&self.enable_parameter)),
                ("content_encoding", d::opt(&self.content_encoding)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateCommandRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Name",
            "Description",
            "Type",
            "CommandContent",
            "WorkingDir",
            "Timeout",
            "EnableParameter",
            "ContentEncoding",
            "ResourceGroupId",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
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
        let mut m_content_encoding: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_name = r.decode()?,
                2 => m_description = r.decode()?,
                3 => m_type = r.decode()?,
                4 => m_command_content = r.decode()?,
                5 => m_working_dir = r.decode()?,
                6 => m_timeout = r.decode()?,
                7 => m_enable_parameter = r.decode()?,
                8 => m_content_encoding = r.decode()?,
                9 => m_resource_group_id = r.decode()?,
                10 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateCommandRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            name: m_name.ok_or_else(|| r.missing("Name"))?,
            description: m_description,
            r#type: m_type.ok_or_else(|| r.missing("Type"))?,
            command_content: m_command_content.ok_or_else(|| r.missing("CommandContent"))?,
            working_dir: m_working_dir,
            timeout: m_timeout,
            enable_parameter: m_enable_parameter,
            content_encoding: m_content_encoding,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
        })
    }
}

/// The response of [`Client::create_command`](crate::Client::create_command) (`CreateCommand`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateCommandResponse {
    /// `CommandId`.
    ///
    /// Example: `c-7d2a745b412b4601b2d47f6a768d****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateCommandResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateCommandResponse",
            &[
                ("command_id", d::opt(&self.command_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateCommandResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CommandId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateCommandResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.command_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
