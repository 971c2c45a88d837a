//! `DescribeVpcs`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVpcs>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeVpcs",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsDefault",
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

/// The request of [`Client::describe_vpcs`](crate::Client::describe_vpcs) (`DescribeVpcs`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVpcsRequest {
    /// `VpcId` (query).
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `IsDefault` (query).
    #[serde(
        rename = "IsDefault",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default: ::std::option::Option<bool>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 50.
    ///
    /// Default: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeVpcsRequest {
    /// A `DescribeVpcsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            vpc_id: ::std::option::Option::None,
            region_id: region_id.into(),
            is_default: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IsDefault`.
    pub fn is_default(mut self, value: bool) -> Self {
        self.is_default = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeVpcsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVpcsRequest",
            &[
                ("vpc_id", d::opt(&self.vpc_id)),
                ("region_id", d::req(&self.region_id)),
                ("is_default", d::opt(&self.is_default)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVpcsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VpcId", "RegionId", "IsDefault", "PageNumber", "PageSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_is_default: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_vpc_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_is_default = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeVpcsRequest {
            vpc_id: m_vpc_id,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            is_default: m_is_default,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `Vpcs.Vpc.UserCidrs` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UserCidrs {
    /// `UserCidr`.
    #[serde(
        rename = "UserCidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidr: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for UserCidrs {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "UserCidrs", &[("user_cidr", d::opt(&self.user_cidr))])
    }
}

impl ::yun_core::json::Decode for UserCidrs {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["UserCidr"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = UserCidrs::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.user_cidr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Vpcs.Vpc.VSwitchIds` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VSwitchIds {
    /// `VSwitchId`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for VSwitchIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VSwitchIds",
            &[("v_switch_id", d::opt(&self.v_switch_id))],
        )
    }
}

impl ::yun_core::json::Decode for VSwitchIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VSwitchId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = VSwitchIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.v_switch_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Vpcs.Vpc` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Vpc {
    /// `CidrBlock`.
    #[serde(
        rename = "CidrBlock",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr_block: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `IsDefault`.
    #[serde(
        rename = "IsDefault",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default: ::std::option::Option<bool>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `UserCidrs`.
    #[serde(
        rename = "UserCidrs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidrs: ::std::option::Option<UserCidrs>,
    /// `VRouterId`.
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchIds`.
    #[serde(
        rename = "VSwitchIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_ids: ::std::option::Option<VSwitchIds>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcName`.
    #[serde(
        rename = "VpcName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::yun_core::Text>,
}

impl Vpc {
    /// The items of `UserCidrs` (through its wrapper), empty when absent.
    pub fn user_cidrs(&self) -> &[::yun_core::Text] {
        self.user_cidrs
            .as_ref()
            .and_then(|w| w.user_cidr.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `VSwitchIds` (through its wrapper), empty when absent.
    pub fn v_switch_ids(&self) -> &[::yun_core::Text] {
        self.v_switch_ids
            .as_ref()
            .and_then(|w| w.v_switch_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Vpc {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Vpc",
            &[
                ("cidr_block", d::opt(&self.cidr_block)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("is_default", d::opt(&self.is_default)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("user_cidrs", d::opt(&self.user_cidrs)),
                ("v_router_id", d::opt(&self.v_router_id)),
                ("v_switch_ids", d::opt(&self.v_switch_ids)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("vpc_name", d::opt(&self.vpc_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Vpc {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CidrBlock",
            "CreationTime",
            "Description",
            "IsDefault",
            "RegionId",
            "Status",
            "UserCidrs",
            "VRouterId",
            "VSwitchIds",
            "VpcId",
            "VpcName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = Vpc::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cidr_block = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.is_default = r.decode()?,
                4 => out.region_id = r.decode()?,
                5 => out.status = r.decode()?,
                6 => out.user_cidrs = r.decode()?,
                7 => out.v_router_id = r.decode()?,
                8 => out.v_switch_ids = r.decode()?,
                9 => out.vpc_id = r.decode()?,
                10 => out.vpc_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Vpcs` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Vpcs {
    /// `Vpc`.
    #[serde(rename = "Vpc", skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc: ::std::option::Option<::std::vec::Vec<Vpc>>,
}

impl ::std::fmt::Debug for Vpcs {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Vpcs", &[("vpc", d::opt(&self.vpc))])
    }
}

impl ::yun_core::json::Decode for Vpcs {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Vpc"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Vpcs::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.vpc = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_vpcs`](crate::Client::describe_vpcs) (`DescribeVpcs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVpcsResponse {
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `Vpcs`.
    #[serde(
        rename = "Vpcs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpcs: ::std::option::Option<Vpcs>,
}

impl DescribeVpcsResponse {
    /// The items of `Vpcs` (through its wrapper), empty when absent.
    pub fn vpcs(&self) -> &[Vpc] {
        self.vpcs
            .as_ref()
            .and_then(|w| w.vpc.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeVpcsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVpcsResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
                ("vpcs", d::opt(&self.vpcs)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVpcsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PageNumber", "PageSize", "RequestId", "TotalCount", "Vpcs"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeVpcsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.total_count = r.decode()?,
                4 => out.vpcs = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeVpcsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeVpcs` pages (by `PageNumber`), for [`Client::describe_vpcs_paginator`](crate::Client::describe_vpcs_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeVpcsRequest {
    type Response = DescribeVpcsResponse;
    type Item = Vpc;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeVpcsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeVpcsResponse) -> usize {
        page.vpcs
            .as_ref()
            .and_then(|x| x.vpc.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeVpcsResponse) -> ::std::vec::Vec<Vpc> {
        page.vpcs.and_then(|x| x.vpc).unwrap_or_default()
    }
}
