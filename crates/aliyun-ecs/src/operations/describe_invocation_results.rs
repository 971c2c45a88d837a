//! `DescribeInvocationResults`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInvocationResults>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInvocationResults",
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
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InvokeId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CommandId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InvokeRecordStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IncludeHistory",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_invocation_results`](crate::Client::describe_invocation_results) (`DescribeInvocationResults`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInvocationResultsRequest {
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
    /// `InvokeId` (query).
    ///
    /// Example: `t-hz0jdfwd9f****`.
    #[serde(
        rename = "InvokeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_id: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp1i7gg30r52z2em****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `CommandId` (query).
    ///
    /// Example: `c-hz0jdfwcsr****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::std::string::String>,
    /// `InvokeRecordStatus` (query).
    ///
    /// Example: `Running`.
    #[serde(
        rename = "InvokeRecordStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_record_status: ::std::option::Option<::std::string::String>,
    /// `IncludeHistory` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "IncludeHistory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_history: ::std::option::Option<bool>,
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
    /// Example: `1`.
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
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeInvocationResultsRequest {
    /// A `DescribeInvocationResultsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            invoke_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            command_id: ::std::option::Option::None,
            invoke_record_status: ::std::option::Option::None,
            include_history: ::std::option::Option::None,
            content_encoding: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            tag: ::std::option::Option::None,
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

    /// Sets `InvokeId`.
    pub fn invoke_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.invoke_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CommandId`.
    pub fn command_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.command_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InvokeRecordStatus`.
    pub fn invoke_record_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoke_record_status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IncludeHistory`.
    pub fn include_history(mut self, value: bool) -> Self {
        self.include_history = ::std::option::Option::Some(value);
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeInvocationResultsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInvocationResultsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("invoke_id", d::opt(&self.invoke_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("command_id", d::opt(&self.command_id)),
                ("invoke_record_status", d::opt(&self.invoke_record_status)),
                ("include_history", d::opt(&self.include_history)),
                ("content_encoding", d::opt(&self.content_encoding)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInvocationResultsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "InvokeId",
            "InstanceId",
            "CommandId",
            "InvokeRecordStatus",
            "IncludeHistory",
            "ContentEncoding",
            "PageNumber",
            "PageSize",
            "MaxResults",
            "NextToken",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_invoke_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_invoke_record_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_include_history: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_content_encoding: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_invoke_id = r.decode()?,
                3 => m_instance_id = r.decode()?,
                4 => m_command_id = r.decode()?,
                5 => m_invoke_record_status = r.decode()?,
                6 => m_include_history = r.decode()?,
                7 => m_content_encoding = r.decode()?,
                8 => m_page_number = r.decode()?,
                9 => m_page_size = r.decode()?,
                10 => m_max_results = r.decode()?,
                11 => m_next_token = r.decode()?,
                12 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInvocationResultsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            invoke_id: m_invoke_id,
            instance_id: m_instance_id,
            command_id: m_command_id,
            invoke_record_status: m_invoke_record_status,
            include_history: m_include_history,
            content_encoding: m_content_encoding,
            page_number: m_page_number,
            page_size: m_page_size,
            max_results: m_max_results,
            next_token: m_next_token,
            tag: m_tag,
        })
    }
}

/// The `Invocation.InvocationResults.InvocationResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InvocationResult {
    /// `CommandId`.
    ///
    /// Example: `c-hz0jdfwcsr****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::yun_core::Text>,
    /// `ContainerId`.
    ///
    /// Example: `ab141ddfbacfe02d9dbc25966ed971536124527097398d419a6746873fea****`.
    #[serde(
        rename = "ContainerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_id: ::std::option::Option<::yun_core::Text>,
    /// `ContainerName`.
    ///
    /// Example: `test-container`.
    #[serde(
        rename = "ContainerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub container_name: ::std::option::Option<::yun_core::Text>,
    /// `Dropped`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Dropped",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dropped: ::std::option::Option<i64>,
    /// `ErrorCode`.
    ///
    /// Example: `InstanceNotExists`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::yun_core::Text>,
    /// `ErrorInfo`.
    ///
    /// Example: `the specified instance does not exists`.
    #[serde(
        rename = "ErrorInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_info: ::std::option::Option<::yun_core::Text>,
    /// `ExitCode`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "ExitCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exit_code: ::std::option::Option<i64>,
    /// `FinishedTime`.
    ///
    /// Example: `2019-12-20T06:15:56Z`.
    #[serde(
        rename = "FinishedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finished_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1i7gg30r52z2em****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InvocationStatus`.
    ///
    /// Example: `Success`.
    #[serde(
        rename = "InvocationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_status: ::std::option::Option<::yun_core::Text>,
    /// `InvokeId`.
    ///
    /// Example: `t-hz0jdfwd9f****`.
    #[serde(
        rename = "InvokeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_id: ::std::option::Option<::yun_core::Text>,
    /// `InvokeRecordStatus`.
    ///
    /// Example: `Running`.
    #[serde(
        rename = "InvokeRecordStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_record_status: ::std::option::Option<::yun_core::Text>,
    /// `Output`.
    ///
    /// Example: `MTU6MzA6MDEK`.
    #[serde(
        rename = "Output",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output: ::std::option::Option<::yun_core::Text>,
    /// `Repeats`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Repeats",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repeats: ::std::option::Option<i64>,
    /// `StartTime`.
    ///
    /// Example: `2019-12-20T06:15:55Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `StopTime`.
    ///
    /// Example: `2020-01-19T09:15:47Z`.
    #[serde(
        rename = "StopTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_time: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `TerminationMode`.
    ///
    /// Example: `ProcessTree`.
    #[serde(
        rename = "TerminationMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub termination_mode: ::std::option::Option<::yun_core::Text>,
    /// `Username`.
    ///
    /// Example: `test`.
    #[serde(
        rename = "Username",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::yun_core::Text>,
}

impl InvocationResult {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for InvocationResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InvocationResult",
            &[
                ("command_id", d::opt(&self.command_id)),
                ("container_id", d::opt(&self.container_id)),
                ("container_name", d::opt(&self.container_name)),
                ("dropped", d::opt(&self.dropped)),
                ("error_code", d::opt(&self.error_code)),
                ("error_info", d::opt(&self.error_info)),
                ("exit_code", d::opt(&self.exit_code)),
                ("finished_time", d::opt(&self.finished_time)),
                ("instance_id", d::opt(&self.instance_id)),
                ("invocation_status", d::opt(&self.invocation_status)),
                ("invoke_id", d::opt(&self.invoke_id)),
                ("invoke_record_status", d::opt(&self.invoke_record_status)),
                ("output", d::opt(&self.output)),
                ("repeats", d::opt(&self.repeats)),
                ("start_time", d::opt(&self.start_time)),
                ("stop_time", d::opt(&self.stop_time)),
                ("tags", d::opt(&self.tags)),
                ("termination_mode", d::opt(&self.termination_mode)),
                ("username", d::opt(&self.username)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InvocationResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CommandId",
            "ContainerId",
            "ContainerName",
            "Dropped",
            "ErrorCode",
            "ErrorInfo",
            "ExitCode",
            "FinishedTime",
            "InstanceId",
            "InvocationStatus",
            "InvokeId",
            "InvokeRecordStatus",
            "Output",
            "Repeats",
            "StartTime",
            "StopTime",
            "Tags",
            "TerminationMode",
            "Username",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 20] = ::yun_core::json::member_order();
        let mut out = InvocationResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.command_id = r.decode()?,
                1 => out.container_id = r.decode()?,
                2 => out.container_name = r.decode()?,
                3 => out.dropped = r.decode()?,
                4 => out.error_code = r.decode()?,
                5 => out.error_info = r.decode()?,
                6 => out.exit_code = r.decode()?,
                7 => out.finished_time = r.decode()?,
                8 => out.instance_id = r.decode()?,
                9 => out.invocation_status = r.decode()?,
                10 => out.invoke_id = r.decode()?,
                11 => out.invoke_record_status = r.decode()?,
                12 => out.output = r.decode()?,
                13 => out.repeats = r.decode()?,
                14 => out.start_time = r.decode()?,
                15 => out.stop_time = r.decode()?,
                16 => out.tags = r.decode()?,
                17 => out.termination_mode = r.decode()?,
                18 => out.username = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Invocation.InvocationResults` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InvocationResults {
    /// `InvocationResult`.
    #[serde(
        rename = "InvocationResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_result: ::std::option::Option<::std::vec::Vec<InvocationResult>>,
}

impl ::std::fmt::Debug for InvocationResults {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InvocationResults",
            &[("invocation_result", d::opt(&self.invocation_result))],
        )
    }
}

impl ::yun_core::json::Decode for InvocationResults {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InvocationResult"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InvocationResults::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invocation_result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Invocation` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Invocation {
    /// `InvocationResults`.
    #[serde(
        rename = "InvocationResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_results: ::std::option::Option<InvocationResults>,
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
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl Invocation {
    /// The items of `InvocationResults` (through its wrapper), empty when absent.
    pub fn invocation_results(&self) -> &[InvocationResult] {
        self.invocation_results
            .as_ref()
            .and_then(|w| w.invocation_result.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Invocation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Invocation",
            &[
                ("invocation_results", d::opt(&self.invocation_results)),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Invocation {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InvocationResults",
            "NextToken",
            "PageNumber",
            "PageSize",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = Invocation::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invocation_results = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.page_number = r.decode()?,
                3 => out.page_size = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_invocation_results`](crate::Client::describe_invocation_results) (`DescribeInvocationResults`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInvocationResultsResponse {
    /// `Invocation`.
    #[serde(
        rename = "Invocation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation: ::std::option::Option<Invocation>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE*****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInvocationResultsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInvocationResultsResponse",
            &[
                ("invocation", d::opt(&self.invocation)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInvocationResultsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Invocation", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInvocationResultsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invocation = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeInvocationResultsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInvocationResults` pages (by `NextToken`), for [`Client::describe_invocation_results_paginator`](crate::Client::describe_invocation_results_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInvocationResultsRequest {
    type Response = DescribeInvocationResultsResponse;
    type Item = InvocationResult;
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

    fn next_token(page: &DescribeInvocationResultsResponse) -> ::std::option::Option<&str> {
        page.invocation
            .as_ref()
            .and_then(|x| x.next_token.as_deref())
    }

    fn item_count(page: &DescribeInvocationResultsResponse) -> usize {
        page.invocation
            .as_ref()
            .and_then(|x| x.invocation_results.as_ref())
            .and_then(|x| x.invocation_result.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeInvocationResultsResponse) -> ::std::vec::Vec<InvocationResult> {
        page.invocation
            .and_then(|x| x.invocation_results)
            .and_then(|x| x.invocation_result)
            .unwrap_or_default()
    }
}
