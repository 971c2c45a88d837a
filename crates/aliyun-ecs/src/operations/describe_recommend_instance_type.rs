//! `DescribeRecommendInstanceType`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRecommendInstanceType>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeRecommendInstanceType",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
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
                name: "InstanceFamilyLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkType",
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
                name: "IoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PriorityStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxPrice",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDiskCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneMatchMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Scene",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypeFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_recommend_instance_type`](crate::Client::describe_recommend_instance_type) (`DescribeRecommendInstanceType`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRecommendInstanceTypeRequest {
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
    /// `InstanceFamilyLevel` (query).
    ///
    /// Example: `EnterpriseLevel`.
    #[serde(
        rename = "InstanceFamilyLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_level: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.hfg6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `NetworkType` (query). Required.
    ///
    /// Example: `vpc`.
    #[serde(rename = "NetworkType")]
    pub network_type: ::std::string::String,
    /// `InstanceChargeType` (query).
    ///
    /// Default: `PostPaid`.
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `SpotStrategy` (query).
    ///
    /// Default: `NoSpot`.
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::std::string::String>,
    /// `IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `PriorityStrategy` (query).
    ///
    /// Default: `InventoryFirst`.
    ///
    /// Example: `PriceFirst`.
    #[serde(
        rename = "PriorityStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority_strategy: ::std::option::Option<::std::string::String>,
    /// `MaxPrice` (query).
    ///
    /// Example: `10.0`.
    #[serde(
        rename = "MaxPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_price: ::std::option::Option<f64>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-f`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `SystemDiskCategory` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "SystemDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `ZoneMatchMode` (query).
    ///
    /// Example: `Strict`.
    #[serde(
        rename = "ZoneMatchMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_match_mode: ::std::option::Option<::std::string::String>,
    /// `Scene` (query).
    ///
    /// Default: `CREATE`.
    ///
    /// Example: `CREATE`.
    #[serde(
        rename = "Scene",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scene: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily` (query, sent as `InstanceTypeFamily.1`, `InstanceTypeFamily.2`, …).
    ///
    /// At most 20 items.
    ///
    /// Example: `ecs.hfg6`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeRecommendInstanceTypeRequest {
    /// A `DescribeRecommendInstanceTypeRequest` with its required members: `NetworkType`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        network_type: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            cores: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            instance_family_level: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            network_type: network_type.into(),
            instance_charge_type: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            priority_strategy: ::std::option::Option::None,
            max_price: ::std::option::Option::None,
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            system_disk_category: ::std::option::Option::None,
            zone_match_mode: ::std::option::Option::None,
            scene: ::std::option::Option::None,
            instance_type_family: ::std::option::Option::None,
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

    /// Sets `InstanceFamilyLevel`.
    pub fn instance_family_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_family_level = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
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

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.io_optimized = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PriorityStrategy`.
    pub fn priority_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.priority_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxPrice`.
    pub fn max_price(mut self, value: f64) -> Self {
        self.max_price = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDiskCategory`.
    pub fn system_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneMatchMode`.
    pub fn zone_match_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.zone_match_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Scene`.
    pub fn scene(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scene = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceTypeFamily`.
    pub fn instance_type_family(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_type_family = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeRecommendInstanceTypeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRecommendInstanceTypeRequest",
            &[
                ("cores", d::opt(&self.cores)),
                ("memory", d::opt(&self.memory)),
                ("instance_family_level", d::opt(&self.instance_family_level)),
                ("instance_type", d::opt(&self.instance_type)),
                ("network_type", d::req(&self.network_type)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("priority_strategy", d::opt(&self.priority_strategy)),
                ("max_price", d::opt(&self.max_price)),
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                ("zone_match_mode", d::opt(&self.zone_match_mode)),
                ("scene", d::opt(&self.scene)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRecommendInstanceTypeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Cores",
            "Memory",
            "InstanceFamilyLevel",
            "InstanceType",
            "NetworkType",
            "InstanceChargeType",
            "SpotStrategy",
            "IoOptimized",
            "PriorityStrategy",
            "MaxPrice",
            "RegionId",
            "ZoneId",
            "SystemDiskCategory",
            "ZoneMatchMode",
            "Scene",
            "InstanceTypeFamily",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 17] = ::yun_core::json::member_order();
        let mut m_cores: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_memory: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_instance_family_level: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_priority_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_price: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_match_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_scene: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_instance_type_family: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_cores = r.decode()?,
                1 => m_memory = r.decode()?,
                2 => m_instance_family_level = r.decode()?,
                3 => m_instance_type = r.decode()?,
                4 => m_network_type = r.decode()?,
                5 => m_instance_charge_type = r.decode()?,
                6 => m_spot_strategy = r.decode()?,
                7 => m_io_optimized = r.decode()?,
                8 => m_priority_strategy = r.decode()?,
                9 => m_max_price = r.decode()?,
                10 => m_region_id = r.decode()?,
                11 => m_zone_id = r.decode()?,
                12 => m_system_disk_category = r.decode()?,
                13 => m_zone_match_mode = r.decode()?,
                14 => m_scene = r.decode()?,
                15 => m_instance_type_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeRecommendInstanceTypeRequest {
            cores: m_cores,
            memory: m_memory,
            instance_family_level: m_instance_family_level,
            instance_type: m_instance_type,
            network_type: m_network_type.ok_or_else(|| r.missing("NetworkType"))?,
            instance_charge_type: m_instance_charge_type,
            spot_strategy: m_spot_strategy,
            io_optimized: m_io_optimized,
            priority_strategy: m_priority_strategy,
            max_price: m_max_price,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            system_disk_category: m_system_disk_category,
            zone_match_mode: m_zone_match_mode,
            scene: m_scene,
            instance_type_family: m_instance_type_family,
        })
    }
}

/// The `Data.RecommendInstanceType.InstanceType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceType {
    /// `Cores`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i64>,
    /// `Generation`.
    ///
    /// Example: `ecs-4`.
    #[serde(
        rename = "Generation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generation: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.hfg6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceTypeFamily`.
    ///
    /// Example: `ecs.hfg6`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::yun_core::Text>,
    /// `Memory`.
    ///
    /// Example: `8192`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `SupportIoOptimized`.
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "SupportIoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_io_optimized: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceType",
            &[
                ("cores", d::opt(&self.cores)),
                ("generation", d::opt(&self.generation)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("memory", d::opt(&self.memory)),
                ("support_io_optimized", d::opt(&self.support_io_optimized)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Cores",
            "Generation",
            "InstanceType",
            "InstanceTypeFamily",
            "Memory",
            "SupportIoOptimized",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = InstanceType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cores = r.decode()?,
                1 => out.generation = r.decode()?,
                2 => out.instance_type = r.decode()?,
                3 => out.instance_type_family = r.decode()?,
                4 => out.memory = r.decode()?,
                5 => out.support_io_optimized = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.RecommendInstanceType.Zones.zone.NetworkTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkTypes {
    /// `NetworkType`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for NetworkTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkTypes",
            &[("network_type", d::opt(&self.network_type))],
        )
    }
}

impl ::yun_core::json::Decode for NetworkTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.RecommendInstanceType.Zones.zone` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Zone {
    /// `NetworkTypes`.
    #[serde(
        rename = "NetworkTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_types: ::std::option::Option<NetworkTypes>,
    /// `ZoneNo`.
    ///
    /// Example: `cn-hangzhou-h`.
    #[serde(
        rename = "ZoneNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_no: ::std::option::Option<::yun_core::Text>,
}

impl Zone {
    /// The items of `NetworkTypes` (through its wrapper), empty when absent.
    pub fn network_types(&self) -> &[::yun_core::Text] {
        self.network_types
            .as_ref()
            .and_then(|w| w.network_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Zone {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Zone",
            &[
                ("network_types", d::opt(&self.network_types)),
                ("zone_no", d::opt(&self.zone_no)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Zone {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkTypes", "ZoneNo"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Zone::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_types = r.decode()?,
                1 => out.zone_no = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.RecommendInstanceType.Zones` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Zones {
    /// `zone`.
    #[serde(
        rename = "zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::vec::Vec<Zone>>,
}

impl ::std::fmt::Debug for Zones {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Zones", &[("zone", d::opt(&self.zone))])
    }
}

impl ::yun_core::json::Decode for Zones {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["zone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Zones::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data.RecommendInstanceType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RecommendInstanceType {
    /// `CommodityCode`.
    ///
    /// Example: `ecs`.
    #[serde(
        rename = "CommodityCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub commodity_code: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<InstanceType>,
    /// `NetworkType`.
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::yun_core::Text>,
    /// `Priority`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<i64>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Scene`.
    ///
    /// Example: `CREATE`.
    #[serde(
        rename = "Scene",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scene: ::std::option::Option<::yun_core::Text>,
    /// `SpotStrategy`.
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-h`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
    /// `Zones`.
    #[serde(
        rename = "Zones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zones: ::std::option::Option<Zones>,
}

impl RecommendInstanceType {
    /// The items of `Zones` (through its wrapper), empty when absent.
    pub fn zones(&self) -> &[Zone] {
        self.zones
            .as_ref()
            .and_then(|w| w.zone.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RecommendInstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RecommendInstanceType",
            &[
                ("commodity_code", d::opt(&self.commodity_code)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("instance_type", d::opt(&self.instance_type)),
                ("network_type", d::opt(&self.network_type)),
                ("priority", d::opt(&self.priority)),
                ("region_id", d::opt(&self.region_id)),
                ("scene", d::opt(&self.scene)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("zone_id", d::opt(&self.zone_id)),
                ("zones", d::opt(&self.zones)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RecommendInstanceType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CommodityCode",
            "InstanceChargeType",
            "InstanceType",
            "NetworkType",
            "Priority",
            "RegionId",
            "Scene",
            "SpotStrategy",
            "ZoneId",
            "Zones",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = RecommendInstanceType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.commodity_code = r.decode()?,
                1 => out.instance_charge_type = r.decode()?,
                2 => out.instance_type = r.decode()?,
                3 => out.network_type = r.decode()?,
                4 => out.priority = r.decode()?,
                5 => out.region_id = r.decode()?,
                6 => out.scene = r.decode()?,
                7 => out.spot_strategy = r.decode()?,
                8 => out.zone_id = r.decode()?,
                9 => out.zones = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Data` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Data {
    /// `RecommendInstanceType`.
    #[serde(
        rename = "RecommendInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recommend_instance_type: ::std::option::Option<::std::vec::Vec<RecommendInstanceType>>,
}

impl ::std::fmt::Debug for Data {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Data",
            &[(
                "recommend_instance_type",
                d::opt(&self.recommend_instance_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for Data {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RecommendInstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Data::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.recommend_instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_recommend_instance_type`](crate::Client::describe_recommend_instance_type) (`DescribeRecommendInstanceType`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRecommendInstanceTypeResponse {
    /// `Data`.
    #[serde(
        rename = "Data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<Data>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeRecommendInstanceTypeResponse {
    /// The items of `Data` (through its wrapper), empty when absent.
    pub fn data(&self) -> &[RecommendInstanceType] {
        self.data
            .as_ref()
            .and_then(|w| w.recommend_instance_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeRecommendInstanceTypeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRecommendInstanceTypeResponse",
            &[
                ("data", d::opt(&self.data)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRecommendInstanceTypeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Data", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeRecommendInstanceTypeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
