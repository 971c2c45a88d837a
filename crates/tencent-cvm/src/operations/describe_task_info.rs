//! `DescribeTaskInfo`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeTaskInfo>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeTaskInfo",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_task_info`](crate::Client::describe_task_info) (`DescribeTaskInfo`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTaskInfoRequest {
    /// `Limit`. Required.
    ///
    /// Example: `20`.
    #[serde(rename = "Limit")]
    pub limit: i64,
    /// `Offset`. Required.
    ///
    /// Example: `0`.
    #[serde(rename = "Offset")]
    pub offset: i64,
    /// `Product`.
    ///
    /// Example: `CVM`.
    #[serde(
        rename = "Product",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product: ::std::option::Option<::std::string::String>,
    /// `TaskStatus`.
    ///
    /// Example: `[1, 2, 3, 4, 5, 6]`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `TaskTypeIds`.
    ///
    /// Example: `[101, 102, 103, 104, 105, 106, 107]`.
    #[serde(
        rename = "TaskTypeIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_type_ids: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `TaskIds`.
    ///
    /// Example: `["rep-xxxxxxxx"]`.
    #[serde(
        rename = "TaskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceIds`.
    ///
    /// Example: `["ins-xxxxxxxx"]`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Aliases`.
    ///
    /// Example: `["test-1"]`.
    #[serde(
        rename = "Aliases",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `StartDate`.
    ///
    /// Example: `2023-01-01 00:00:00`.
    #[serde(
        rename = "StartDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_date: ::std::option::Option<::std::string::String>,
    /// `EndDate`.
    ///
    /// Example: `2023-02-01 00:00:00`.
    #[serde(
        rename = "EndDate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_date: ::std::option::Option<::std::string::String>,
    /// `OrderField`.
    ///
    /// Example: `CreateTime`.
    #[serde(
        rename = "OrderField",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_field: ::std::option::Option<::std::string::String>,
    /// `Order`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Order",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order: ::std::option::Option<i64>,
}

impl DescribeTaskInfoRequest {
    /// A `DescribeTaskInfoRequest` with its required members: `Limit`, `Offset`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(limit: i64, offset: i64) -> Self {
        Self {
            limit,
            offset,
            product: ::std::option::Option::None,
            task_status: ::std::option::Option::None,
            task_type_ids: ::std::option::Option::None,
            task_ids: ::std::option::Option::None,
            instance_ids: ::std::option::Option::None,
            aliases: ::std::option::Option::None,
            start_date: ::std::option::Option::None,
            end_date: ::std::option::Option::None,
            order_field: ::std::option::Option::None,
            order: ::std::option::Option::None,
        }
    }

    /// Sets `Product`.
    pub fn product(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.product = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `TaskStatus`.
    pub fn task_status(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.task_status = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TaskTypeIds`.
    pub fn task_type_ids(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.task_type_ids = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TaskIds`.
    pub fn task_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.task_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
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

    /// Sets `Aliases`.
    pub fn aliases(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.aliases = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `StartDate`.
    pub fn start_date(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_date = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndDate`.
    pub fn end_date(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_date = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OrderField`.
    pub fn order_field(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.order_field = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Order`.
    pub fn order(mut self, value: i64) -> Self {
        self.order = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeTaskInfoRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTaskInfoRequest",
            &[
                ("limit", d::req(&self.limit)),
                ("offset", d::req(&self.offset)),
                ("product", d::opt(&self.product)),
                ("task_status", d::opt(&self.task_status)),
                ("task_type_ids", d::opt(&self.task_type_ids)),
                ("task_ids", d::opt(&self.task_ids)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("aliases", d::opt(&self.aliases)),
                ("start_date", d::opt(&self.start_date)),
                ("end_date", d::opt(&self.end_date)),
                ("order_field", d::opt(&self.order_field)),
                ("order", d::opt(&self.order)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTaskInfoRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Limit",
            "Offset",
            "Product",
            "TaskStatus",
            "TaskTypeIds",
            "TaskIds",
            "InstanceIds",
            "Aliases",
            "StartDate",
            "EndDate",
            "OrderField",
            "Order",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_limit: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_offset: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_product: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_task_status: ::std::option::Option<::std::vec::Vec<i64>> =
            ::std::option::Option::None;
        let mut m_task_type_ids: ::std::option::Option<::std::vec::Vec<i64>> =
            ::std::option::Option::None;
        let mut m_task_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_aliases: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_start_date: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_date: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_order_field: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_order: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_limit = r.decode()?,
                1 => m_offset = r.decode()?,
                2 => m_product = r.decode()?,
                3 => m_task_status = r.decode()?,
                4 => m_task_type_ids = r.decode()?,
                5 => m_task_ids = r.decode()?,
                6 => m_instance_ids = r.decode()?,
                7 => m_aliases = r.decode()?,
                8 => m_start_date = r.decode()?,
                9 => m_end_date = r.decode()?,
                10 => m_order_field = r.decode()?,
                11 => m_order = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeTaskInfoRequest {
            limit: m_limit.ok_or_else(|| r.missing("Limit"))?,
            offset: m_offset.ok_or_else(|| r.missing("Offset"))?,
            product: m_product,
            task_status: m_task_status,
            task_type_ids: m_task_type_ids,
            task_ids: m_task_ids,
            instance_ids: m_instance_ids,
            aliases: m_aliases,
            start_date: m_start_date,
            end_date: m_end_date,
            order_field: m_order_field,
            order: m_order,
        })
    }
}

/// The response of [`Client::describe_task_info`](crate::Client::describe_task_info) (`DescribeTaskInfo`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTaskInfoResponse {
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `RepairTaskInfoSet`.
    #[serde(
        rename = "RepairTaskInfoSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub repair_task_info_set: ::std::option::Option<::std::vec::Vec<crate::models::RepairTaskInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeTaskInfoResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTaskInfoResponse",
            &[
                ("total_count", d::opt(&self.total_count)),
                ("repair_task_info_set", d::opt(&self.repair_task_info_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTaskInfoResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TotalCount", "RepairTaskInfoSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeTaskInfoResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.total_count = r.decode()?,
                1 => out.repair_task_info_set = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeTaskInfoRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeTaskInfo` pages (by `Offset`), for [`Client::describe_task_info_paginator`](crate::Client::describe_task_info_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeTaskInfoRequest {
    type Response = DescribeTaskInfoResponse;
    type Item = crate::models::RepairTaskInfo;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Offset;
    fn page_size(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::Some(&self.limit).and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        ::std::option::Option::Some(&self.offset)
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::Offset)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Offset(n) = position {
            self.offset = i64::try_from(n).unwrap_or(i64::MAX);
        }
    }

    fn total_count(page: &DescribeTaskInfoResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeTaskInfoResponse) -> usize {
        page.repair_task_info_set
            .as_ref()
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeTaskInfoResponse,
    ) -> ::std::vec::Vec<crate::models::RepairTaskInfo> {
        page.repair_task_info_set.unwrap_or_default()
    }
}
