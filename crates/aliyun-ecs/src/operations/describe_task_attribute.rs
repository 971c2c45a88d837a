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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_task_attribute`](crate::Client::describe_task_attribute) (`DescribeTaskAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTaskAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `TaskId` (query). Required.
    ///
    /// Example: `t-ce946ntx4wr****`.
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

impl ::std::fmt::Debug for DescribeTaskAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTaskAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("task_id", d::req(&self.task_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTaskAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "TaskId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_task_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_task_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeTaskAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            task_id: m_task_id.ok_or_else(|| r.missing("TaskId"))?,
        })
    }
}

/// The response of [`Client::describe_task_attribute`](crate::Client::describe_task_attribute) (`DescribeTaskAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTaskAttributeResponse {
    /// `CreationTime`.
    ///
    /// Example: `2015-11-23T02:13Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `FailedCount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "FailedCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failed_count: ::std::option::Option<i64>,
    /// `FinishedTime`.
    ///
    /// Example: `2015-11-23T02:19Z`.
    #[serde(
        rename = "FinishedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finished_time: ::std::option::Option<::yun_core::Text>,
    /// `OperationProgressSet`.
    #[serde(
        rename = "OperationProgressSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress_set: ::std::option::Option<crate::models::OperationProgressSet>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SuccessCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "SuccessCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success_count: ::std::option::Option<i64>,
    /// `SupportCancel`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "SupportCancel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_cancel: ::std::option::Option<::yun_core::Text>,
    /// `TaskAction`.
    ///
    /// Example: `ExportImage`.
    #[serde(
        rename = "TaskAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_action: ::std::option::Option<::yun_core::Text>,
    /// `TaskId`.
    ///
    /// Example: `t-ce946ntx4wr****`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
    /// `TaskProcess`.
    ///
    /// Example: `100%`.
    #[serde(
        rename = "TaskProcess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_process: ::std::option::Option<::yun_core::Text>,
    /// `TaskStatus`.
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeTaskAttributeResponse {
    /// The items of `OperationProgressSet` (through its wrapper), empty when absent.
    pub fn operation_progress_set(&self) -> &[crate::models::OperationProgress] {
        self.operation_progress_set
            .as_ref()
            .and_then(|w| w.operation_progress.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeTaskAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTaskAttributeResponse",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("failed_count", d::opt(&self.failed_count)),
                ("finished_time", d::opt(&self.finished_time)),
                (
                    "operation_progress_set",
                    d::opt(&self.operation_progress_set),
                ),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("success_count", d::opt(&self.success_count)),
                ("support_cancel", d::opt(&self.support_cancel)),
                ("task_action", d::opt(&self.task_action)),
                ("task_id", d::opt(&self.task_id)),
                ("task_process", d::opt(&self.task_process)),
                ("task_status", d::opt(&self.task_status)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTaskAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "FailedCount",
            "FinishedTime",
            "OperationProgressSet",
            "RegionId",
            "RequestId",
            "SuccessCount",
            "SupportCancel",
            "TaskAction",
            "TaskId",
            "TaskProcess",
            "TaskStatus",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut out = DescribeTaskAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.failed_count = r.decode()?,
                2 => out.finished_time = r.decode()?,
                3 => out.operation_progress_set = r.decode()?,
                4 => out.region_id = r.decode()?,
                5 => out.request_id = r.decode()?,
                6 => out.success_count = r.decode()?,
                7 => out.support_cancel = r.decode()?,
                8 => out.task_action = r.decode()?,
                9 => out.task_id = r.decode()?,
                10 => out.task_process = r.decode()?,
                11 => out.task_status = r.decode()?,
                12 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
