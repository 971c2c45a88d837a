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
    };

/// The request of [`Client::describe_available_resource`](crate::Client::describe_available_resource) (`DescribeAvailableResource`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAvailableResourceRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceChargeType` (query).
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `SpotStrategy` (query).
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::std::string::String>,
    /// `SpotDuration` (query).
    ///
    /// From 0 to 6.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i32>,
    /// `DestinationResource` (query). Required.
    #[serde(rename = "DestinationResource")]
    pub destination_resource: ::std::string::String,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `IoOptimized` (query).
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostId` (query).
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `SystemDiskCategory` (query).
    #[serde(
        rename = "SystemDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `DataDiskCategory` (query).
    #[serde(
        rename = "DataDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_category: ::std::option::Option<::std::string::String>,
    /// `NetworkCategory` (query).
    #[serde(
        rename = "NetworkCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_category: ::std::option::Option<::std::string::String>,
    /// `Cores` (query).
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i32>,
    /// `Memory` (query).
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<f64>,
    /// `ResourceType` (query).
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `Scope` (query).
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

impl<'de> ::serde::Deserialize<'de> for DescribeAvailableResourceRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAvailableResourceRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAvailableResourceRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAvailableResourceRequest, A::Error> {
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
                let mut m_scope: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceChargeType" => {
                            m_instance_charge_type = map.next_value()?;
                        }

                        "SpotStrategy" => m_spot_strategy = map.next_value()?,
                        "SpotDuration" => m_spot_duration = map.next_value()?,
                        "DestinationResource" => {
                            m_destination_resource = map.next_value()?;
                        }

                        "ZoneId" => m_zone_id = map.next_value()?,
                        "IoOptimized" => m_io_optimized = map.next_value()?,
                        "DedicatedHostId" => m_dedicated_host_id = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "SystemDiskCategory" => {
                            m_system_disk_category = map.next_value()?;
                        }

                        "DataDiskCategory" => m_data_disk_category = map.next_value()?,
                        "NetworkCategory" => m_network_category = map.next_value()?,
                        "Cores" => m_cores = map.next_value()?,
                        "Memory" => m_memory = map.next_value()?,
                        "ResourceType" => m_resource_type = map.next_value()?,
                        "Scope" => m_scope = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeAvailableResourceRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    instance_charge_type: m_instance_charge_type,
                    spot_strategy: m_spot_strategy,
                    spot_duration: m_spot_duration,
                    destination_resource: m_destination_resource.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "DestinationResource",
                        )
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.SupportedResources.SupportedResource` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedResource {
    /// `Max`.
    #[serde(rename = "Max", skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
    /// `Min`.
    #[serde(rename = "Min", skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::std::string::String>,
    /// `Unit`.
    #[serde(
        rename = "Unit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SupportedResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupportedResource;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupportedResource` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupportedResource, A::Error> {
                let mut out = SupportedResource::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Max" => out.max = map.next_value()?,
                        "Min" => out.min = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StatusCategory" => out.status_category = map.next_value()?,
                        "Unit" => out.unit = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.SupportedResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedResources {
    /// `SupportedResource`.
    #[serde(
        rename = "SupportedResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_resource: ::std::option::Option<::std::vec::Vec<SupportedResource>>,
}

impl<'de> ::serde::Deserialize<'de> for SupportedResources {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupportedResources;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupportedResources` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupportedResources, A::Error> {
                let mut out = SupportedResources::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SupportedResource" => out.supported_resource = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResource {
    /// `SupportedResources`.
    #[serde(
        rename = "SupportedResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_resources: ::std::option::Option<SupportedResources>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableResource;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableResource` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableResource, A::Error> {
                let mut out = AvailableResource::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SupportedResources" => {
                            out.supported_resources = map.next_value()?;
                        }

                        "Type" => out.r#type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResources {
    /// `AvailableResource`.
    #[serde(
        rename = "AvailableResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resource: ::std::option::Option<::std::vec::Vec<AvailableResource>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableResources {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableResources;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableResources` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableResources, A::Error> {
                let mut out = AvailableResources::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableResource" => out.available_resource = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AvailableZones.AvailableZone` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZone {
    /// `AvailableResources`.
    #[serde(
        rename = "AvailableResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resources: ::std::option::Option<AvailableResources>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableZone {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableZone;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableZone` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableZone, A::Error> {
                let mut out = AvailableZone::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableResources" => {
                            out.available_resources = map.next_value()?;
                        }

                        "RegionId" => out.region_id = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StatusCategory" => out.status_category = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AvailableZones` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZones {
    /// `AvailableZone`.
    #[serde(
        rename = "AvailableZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zone: ::std::option::Option<::std::vec::Vec<AvailableZone>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableZones {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableZones;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableZones` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableZones, A::Error> {
                let mut out = AvailableZones::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableZone" => out.available_zone = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_available_resource`](crate::Client::describe_available_resource) (`DescribeAvailableResource`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAvailableResourceResponse {
    /// `AvailableZones`.
    #[serde(
        rename = "AvailableZones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zones: ::std::option::Option<AvailableZones>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeAvailableResourceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAvailableResourceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAvailableResourceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAvailableResourceResponse, A::Error> {
                let mut out = DescribeAvailableResourceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableZones" => out.available_zones = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
