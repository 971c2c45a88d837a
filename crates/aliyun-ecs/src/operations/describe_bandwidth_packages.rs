//! `DescribeBandwidthPackages`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeBandwidthPackages>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeBandwidthPackages",
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
                name: "BandwidthPackageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NatGatewayId",
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

/// The request of [`Client::describe_bandwidth_packages`](crate::Client::describe_bandwidth_packages) (`DescribeBandwidthPackages`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeBandwidthPackagesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `BandwidthPackageId` (query).
    #[serde(
        rename = "BandwidthPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package_id: ::std::option::Option<::std::string::String>,
    /// `NatGatewayId` (query).
    #[serde(
        rename = "NatGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_gateway_id: ::std::option::Option<::std::string::String>,
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

impl DescribeBandwidthPackagesRequest {
    /// A `DescribeBandwidthPackagesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            bandwidth_package_id: ::std::option::Option::None,
            nat_gateway_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `BandwidthPackageId`.
    pub fn bandwidth_package_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bandwidth_package_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NatGatewayId`.
    pub fn nat_gateway_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nat_gateway_id = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeBandwidthPackagesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeBandwidthPackagesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("bandwidth_package_id", d::opt(&self.bandwidth_package_id)),
                ("nat_gateway_id", d::opt(&self.nat_gateway_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeBandwidthPackagesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "BandwidthPackageId",
            "NatGatewayId",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bandwidth_package_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_nat_gateway_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_bandwidth_package_id = r.decode()?,
                2 => m_nat_gateway_id = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeBandwidthPackagesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            bandwidth_package_id: m_bandwidth_package_id,
            nat_gateway_id: m_nat_gateway_id,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `BandwidthPackages.BandwidthPackage.PublicIpAddresses.PublicIpAddresse` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PublicIpAddresse {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::yun_core::Text>,
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PublicIpAddresse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PublicIpAddresse",
            &[
                ("allocation_id", d::opt(&self.allocation_id)),
                ("ip_address", d::opt(&self.ip_address)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PublicIpAddresse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AllocationId", "IpAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = PublicIpAddresse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_id = r.decode()?,
                1 => out.ip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `BandwidthPackages.BandwidthPackage.PublicIpAddresses` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PublicIpAddresses {
    /// `PublicIpAddresse`.
    #[serde(
        rename = "PublicIpAddresse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_addresse: ::std::option::Option<::std::vec::Vec<PublicIpAddresse>>,
}

impl ::std::fmt::Debug for PublicIpAddresses {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PublicIpAddresses",
            &[("public_ip_addresse", d::opt(&self.public_ip_addresse))],
        )
    }
}

impl ::yun_core::json::Decode for PublicIpAddresses {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PublicIpAddresse"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PublicIpAddresses::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.public_ip_addresse = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `BandwidthPackages.BandwidthPackage` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BandwidthPackage {
    /// `Bandwidth`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<::yun_core::Text>,
    /// `BandwidthPackageId`.
    #[serde(
        rename = "BandwidthPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package_id: ::std::option::Option<::yun_core::Text>,
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
    /// `ISP`.
    #[serde(rename = "ISP", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `IpCount`.
    #[serde(
        rename = "IpCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_count: ::std::option::Option<::yun_core::Text>,
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
    /// `PublicIpAddresses`.
    #[serde(
        rename = "PublicIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_addresses: ::std::option::Option<PublicIpAddresses>,
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
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl BandwidthPackage {
    /// The items of `PublicIpAddresses` (through its wrapper), empty when absent.
    pub fn public_ip_addresses(&self) -> &[PublicIpAddresse] {
        self.public_ip_addresses
            .as_ref()
            .and_then(|w| w.public_ip_addresse.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for BandwidthPackage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "BandwidthPackage",
            &[
                ("bandwidth", d::opt(&self.bandwidth)),
                ("bandwidth_package_id", d::opt(&self.bandwidth_package_id)),
                ("business_status", d::opt(&self.business_status)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("isp", d::opt(&self.isp)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("ip_count", d::opt(&self.ip_count)),
                ("name", d::opt(&self.name)),
                ("nat_gateway_id", d::opt(&self.nat_gateway_id)),
                ("public_ip_addresses", d::opt(&self.public_ip_addresses)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for BandwidthPackage {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Bandwidth",
            "BandwidthPackageId",
            "BusinessStatus",
            "CreationTime",
            "Description",
            "ISP",
            "InstanceChargeType",
            "InternetChargeType",
            "IpCount",
            "Name",
            "NatGatewayId",
            "PublicIpAddresses",
            "RegionId",
            "Status",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut out = BandwidthPackage::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth = r.decode()?,
                1 => out.bandwidth_package_id = r.decode()?,
                2 => out.business_status = r.decode()?,
                3 => out.creation_time = r.decode()?,
                4 => out.description = r.decode()?,
                5 => out.isp = r.decode()?,
                6 => out.instance_charge_type = r.decode()?,
                7 => out.internet_charge_type = r.decode()?,
                8 => out.ip_count = r.decode()?,
                9 => out.name = r.decode()?,
                10 => out.nat_gateway_id = r.decode()?,
                11 => out.public_ip_addresses = r.decode()?,
                12 => out.region_id = r.decode()?,
                13 => out.status = r.decode()?,
                14 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `BandwidthPackages` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BandwidthPackages {
    /// `BandwidthPackage`.
    #[serde(
        rename = "BandwidthPackage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package: ::std::option::Option<::std::vec::Vec<BandwidthPackage>>,
}

impl ::std::fmt::Debug for BandwidthPackages {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "BandwidthPackages",
            &[("bandwidth_package", d::opt(&self.bandwidth_package))],
        )
    }
}

impl ::yun_core::json::Decode for BandwidthPackages {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["BandwidthPackage"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = BandwidthPackages::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth_package = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_bandwidth_packages`](crate::Client::describe_bandwidth_packages) (`DescribeBandwidthPackages`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeBandwidthPackagesResponse {
    /// `BandwidthPackages`.
    #[serde(
        rename = "BandwidthPackages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_packages: ::std::option::Option<BandwidthPackages>,
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

impl DescribeBandwidthPackagesResponse {
    /// The items of `BandwidthPackages` (through its wrapper), empty when absent.
    pub fn bandwidth_packages(&self) -> &[BandwidthPackage] {
        self.bandwidth_packages
            .as_ref()
            .and_then(|w| w.bandwidth_package.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeBandwidthPackagesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeBandwidthPackagesResponse",
            &[
                ("bandwidth_packages", d::opt(&self.bandwidth_packages)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeBandwidthPackagesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BandwidthPackages",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeBandwidthPackagesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth_packages = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeBandwidthPackagesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeBandwidthPackages` pages (by `PageNumber`), for [`Client::describe_bandwidth_packages_paginator`](crate::Client::describe_bandwidth_packages_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeBandwidthPackagesRequest {
    type Response = DescribeBandwidthPackagesResponse;
    type Item = BandwidthPackage;
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

    fn total_count(page: &DescribeBandwidthPackagesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeBandwidthPackagesResponse) -> usize {
        page.bandwidth_packages
            .as_ref()
            .and_then(|x| x.bandwidth_package.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeBandwidthPackagesResponse) -> ::std::vec::Vec<BandwidthPackage> {
        page.bandwidth_packages
            .and_then(|x| x.bandwidth_package)
            .unwrap_or_default()
    }
}
