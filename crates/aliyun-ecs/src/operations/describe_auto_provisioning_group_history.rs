//! `DescribeAutoProvisioningGroupHistory`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoProvisioningGroupHistory>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAutoProvisioningGroupHistory",
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
                name: "AutoProvisioningGroupId",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_auto_provisioning_group_history`](crate::Client::describe_auto_provisioning_group_history) (`DescribeAutoProvisioningGroupHistory`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupHistoryRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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
    /// Example: `5`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `AutoProvisioningGroupId` (query). Required.
    ///
    /// Example: `apg-bp67acfmxazb4p****`.
    #[serde(rename = "AutoProvisioningGroupId")]
    pub auto_provisioning_group_id: ::std::string::String,
    /// `StartTime` (query).
    ///
    /// Example: `2019-04-01T15:10:20Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2019-06-20T15:10:20Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
}

impl DescribeAutoProvisioningGroupHistoryRequest {
    /// A `DescribeAutoProvisioningGroupHistoryRequest` with its required members: `RegionId`, `AutoProvisioningGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        auto_provisioning_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            auto_provisioning_group_id: auto_provisioning_group_id.into(),
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
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
}

impl ::std::fmt::Debug for DescribeAutoProvisioningGroupHistoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoProvisioningGroupHistoryRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                (
                    "auto_provisioning_group_id",
                    d::req(&self.auto_provisioning_group_id),
                ),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoProvisioningGroupHistoryRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "AutoProvisioningGroupId",
            "StartTime",
            "EndTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_auto_provisioning_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_auto_provisioning_group_id = r.decode()?,
                4 => m_start_time = r.decode()?,
                5 => m_end_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeAutoProvisioningGroupHistoryRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            auto_provisioning_group_id: m_auto_provisioning_group_id
                .ok_or_else(|| r.missing("AutoProvisioningGroupId"))?,
            start_time: m_start_time,
            end_time: m_end_time,
        })
    }
}

/// The `AutoProvisioningGroupHistories.AutoProvisioningGroupHistory.ActivityDetails.ActivityDetail` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ActivityDetail {
    /// `Detail`.
    ///
    /// Example: `New ECS instances "i-bp67acfmxazb4p****, i-bp67acfmxazb5p****" created.`.
    #[serde(
        rename = "Detail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Successful`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ActivityDetail {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ActivityDetail",
            &[
                ("detail", d::opt(&self.detail)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ActivityDetail {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Detail", "Status"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ActivityDetail::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.detail = r.decode()?,
                1 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroupHistories.AutoProvisioningGroupHistory.ActivityDetails` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ActivityDetails {
    /// `ActivityDetail`.
    #[serde(
        rename = "ActivityDetail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activity_detail: ::std::option::Option<::std::vec::Vec<ActivityDetail>>,
}

impl ::std::fmt::Debug for ActivityDetails {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ActivityDetails",
            &[("activity_detail", d::opt(&self.activity_detail))],
        )
    }
}

impl ::yun_core::json::Decode for ActivityDetails {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ActivityDetail"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ActivityDetails::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activity_detail = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroupHistories.AutoProvisioningGroupHistory` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoProvisioningGroupHistory {
    /// `ActivityDetails`.
    #[serde(
        rename = "ActivityDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activity_details: ::std::option::Option<ActivityDetails>,
    /// `LastEventTime`.
    ///
    /// Example: `2019-04-01T15:10:20Z`.
    #[serde(
        rename = "LastEventTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_event_time: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2019-04-01T15:10:20Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `success`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `TaskId`.
    ///
    /// Example: `apg-task-bp67acfmxazb4p****`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
}

impl AutoProvisioningGroupHistory {
    /// The items of `ActivityDetails` (through its wrapper), empty when absent.
    pub fn activity_details(&self) -> &[ActivityDetail] {
        self.activity_details
            .as_ref()
            .and_then(|w| w.activity_detail.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AutoProvisioningGroupHistory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AutoProvisioningGroupHistory",
            &[
                ("activity_details", d::opt(&self.activity_details)),
                ("last_event_time", d::opt(&self.last_event_time)),
                ("start_time", d::opt(&self.start_time)),
                ("status", d::opt(&self.status)),
                ("task_id", d::opt(&self.task_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AutoProvisioningGroupHistory {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActivityDetails",
            "LastEventTime",
            "StartTime",
            "Status",
            "TaskId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = AutoProvisioningGroupHistory::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activity_details = r.decode()?,
                1 => out.last_event_time = r.decode()?,
                2 => out.start_time = r.decode()?,
                3 => out.status = r.decode()?,
                4 => out.task_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroupHistories` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoProvisioningGroupHistories {
    /// `AutoProvisioningGroupHistory`.
    #[serde(
        rename = "AutoProvisioningGroupHistory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_history:
        ::std::option::Option<::std::vec::Vec<AutoProvisioningGroupHistory>>,
}

impl ::std::fmt::Debug for AutoProvisioningGroupHistories {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AutoProvisioningGroupHistories",
            &[(
                "auto_provisioning_group_history",
                d::opt(&self.auto_provisioning_group_history),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AutoProvisioningGroupHistories {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AutoProvisioningGroupHistory"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AutoProvisioningGroupHistories::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_provisioning_group_history = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_auto_provisioning_group_history`](crate::Client::describe_auto_provisioning_group_history) (`DescribeAutoProvisioningGroupHistory`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupHistoryResponse {
    /// `AutoProvisioningGroupHistories`.
    #[serde(
        rename = "AutoProvisioningGroupHistories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_histories: ::std::option::Option<AutoProvisioningGroupHistories>,
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
    /// Example: `B48A12CD-1295-4A38-A8F0-0E92C937****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeAutoProvisioningGroupHistoryResponse {
    /// The items of `AutoProvisioningGroupHistories` (through its wrapper), empty when absent.
    pub fn auto_provisioning_group_histories(&self) -> &[AutoProvisioningGroupHistory] {
        self.auto_provisioning_group_histories
            .as_ref()
            .and_then(|w| w.auto_provisioning_group_history.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeAutoProvisioningGroupHistoryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoProvisioningGroupHistoryResponse",
            &[
                (
                    "auto_provisioning_group_histories",
                    d::opt(&self.auto_provisioning_group_histories),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoProvisioningGroupHistoryResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoProvisioningGroupHistories",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeAutoProvisioningGroupHistoryResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_provisioning_group_histories = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeAutoProvisioningGroupHistoryRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeAutoProvisioningGroupHistory` pages (by `PageNumber`), for [`Client::describe_auto_provisioning_group_history_paginator`](crate::Client::describe_auto_provisioning_group_history_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeAutoProvisioningGroupHistoryRequest {
    type Response = DescribeAutoProvisioningGroupHistoryResponse;
    type Item = AutoProvisioningGroupHistory;
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

    fn total_count(
        page: &DescribeAutoProvisioningGroupHistoryResponse,
    ) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeAutoProvisioningGroupHistoryResponse) -> usize {
        page.auto_provisioning_group_histories
            .as_ref()
            .and_then(|x| x.auto_provisioning_group_history.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeAutoProvisioningGroupHistoryResponse,
    ) -> ::std::vec::Vec<AutoProvisioningGroupHistory> {
        page.auto_provisioning_group_histories
            .and_then(|x| x.auto_provisioning_group_history)
            .unwrap_or_default()
    }
}
