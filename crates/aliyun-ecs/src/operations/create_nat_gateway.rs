//! `CreateNatGateway`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateNatGateway>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateNatGateway",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
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
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BandwidthPackage",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `BandwidthPackage` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BandwidthPackage {
    /// `Bandwidth`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i32>,
    /// `IpCount`.
    #[serde(
        rename = "IpCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_count: ::std::option::Option<i32>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
}

impl BandwidthPackage {
    /// An empty `BandwidthPackage`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            bandwidth: ::std::option::Option::None,
            ip_count: ::std::option::Option::None,
            zone: ::std::option::Option::None,
        }
    }

    /// Sets `Bandwidth`.
    pub fn bandwidth(mut self, value: i32) -> Self {
        self.bandwidth = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IpCount`.
    pub fn ip_count(mut self, value: i32) -> Self {
        self.ip_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Zone`.
    pub fn zone(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone = ::std::option::Option::Some(value.into());
        self
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
                ("ip_count", d::opt(&self.ip_count)),
                ("zone", d::opt(&self.zone)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for BandwidthPackage {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Bandwidth", "IpCount", "Zone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = BandwidthPackage::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth = r.decode()?,
                1 => out.ip_count = r.decode()?,
                2 => out.zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::create_nat_gateway`](crate::Client::create_nat_gateway) (`CreateNatGateway`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNatGatewayRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `VpcId` (query). Required.
    #[serde(rename = "VpcId")]
    pub vpc_id: ::std::string::String,
    /// `Name` (query).
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `BandwidthPackage` (query, sent as `BandwidthPackage.1`, `BandwidthPackage.2`, …). Required.
    ///
    /// At most 10 items.
    #[serde(rename = "BandwidthPackage")]
    pub bandwidth_package: ::std::vec::Vec<BandwidthPackage>,
}

impl CreateNatGatewayRequest {
    /// A `CreateNatGatewayRequest` with its required members: `RegionId`, `VpcId`, `BandwidthPackage`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth_package: ::std::vec::Vec<BandwidthPackage>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            vpc_id: vpc_id.into(),
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            bandwidth_package,
        }
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateNatGatewayRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateNatGatewayRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("vpc_id", d::req(&self.vpc_id)),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
                ("client_token", d::opt(&self.client_token)),
                ("bandwidth_package", d::req(&self.bandwidth_package)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateNatGatewayRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "VpcId",
            "Name",
            "Description",
            "ClientToken",
            "BandwidthPackage",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bandwidth_package: ::std::option::Option<::std::vec::Vec<BandwidthPackage>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_vpc_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_client_token = r.decode()?,
                5 => m_bandwidth_package = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateNatGatewayRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            vpc_id: m_vpc_id.ok_or_else(|| r.missing("VpcId"))?,
            name: m_name,
            description: m_description,
            client_token: m_client_token,
            bandwidth_package: m_bandwidth_package.ok_or_else(|| r.missing("BandwidthPackage"))?,
        })
    }
}

/// The response of [`Client::create_nat_gateway`](crate::Client::create_nat_gateway) (`CreateNatGateway`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNatGatewayResponse {
    /// `BandwidthPackageIds`.
    #[serde(
        rename = "BandwidthPackageIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package_ids: ::std::option::Option<crate::models::BandwidthPackageIds>,
    /// `ForwardTableIds`.
    #[serde(
        rename = "ForwardTableIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_table_ids: ::std::option::Option<crate::models::ForwardTableIds>,
    /// `NatGatewayId`.
    #[serde(
        rename = "NatGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_gateway_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl CreateNatGatewayResponse {
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

impl ::std::fmt::Debug for CreateNatGatewayResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateNatGatewayResponse",
            &[
                ("bandwidth_package_ids", d::opt(&self.bandwidth_package_ids)),
                ("forward_table_ids", d::opt(&self.forward_table_ids)),
                ("nat_gateway_id", d::opt(&self.nat_gateway_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateNatGatewayResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BandwidthPackageIds",
            "ForwardTableIds",
            "NatGatewayId",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = CreateNatGatewayResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth_package_ids = r.decode()?,
                1 => out.forward_table_ids = r.decode()?,
                2 => out.nat_gateway_id = r.decode()?,
                3 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
