//! `DescribeVSwitches`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeVSwitches>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeVSwitches",
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
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
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

/// The request of [`Client::describe_v_switches`](crate::Client::describe_v_switches) (`DescribeVSwitches`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVSwitchesRequest {
    /// `VpcId` (query).
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query).
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
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

impl DescribeVSwitchesRequest {
    /// An empty `DescribeVSwitchesRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            vpc_id: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            region_id: ::std::option::Option::None,
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

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeVSwitchesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVSwitchesRequest",
            &[
                ("vpc_id", d::opt(&self.vpc_id)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("region_id", d::opt(&self.region_id)),
                ("is_default", d::opt(&self.is_default)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVSwitchesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "VpcId",
            "VSwitchId",
            "ZoneId",
            "RegionId",
            "IsDefault",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = DescribeVSwitchesRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.vpc_id = r.decode()?,
                1 => out.v_switch_id = r.decode()?,
                2 => out.zone_id = r.decode()?,
                3 => out.region_id = r.decode()?,
                4 => out.is_default = r.decode()?,
                5 => out.page_number = r.decode()?,
                6 => out.page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VSwitches.VSwitch` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VSwitch {
    /// `AvailableIpAddressCount`.
    #[serde(
        rename = "AvailableIpAddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_ip_address_count: ::std::option::Option<i64>,
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
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchId`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchName`.
    #[serde(
        rename = "VSwitchName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_name: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for VSwitch {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VSwitch",
            &[
                (
                    "available_ip_address_count",
                    d::opt(&self.available_ip_address_count),
                ),
                ("cidr_block", d::opt(&self.cidr_block)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("is_default", d::opt(&self.is_default)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("status", d::opt(&self.status)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("v_switch_name", d::opt(&self.v_switch_name)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for VSwitch {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableIpAddressCount",
            "CidrBlock",
            "CreationTime",
            "Description",
            "IsDefault",
            "ResourceGroupId",
            "Status",
            "VSwitchId",
            "VSwitchName",
            "VpcId",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = VSwitch::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_ip_address_count = r.decode()?,
                1 => out.cidr_block = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.is_default = r.decode()?,
                5 => out.resource_group_id = r.decode()?,
                6 => out.status = r.decode()?,
                7 => out.v_switch_id = r.decode()?,
                8 => out.v_switch_name = r.decode()?,
                9 => out.vpc_id = r.decode()?,
                10 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VSwitches` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VSwitches {
    /// `VSwitch`.
    #[serde(
        rename = "VSwitch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch: ::std::option::Option<::std::vec::Vec<VSwitch>>,
}

impl ::std::fmt::Debug for VSwitches {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "VSwitches", &[("v_switch", d::opt(&self.v_switch))])
    }
}

impl ::yun_core::json::Decode for VSwitches {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VSwitch"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = VSwitches::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.v_switch = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_v_switches`](crate::Client::describe_v_switches) (`DescribeVSwitches`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeVSwitchesResponse {
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
    /// `VSwitches`.
    #[serde(
        rename = "VSwitches",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switches: ::std::option::Option<VSwitches>,
}

impl DescribeVSwitchesResponse {
    /// The items of `VSwitches` (through its wrapper), empty when absent.
    pub fn v_switches(&self) -> &[VSwitch] {
        self.v_switches
            .as_ref()
            .and_then(|w| w.v_switch.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeVSwitchesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeVSwitchesResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
                ("v_switches", d::opt(&self.v_switches)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeVSwitchesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
            "VSwitches",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeVSwitchesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.total_count = r.decode()?,
                4 => out.v_switches = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeVSwitchesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeVSwitches` pages (by `PageNumber`), for [`Client::describe_v_switches_paginator`](crate::Client::describe_v_switches_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeVSwitchesRequest {
    type Response = DescribeVSwitchesResponse;
    type Item = VSwitch;
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

    fn total_count(page: &DescribeVSwitchesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeVSwitchesResponse) -> usize {
        page.v_switches
            .as_ref()
            .and_then(|x| x.v_switch.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeVSwitchesResponse) -> ::std::vec::Vec<VSwitch> {
        page.v_switches.and_then(|x| x.v_switch).unwrap_or_default()
    }
}
