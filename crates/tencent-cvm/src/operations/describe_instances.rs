//! `DescribeInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstances",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["Filters.Name", "Filters.Values"],
    };

/// The request of [`Client::describe_instances`](crate::Client::describe_instances) (`DescribeInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesRequest {
    /// `InstanceIds`.
    ///
    /// Example: `["ins-rf6ogz49"]`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
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
    /// Example: `5`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<i64>,
}

impl DescribeInstancesRequest {
    /// An empty `DescribeInstancesRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            instance_ids: ::std::option::Option::None,
            filters: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceIds`.
    pub fn instance_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for DescribeInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesRequest",
            &[
                ("instance_ids", d::opt(&self.instance_ids)),
                ("filters", d::opt(&self.filters)),
                ("offset", d::opt(&self.offset)),
                ("limit", d::opt(&self.limit)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "Filters", "Offset", "Limit"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = DescribeInstancesRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_ids = r.decode()?,
                1 => out.filters = r.decode()?,
                2 => out.offset = r.decode()?,
                3 => out.limit = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instances`](crate::Client::describe_instances) (`DescribeInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesResponse {
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `InstanceSet`.
    #[serde(
        rename = "InstanceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_set: ::std::option::Option<::std::vec::Vec<crate::models::Instance>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesResponse",
            &[
                ("total_count", d::opt(&self.total_count)),
                ("instance_set", d::opt(&self.instance_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TotalCount", "InstanceSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.total_count = r.decode()?,
                1 => out.instance_set = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeInstancesRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeInstances` pages (by `Offset`), for [`Client::describe_instances_paginator`](crate::Client::describe_instances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstancesRequest {
    type Response = DescribeInstancesResponse;
    type Item = crate::models::Instance;
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

    fn total_count(page: &DescribeInstancesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeInstancesResponse) -> usize {
        page.instance_set.as_ref().map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeInstancesResponse) -> ::std::vec::Vec<crate::models::Instance> {
        page.instance_set.unwrap_or_default()
    }
}
