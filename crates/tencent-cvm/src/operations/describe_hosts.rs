//! `DescribeHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHosts>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeHosts",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_hosts`](crate::Client::describe_hosts) (`DescribeHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHostsRequest {
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
    /// `Offset`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<u64>,
    /// `Limit`.
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

impl<'de> ::serde::Deserialize<'de> for DescribeHostsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeHostsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeHostsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeHostsRequest, A::Error> {
                let mut out = DescribeHostsRequest::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Filters" => out.filters = map.next_value()?,
                        "Offset" => out.offset = map.next_value()?,
                        "Limit" => out.limit = map.next_value()?,
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

/// The response of [`Client::describe_hosts`](crate::Client::describe_hosts) (`DescribeHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHostsResponse {
    /// `TotalCount`.
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
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeHostsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeHostsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeHostsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeHostsResponse, A::Error> {
                let mut out = DescribeHostsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TotalCount" => out.total_count = map.next_value()?,
                        "HostSet" => out.host_set = map.next_value()?,
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
