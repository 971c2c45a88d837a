//! `DescribeDisasterRecoverGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeDisasterRecoverGroups>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeDisasterRecoverGroups",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["Filters.Name", "Filters.Values"],
    };

/// The request of [`Client::describe_disaster_recover_groups`](crate::Client::describe_disaster_recover_groups) (`DescribeDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupsRequest {
    /// `DisasterRecoverGroupIds`.
    ///
    /// Example: `["ps-21q9ibvr"]`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Name`.
    ///
    /// Example: `myGroup`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Offset`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<i64>,
    /// `Limit`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribeDisasterRecoverGroupsRequest {
    /// An empty `DescribeDisasterRecoverGroupsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            disaster_recover_group_ids: ::std::option::Option::None,
            name: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }

    /// Sets `DisasterRecoverGroupIds`.
    pub fn disaster_recover_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.disaster_recover_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeDisasterRecoverGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDisasterRecoverGroupsRequest",
            &[
                (
                    "disaster_recover_group_ids",
                    d::opt(&self.disaster_recover_group_ids),
                ),
                ("name", d::opt(&self.name)),
                ("offset", d::opt(&self.offset)),
                ("limit", d::opt(&self.limit)),
                ("filters", d::opt(&self.filters)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDisasterRecoverGroupsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DisasterRecoverGroupIds",
            "Name",
            "Offset",
            "Limit",
            "Filters",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeDisasterRecoverGroupsRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disaster_recover_group_ids = r.decode()?,
                1 => out.name = r.decode()?,
                2 => out.offset = r.decode()?,
                3 => out.limit = r.decode()?,
                4 => out.filters = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_disaster_recover_groups`](crate::Client::describe_disaster_recover_groups) (`DescribeDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDisasterRecoverGroupsResponse {
    /// `DisasterRecoverGroupSet`.
    #[serde(
        rename = "DisasterRecoverGroupSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_set:
        ::std::option::Option<::std::vec::Vec<crate::models::DisasterRecoverGroup>>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeDisasterRecoverGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDisasterRecoverGroupsResponse",
            &[
                (
                    "disaster_recover_group_set",
                    d::opt(&self.disaster_recover_group_set),
                ),
                ("total_count", d::opt(&self.total_count)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDisasterRecoverGroupsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DisasterRecoverGroupSet", "TotalCount", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeDisasterRecoverGroupsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disaster_recover_group_set = r.decode()?,
                1 => out.total_count = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeDisasterRecoverGroupsRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeDisasterRecoverGroups` pages (by `Offset`), for [`Client::describe_disaster_recover_groups_paginator`](crate::Client::describe_disaster_recover_groups_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDisasterRecoverGroupsRequest {
    type Response = DescribeDisasterRecoverGroupsResponse;
    type Item = crate::models::DisasterRecoverGroup;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Offset;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.limit.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.offset
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::Offset)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Offset(n) = position {
            self.offset = ::std::option::Option::Some(i64::try_from(n).unwrap_or(i64::MAX));
        }
    }

    fn total_count(page: &DescribeDisasterRecoverGroupsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeDisasterRecoverGroupsResponse) -> usize {
        page.disaster_recover_group_set
            .as_ref()
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeDisasterRecoverGroupsResponse,
    ) -> ::std::vec::Vec<crate::models::DisasterRecoverGroup> {
        page.disaster_recover_group_set.unwrap_or_default()
    }
}
