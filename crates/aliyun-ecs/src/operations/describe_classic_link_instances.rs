//! `DescribeClassicLinkInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeClassicLinkInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeClassicLinkInstances",
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
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_classic_link_instances`](crate::Client::describe_classic_link_instances) (`DescribeClassicLinkInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeClassicLinkInstancesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `VpcId` (query).
    ///
    /// Example: `vpc-bp1vwnn14rqpyiczj****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp1a5zr3u7nq9cxh****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<::std::string::String>,
    /// `PageSize` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<::std::string::String>,
}

impl DescribeClassicLinkInstancesRequest {
    /// A `DescribeClassicLinkInstancesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            vpc_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeClassicLinkInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeClassicLinkInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeClassicLinkInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "VpcId", "InstanceId", "PageNumber", "PageSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_vpc_id = r.decode()?,
                2 => m_instance_id = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeClassicLinkInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            vpc_id: m_vpc_id,
            instance_id: m_instance_id,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `Links.Link` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Link {
    /// `InstanceId`.
    ///
    /// Example: `i-test`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `vpc-test`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Link {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Link",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Link {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "VpcId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Link::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Links` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Links {
    /// `Link`.
    #[serde(
        rename = "Link",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub link: ::std::option::Option<::std::vec::Vec<Link>>,
}

impl ::std::fmt::Debug for Links {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Links", &[("link", d::opt(&self.link))])
    }
}

impl ::yun_core::json::Decode for Links {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Link"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Links::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.link = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_classic_link_instances`](crate::Client::describe_classic_link_instances) (`DescribeClassicLinkInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeClassicLinkInstancesResponse {
    /// `Links`.
    #[serde(
        rename = "Links",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub links: ::std::option::Option<Links>,
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
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeClassicLinkInstancesResponse {
    /// The items of `Links` (through its wrapper), empty when absent.
    pub fn links(&self) -> &[Link] {
        self.links
            .as_ref()
            .and_then(|w| w.link.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeClassicLinkInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeClassicLinkInstancesResponse",
            &[
                ("links", d::opt(&self.links)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeClassicLinkInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Links", "PageNumber", "PageSize", "RequestId", "TotalCount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeClassicLinkInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.links = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeClassicLinkInstancesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeClassicLinkInstances` pages (by `PageNumber`), for [`Client::describe_classic_link_instances_paginator`](crate::Client::describe_classic_link_instances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeClassicLinkInstancesRequest {
    type Response = DescribeClassicLinkInstancesResponse;
    type Item = Link;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size
            .as_ref()
            .and_then(|v| v.trim().parse::<u64>().ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(n.to_string());
        }
    }

    fn total_count(page: &DescribeClassicLinkInstancesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeClassicLinkInstancesResponse) -> usize {
        page.links
            .as_ref()
            .and_then(|x| x.link.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeClassicLinkInstancesResponse) -> ::std::vec::Vec<Link> {
        page.links.and_then(|x| x.link).unwrap_or_default()
    }
}
