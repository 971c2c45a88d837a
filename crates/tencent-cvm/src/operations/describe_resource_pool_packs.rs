//! `DescribeResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPacks>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeResourcePoolPacks",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["Filters.Name", "Filters.Values"],
    };

/// The request of [`Client::describe_resource_pool_packs`](crate::Client::describe_resource_pool_packs) (`DescribeResourcePoolPacks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPacksRequest {
    /// `MaxResults`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// `NextToken`.
    ///
    /// Example: `HlyieKNKhSHMWHVqZOjzlhKBK1ar2qPnSdoW9YMz84kYuRMJlvGgMfAh68VpTOIS`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribeResourcePoolPacksRequest {
    /// An empty `DescribeResourcePoolPacksRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeResourcePoolPacksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcePoolPacksRequest",
            &[
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("filters", d::opt(&self.filters)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcePoolPacksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MaxResults", "NextToken", "Filters"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeResourcePoolPacksRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.max_results = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.filters = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_resource_pool_packs`](crate::Client::describe_resource_pool_packs) (`DescribeResourcePoolPacks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPacksResponse {
    /// `DedicatedResourcePackSet`.
    #[serde(
        rename = "DedicatedResourcePackSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ResourcePoolPack>>,
    /// `NextToken`.
    ///
    /// Example: `DmfvOh9/PDSxjhK9C1m7xWt3GwgUbcW+D4qc2Nfu5ytgQNy7iXh21v7KeIK8Qni6`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeResourcePoolPacksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcePoolPacksResponse",
            &[
                (
                    "dedicated_resource_pack_set",
                    d::opt(&self.dedicated_resource_pack_set),
                ),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcePoolPacksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedResourcePackSet", "NextToken", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeResourcePoolPacksResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_resource_pack_set = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeResourcePoolPacksRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeResourcePoolPacks` pages (by `NextToken`), for [`Client::describe_resource_pool_packs_paginator`](crate::Client::describe_resource_pool_packs_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeResourcePoolPacksRequest {
    type Response = DescribeResourcePoolPacksResponse;
    type Item = crate::models::ResourcePoolPack;
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

    fn next_token(page: &DescribeResourcePoolPacksResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeResourcePoolPacksResponse) -> usize {
        page.dedicated_resource_pack_set
            .as_ref()
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeResourcePoolPacksResponse,
    ) -> ::std::vec::Vec<crate::models::ResourcePoolPack> {
        page.dedicated_resource_pack_set.unwrap_or_default()
    }
}
