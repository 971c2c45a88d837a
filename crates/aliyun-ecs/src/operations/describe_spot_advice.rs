//! `DescribeSpotAdvice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSpotAdvice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSpotAdvice",
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
                name: "Cores",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Memory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinCores",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinMemory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypeFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceFamilyLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "GpuSpec",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "GpuAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypes",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_spot_advice`](crate::Client::describe_spot_advice) (`DescribeSpotAdvice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSpotAdviceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Cores` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i32>,
    /// `Memory` (query).
    ///
    /// Example: `8.0`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<f64>,
    /// `MinCores` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "MinCores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_cores: ::std::option::Option<i32>,
    /// `MinMemory` (query).
    ///
    /// Example: `8.0`.
    #[serde(
        rename = "MinMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_memory: ::std::option::Option<f64>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-i`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily` (query).
    ///
    /// Example: `ecs.c5`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `InstanceFamilyLevel` (query).
    ///
    /// Example: `EntryLevel`.
    #[serde(
        rename = "InstanceFamilyLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_level: ::std::option::Option<::std::string::String>,
    /// `GpuSpec` (query).
    ///
    /// Example: `NVIDIA T4`.
    #[serde(
        rename = "GpuSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::std::string::String>,
    /// `GpuAmount` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "GpuAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_amount: ::std::option::Option<i32>,
    /// `InstanceTypes` (query, sent as `InstanceTypes.1`, `InstanceTypes.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `ecs.c5.large`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeSpotAdviceRequest {
    /// A `DescribeSpotAdviceRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            cores: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            min_cores: ::std::option::Option::None,
            min_memory: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            instance_type_family: ::std::option::Option::None,
            instance_family_level: ::std::option::Option::None,
            gpu_spec: ::std::option::Option::None,
            gpu_amount: ::std::option::Option::None,
            instance_types: ::std::option::Option::None,
        }
    }

    /// Sets `Cores`.
    pub fn cores(mut self, value: i32) -> Self {
        self.cores = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Memory`.
    pub fn memory(mut self, value: f64) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinCores`.
    pub fn min_cores(mut self, value: i32) -> Self {
        self.min_cores = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinMemory`.
    pub fn min_memory(mut self, value: f64) -> Self {
        self.min_memory = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceTypeFamily`.
    pub fn instance_type_family(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceFamilyLevel`.
    pub fn instance_family_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_family_level = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `GpuSpec`.
    pub fn gpu_spec(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.gpu_spec = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `GpuAmount`.
    pub fn gpu_amount(mut self, value: i32) -> Self {
        self.gpu_amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceTypes`.
    pub fn instance_types(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_types = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeSpotAdviceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSpotAdviceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("cores", d::opt(&self.cores)),
                ("memory", d::opt(&self.memory)),
                ("min_cores", d::opt(&self.min_cores)),
                ("min_memory", d::opt(&self.min_memory)),
                ("zone_id", d::opt(&self.zone_id)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("instance_family_level", d::opt(&self.instance_family_level)),
                ("gpu_spec", d::opt(&self.gpu_spec)),
                ("gpu_amount", d::opt(&self.gpu_amount)),
                ("instance_types", d::opt(&self.instance_types)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSpotAdviceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Cores",
            "Memory",
            "MinCores",
            "MinMemory",
            "ZoneId",
            "InstanceTypeFamily",
            "InstanceFamilyLevel",
            "GpuSpec",
            "GpuAmount",
            "InstanceTypes",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cores: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_memory: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_min_cores: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_min_memory: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_family_level: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_gpu_spec: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_gpu_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_cores = r.decode()?,
                2 => m_memory = r.decode()?,
                3 => m_min_cores = r.decode()?,
                4 => m_min_memory = r.decode()?,
                5 => m_zone_id = r.decode()?,
                6 => m_instance_type_family = r.decode()?,
                7 => m_instance_family_level = r.decode()?,
                8 => m_gpu_spec = r.decode()?,
                9 => m_gpu_amount = r.decode()?,
                10 => m_instance_types = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSpotAdviceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            cores: m_cores,
            memory: m_memory,
            min_cores: m_min_cores,
            min_memory: m_min_memory,
            zone_id: m_zone_id,
            instance_type_family: m_instance_type_family,
            instance_family_level: m_instance_family_level,
            gpu_spec: m_gpu_spec,
            gpu_amount: m_gpu_amount,
            instance_types: m_instance_types,
        })
    }
}

/// The `AvailableSpotZones.AvailableSpotZone.AvailableSpotResources.AvailableSpotResource` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableSpotResource {
    /// `AverageSpotDiscount`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "AverageSpotDiscount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub average_spot_discount: ::std::option::Option<i64>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.c5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InterruptRateDesc`.
    ///
    /// Example: `0-3%`.
    #[serde(
        rename = "InterruptRateDesc",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub interrupt_rate_desc: ::std::option::Option<::yun_core::Text>,
    /// `InterruptionRate`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "InterruptionRate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub interruption_rate: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for AvailableSpotResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableSpotResource",
            &[
                ("average_spot_discount", d::opt(&self.average_spot_discount)),
                ("instance_type", d::opt(&self.instance_type)),
                ("interrupt_rate_desc", d::opt(&self.interrupt_rate_desc)),
                ("interruption_rate", d::opt(&self.interruption_rate)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AvailableSpotResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AverageSpotDiscount",
            "InstanceType",
            "InterruptRateDesc",
            "InterruptionRate",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = AvailableSpotResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.average_spot_discount = r.decode()?,
                1 => out.instance_type = r.decode()?,
                2 => out.interrupt_rate_desc = r.decode()?,
                3 => out.interruption_rate = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableSpotZones.AvailableSpotZone.AvailableSpotResources` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableSpotResources {
    /// `AvailableSpotResource`.
    #[serde(
        rename = "AvailableSpotResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_spot_resource: ::std::option::Option<::std::vec::Vec<AvailableSpotResource>>,
}

impl ::std::fmt::Debug for AvailableSpotResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableSpotResources",
            &[(
                "available_spot_resource",
                d::opt(&self.available_spot_resource),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AvailableSpotResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableSpotResource"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableSpotResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_spot_resource = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableSpotZones.AvailableSpotZone` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableSpotZone {
    /// `AvailableSpotResources`.
    #[serde(
        rename = "AvailableSpotResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_spot_resources: ::std::option::Option<AvailableSpotResources>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-i`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl AvailableSpotZone {
    /// The items of `AvailableSpotResources` (through its wrapper), empty when absent.
    pub fn available_spot_resources(&self) -> &[AvailableSpotResource] {
        self.available_spot_resources
            .as_ref()
            .and_then(|w| w.available_spot_resource.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AvailableSpotZone {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableSpotZone",
            &[
                (
                    "available_spot_resources",
                    d::opt(&self.available_spot_resources),
                ),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AvailableSpotZone {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableSpotResources", "ZoneId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AvailableSpotZone::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_spot_resources = r.decode()?,
                1 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableSpotZones` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableSpotZones {
    /// `AvailableSpotZone`.
    #[serde(
        rename = "AvailableSpotZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_spot_zone: ::std::option::Option<::std::vec::Vec<AvailableSpotZone>>,
}

impl ::std::fmt::Debug for AvailableSpotZones {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableSpotZones",
            &[("available_spot_zone", d::opt(&self.available_spot_zone))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableSpotZones {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableSpotZone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableSpotZones::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_spot_zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_spot_advice`](crate::Client::describe_spot_advice) (`DescribeSpotAdvice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSpotAdviceResponse {
    /// `AvailableSpotZones`.
    #[serde(
        rename = "AvailableSpotZones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_spot_zones: ::std::option::Option<AvailableSpotZones>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeSpotAdviceResponse {
    /// The items of `AvailableSpotZones` (through its wrapper), empty when absent.
    pub fn available_spot_zones(&self) -> &[AvailableSpotZone] {
        self.available_spot_zones
            .as_ref()
            .and_then(|w| w.available_spot_zone.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSpotAdviceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSpotAdviceResponse",
            &[
                ("available_spot_zones", d::opt(&self.available_spot_zones)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSpotAdviceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableSpotZones", "RegionId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeSpotAdviceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_spot_zones = r.decode()?,
                1 => out.region_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
