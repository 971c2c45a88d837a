//! `StartImagePipelineExecution`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StartImagePipelineExecution>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "StartImagePipelineExecution",
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
                name: "TemplateTag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImagePipelineId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::start_image_pipeline_execution`](crate::Client::start_image_pipeline_execution) (`StartImagePipelineExecution`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartImagePipelineExecutionRequest {
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
    /// `ImagePipelineId` (query). Required.
    ///
    /// Example: `ip-2ze5tsl5bp6nf2b3****`.
    #[serde(rename = "ImagePipelineId")]
    pub image_pipeline_id: ::std::string::String,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl StartImagePipelineExecutionRequest {
    /// A `StartImagePipelineExecutionRequest` with its required members: `RegionId`, `ImagePipelineId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_pipeline_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            template_tag: ::std::option::Option::None,
            image_pipeline_id: image_pipeline_id.into(),
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `TemplateTag`.
    pub fn template_tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.template_tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for StartImagePipelineExecutionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StartImagePipelineExecutionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("template_tag", d::opt(&self.template_tag)),
                ("image_pipeline_id", d::req(&self.image_pipeline_id)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StartImagePipelineExecutionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "TemplateTag", "ImagePipelineId", "ClientToken"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_template_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_image_pipeline_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_template_tag = r.decode()?,
                2 => m_image_pipeline_id = r.decode()?,
                3 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(StartImagePipelineExecutionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            template_tag: m_template_tag,
            image_pipeline_id: m_image_pipeline_id.ok_or_else(|| r.missing("ImagePipelineId"))?,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::start_image_pipeline_execution`](crate::Client::start_image_pipeline_execution) (`StartImagePipelineExecution`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StartImagePipelineExecutionResponse {
    /// `ExecutionId`.
    ///
    /// Example: `exec-5fb8facb8ed7427c****`.
    #[serde(
        rename = "ExecutionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub execution_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for StartImagePipelineExecutionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StartImagePipelineExecutionResponse",
            &[
                ("execution_id", d::opt(&self.execution_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StartImagePipelineExecutionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ExecutionId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = StartImagePipelineExecutionResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.execution_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
