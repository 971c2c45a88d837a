//! `DescribeAvailableResource`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAvailableResource>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAvailableResource",
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
                name: "SpotDuration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestinationResource",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDiskCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDiskCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkCategory",
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
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Scope",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_available_resource`](crate::Client::describe_available_resource) (`DescribeAvailableResource`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAvailableResourceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PrePaid`.
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
    /// `SpotDuration` (query).
    ///
    /// From 0 to 6.
    ///
    /// Example: `1`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i32>,
    /// `DestinationResource` (query). Required.
    ///
    /// Example: `InstanceType`.
    #[serde(rename = "DestinationResource")]
    pub destination_resource: ::std::string::String,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-e`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostId` (query).
    ///
    /// Example: `dh-bp165p6xk2tlw61e****`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `SystemDiskCategory` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "SystemDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `DataDiskCategory` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "DataDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_category: ::std::option::Option<::std::string::String>,
    /// `NetworkCategory` (query).
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "NetworkCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_category: ::std::option::Option<::std::string::String>,
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
    /// `ResourceType` (query).
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `Scope` (query).
    ///
    /// Example: `Region`.
    #[serde(
        rename = "Scope",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scope: ::std::option::Option<::std::string::String>,
}

impl DescribeAvailableResourceRequest {
    /// A `DescribeAvailableResourceRequest` with its required members: `RegionId`, `DestinationResource`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        destination_resource: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_charge_type: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            spot_duration: ::std::option::Option::None,
            destination_resource: destination_resource.into(),
            zone_id: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            dedicated_host_id: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            system_disk_category: ::std::option::Option::None,
            data_disk_category: ::std::option::Option::None,
            network_category: ::std::option::Option::None,
            cores: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            resource_type: ::std::option::Option::None,
            scope: ::std::option::Option::None,
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

    /// Sets `SpotDuration`.
    pub fn spot_duration(mut self, value: i32) -> Self {
        self.spot_duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.io_optimized = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedHostId`.
    pub fn dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
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

    /// Sets `SystemDiskCategory`.
    pub fn system_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DataDiskCategory`.
    pub fn data_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkCategory`.
    pub fn network_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_category = ::std::option::Option::Some(value.into());
        self
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

    /// Sets `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Scope`.
    pub fn scope(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeAvailableResourceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAvailableResourceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("spot_duration", d::opt(&self.spot_duration)),
                ("destination_resource", d::req(&self.destination_resource)),
                ("zone_id", d::opt(&self.zone_id)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("dedicated_host_id", d::opt(&self.dedicated_host_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                ("data_disk_category", d::opt(&self.data_disk_category)),
                ("network_category", d::opt(&self.network_category)),
                ("cores", d::opt(&self.cores)),
                ("memory", d::opt(&self.memory)),
                ("resource_type", d::opt(&self.resource_type)),
                ("scope", d::opt(&self.scope)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAvailableResourceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceChargeType",
            "SpotStrategy",
            "SpotDuration",
            "DestinationResource",
            "ZoneId",
            "IoOptimized",
            "DedicatedHostId",
            "InstanceType",
            "SystemDiskCategory",
            "DataDiskCategory",
            "NetworkCategory",
            "Cores",
            "Memory",
            "ResourceType",
            "Scope",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 17] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_destination_resource: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_data_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cores: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_memory: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_scope: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_charge_type = r.decode()?,
                2 => m_spot_strategy = r.decode()?,
                3 => m_spot_duration = r.decode()?,
                4 => m_destination_resource = r.decode()?,
                5 => m_zone_id = r.decode()?,
                6 => m_io_optimized = r.decode()?,
                7 => m_dedicated_host_id = r.decode()?,
                8 => m_instance_type = r.decode()?,
                9 => m_system_disk_category = r.decode()?,
                10 => m_data_disk_category = r.decode()?,
                11 => m_network_category = r.decode()?,
                12 => m_cores = r.decode()?,
                13 => m_memory = r.decode()?,
                14 => m_resource_type = r.decode()?,
                15 => m_scope = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeAvailableResourceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_charge_type: m_instance_charge_type,
            spot_strategy: m_spot_strategy,
            spot_duration: m_spot_duration,
            destination_resource: m_destination_resource
                .ok_or_else(|| r.missing("DestinationResource"))?,
            zone_id: m_zone_id,
            io_optimized: m_io_optimized,
            dedicated_host_id: m_dedicated_host_id,
            instance_type: m_instance_type,
            system_disk_category: m_system_disk_category,
            data_disk_category: m_data_disk_category,
            network_category: m_network_category,
            cores: m_cores,
            memory: m_memory,
            resource_type: m_resource_type,
            scope: m_scope,
        })
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResource {
    /// `SupportedResources`.
    #[serde(
        rename = "SupportedResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_resources: ::std::option::Option<crate::models::SupportedResources>,
    /// `Type`.
    ///
    /// Example: `InstanceType`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl AvailableResource {
    /// The items of `SupportedResources` (through its wrapper), empty when absent.
    pub fn supported_resources(&self) -> &[crate::models::SupportedResource] {
        self.supported_resources
            .as_ref()
            .and_then(|w| w.supported_resource.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AvailableResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableResource",
            &[
                ("supported_resources", d::opt(&self.supported_resources)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AvailableResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportedResources", "Type"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AvailableResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_resources = r.decode()?,
                1 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResources {
    /// `AvailableResource`.
    #[serde(
        rename = "AvailableResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resource: ::std::option::Option<::std::vec::Vec<AvailableResource>>,
}

impl ::std::fmt::Debug for AvailableResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableResources",
            &[("available_resource", d::opt(&self.available_resource))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableResource"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_resource = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZone {
    /// `AvailableResources`.
    #[serde(
        rename = "AvailableResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resources: ::std::option::Option<AvailableResources>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `StatusCategory`.
    ///
    /// Example: `WithStock`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-e`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl AvailableZone {
    /// The items of `AvailableResources` (through its wrapper), empty when absent.
    pub fn available_resources(&self) -> &[AvailableResource] {
        self.available_resources
            .as_ref()
            .and_then(|w| w.available_resource.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AvailableZone {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableZone",
            &[
                ("available_resources", d::opt(&self.available_resources)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("status_category", d::opt(&self.status_category)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AvailableZone {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableResources",
            "RegionId",
            "Status",
            "StatusCategory",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = AvailableZone::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_resources = r.decode()?,
                1 => out.region_id = r.decode()?,
                2 => out.status = r.decode()?,
                3 => out.status_category = r.decode()?,
                4 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZones {
    /// `AvailableZone`.
    #[serde(
        rename = "AvailableZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zone: ::std::option::Option<::std::vec::Vec<AvailableZone>>,
}

impl ::std::fmt::Debug for AvailableZones {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableZones",
            &[("available_zone", d::opt(&self.available_zone))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableZones {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableZone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableZones::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_available_resource`](crate::Client::describe_available_resource) (`DescribeAvailableResource`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAvailableResourceResponse {
    /// `AvailableZones`.
    #[serde(
        rename = "AvailableZones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zones: ::std::option::Option<AvailableZones>,
    /// `RequestId`.
    ///
    /// Example: `0041D94C-FB92-4C49-B115-259DA1C*****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeAvailableResourceResponse {
    /// The items of `AvailableZones` (through its wrapper), empty when absent.
    pub fn available_zones(&self) -> &[AvailableZone] {
        self.available_zones
            .as_ref()
            .and_then(|w| w.available_zone.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeAvailableResourceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAvailableResourceResponse",
            &[
                ("available_zones", d::opt(&self.available_zones)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAvailableResourceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableZones", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeAvailableResourceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_zones = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
