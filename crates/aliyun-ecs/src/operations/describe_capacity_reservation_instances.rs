//! `DescribeCapacityReservationInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCapacityReservationInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeCapacityReservationInstances",
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
                name: "PrivatePoolOptions.Id",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_capacity_reservation_instances`](crate::Client::describe_capacity_reservation_instances) (`DescribeCapacityReservationInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCapacityReservationInstancesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `NextToken` (query).
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptions.Id` (query). Required.
    ///
    /// Example: `crp-bp67acfmxazb4****`.
    #[serde(rename = "PrivatePoolOptions.Id")]
    pub private_pool_options_id: ::std::string::String,
}

impl DescribeCapacityReservationInstancesRequest {
    /// A `DescribeCapacityReservationInstancesRequest` with its required members: `RegionId`, `PrivatePoolOptions.Id`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        private_pool_options_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            private_pool_options_id: private_pool_options_id.into(),
        }
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

impl ::std::fmt::Debug for DescribeCapacityReservationInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCapacityReservationInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                (
                    "private_pool_options_id",
                    d::req(&self.private_pool_options_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCapacityReservationInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "MaxResults",
            "NextToken",
            "PrivatePoolOptions.Id",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_max_results = r.decode()?,
                2 => m_next_token = r.decode()?,
                3 => m_private_pool_options_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeCapacityReservationInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            max_results: m_max_results,
            next_token: m_next_token,
            private_pool_options_id: m_private_pool_options_id
                .ok_or_else(|| r.missing("PrivatePoolOptions.Id"))?,
        })
    }
}

/// The response of [`Client::describe_capacity_reservation_instances`](crate::Client::describe_capacity_reservation_instances) (`DescribeCapacityReservationInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCapacityReservationInstancesResponse {
    /// `CapacityReservationItem`.
    #[serde(
        rename = "CapacityReservationItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_item: ::std::option::Option<crate::models::CapacityReservationItem>,
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
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `10`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeCapacityReservationInstancesResponse {
    /// The items of `CapacityReservationItem` (through its wrapper), empty when absent.
    pub fn capacity_reservation_item(&self) -> &[crate::models::InstanceIdSet] {
        self.capacity_reservation_item
            .as_ref()
            .and_then(|w| w.instance_id_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeCapacityReservationInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCapacityReservationInstancesResponse",
            &[
                (
                    "capacity_reservation_item",
                    d::opt(&self.capacity_reservation_item),
                ),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCapacityReservationInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CapacityReservationItem",
            "MaxResults",
            "NextToken",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeCapacityReservationInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.capacity_reservation_item = r.decode()?,
                1 => out.max_results = r.decode()?,
                2 => out.next_token = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeCapacityReservationInstancesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeCapacityReservationInstances` pages (by `NextToken`), for [`Client::describe_capacity_reservation_instances_paginator`](crate::Client::describe_capacity_reservation_instances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeCapacityReservationInstancesRequest {
    type Response = DescribeCapacityReservationInstancesResponse;
    type Item = crate::models::InstanceIdSet;
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

    fn next_token(
        page: &DescribeCapacityReservationInstancesResponse,
    ) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeCapacityReservationInstancesResponse) -> usize {
        page.capacity_reservation_item
            .as_ref()
            .and_then(|x| x.instance_id_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeCapacityReservationInstancesResponse,
    ) -> ::std::vec::Vec<crate::models::InstanceIdSet> {
        page.capacity_reservation_item
            .and_then(|x| x.instance_id_set)
            .unwrap_or_default()
    }
}
