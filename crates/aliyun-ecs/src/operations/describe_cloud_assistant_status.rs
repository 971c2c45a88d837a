//! `DescribeCloudAssistantStatus`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCloudAssistantStatus>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeCloudAssistantStatus",
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
                name: "OSType",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_cloud_assistant_status`](crate::Client::describe_cloud_assistant_status) (`DescribeCloudAssistantStatus`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCloudAssistantStatusRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `OSType` (query).
    ///
    /// Example: `Windows`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
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
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp1iudwa5b1tqa****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeCloudAssistantStatusRequest {
    /// A `DescribeCloudAssistantStatusRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            os_type: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
    }

    /// Sets `OSType`.
    pub fn os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
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

    /// Sets `InstanceId`.
    pub fn instance_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeCloudAssistantStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCloudAssistantStatusRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("os_type", d::opt(&self.os_type)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("instance_id", d::opt(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCloudAssistantStatusRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "OSType",
            "PageNumber",
            "PageSize",
            "MaxResults",
            "NextToken",
            "InstanceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_os_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_os_type = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                4 => m_max_results = r.decode()?,
                5 => m_next_token = r.decode()?,
                6 => m_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeCloudAssistantStatusRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            os_type: m_os_type,
            page_number: m_page_number,
            page_size: m_page_size,
            max_results: m_max_results,
            next_token: m_next_token,
            instance_id: m_instance_id,
        })
    }
}

/// The `InstanceCloudAssistantStatusSet.InstanceCloudAssistantStatus` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceCloudAssistantStatus {
    /// `ActiveTaskCount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "ActiveTaskCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_task_count: ::std::option::Option<i64>,
    /// `CloudAssistantStatus`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "CloudAssistantStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_assistant_status: ::std::option::Option<::yun_core::Text>,
    /// `CloudAssistantVersion`.
    ///
    /// Example: `2.2.0.106`.
    #[serde(
        rename = "CloudAssistantVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cloud_assistant_version: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1iudwa5b1tqa****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InvocationCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "InvocationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_count: ::std::option::Option<i64>,
    /// `LastHeartbeatTime`.
    ///
    /// Example: `2021-03-15T09:00:00Z`.
    #[serde(
        rename = "LastHeartbeatTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_heartbeat_time: ::std::option::Option<::yun_core::Text>,
    /// `LastInvokedTime`.
    ///
    /// Example: `2021-03-15T08:00:00Z`.
    #[serde(
        rename = "LastInvokedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_invoked_time: ::std::option::Option<::yun_core::Text>,
    /// `OSType`.
    ///
    /// Example: `Linux`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::yun_core::Text>,
    /// `SupportSessionManager`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "SupportSessionManager",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_session_manager: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for InstanceCloudAssistantStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceCloudAssistantStatus",
            &[
                ("active_task_count", d::opt(&self.active_task_count)),
                (
                    "cloud_assistant_status",
                    d::opt(&self.cloud_assistant_status),
                ),
                (
                    "cloud_assistant_version",
                    d::opt(&self.cloud_assistant_version),
                ),
                ("instance_id", d::opt(&self.instance_id)),
                ("invocation_count", d::opt(&self.invocation_count)),
                ("last_heartbeat_time", d::opt(&self.last_heartbeat_time)),
                ("last_invoked_time", d::opt(&self.last_invoked_time)),
                ("os_type", d::opt(&self.os_type)),
                (
                    "support_session_manager",
                    d::opt(&self.support_session_manager),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceCloudAssistantStatus {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActiveTaskCount",
            "CloudAssistantStatus",
            "CloudAssistantVersion",
            "InstanceId",
            "InvocationCount",
            "LastHeartbeatTime",
            "LastInvokedTime",
            "OSType",
            "SupportSessionManager",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = InstanceCloudAssistantStatus::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.active_task_count = r.decode()?,
                1 => out.cloud_assistant_status = r.decode()?,
                2 => out.cloud_assistant_version = r.decode()?,
                3 => out.instance_id = r.decode()?,
                4 => out.invocation_count = r.decode()?,
                5 => out.last_heartbeat_time = r.decode()?,
                6 => out.last_invoked_time = r.decode()?,
                7 => out.os_type = r.decode()?,
                8 => out.support_session_manager = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceCloudAssistantStatusSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceCloudAssistantStatusSet {
    /// `InstanceCloudAssistantStatus`.
    #[serde(
        rename = "InstanceCloudAssistantStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_cloud_assistant_status:
        ::std::option::Option<::std::vec::Vec<InstanceCloudAssistantStatus>>,
}

impl ::std::fmt::Debug for InstanceCloudAssistantStatusSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceCloudAssistantStatusSet",
            &[(
                "instance_cloud_assistant_status",
                d::opt(&self.instance_cloud_assistant_status),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstanceCloudAssistantStatusSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceCloudAssistantStatus"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceCloudAssistantStatusSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_cloud_assistant_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_cloud_assistant_status`](crate::Client::describe_cloud_assistant_status) (`DescribeCloudAssistantStatus`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCloudAssistantStatusResponse {
    /// `InstanceCloudAssistantStatusSet`.
    #[serde(
        rename = "InstanceCloudAssistantStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_cloud_assistant_status_set: ::std::option::Option<InstanceCloudAssistantStatusSet>,
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
    /// Example: `1`.
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
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeCloudAssistantStatusResponse {
    /// The items of `InstanceCloudAssistantStatusSet` (through its wrapper), empty when absent.
    pub fn instance_cloud_assistant_status_set(&self) -> &[InstanceCloudAssistantStatus] {
        self.instance_cloud_assistant_status_set
            .as_ref()
            .and_then(|w| w.instance_cloud_assistant_status.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeCloudAssistantStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCloudAssistantStatusResponse",
            &[
                (
                    "instance_cloud_assistant_status_set",
                    d::opt(&self.instance_cloud_assistant_status_set),
                ),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCloudAssistantStatusResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceCloudAssistantStatusSet",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeCloudAssistantStatusResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_cloud_assistant_status_set = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeCloudAssistantStatusRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeCloudAssistantStatus` pages (by `NextToken`), for [`Client::describe_cloud_assistant_status_paginator`](crate::Client::describe_cloud_assistant_status_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeCloudAssistantStatusRequest {
    type Response = DescribeCloudAssistantStatusResponse;
    type Item = InstanceCloudAssistantStatus;
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

    fn next_token(page: &DescribeCloudAssistantStatusResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeCloudAssistantStatusResponse) -> usize {
        page.instance_cloud_assistant_status_set
            .as_ref()
            .and_then(|x| x.instance_cloud_assistant_status.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeCloudAssistantStatusResponse,
    ) -> ::std::vec::Vec<InstanceCloudAssistantStatus> {
        page.instance_cloud_assistant_status_set
            .and_then(|x| x.instance_cloud_assistant_status)
            .unwrap_or_default()
    }
}
