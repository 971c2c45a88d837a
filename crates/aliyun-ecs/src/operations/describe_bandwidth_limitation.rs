//! `DescribeBandwidthLimitation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeBandwidthLimitation>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeBandwidthLimitation",
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
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OperationType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_bandwidth_limitation`](crate::Client::describe_bandwidth_limitation) (`DescribeBandwidthLimitation`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeBandwidthLimitationRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `SpotStrategy` (query).
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query). Required.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `ResourceId` (query).
    ///
    /// Example: `i-bp67acfmxazb4ph***`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `OperationType` (query).
    ///
    /// Example: `Upgrade`.
    #[serde(
        rename = "OperationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_type: ::std::option::Option<::std::string::String>,
}

impl DescribeBandwidthLimitationRequest {
    /// A `DescribeBandwidthLimitationRequest` with its required members: `RegionId`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_charge_type: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            instance_type: instance_type.into(),
            resource_id: ::std::option::Option::None,
            operation_type: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotStrategy`.
    pub fn spot_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceId`.
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OperationType`.
    pub fn operation_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operation_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeBandwidthLimitationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeBandwidthLimitationRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("instance_type", d::req(&self.instance_type)),
                ("resource_id", d::opt(&self.resource_id)),
                ("operation_type", d::opt(&self.operation_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeBandwidthLimitationRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceChargeType",
            "SpotStrategy",
            "InstanceType",
            "ResourceId",
            "OperationType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_operation_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_charge_type = r.decode()?,
                2 => m_spot_strategy = r.decode()?,
                3 => m_instance_type = r.decode()?,
                4 => m_resource_id = r.decode()?,
                5 => m_operation_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeBandwidthLimitationRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_charge_type: m_instance_charge_type,
            spot_strategy: m_spot_strategy,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            resource_id: m_resource_id,
            operation_type: m_operation_type,
        })
    }
}

/// The `Bandwidths.Bandwidth` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Bandwidth {
    /// `InternetChargeType`.
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `Max`.
    ///
    /// Example: `100`.
    #[serde(rename = "Max", skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
    /// `Min`.
    ///
    /// Example: `0`.
    #[serde(rename = "Min", skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
    /// `Unit`.
    ///
    /// Example: `Mbps`.
    #[serde(
        rename = "Unit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Bandwidth {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Bandwidth",
            &[
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("max", d::opt(&self.max)),
                ("min", d::opt(&self.min)),
                ("unit", d::opt(&self.unit)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Bandwidth {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InternetChargeType", "Max", "Min", "Unit"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Bandwidth::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.internet_charge_type = r.decode()?,
                1 => out.max = r.decode()?,
                2 => out.min = r.decode()?,
                3 => out.unit = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Bandwidths` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Bandwidths {
    /// `Bandwidth`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<::std::vec::Vec<Bandwidth>>,
}

impl ::std::fmt::Debug for Bandwidths {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Bandwidths", &[("bandwidth", d::opt(&self.bandwidth))])
    }
}

impl ::yun_core::json::Decode for Bandwidths {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Bandwidth"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Bandwidths::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_bandwidth_limitation`](crate::Client::describe_bandwidth_limitation) (`DescribeBandwidthLimitation`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeBandwidthLimitationResponse {
    /// `Bandwidths`.
    #[serde(
        rename = "Bandwidths",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidths: ::std::option::Option<Bandwidths>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeBandwidthLimitationResponse {
    /// The items of `Bandwidths` (through its wrapper), empty when absent.
    pub fn bandwidths(&self) -> &[Bandwidth] {
        self.bandwidths
            .as_ref()
            .and_then(|w| w.bandwidth.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeBandwidthLimitationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeBandwidthLimitationResponse",
            &[
                ("bandwidths", d::opt(&self.bandwidths)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeBandwidthLimitationResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Bandwidths", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeBandwidthLimitationResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidths = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
