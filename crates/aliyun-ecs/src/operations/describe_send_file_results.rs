//! `DescribeSendFileResults`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSendFileResults>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSendFileResults",
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
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
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
                name: "InvocationStatus",
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

/// The request of [`Client::describe_send_file_results`](crate::Client::describe_send_file_results) (`DescribeSendFileResults`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSendFileResultsRequest {
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
    /// Example: `f-hz0jdfwd9f****`.
    #[serde(
        rename = "InvokeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invoke_id: ::std::option::Option<::std::string::String>,
    /// `Name` (query).
    ///
    /// Example: `test.txt`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-hz0jdfwd9f****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
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
    /// `InvocationStatus` (query).
    ///
    /// Example: `Success`.
    #[serde(
        rename = "InvocationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_status: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeSendFileResultsRequest {
    /// A `DescribeSendFileResultsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            invoke_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            invocation_status: ::std::option::Option::None,
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

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
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

    /// Sets `InvocationStatus`.
    pub fn invocation_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.invocation_status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeSendFileResultsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSendFileResultsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("invoke_id", d::opt(&self.invoke_id)),
                ("name", d::opt(&self.name)),
                ("instance_id", d::opt(&self.instance_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("invocation_status", d::opt(&self.invocation_status)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSendFileResultsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "InvokeId",
            "Name",
            "InstanceId",
            "PageNumber",
            "PageSize",
            "MaxResults",
            "NextToken",
            "InvocationStatus",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_invoke_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_invocation_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_invoke_id = r.decode()?,
                3 => m_name = r.decode()?,
                4 => m_instance_id = r.decode()?,
                5 => m_page_number = r.decode()?,
                6 => m_page_size = r.decode()?,
                7 => m_max_results = r.decode()?,
                8 => m_next_token = r.decode()?,
                9 => m_invocation_status = r.decode()?,
                10 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSendFileResultsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            invoke_id: m_invoke_id,
            name: m_name,
            instance_id: m_instance_id,
            page_number: m_page_number,
            page_size: m_page_size,
            max_results: m_max_results,
            next_token: m_next_token,
            invocation_status: m_invocation_status,
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
    /// Example: `the instance is not running when create task`.
    #[serde(
        rename = "ErrorInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_info: ::std::option::Option<::yun_core::Text>,
    /// `FinishTime`.
    ///
    /// Example: `2019-12-20T06:15:54Z`.
    #[serde(
        rename = "FinishTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finish_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-uf614fhehhz****`.
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
    /// `StartTime`.
    ///
    /// Example: `2019-12-20T06:15:54Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `UpdateTime`.
    ///
    /// Example: `2019-12-20T06:15:54Z`.
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
                ("error_code", d::opt(&self.error_code)),
                ("error_info", d::opt(&self.error_info)),
                ("finish_time", d::opt(&self.finish_time)),
                ("instance_id", d::opt(&self.instance_id)),
                ("invocation_status", d::opt(&self.invocation_status)),
                ("start_time", d::opt(&self.start_time)),
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
            "ErrorCode",
            "ErrorInfo",
            "FinishTime",
            "InstanceId",
            "InvocationStatus",
            "StartTime",
            "UpdateTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = InvokeInstance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.error_code = r.decode()?,
                2 => out.error_info = r.decode()?,
                3 => out.finish_time = r.decode()?,
                4 => out.instance_id = r.decode()?,
                5 => out.invocation_status = r.decode()?,
                6 => out.start_time = r.decode()?,
                7 => out.update_time = r.decode()?,
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
    /// `Content`.
    ///
    /// Example: `#!/bin/bash  echo "Current User is :"  echo $(ps | grep "$$" | awk '{print $2}')`.
    #[serde(
        rename = "Content",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content: ::std::option::Option<::yun_core::Text>,
    /// `ContentType`.
    ///
    /// Example: `PlainText`.
    #[serde(
        rename = "ContentType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_type: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2019-12-20T06:15:54Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `This is a test file.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `FileGroup`.
    ///
    /// Example: `test`.
    #[serde(
        rename = "FileGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_group: ::std::option::Option<::yun_core::Text>,
    /// `FileMode`.
    ///
    /// Example: `777`.
    #[serde(
        rename = "FileMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_mode: ::std::option::Option<::yun_core::Text>,
    /// `FileOwner`.
    ///
    /// Example: `test`.
    #[serde(
        rename = "FileOwner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_owner: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `f-hz0jdfwd9f****`.
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
    /// `Name`.
    ///
    /// Example: `test.txt`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Overwrite`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Overwrite",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overwrite: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `TargetDir`.
    ///
    /// Example: `/home/user`.
    #[serde(
        rename = "TargetDir",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_dir: ::std::option::Option<::yun_core::Text>,
    /// `VmCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "VmCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vm_count: ::std::option::Option<i64>,
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
                ("content", d::opt(&self.content)),
                ("content_type", d::opt(&self.content_type)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("file_group", d::opt(&self.file_group)),
                ("file_mode", d::opt(&self.file_mode)),
                ("file_owner", d::opt(&self.file_owner)),
                ("invocation_status", d::opt(&self.invocation_status)),
                ("invoke_id", d::opt(&self.invoke_id)),
                ("invoke_instances", d::opt(&self.invoke_instances)),
                ("name", d::opt(&self.name)),
                ("overwrite", d::opt(&self.overwrite)),
                ("tags", d::opt(&self.tags)),
                ("target_dir", d::opt(&self.target_dir)),
                ("vm_count", d::opt(&self.vm_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Invocation {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Content",
            "ContentType",
            "CreationTime",
            "Description",
            "FileGroup",
            "FileMode",
            "FileOwner",
            "InvocationStatus",
            "InvokeId",
            "InvokeInstances",
            "Name",
            "Overwrite",
            "Tags",
            "TargetDir",
            "VmCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut out = Invocation::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.content = r.decode()?,
                1 => out.content_type = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.file_group = r.decode()?,
                5 => out.file_mode = r.decode()?,
                6 => out.file_owner = r.decode()?,
                7 => out.invocation_status = r.decode()?,
                8 => out.invoke_id = r.decode()?,
                9 => out.invoke_instances = r.decode()?,
                10 => out.name = r.decode()?,
                11 => out.overwrite = r.decode()?,
                12 => out.tags = r.decode()?,
                13 => out.target_dir = r.decode()?,
                14 => out.vm_count = r.decode()?,
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

/// The response of [`Client::describe_send_file_results`](crate::Client::describe_send_file_results) (`DescribeSendFileResults`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSendFileResultsResponse {
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
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeSendFileResultsResponse {
    /// The items of `Invocations` (through its wrapper), empty when absent.
    pub fn invocations(&self) -> &[Invocation] {
        self.invocations
            .as_ref()
            .and_then(|w| w.invocation.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSendFileResultsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSendFileResultsResponse",
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

impl ::yun_core::json::Decode for DescribeSendFileResultsResponse {
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
        let mut out = DescribeSendFileResultsResponse::default();
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

impl ::yun_core::internal::AliyunCall for DescribeSendFileResultsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeSendFileResults` pages (by `NextToken`), for [`Client::describe_send_file_results_paginator`](crate::Client::describe_send_file_results_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeSendFileResultsRequest {
    type Response = DescribeSendFileResultsResponse;
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

    fn next_token(page: &DescribeSendFileResultsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeSendFileResultsResponse) -> usize {
        page.invocations
            .as_ref()
            .and_then(|x| x.invocation.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeSendFileResultsResponse) -> ::std::vec::Vec<Invocation> {
        page.invocations
            .and_then(|x| x.invocation)
            .unwrap_or_default()
    }
}
