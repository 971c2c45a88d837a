//! `CancelImagePipelineExecution`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CancelImagePipelineExecution>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CancelImagePipelineExecution",
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
                name: "TemplateTag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExecutionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::cancel_image_pipeline_execution`](crate::Client::cancel_image_pipeline_execution) (`CancelImagePipelineExecution`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CancelImagePipelineExecutionRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `TemplateTag` (query, sent as `TemplateTag.1`, `TemplateTag.2`, …).
    ///
    /// At most 20 items.
    #[serde(
        rename = "TemplateTag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ExecutionId` (query). Required.
    ///
    /// Example: `exec-5fb8facb8ed7427c****`.
    #[serde(rename = "ExecutionId")]
    pub execution_id: ::std::string::String,
}

impl CancelImagePipelineExecutionRequest {
    /// A `CancelImagePipelineExecutionRequest` with its required members: `RegionId`, `ExecutionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        execution_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            template_tag: ::std::option::Option::None,
            execution_id: execution_id.into(),
        }
    }

    /// Sets `TemplateTag`.
    pub fn template_tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.template_tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CancelImagePipelineExecutionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CancelImagePipelineExecutionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("template_tag", d::opt(&self.template_tag)),
                ("execution_id", d::req(&self.execution_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CancelImagePipelineExecutionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "TemplateTag", "ExecutionId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_template_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_execution_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_template_tag = r.decode()?,
                2 => m_execution_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CancelImagePipelineExecutionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            template_tag: m_template_tag,
            execution_id: m_execution_id.ok_or_else(|| r.missing("ExecutionId"))?,
        })
    }
}

/// The response of [`Client::cancel_image_pipeline_execution`](crate::Client::cancel_image_pipeline_execution) (`CancelImagePipelineExecution`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CancelImagePipelineExecutionResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CancelImagePipelineExecutionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CancelImagePipelineExecutionResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for CancelImagePipelineExecutionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = CancelImagePipelineExecutionResponse::default();
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
