//! `DescribeImagePipelineExecutions`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImagePipelineExecutions>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImagePipelineExecutions",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImagePipelineId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExecutionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_image_pipeline_executions`](crate::Client::describe_image_pipeline_executions) (`DescribeImagePipelineExecutions`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagePipelineExecutionsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ImagePipelineId` (query).
    ///
    /// Example: `ip-2ze5tsl5bp6nf2b3****`.
    #[serde(
        rename = "ImagePipelineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_id: ::std::option::Option<::std::string::String>,
    /// `ExecutionId` (query).
    ///
    /// Example: `exec-5fb8facb8ed7427c****`.
    #[serde(
        rename = "ExecutionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_id: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    ///
    /// Example: `BUILDING`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 500.
    ///
    /// Default: `50`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
}

impl DescribeImagePipelineExecutionsRequest {
    /// A `DescribeImagePipelineExecutionsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            tag: ::std::option::Option::None,
            image_pipeline_id: ::std::option::Option::None,
            execution_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
        }
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ImagePipelineId`.
    pub fn image_pipeline_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_pipeline_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ExecutionId`.
    pub fn execution_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.execution_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeImagePipelineExecutionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagePipelineExecutionsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("tag", d::opt(&self.tag)),
                ("image_pipeline_id", d::opt(&self.image_pipeline_id)),
                ("execution_id", d::opt(&self.execution_id)),
                ("status", d::opt(&self.status)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagePipelineExecutionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Tag",
            "ImagePipelineId",
            "ExecutionId",
            "Status",
            "NextToken",
            "MaxResults",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_image_pipeline_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_execution_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_tag = r.decode()?,
                2 => m_image_pipeline_id = r.decode()?,
                3 => m_execution_id = r.decode()?,
                4 => m_status = r.decode()?,
                5 => m_next_token = r.decode()?,
                6 => m_max_results = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeImagePipelineExecutionsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            tag: m_tag,
            image_pipeline_id: m_image_pipeline_id,
            execution_id: m_execution_id,
            status: m_status,
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}

/// The `ImagePipelineExecution.ImagePipelineExecutionSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImagePipelineExecutionSet {
    /// `CreationTime`.
    ///
    /// Example: `2020-11-24T06:00:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `ExecutionId`.
    ///
    /// Example: `exec-5fb8facb8ed7427c****`.
    #[serde(
        rename = "ExecutionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_id: ::std::option::Option<::yun_core::Text>,
    /// `ImageId`.
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `ImagePipelineId`.
    ///
    /// Example: `ip-2ze5tsl5bp6nf2b3****`.
    #[serde(
        rename = "ImagePipelineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_id: ::std::option::Option<::yun_core::Text>,
    /// `Message`.
    ///
    /// Example: `Create transition vpc "vpc-2ze70rc7093j9idu6****" success!`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `ModifiedTime`.
    ///
    /// Example: `2020-11-25T06:00:00Z`.
    #[serde(
        rename = "ModifiedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modified_time: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `BUILDING`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
}

impl ImagePipelineExecutionSet {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ImagePipelineExecutionSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImagePipelineExecutionSet",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("execution_id", d::opt(&self.execution_id)),
                ("image_id", d::opt(&self.image_id)),
                ("image_pipeline_id", d::opt(&self.image_pipeline_id)),
                ("message", d::opt(&self.message)),
                ("modified_time", d::opt(&self.modified_time)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImagePipelineExecutionSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "ExecutionId",
            "ImageId",
            "ImagePipelineId",
            "Message",
            "ModifiedTime",
            "ResourceGroupId",
            "Status",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = ImagePipelineExecutionSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.execution_id = r.decode()?,
                2 => out.image_id = r.decode()?,
                3 => out.image_pipeline_id = r.decode()?,
                4 => out.message = r.decode()?,
                5 => out.modified_time = r.decode()?,
                6 => out.resource_group_id = r.decode()?,
                7 => out.status = r.decode()?,
                8 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImagePipelineExecution` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImagePipelineExecution {
    /// `ImagePipelineExecutionSet`.
    #[serde(
        rename = "ImagePipelineExecutionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_execution_set:
        ::std::option::Option<::std::vec::Vec<ImagePipelineExecutionSet>>,
}

impl ::std::fmt::Debug for ImagePipelineExecution {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImagePipelineExecution",
            &[(
                "image_pipeline_execution_set",
                d::opt(&self.image_pipeline_execution_set),
            )],
        )
    }
}

impl ::yun_core::json::Decode for ImagePipelineExecution {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImagePipelineExecutionSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ImagePipelineExecution::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_pipeline_execution_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_image_pipeline_executions`](crate::Client::describe_image_pipeline_executions) (`DescribeImagePipelineExecutions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagePipelineExecutionsResponse {
    /// `ImagePipelineExecution`.
    #[serde(
        rename = "ImagePipelineExecution",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_execution: ::std::option::Option<ImagePipelineExecution>,
    /// `MaxResults`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
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
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
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

impl DescribeImagePipelineExecutionsResponse {
    /// The items of `ImagePipelineExecution` (through its wrapper), empty when absent.
    pub fn image_pipeline_execution(&self) -> &[ImagePipelineExecutionSet] {
        self.image_pipeline_execution
            .as_ref()
            .and_then(|w| w.image_pipeline_execution_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeImagePipelineExecutionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagePipelineExecutionsResponse",
            &[
                (
                    "image_pipeline_execution",
                    d::opt(&self.image_pipeline_execution),
                ),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagePipelineExecutionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImagePipelineExecution",
            "MaxResults",
            "NextToken",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeImagePipelineExecutionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_pipeline_execution = r.decode()?,
                1 => out.max_results = r.decode()?,
                2 => out.next_token = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeImagePipelineExecutionsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeImagePipelineExecutions` pages (by `NextToken`), for [`Client::describe_image_pipeline_executions_paginator`](crate::Client::describe_image_pipeline_executions_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeImagePipelineExecutionsRequest {
    type Response = DescribeImagePipelineExecutionsResponse;
    type Item = ImagePipelineExecutionSet;
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

    fn next_token(page: &DescribeImagePipelineExecutionsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeImagePipelineExecutionsResponse) -> usize {
        page.image_pipeline_execution
            .as_ref()
            .and_then(|x| x.image_pipeline_execution_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeImagePipelineExecutionsResponse,
    ) -> ::std::vec::Vec<ImagePipelineExecutionSet> {
        page.image_pipeline_execution
            .and_then(|x| x.image_pipeline_execution_set)
            .unwrap_or_default()
    }
}
