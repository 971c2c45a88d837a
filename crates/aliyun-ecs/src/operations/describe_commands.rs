//! `DescribeCommands`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCommands>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeCommands",
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
                name: "Provider",
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
                name: "Type",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ContentEncoding",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
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
            ::yun_core::internal::Field {
                name: "Latest",
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

/// The request of [`Client::describe_commands`](crate::Client::describe_commands) (`DescribeCommands`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCommandsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Provider` (query).
    ///
    /// Example: `AlibabaCloud`.
    #[serde(
        rename = "Provider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider: ::std::option::Option<::std::string::String>,
    /// `CommandId` (query).
    ///
    /// Example: `c-hz01272yr52****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::std::string::String>,
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
    /// `Type` (query).
    ///
    /// Example: `RunShellScript`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `ContentEncoding` (query).
    ///
    /// Example: `PlainText`.
    #[serde(
        rename = "ContentEncoding",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_encoding: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
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
    /// Example: `AAAAAdDWBF2`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `Latest` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "Latest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest: ::std::option::Option<bool>,
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

impl DescribeCommandsRequest {
    /// A `DescribeCommandsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            provider: ::std::option::Option::None,
            command_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            r#type: ::std::option::Option::None,
            content_encoding: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            latest: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `Provider`.
    pub fn provider(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.provider = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CommandId`.
    pub fn command_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.command_id = ::std::option::Option::Some(value.into());
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

    /// Sets `Type`.
    pub fn r#type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
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

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = ::std::option::Option::Some(value);
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

    /// Sets `Latest`.
    pub fn latest(mut self, value: bool) -> Self {
        self.latest = ::std::option::Option::Some(value);
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

impl ::std::fmt::Debug for DescribeCommandsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCommandsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("provider", d::opt(&self.provider)),
                ("command_id", d::opt(&self.command_id)),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
                ("type", d::opt(&self.r#type)),
                ("content_encoding", d::opt(&self.content_encoding)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("latest", d::opt(&self.latest)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCommandsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Provider",
            "CommandId",
            "Name",
            "Description",
            "Type",
            "ContentEncoding",
            "PageNumber",
            "PageSize",
            "MaxResults",
            "NextToken",
            "Latest",
            "ResourceGroupId",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_provider: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_type: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_content_encoding: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_latest: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_provider = r.decode()?,
                2 => m_command_id = r.decode()?,
                3 => m_name = r.decode()?,
                4 => m_description = r.decode()?,
                5 => m_type = r.decode()?,
                6 => m_content_encoding = r.decode()?,
                7 => m_page_number = r.decode()?,
                8 => m_page_size = r.decode()?,
                9 => m_max_results = r.decode()?,
                10 => m_next_token = r.decode()?,
                11 => m_latest = r.decode()?,
                12 => m_resource_group_id = r.decode()?,
                13 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeCommandsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            provider: m_provider,
            command_id: m_command_id,
            name: m_name,
            description: m_description,
            r#type: m_type,
            content_encoding: m_content_encoding,
            page_number: m_page_number,
            page_size: m_page_size,
            max_results: m_max_results,
            next_token: m_next_token,
            latest: m_latest,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
        })
    }
}

/// The `Commands.Command.ParameterDefinitions.ParameterDefinition.PossibleValues` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PossibleValues {
    /// `PossibleValue`.
    #[serde(
        rename = "PossibleValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub possible_value: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for PossibleValues {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PossibleValues",
            &[("possible_value", d::opt(&self.possible_value))],
        )
    }
}

impl ::yun_core::json::Decode for PossibleValues {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PossibleValue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PossibleValues::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.possible_value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Commands.Command.ParameterDefinitions.ParameterDefinition` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ParameterDefinition {
    /// `DefaultValue`.
    ///
    /// Example: `https://aliyun-client-assist.oss-accelerate.aliyuncs.com/linux/aliyun_assist_latest.rpm`.
    #[serde(
        rename = "DefaultValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_value: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `云助手Agent安装包路径`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `ParameterName`.
    ///
    /// Example: `DownloadUrl`.
    #[serde(
        rename = "ParameterName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_name: ::std::option::Option<::yun_core::Text>,
    /// `PossibleValues`.
    #[serde(
        rename = "PossibleValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub possible_values: ::std::option::Option<PossibleValues>,
    /// `Required`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "Required",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required: ::std::option::Option<bool>,
}

impl ParameterDefinition {
    /// The items of `PossibleValues` (through its wrapper), empty when absent.
    pub fn possible_values(&self) -> &[::yun_core::Text] {
        self.possible_values
            .as_ref()
            .and_then(|w| w.possible_value.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ParameterDefinition {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ParameterDefinition",
            &[
                ("default_value", d::opt(&self.default_value)),
                ("description", d::opt(&self.description)),
                ("parameter_name", d::opt(&self.parameter_name)),
                ("possible_values", d::opt(&self.possible_values)),
                ("required", d::opt(&self.required)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ParameterDefinition {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DefaultValue",
            "Description",
            "ParameterName",
            "PossibleValues",
            "Required",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = ParameterDefinition::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.default_value = r.decode()?,
                1 => out.description = r.decode()?,
                2 => out.parameter_name = r.decode()?,
                3 => out.possible_values = r.decode()?,
                4 => out.required = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Commands.Command.ParameterDefinitions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ParameterDefinitions {
    /// `ParameterDefinition`.
    #[serde(
        rename = "ParameterDefinition",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_definition: ::std::option::Option<::std::vec::Vec<ParameterDefinition>>,
}

impl ::std::fmt::Debug for ParameterDefinitions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ParameterDefinitions",
            &[("parameter_definition", d::opt(&self.parameter_definition))],
        )
    }
}

impl ::yun_core::json::Decode for ParameterDefinitions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ParameterDefinition"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ParameterDefinitions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.parameter_definition = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Commands.Command.ParameterNames` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ParameterNames {
    /// `ParameterName`.
    #[serde(
        rename = "ParameterName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_name: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ParameterNames {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ParameterNames",
            &[("parameter_name", d::opt(&self.parameter_name))],
        )
    }
}

impl ::yun_core::json::Decode for ParameterNames {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ParameterName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ParameterNames::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.parameter_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Commands.Command` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Command {
    /// `Category`.
    ///
    /// Example: `“”`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::yun_core::Text>,
    /// `CommandContent`.
    ///
    /// Example: `Y2QgL3Jvb3Q=`.
    #[serde(
        rename = "CommandContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_content: ::std::option::Option<::yun_core::Text>,
    /// `CommandId`.
    ///
    /// Example: `c-hz01272yr52****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2020-11-17T06:52Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `EnableParameter`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "EnableParameter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_parameter: ::std::option::Option<bool>,
    /// `InvokeTimes`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "InvokeTimes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_times: ::std::option::Option<i64>,
    /// `Latest`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "Latest",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest: ::std::option::Option<bool>,
    /// `Name`.
    ///
    /// Example: `testName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `ParameterDefinitions`.
    #[serde(
        rename = "ParameterDefinitions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_definitions: ::std::option::Option<ParameterDefinitions>,
    /// `ParameterNames`.
    #[serde(
        rename = "ParameterNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter_names: ::std::option::Option<ParameterNames>,
    /// `Provider`.
    ///
    /// Example: `AlibabaCloud.ECS.GuestOS`.
    #[serde(
        rename = "Provider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-123******`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `Timeout`.
    ///
    /// Example: `3600`.
    #[serde(
        rename = "Timeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<i64>,
    /// `Type`.
    ///
    /// Example: `RunShellScript`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `Version`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Version",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version: ::std::option::Option<i64>,
    /// `WorkingDir`.
    ///
    /// Example: `/home/`.
    #[serde(
        rename = "WorkingDir",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub working_dir: ::std::option::Option<::yun_core::Text>,
}

impl Command {
    /// The items of `ParameterDefinitions` (through its wrapper), empty when absent.
    pub fn parameter_definitions(&self) -> &[ParameterDefinition] {
        self.parameter_definitions
            .as_ref()
            .and_then(|w| w.parameter_definition.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `ParameterNames` (through its wrapper), empty when absent.
    pub fn parameter_names(&self) -> &[::yun_core::Text] {
        self.parameter_names
            .as_ref()
            .and_then(|w| w.parameter_name.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Command {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Command",
            &[
                ("category", d::opt(&self.category)),
                ("command_content", d::opt(&self.command_content)),
                ("command_id", d::opt(&self.command_id)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("enable_parameter", d::opt(&self.enable_parameter)),
                ("invoke_times", d::opt(&self.invoke_times)),
                ("latest", d::opt(&self.latest)),
                ("name", d::opt(&self.name)),
                ("parameter_definitions", d::opt(&self.parameter_definitions)),
                ("parameter_names", d::opt(&self.parameter_names)),
                ("provider", d::opt(&self.provider)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tags", d::opt(&self.tags)),
                ("timeout", d::opt(&self.timeout)),
                ("type", d::opt(&self.r#type)),
                ("version", d::opt(&self.version)),
                ("working_dir", d::opt(&self.working_dir)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Command {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Category",
            "CommandContent",
            "CommandId",
            "CreationTime",
            "Description",
            "EnableParameter",
            "InvokeTimes",
            "Latest",
            "Name",
            "ParameterDefinitions",
            "ParameterNames",
            "Provider",
            "ResourceGroupId",
            "Tags",
            "Timeout",
            "Type",
            "Version",
            "WorkingDir",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 19] = ::yun_core::json::member_order();
        let mut out = Command::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.category = r.decode()?,
                1 => out.command_content = r.decode()?,
                2 => out.command_id = r.decode()?,
                3 => out.creation_time = r.decode()?,
                4 => out.description = r.decode()?,
                5 => out.enable_parameter = r.decode()?,
                6 => out.invoke_times = r.decode()?,
                7 => out.latest = r.decode()?,
                8 => out.name = r.decode()?,
                9 => out.parameter_definitions = r.decode()?,
                10 => out.parameter_names = r.decode()?,
                11 => out.provider = r.decode()?,
                12 => out.resource_group_id = r.decode()?,
                13 => out.tags = r.decode()?,
                14 => out.timeout = r.decode()?,
                15 => out.r#type = r.decode()?,
                16 => out.version = r.decode()?,
                17 => out.working_dir = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Commands` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Commands {
    /// `Command`.
    #[serde(
        rename = "Command",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command: ::std::option::Option<::std::vec::Vec<Command>>,
}

impl ::std::fmt::Debug for Commands {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Commands", &[("command", d::opt(&self.command))])
    }
}

impl ::yun_core::json::Decode for Commands {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Command"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Commands::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.command = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_commands`](crate::Client::describe_commands) (`DescribeCommands`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCommandsResponse {
    /// `Commands`.
    #[serde(
        rename = "Commands",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub commands: ::std::option::Option<Commands>,
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeCommandsResponse {
    /// The items of `Commands` (through its wrapper), empty when absent.
    pub fn commands(&self) -> &[Command] {
        self.commands
            .as_ref()
            .and_then(|w| w.command.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeCommandsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCommandsResponse",
            &[
                ("commands", d::opt(&self.commands)),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCommandsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Commands",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeCommandsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.commands = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.page_number = r.decode()?,
                3 => out.page_size = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeCommandsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeCommands` pages (by `NextToken`), for [`Client::describe_commands_paginator`](crate::Client::describe_commands_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeCommandsRequest {
    type Response = DescribeCommandsResponse;
    type Item = Command;
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

    fn next_token(page: &DescribeCommandsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeCommandsResponse) -> usize {
        page.commands
            .as_ref()
            .and_then(|x| x.command.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeCommandsResponse) -> ::std::vec::Vec<Command> {
        page.commands.and_then(|x| x.command).unwrap_or_default()
    }
}
