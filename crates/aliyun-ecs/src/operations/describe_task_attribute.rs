//! `DescribeTaskAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTaskAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeTaskAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TaskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_task_attribute`](crate::Client::describe_task_attribute) (`DescribeTaskAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTaskAttributeRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `TaskId` (query). Required.
    #[serde(rename = "TaskId")]
    pub task_id: ::std::string::String,
}

impl DescribeTaskAttributeRequest {
    /// A `DescribeTaskAttributeRequest` with its required members: `RegionId`, `TaskId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        task_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            task_id: task_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeTaskAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeTaskAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeTaskAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeTaskAttributeRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_task_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "TaskId" => m_task_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeTaskAttributeRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    task_id: m_task_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("TaskId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `OperationProgressSet.OperationProgress.RelatedItemSet.RelatedItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItem {
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RelatedItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RelatedItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RelatedItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RelatedItem, A::Error> {
                let mut out = RelatedItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Name" => out.name = map.next_value()?,
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

/// The `OperationProgressSet.OperationProgress.RelatedItemSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItemSet {
    /// `RelatedItem`.
    #[serde(
        rename = "RelatedItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item: ::std::option::Option<::std::vec::Vec<RelatedItem>>,
}

impl<'de> ::serde::Deserialize<'de> for RelatedItemSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RelatedItemSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RelatedItemSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RelatedItemSet, A::Error> {
                let mut out = RelatedItemSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RelatedItem" => out.related_item = map.next_value()?,
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

/// The `OperationProgressSet.OperationProgress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgress {
    /// `ErrorCode`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::std::string::String>,
    /// `ErrorMsg`.
    #[serde(
        rename = "ErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_msg: ::std::option::Option<::std::string::String>,
    /// `OperationStatus`.
    #[serde(
        rename = "OperationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_status: ::std::option::Option<::std::string::String>,
    /// `RelatedItemSet`.
    #[serde(
        rename = "RelatedItemSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item_set: ::std::option::Option<RelatedItemSet>,
}

impl<'de> ::serde::Deserialize<'de> for OperationProgress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationProgress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationProgress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationProgress, A::Error> {
                let mut out = OperationProgress::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ErrorCode" => out.error_code = map.next_value()?,
                        "ErrorMsg" => out.error_msg = map.next_value()?,
                        "OperationStatus" => out.operation_status = map.next_value()?,
                        "RelatedItemSet" => out.related_item_set = map.next_value()?,
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

/// The `OperationProgressSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgressSet {
    /// `OperationProgress`.
    #[serde(
        rename = "OperationProgress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress: ::std::option::Option<::std::vec::Vec<OperationProgress>>,
}

impl<'de> ::serde::Deserialize<'de> for OperationProgressSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationProgressSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationProgressSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationProgressSet, A::Error> {
                let mut out = OperationProgressSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OperationProgress" => out.operation_progress = map.next_value()?,
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

/// The response of [`Client::describe_task_attribute`](crate::Client::describe_task_attribute) (`DescribeTaskAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTaskAttributeResponse {
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `FailedCount`.
    #[serde(
        rename = "FailedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failed_count: ::std::option::Option<i64>,
    /// `FinishedTime`.
    #[serde(
        rename = "FinishedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finished_time: ::std::option::Option<::std::string::String>,
    /// `OperationProgressSet`.
    #[serde(
        rename = "OperationProgressSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress_set: ::std::option::Option<OperationProgressSet>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SuccessCount`.
    #[serde(
        rename = "SuccessCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success_count: ::std::option::Option<i64>,
    /// `SupportCancel`.
    #[serde(
        rename = "SupportCancel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_cancel: ::std::option::Option<::std::string::String>,
    /// `TaskAction`.
    #[serde(
        rename = "TaskAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_action: ::std::option::Option<::std::string::String>,
    /// `TaskId`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// `TaskProcess`.
    #[serde(
        rename = "TaskProcess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_process: ::std::option::Option<::std::string::String>,
    /// `TaskStatus`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeTaskAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeTaskAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeTaskAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeTaskAttributeResponse, A::Error> {
                let mut out = DescribeTaskAttributeResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "FailedCount" => out.failed_count = map.next_value()?,
                        "FinishedTime" => out.finished_time = map.next_value()?,
                        "OperationProgressSet" => {
                            out.operation_progress_set = map.next_value()?;
                        }

                        "RegionId" => out.region_id = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "SuccessCount" => out.success_count = map.next_value()?,
                        "SupportCancel" => out.support_cancel = map.next_value()?,
                        "TaskAction" => out.task_action = map.next_value()?,
                        "TaskId" => out.task_id = map.next_value()?,
                        "TaskProcess" => out.task_process = map.next_value()?,
                        "TaskStatus" => out.task_status = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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
