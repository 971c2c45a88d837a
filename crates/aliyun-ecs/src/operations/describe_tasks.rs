//! `DescribeTasks`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTasks>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeTasks",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
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
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TaskIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TaskAction",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TaskStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StartTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EndTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_tasks`](crate::Client::describe_tasks) (`DescribeTasks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTasksRequest {
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `TaskIds` (query).
    ///
    /// Example: `t-bp1hvgwromzv32iq****,t-bp179lofu2pv768w****`.
    #[serde(
        rename = "TaskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_ids: ::std::option::Option<::std::string::String>,
    /// `TaskAction` (query).
    ///
    /// Example: `ImportImage`.
    #[serde(
        rename = "TaskAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_action: ::std::option::Option<::std::string::String>,
    /// `TaskStatus` (query).
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    ///
    /// Example: `2020-11-23T15:10:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2020-11-23T15:16:00Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `ResourceIds` (query, sent as `ResourceIds.1`, `ResourceIds.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "ResourceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeTasksRequest {
    /// A `DescribeTasksRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            region_id: region_id.into(),
            task_ids: ::std::option::Option::None,
            task_action: ::std::option::Option::None,
            task_status: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            resource_ids: ::std::option::Option::None,
        }
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TaskIds`.
    pub fn task_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.task_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `TaskAction`.
    pub fn task_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.task_action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `TaskStatus`.
    pub fn task_status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.task_status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceIds`.
    pub fn resource_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.resource_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeTasksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTasksRequest",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::req(&self.region_id)),
                ("task_ids", d::opt(&self.task_ids)),
                ("task_action", d::opt(&self.task_action)),
                ("task_status", d::opt(&self.task_status)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
                ("resource_ids", d::opt(&self.resource_ids)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTasksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RegionId",
            "TaskIds",
            "TaskAction",
            "TaskStatus",
            "StartTime",
            "EndTime",
            "ResourceIds",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_task_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_task_action: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_task_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_page_number = r.decode()?,
                1 => m_page_size = r.decode()?,
                2 => m_region_id = r.decode()?,
                3 => m_task_ids = r.decode()?,
                4 => m_task_action = r.decode()?,
                5 => m_task_status = r.decode()?,
                6 => m_start_time = r.decode()?,
                7 => m_end_time = r.decode()?,
                8 => m_resource_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeTasksRequest {
            page_number: m_page_number,
            page_size: m_page_size,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            task_ids: m_task_ids,
            task_action: m_task_action,
            task_status: m_task_status,
            start_time: m_start_time,
            end_time: m_end_time,
            resource_ids: m_resource_ids,
        })
    }
}

/// The `TaskSet.Task` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Task {
    /// `CreationTime`.
    ///
    /// Example: `2020-11-24T12:50Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `FinishedTime`.
    ///
    /// Example: `2020-11-24T12:50Z`.
    #[serde(
        rename = "FinishedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub finished_time: ::std::option::Option<::yun_core::Text>,
    /// `ResourceId`.
    ///
    /// Example: `m-bp1i8huqm5u7****`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `ImportImage`.
    #[serde(
        rename = "TaskAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_action: ::std::option::Option<::yun_core::Text>,
    /// `TaskId`.
    ///
    /// Example: `t-bp1hvgwromzv32iq****`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
    /// `TaskStatus`.
    ///
    /// Example: `Finished`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Task {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Task",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("finished_time", d::opt(&self.finished_time)),
                ("resource_id", d::opt(&self.resource_id)),
                ("support_cancel", d::opt(&self.support_cancel)),
                ("task_action", d::opt(&self.task_action)),
                ("task_id", d::opt(&self.task_id)),
                ("task_status", d::opt(&self.task_status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Task {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "FinishedTime",
            "ResourceId",
            "SupportCancel",
            "TaskAction",
            "TaskId",
            "TaskStatus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = Task::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.finished_time = r.decode()?,
                2 => out.resource_id = r.decode()?,
                3 => out.support_cancel = r.decode()?,
                4 => out.task_action = r.decode()?,
                5 => out.task_id = r.decode()?,
                6 => out.task_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `TaskSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TaskSet {
    /// `Task`.
    #[serde(
        rename = "Task",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task: ::std::option::Option<::std::vec::Vec<Task>>,
}

impl ::std::fmt::Debug for TaskSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "TaskSet", &[("task", d::opt(&self.task))])
    }
}

impl ::yun_core::json::Decode for TaskSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Task"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = TaskSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.task = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_tasks`](crate::Client::describe_tasks) (`DescribeTasks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTasksResponse {
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
    /// `TaskSet`.
    #[serde(
        rename = "TaskSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_set: ::std::option::Option<TaskSet>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeTasksResponse {
    /// The items of `TaskSet` (through its wrapper), empty when absent.
    pub fn task_set(&self) -> &[Task] {
        self.task_set
            .as_ref()
            .and_then(|w| w.task.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeTasksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTasksResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("task_set", d::opt(&self.task_set)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTasksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RegionId",
            "RequestId",
            "TaskSet",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeTasksResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.region_id = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.task_set = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeTasksRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeTasks` pages (by `PageNumber`), for [`Client::describe_tasks_paginator`](crate::Client::describe_tasks_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeTasksRequest {
    type Response = DescribeTasksResponse;
    type Item = Task;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeTasksResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeTasksResponse) -> usize {
        page.task_set
            .as_ref()
            .and_then(|x| x.task.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeTasksResponse) -> ::std::vec::Vec<Task> {
        page.task_set.and_then(|x| x.task).unwrap_or_default()
    }
}
