//! `DescribeHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHosts>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeHosts",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["Filters.Name", "Filters.Values"],
    };

/// The request of [`Client::describe_hosts`](crate::Client::describe_hosts) (`DescribeHosts`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHostsRequest {
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
    /// `Offset`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<u64>,
    /// `Limit`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<u64>,
}

impl DescribeHostsRequest {
    /// An empty `DescribeHostsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            filters: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
        }
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: u64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: u64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeHostsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeHostsRequest",
            &[
                ("filters", d::opt(&self.filters)),
                ("offset", d::opt(&self.offset)),
                ("limit", d::opt(&self.limit)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHostsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Filters", "Offset", "Limit"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeHostsRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.filters = r.decode()?,
                1 => out.offset = r.decode()?,
                2 => out.limit = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_hosts`](crate::Client::describe_hosts) (`DescribeHosts`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHostsResponse {
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<u64>,
    /// `HostSet`.
    #[serde(
        rename = "HostSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_set: ::std::option::Option<::std::vec::Vec<crate::models::HostItem>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeHostsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeHostsResponse",
            &[
                ("total_count", d::opt(&self.total_count)),
                ("host_set", d::opt(&self.host_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHostsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TotalCount", "HostSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeHostsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.total_count = r.decode()?,
                1 => out.host_set = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeHostsRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeHosts` pages (by `Offset`), for [`Client::describe_hosts_paginator`](crate::Client::describe_hosts_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeHostsRequest {
    type Response = DescribeHostsResponse;
    type Item = crate::models::HostItem;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Offset;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.limit.as_ref().copied()
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.offset
            .as_ref()
            .copied()
            .map(::yun_core::paginate::Position::Offset)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Offset(n) = position {
            self.offset = ::std::option::Option::Some(n);
        }
    }

    fn total_count(page: &DescribeHostsResponse) -> ::std::option::Option<u64> {
        page.total_count.as_ref().copied()
    }

    fn item_count(page: &DescribeHostsResponse) -> usize {
        page.host_set.as_ref().map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeHostsResponse) -> ::std::vec::Vec<crate::models::HostItem> {
        page.host_set.unwrap_or_default()
    }
}
