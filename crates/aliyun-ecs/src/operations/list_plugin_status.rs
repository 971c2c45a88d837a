//! `ListPluginStatus`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ListPluginStatus>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ListPluginStatus",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::list_plugin_status`](crate::Client::list_plugin_status) (`ListPluginStatus`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListPluginStatusRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 51 items.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Name` (query).
    ///
    /// Example: `testPluginName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
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
}

impl ListPluginStatusRequest {
    /// A `ListPluginStatusRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
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

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for ListPluginStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ListPluginStatusRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("name", d::opt(&self.name)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ListPluginStatusRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "Name",
            "PageNumber",
            "PageSize",
            "MaxResults",
            "NextToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                5 => m_max_results = r.decode()?,
                6 => m_next_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ListPluginStatusRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id,
            name: m_name,
            page_number: m_page_number,
            page_size: m_page_size,
            max_results: m_max_results,
            next_token: m_next_token,
        })
    }
}

/// The `InstancePluginStatusSet.InstancePluginStatus.PluginStatusSet.PluginStatus` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PluginStatus {
    /// `FirstHeartbeatTime`.
    ///
    /// Example: `2020-01-19T09:15:46Z`.
    #[serde(
        rename = "FirstHeartbeatTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_heartbeat_time: ::std::option::Option<::yun_core::Text>,
    /// `LastHeartbeatTime`.
    ///
    /// Example: `2020-01-19T09:15:46Z`.
    #[serde(
        rename = "LastHeartbeatTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_heartbeat_time: ::std::option::Option<::yun_core::Text>,
    /// `PluginName`.
    ///
    /// Example: `testName`.
    #[serde(
        rename = "PluginName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_name: ::std::option::Option<::yun_core::Text>,
    /// `PluginStatus`.
    ///
    /// Example: `Running`.
    #[serde(
        rename = "PluginStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_status: ::std::option::Option<::yun_core::Text>,
    /// `PluginVersion`.
    ///
    /// Example: `1.1`.
    #[serde(
        rename = "PluginVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_version: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PluginStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PluginStatus",
            &[
                ("first_heartbeat_time", d::opt(&self.first_heartbeat_time)),
                ("last_heartbeat_time", d::opt(&self.last_heartbeat_time)),
                ("plugin_name", d::opt(&self.plugin_name)),
                ("plugin_status", d::opt(&self.plugin_status)),
                ("plugin_version", d::opt(&self.plugin_version)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PluginStatus {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "FirstHeartbeatTime",
            "LastHeartbeatTime",
            "PluginName",
            "PluginStatus",
            "PluginVersion",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = PluginStatus::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.first_heartbeat_time = r.decode()?,
                1 => out.last_heartbeat_time = r.decode()?,
                2 => out.plugin_name = r.decode()?,
                3 => out.plugin_status = r.decode()?,
                4 => out.plugin_version = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstancePluginStatusSet.InstancePluginStatus.PluginStatusSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PluginStatusSet {
    /// `PluginStatus`.
    #[serde(
        rename = "PluginStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_status: ::std::option::Option<::std::vec::Vec<PluginStatus>>,
}

impl ::std::fmt::Debug for PluginStatusSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PluginStatusSet",
            &[("plugin_status", d::opt(&self.plugin_status))],
        )
    }
}

impl ::yun_core::json::Decode for PluginStatusSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PluginStatus"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PluginStatusSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.plugin_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstancePluginStatusSet.InstancePluginStatus` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstancePluginStatus {
    /// `InstanceId`.
    ///
    /// Example: `i-xxxxx`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `PluginStatusSet`.
    #[serde(
        rename = "PluginStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub plugin_status_set: ::std::option::Option<PluginStatusSet>,
}

impl InstancePluginStatus {
    /// The items of `PluginStatusSet` (through its wrapper), empty when absent.
    pub fn plugin_status_set(&self) -> &[PluginStatus] {
        self.plugin_status_set
            .as_ref()
            .and_then(|w| w.plugin_status.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for InstancePluginStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstancePluginStatus",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("plugin_status_set", d::opt(&self.plugin_status_set)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstancePluginStatus {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "PluginStatusSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstancePluginStatus::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.plugin_status_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstancePluginStatusSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstancePluginStatusSet {
    /// `InstancePluginStatus`.
    #[serde(
        rename = "InstancePluginStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_plugin_status: ::std::option::Option<::std::vec::Vec<InstancePluginStatus>>,
}

impl ::std::fmt::Debug for InstancePluginStatusSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstancePluginStatusSet",
            &[(
                "instance_plugin_status",
                d::opt(&self.instance_plugin_status),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstancePluginStatusSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstancePluginStatus"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstancePluginStatusSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_plugin_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::list_plugin_status`](crate::Client::list_plugin_status) (`ListPluginStatus`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListPluginStatusResponse {
    /// `InstancePluginStatusSet`.
    #[serde(
        rename = "InstancePluginStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_plugin_status_set: ::std::option::Option<InstancePluginStatusSet>,
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
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
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

impl ListPluginStatusResponse {
    /// The items of `InstancePluginStatusSet` (through its wrapper), empty when absent.
    pub fn instance_plugin_status_set(&self) -> &[InstancePluginStatus] {
        self.instance_plugin_status_set
            .as_ref()
            .and_then(|w| w.instance_plugin_status.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ListPluginStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ListPluginStatusResponse",
            &[
                (
                    "instance_plugin_status_set",
                    d::opt(&self.instance_plugin_status_set),
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

impl ::yun_core::json::Decode for ListPluginStatusResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstancePluginStatusSet",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = ListPluginStatusResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_plugin_status_set = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for ListPluginStatusRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `ListPluginStatus` pages (by `NextToken`), for [`Client::list_plugin_status_paginator`](crate::Client::list_plugin_status_paginator).
impl ::yun_core::paginate::PagedRequest for ListPluginStatusRequest {
    type Response = ListPluginStatusResponse;
    type Item = InstancePluginStatus;
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

    fn next_token(page: &ListPluginStatusResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &ListPluginStatusResponse) -> usize {
        page.instance_plugin_status_set
            .as_ref()
            .and_then(|x| x.instance_plugin_status.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: ListPluginStatusResponse) -> ::std::vec::Vec<InstancePluginStatus> {
        page.instance_plugin_status_set
            .and_then(|x| x.instance_plugin_status)
            .unwrap_or_default()
    }
}
