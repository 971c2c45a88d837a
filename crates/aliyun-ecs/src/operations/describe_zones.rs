//! `DescribeZones`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeZones>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeZones",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Verbose",
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
                name: "AcceptLanguage",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The request of [`Client::describe_zones`](crate::Client::describe_zones) (`DescribeZones`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeZonesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Verbose` (query).
    #[serde(
        rename = "Verbose",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub verbose: ::std::option::Option<bool>,
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
    /// `AcceptLanguage` (query).
    #[serde(
        rename = "AcceptLanguage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_language: ::std::option::Option<::std::string::String>,
}
impl DescribeZonesRequest {
    /// A `DescribeZonesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            verbose: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            accept_language: ::std::option::Option::None,
        }
    }
    /// Sets `Verbose`.
    pub fn verbose(mut self, value: bool) -> Self {
        self.verbose = ::std::option::Option::Some(value);
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
    /// Sets `AcceptLanguage`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `Zones.Zone.AvailableDedicatedHostTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailableDedicatedHostTypes {
    /// `DedicatedHostType`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableDiskCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailableDiskCategories {
    /// `DiskCategories`.
    #[serde(
        rename = "DiskCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableInstanceTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailableInstanceTypes {
    /// `InstanceTypes`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResourceCreation` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailableResourceCreation {
    /// `ResourceTypes`.
    #[serde(
        rename = "ResourceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResources.ResourcesInfo.DataDiskCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DataDiskCategories {
    /// `supportedDataDiskCategory`.
    #[serde(
        rename = "supportedDataDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_data_disk_category: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceGenerations` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceGenerations {
    /// `supportedInstanceGeneration`.
    #[serde(
        rename = "supportedInstanceGeneration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_generation:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypeFamilies {
    /// `supportedInstanceTypeFamily`.
    #[serde(
        rename = "supportedInstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type_family:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypes {
    /// `supportedInstanceType`.
    #[serde(
        rename = "supportedInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResources.ResourcesInfo.NetworkTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkTypes {
    /// `supportedNetworkCategory`.
    #[serde(
        rename = "supportedNetworkCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_network_category: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResources.ResourcesInfo.SystemDiskCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SystemDiskCategories {
    /// `supportedSystemDiskCategory`.
    #[serde(
        rename = "supportedSystemDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_system_disk_category:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.AvailableResources.ResourcesInfo` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcesInfo {
    /// `DataDiskCategories`.
    #[serde(
        rename = "DataDiskCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_categories: ::std::option::Option<DataDiskCategories>,
    /// `InstanceGenerations`.
    #[serde(
        rename = "InstanceGenerations",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_generations: ::std::option::Option<InstanceGenerations>,
    /// `InstanceTypeFamilies`.
    #[serde(
        rename = "InstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_families: ::std::option::Option<InstanceTypeFamilies>,
    /// `InstanceTypes`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<InstanceTypes>,
    /// `IoOptimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<bool>,
    /// `NetworkTypes`.
    #[serde(
        rename = "NetworkTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_types: ::std::option::Option<NetworkTypes>,
    /// `SystemDiskCategories`.
    #[serde(
        rename = "SystemDiskCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_categories: ::std::option::Option<SystemDiskCategories>,
}
/// The `Zones.Zone.AvailableResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailableResources {
    /// `ResourcesInfo`.
    #[serde(
        rename = "ResourcesInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources_info: ::std::option::Option<::std::vec::Vec<ResourcesInfo>>,
}
/// The `Zones.Zone.AvailableVolumeCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AvailableVolumeCategories {
    /// `VolumeCategories`.
    #[serde(
        rename = "VolumeCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone.DedicatedHostGenerations` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DedicatedHostGenerations {
    /// `DedicatedHostGeneration`.
    #[serde(
        rename = "DedicatedHostGeneration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_generation: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Zones.Zone` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Zone {
    /// `AvailableDedicatedHostTypes`.
    #[serde(
        rename = "AvailableDedicatedHostTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_dedicated_host_types: ::std::option::Option<AvailableDedicatedHostTypes>,
    /// `AvailableDiskCategories`.
    #[serde(
        rename = "AvailableDiskCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_disk_categories: ::std::option::Option<AvailableDiskCategories>,
    /// `AvailableInstanceTypes`.
    #[serde(
        rename = "AvailableInstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_instance_types: ::std::option::Option<AvailableInstanceTypes>,
    /// `AvailableResourceCreation`.
    #[serde(
        rename = "AvailableResourceCreation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resource_creation: ::std::option::Option<AvailableResourceCreation>,
    /// `AvailableResources`.
    #[serde(
        rename = "AvailableResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resources: ::std::option::Option<AvailableResources>,
    /// `AvailableVolumeCategories`.
    #[serde(
        rename = "AvailableVolumeCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_volume_categories: ::std::option::Option<AvailableVolumeCategories>,
    /// `DedicatedHostGenerations`.
    #[serde(
        rename = "DedicatedHostGenerations",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_generations: ::std::option::Option<DedicatedHostGenerations>,
    /// `LocalName`.
    #[serde(
        rename = "LocalName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_name: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `ZoneType`.
    #[serde(
        rename = "ZoneType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_type: ::std::option::Option<::std::string::String>,
}
/// The `Zones` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Zones {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::vec::Vec<Zone>>,
}
/// The response of [`Client::describe_zones`](crate::Client::describe_zones) (`DescribeZones`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeZonesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `Zones`.
    #[serde(
        rename = "Zones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zones: ::std::option::Option<Zones>,
}
