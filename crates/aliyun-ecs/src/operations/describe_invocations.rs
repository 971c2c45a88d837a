//! `DescribeInvocations`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInvocations>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInvocations",
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
                name: "CommandId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CommandName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CommandType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Timed",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InvokeStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ContentEncoding",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IncludeOutput",
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
                name: "RepeatMode",
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

/// The request of [`Client::describe_invocations`](crate::Client::describe_invocations) (`DescribeInvocations`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInvocationsRequest {
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
    /// `CommandId` (query).
    ///
    /// Example: `c-hz0jdfwcsr****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::std::string::String>,
    /// `CommandName` (query).
    ///
    /// Example: `CommandTestName`.
    #[serde(
        rename = "CommandName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_name: ::std::option::Option<::std::string::String>,
    /// `CommandType` (query).
    ///
    /// Example: `RunShellScript`.
    #[serde(
        rename = "CommandType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_type: ::std::option::Option<::std::string::String>,
    /// `Timed` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "Timed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timed: ::std::option::Option<bool>,
    /// `InvokeStatus` (query).
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "InvokeStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_status: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp1i7gg30r52z2em****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `ContentEncoding` (query).
    ///
    /// Example: `PlainText`.
    #[serde(
        rename = "ContentEncoding",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_encoding: ::std::option::Option<::std::string::String>,
    /// `IncludeOutput` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "IncludeOutput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_output: ::std::option::Option<bool>,
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
    /// `RepeatMode` (query).
    ///
    /// Example: `Once`.
    #[serde(
        rename = "RepeatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repeat_mode: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeInvocationsRequest {
    /// A `DescribeInvocationsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            invoke_id: ::std::option::Option::None,
            command_id: ::std::option::Option::None,
            command_name: ::std::option::Option::None,
            command_type: ::std::option::Option::None,
            timed: ::std::option::Option::None,
            invoke_status: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            content_encoding: ::std::option::Option::None,
            include_output: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            repeat_mode: ::std::option::Option::None,
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

    /// Sets `CommandId`.
    pub fn command_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.command_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CommandName`.
    pub fn command_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.command_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CommandType`.
    pub fn command_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.command_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Timed`.
    pub fn timed(mut self, value: bool) -> Self {
        self.timed = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InvokeStatus`.
    pub fn invoke_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invoke_status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
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

    /// Sets `IncludeOutput`.
    pub fn include_output(mut self, value: bool) -> Self {
        self.include_output = ::std::option::Option::Some(value);
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

    /// Sets `RepeatMode`.
    pub fn repeat_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.repeat_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeInvocationsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInvocationsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("invoke_id", d::opt(&self.invoke_id)),
                ("command_id", d::opt(&self.command_id)),
                ("command_name", d::opt(&self.command_name)),
                ("command_type", d::opt(&self.command_type)),
                ("timed", d::opt(&self.timed)),
                ("invoke_status", d::opt(&self.invoke_status)),
                ("instance_id", d::opt(&self.instance_id)),
                ("content_encoding", d::opt(&self.content_encoding)),
                ("include_output", d::opt(&self.include_output)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("repeat_mode", d::opt(&self.repeat_mode)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInvocationsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "InvokeId",
            "CommandId",
            "CommandName",
            "CommandType",
            "Timed",
            "InvokeStatus",
            "InstanceId",
            "ContentEncoding",
            "IncludeOutput",
            "PageNumber",
            "PageSize",
            "MaxResults",
            "NextToken",
            "RepeatMode",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 18] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_invoke_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_timed: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_invoke_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_content_encoding: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_include_output: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_repeat_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_invoke_id = r.decode()?,
                3 => m_command_id = r.decode()?,
                4 => m_command_name = r.decode()?,
                5 => m_command_type = r.decode()?,
                6 => m_timed = r.decode()?,
                7 => m_invoke_status = r.decode()?,
                8 => m_instance_id = r.decode()?,
                9 => m_content_encoding = r.decode()?,
                10 => m_include_output = r.decode()?,
                11 => m_page_number = r.decode()?,
                12 => m_page_size = r.decode()?,
                13 => m_max_results = r.decode()?,
                14 => m_next_token = r.decode()?,
                15 => m_repeat_mode = r.decode()?,
                16 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInvocationsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            invoke_id: m_invoke_id,
            command_id: m_command_id,
            command_name: m_command_name,
            command_type: m_command_type,
            timed: m_timed,
            invoke_status: m_invoke_status,
            instance_id: m_instance_id,
            content_encoding: m_content_encoding,
            include_output: m_include_output,
            page_number: m_page_number,
            page_size: m_page_size,
            max_results: m_max_results,
            next_token: m_next_token,
            repeat_mode: m_repeat_mode,
            tag: m_tag,
        })
    }
}

/// The `Invocations.Invocation.InvokeInstances.InvokeInstance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InvokeInstance {
    /// `CreationTime`.
    ///
    /// Example: `2019-12-20T06:15:54Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
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
    /// `FinishTime`.
    ///
    /// Example: `2019-12-20T06:15:56Z`.
    #[serde(
        rename = "FinishTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finish_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1i7gg30r52z2em****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceInvokeStatus`.
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "InstanceInvokeStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_invoke_status: ::std::option::Option<::yun_core::Text>,
    /// `InvocationStatus`.
    ///
    /// Example: `Success`.
    #[serde(
        rename = "InvocationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_status: ::std::option::Option<::yun_core::Text>,
    /// `Output`.
    ///
    /// Example: `OutPutTestmsg`.
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
    /// `Timed`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Timed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timed: ::std::option::Option<bool>,
    /// `UpdateTime`.
    ///
    /// Example: `2020-01-19T09:15:47Z`.
    #[serde(
        rename = "UpdateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub update_time: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InvokeInstance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InvokeInstance",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("dropped", d::opt(&self.dropped)),
                ("error_code", d::opt(&self.error_code)),
                ("error_info", d::opt(&self.error_info)),
                ("exit_code", d::opt(&self.exit_code)),
                ("finish_time", d::opt(&self.finish_time)),
                ("instance_id", d::opt(&self.instance_id)),
                (
                    "instance_invoke_status",
                    d::opt(&self.instance_invoke_status),
                ),
                ("invocation_status", d::opt(&self.invocation_status)),
                ("output", d::opt(&self.output)),
                ("repeats", d::opt(&self.repeats)),
                ("start_time", d::opt(&self.start_time)),
                ("stop_time", d::opt(&self.stop_time)),
                ("timed", d::opt(&self.timed)),
                ("update_time", d::opt(&self.update_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InvokeInstance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "Dropped",
            "ErrorCode",
            "ErrorInfo",
            "ExitCode",
            "FinishTime",
            "InstanceId",
            "InstanceInvokeStatus",
            "InvocationStatus",
            "Output",
            "Repeats",
            "StartTime",
            "StopTime",
            "Timed",
            "UpdateTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut out = InvokeInstance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.dropped = r.decode()?,
                2 => out.error_code = r.decode()?,
                3 => out.error_info = r.decode()?,
                4 => out.exit_code = r.decode()?,
                5 => out.finish_time = r.decode()?,
                6 => out.instance_id = r.decode()?,
                7 => out.instance_invoke_status = r.decode()?,
                8 => out.invocation_status = r.decode()?,
                9 => out.output = r.decode()?,
                10 => out.repeats = r.decode()?,
                11 => out.start_time = r.decode()?,
                12 => out.stop_time = r.decode()?,
                13 => out.timed = r.decode()?,
                14 => out.update_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Invocations.Invocation.InvokeInstances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InvokeInstances {
    /// `InvokeInstance`.
    #[serde(
        rename = "InvokeInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_instance: ::std::option::Option<::std::vec::Vec<InvokeInstance>>,
}

impl ::std::fmt::Debug for InvokeInstances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InvokeInstances",
            &[("invoke_instance", d::opt(&self.invoke_instance))],
        )
    }
}

impl ::yun_core::json::Decode for InvokeInstances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InvokeInstance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InvokeInstances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invoke_instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Invocations.Invocation` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Invocation {
    /// `CommandContent`.
    ///
    /// Example: `cnBtIC1xYSB8IGdyZXAgdnNm****`.
    #[serde(
        rename = "CommandContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_content: ::std::option::Option<::yun_core::Text>,
    /// `CommandDescription`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "CommandDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_description: ::std::option::Option<::yun_core::Text>,
    /// `CommandId`.
    ///
    /// Example: `c-hz0jdfwcsr****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::yun_core::Text>,
    /// `CommandName`.
    ///
    /// Example: `CommandTestName`.
    #[serde(
        rename = "CommandName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_name: ::std::option::Option<::yun_core::Text>,
    /// `CommandType`.
    ///
    /// Example: `RunShellScript`.
    #[serde(
        rename = "CommandType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_type: ::std::option::Option<::yun_core::Text>,
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
    /// `CreationTime`.
    ///
    /// Example: `2020-01-19T09:15:46Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Frequency`.
    ///
    /// Example: `0 */20 * * * *`.
    #[serde(
        rename = "Frequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frequency: ::std::option::Option<::yun_core::Text>,
    /// `InvocationStatus`.
    ///
    /// Example: `Running`.
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
    /// `InvokeInstances`.
    #[serde(
        rename = "InvokeInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_instances: ::std::option::Option<InvokeInstances>,
    /// `InvokeStatus`.
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "InvokeStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_status: ::std::option::Option<::yun_core::Text>,
    /// `Parameters`.
    ///
    /// Example: `{}`.
    #[serde(
        rename = "Parameters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::yun_core::Text>,
    /// `RepeatMode`.
    ///
    /// Example: `Once`.
    #[serde(
        rename = "RepeatMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repeat_mode: ::std::option::Option<::yun_core::Text>,
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
    /// `Timed`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Timed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timed: ::std::option::Option<bool>,
    /// `Timeout`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "Timeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout: ::std::option::Option<i64>,
    /// `Username`.
    ///
    /// Example: `test`.
    #[serde(
        rename = "Username",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::yun_core::Text>,
    /// `WorkingDir`.
    ///
    /// Example: `/home/`.
    #[serde(
        rename = "WorkingDir",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub working_dir: ::std::option::Option<::yun_core::Text>,
}

impl Invocation {
    /// The items of `InvokeInstances` (through its wrapper), empty when absent.
    pub fn invoke_instances(&self) -> &[InvokeInstance] {
        self.invoke_instances
            .as_ref()
            .and_then(|w| w.invoke_instance.as_deref())
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

impl ::std::fmt::Debug for Invocation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Invocation",
            &[
                ("command_content", d::opt(&self.command_content)),
                ("command_description", d::opt(&self.command_description)),
                ("command_id", d::opt(&self.command_id)),
                ("command_name", d::opt(&self.command_name)),
                ("command_type", d::opt(&self.command_type)),
                ("container_id", d::opt(&self.container_id)),
                ("container_name", d::opt(&self.container_name)),
                ("creation_time", d::opt(&self.creation_time)),
                ("frequency", d::opt(&self.frequency)),
                ("invocation_status", d::opt(&self.invocation_status)),
                ("invoke_id", d::opt(&self.invoke_id)),
                ("invoke_instances", d::opt(&self.invoke_instances)),
                ("invoke_status", d::opt(&self.invoke_status)),
                ("parameters", d::opt(&self.parameters)),
                ("repeat_mode", d::opt(&self.repeat_mode)),
                ("tags", d::opt(&self.tags)),
                ("termination_mode", d::opt(&self.termination_mode)),
                ("timed", d::opt(&self.timed)),
                ("timeout", d::opt(&self.timeout)),
                ("username", d::opt(&self.username)),
                ("working_dir", d::opt(&self.working_dir)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Invocation {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CommandContent",
            "CommandDescription",
            "CommandId",
            "CommandName",
            "CommandType",
            "ContainerId",
            "ContainerName",
            "CreationTime",
            "Frequency",
            "InvocationStatus",
            "InvokeId",
            "InvokeInstances",
            "InvokeStatus",
            "Parameters",
            "RepeatMode",
            "Tags",
            "TerminationMode",
            "Timed",
            "Timeout",
            "Username",
            "WorkingDir",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 22] = ::yun_core::json::member_order();
        let mut out = Invocation::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.command_content = r.decode()?,
                1 => out.command_description = r.decode()?,
                2 => out.command_id = r.decode()?,
                3 => out.command_name = r.decode()?,
                4 => out.command_type = r.decode()?,
                5 => out.container_id = r.decode()?,
                6 => out.container_name = r.decode()?,
                7 => out.creation_time = r.decode()?,
                8 => out.frequency = r.decode()?,
                9 => out.invocation_status = r.decode()?,
                10 => out.invoke_id = r.decode()?,
                11 => out.invoke_instances = r.decode()?,
                12 => out.invoke_status = r.decode()?,
                13 => out.parameters = r.decode()?,
                14 => out.repeat_mode = r.decode()?,
                15 => out.tags = r.decode()?,
                16 => out.termination_mode = r.decode()?,
                17 => out.timed = r.decode()?,
                18 => out.timeout = r.decode()?,
                19 => out.username = r.decode()?,
                20 => out.working_dir = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Invocations` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Invocations {
    /// `Invocation`.
    #[serde(
        rename = "Invocation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation: ::std::option::Option<::std::vec::Vec<Invocation>>,
}

impl ::std::fmt::Debug for Invocations {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Invocations",
            &[("invocation", d::opt(&self.invocation))],
        )
    }
}

impl ::yun_core::json::Decode for Invocations {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Invocation"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Invocations::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invocation = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_invocations`](crate::Client::describe_invocations) (`DescribeInvocations`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInvocationsResponse {
    /// `Invocations`.
    #[serde(
        rename = "Invocations",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocations: ::std::option::Option<Invocations>,
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
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeInvocationsResponse {
    /// The items of `Invocations` (through its wrapper), empty when absent.
    pub fn invocations(&self) -> &[Invocation] {
        self.invocations
            .as_ref()
            .and_then(|w| w.invocation.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInvocationsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInvocationsResponse",
            &[
                ("invocations", d::opt(&self.invocations)),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInvocationsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Invocations",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeInvocationsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.invocations = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeInvocationsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInvocations` pages (by `NextToken`), for [`Client::describe_invocations_paginator`](crate::Client::describe_invocations_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInvocationsRequest {
    type Response = DescribeInvocationsResponse;
    type Item = Invocation;
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

    fn next_token(page: &DescribeInvocationsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeInvocationsResponse) -> usize {
        page.invocations
            .as_ref()
            .and_then(|x| x.invocation.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeInvocationsResponse) -> ::std::vec::Vec<Invocation> {
        page.invocations
            .and_then(|x| x.invocation)
            .unwrap_or_default()
    }
}
