//! `DescribeNatGateways`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNatGateways>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeNatGateways",
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
                name: "NatGatewayId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
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

/// The request of [`Client::describe_nat_gateways`](crate::Client::describe_nat_gateways) (`DescribeNatGateways`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNatGatewaysRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NatGatewayId` (query).
    #[serde(
        rename = "NatGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_gateway_id: ::std::option::Option<::std::string::String>,
    /// `VpcId` (query).
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
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

impl DescribeNatGatewaysRequest {
    /// A `DescribeNatGatewaysRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            nat_gateway_id: ::std::option::Option::None,
            vpc_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `NatGatewayId`.
    pub fn nat_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nat_gateway_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeNatGatewaysRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNatGatewaysRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("nat_gateway_id", d::opt(&self.nat_gateway_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNatGatewaysRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NatGatewayId",
            "VpcId",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_nat_gateway_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_nat_gateway_id = r.decode()?,
                2 => m_vpc_id = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeNatGatewaysRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            nat_gateway_id: m_nat_gateway_id,
            vpc_id: m_vpc_id,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `NatGateways.NatGateway` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NatGateway {
    /// `BandwidthPackageIds`.
    #[serde(
        rename = "BandwidthPackageIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package_ids: ::std::option::Option<crate::models::BandwidthPackageIds>,
    /// `BusinessStatus`.
    #[serde(
        rename = "BusinessStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_status: ::std::option::Option<::yun_core::Text>,
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
    /// `ForwardTableIds`.
    #[serde(
        rename = "ForwardTableIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_table_ids: ::std::option::Option<crate::models::ForwardTableIds>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `NatGatewayId`.
    #[serde(
        rename = "NatGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_gateway_id: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Spec`.
    #[serde(
        rename = "Spec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spec: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl NatGateway {
    /// The items of `BandwidthPackageIds` (through its wrapper), empty when absent.
    pub fn bandwidth_package_ids(&self) -> &[::yun_core::Text] {
        self.bandwidth_package_ids
            .as_ref()
            .and_then(|w| w.bandwidth_package_id.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `ForwardTableIds` (through its wrapper), empty when absent.
    pub fn forward_table_ids(&self) -> &[::yun_core::Text] {
        self.forward_table_ids
            .as_ref()
            .and_then(|w| w.forward_table_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for NatGateway {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NatGateway",
            &[
                ("bandwidth_package_ids", d::opt(&self.bandwidth_package_ids)),
                ("business_status", d::opt(&self.business_status)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("forward_table_ids", d::opt(&self.forward_table_ids)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("name", d::opt(&self.name)),
                ("nat_gateway_id", d::opt(&self.nat_gateway_id)),
                ("region_id", d::opt(&self.region_id)),
                ("spec", d::opt(&self.spec)),
                ("status", d::opt(&self.status)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NatGateway {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BandwidthPackageIds",
            "BusinessStatus",
            "CreationTime",
            "Description",
            "ForwardTableIds",
            "InstanceChargeType",
            "Name",
            "NatGatewayId",
            "RegionId",
            "Spec",
            "Status",
            "VpcId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = NatGateway::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth_package_ids = r.decode()?,
                1 => out.business_status = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.forward_table_ids = r.decode()?,
                5 => out.instance_charge_type = r.decode()?,
                6 => out.name = r.decode()?,
                7 => out.nat_gateway_id = r.decode()?,
                8 => out.region_id = r.decode()?,
                9 => out.spec = r.decode()?,
                10 => out.status = r.decode()?,
                11 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NatGateways` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NatGateways {
    /// `NatGateway`.
    #[serde(
        rename = "NatGateway",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_gateway: ::std::option::Option<::std::vec::Vec<NatGateway>>,
}

impl ::std::fmt::Debug for NatGateways {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NatGateways",
            &[("nat_gateway", d::opt(&self.nat_gateway))],
        )
    }
}

impl ::yun_core::json::Decode for NatGateways {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NatGateway"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NatGateways::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.nat_gateway = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_nat_gateways`](crate::Client::describe_nat_gateways) (`DescribeNatGateways`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNatGatewaysResponse {
    /// `NatGateways`.
    #[serde(
        rename = "NatGateways",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_gateways: ::std::option::Option<NatGateways>,
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
}

impl DescribeNatGatewaysResponse {
    /// The items of `NatGateways` (through its wrapper), empty when absent.
    pub fn nat_gateways(&self) -> &[NatGateway] {
        self.nat_gateways
            .as_ref()
            .and_then(|w| w.nat_gateway.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeNatGatewaysResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNatGatewaysResponse",
            &[
                ("nat_gateways", d::opt(&self.nat_gateways)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNatGatewaysResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "NatGateways",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeNatGatewaysResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.nat_gateways = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeNatGatewaysRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeNatGateways` pages (by `PageNumber`), for [`Client::describe_nat_gateways_paginator`](crate::Client::describe_nat_gateways_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeNatGatewaysRequest {
    type Response = DescribeNatGatewaysResponse;
    type Item = NatGateway;
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

    fn total_count(page: &DescribeNatGatewaysResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeNatGatewaysResponse) -> usize {
        page.nat_gateways
            .as_ref()
            .and_then(|x| x.nat_gateway.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeNatGatewaysResponse) -> ::std::vec::Vec<NatGateway> {
        page.nat_gateways
            .and_then(|x| x.nat_gateway)
            .unwrap_or_default()
    }
}
