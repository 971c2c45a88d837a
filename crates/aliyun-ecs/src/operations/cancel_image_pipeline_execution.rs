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
    };

/// The `TemplateTag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TemplateTag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl TemplateTag {
    /// An empty `TemplateTag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for TemplateTag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TemplateTag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TemplateTag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TemplateTag, A::Error> {
                let mut out = TemplateTag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The request of [`Client::cancel_image_pipeline_execution`](crate::Client::cancel_image_pipeline_execution) (`CancelImagePipelineExecution`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct CancelImagePipelineExecutionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `TemplateTag` (query, sent as `TemplateTag.1`, `TemplateTag.2`, …).
    ///
    /// At most 20 items.
    #[serde(
        rename = "TemplateTag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_tag: ::std::option::Option<::std::vec::Vec<TemplateTag>>,
    /// `ExecutionId` (query). Required.
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
    pub fn template_tag(mut self, value: ::std::vec::Vec<TemplateTag>) -> Self {
        self.template_tag = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for CancelImagePipelineExecutionRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CancelImagePipelineExecutionRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CancelImagePipelineExecutionRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CancelImagePipelineExecutionRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_template_tag: ::std::option::Option<::std::vec::Vec<TemplateTag>> =
                    ::std::option::Option::None;
                let mut m_execution_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "TemplateTag" => m_template_tag = map.next_value()?,
                        "ExecutionId" => m_execution_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(CancelImagePipelineExecutionRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    template_tag: m_template_tag,
                    execution_id: m_execution_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ExecutionId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::cancel_image_pipeline_execution`](crate::Client::cancel_image_pipeline_execution) (`CancelImagePipelineExecution`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CancelImagePipelineExecutionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CancelImagePipelineExecutionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CancelImagePipelineExecutionResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CancelImagePipelineExecutionResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CancelImagePipelineExecutionResponse, A::Error> {
                let mut out = CancelImagePipelineExecutionResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
