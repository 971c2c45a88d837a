//! `DescribeZones`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeZones>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeZones",
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeZonesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeZonesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeZonesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeZonesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_verbose: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_accept_language: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Verbose" => m_verbose = map.next_value()?,
                        "InstanceChargeType" => {
                            m_instance_charge_type = map.next_value()?;
                        }

                        "SpotStrategy" => m_spot_strategy = map.next_value()?,
                        "AcceptLanguage" => m_accept_language = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeZonesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    verbose: m_verbose,
                    instance_charge_type: m_instance_charge_type,
                    spot_strategy: m_spot_strategy,
                    accept_language: m_accept_language,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Zones.Zone.AvailableDedicatedHostTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableDedicatedHostTypes {
    /// `DedicatedHostType`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableDedicatedHostTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableDedicatedHostTypes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableDedicatedHostTypes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableDedicatedHostTypes, A::Error> {
                let mut out = AvailableDedicatedHostTypes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostType" => {
                            out.dedicated_host_type = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableDiskCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableDiskCategories {
    /// `DiskCategories`.
    #[serde(
        rename = "DiskCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableDiskCategories {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableDiskCategories;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableDiskCategories` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableDiskCategories, A::Error> {
                let mut out = AvailableDiskCategories::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskCategories" => out.disk_categories = map.next_value()?,
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

/// The `Zones.Zone.AvailableInstanceTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableInstanceTypes {
    /// `InstanceTypes`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableInstanceTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableInstanceTypes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableInstanceTypes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableInstanceTypes, A::Error> {
                let mut out = AvailableInstanceTypes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceTypes" => out.instance_types = map.next_value()?,
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

/// The `Zones.Zone.AvailableResourceCreation` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResourceCreation {
    /// `ResourceTypes`.
    #[serde(
        rename = "ResourceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableResourceCreation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableResourceCreation;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableResourceCreation` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableResourceCreation, A::Error> {
                let mut out = AvailableResourceCreation::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ResourceTypes" => out.resource_types = map.next_value()?,
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

/// The `Zones.Zone.AvailableResources.ResourcesInfo.DataDiskCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataDiskCategories {
    /// `supportedDataDiskCategory`.
    #[serde(
        rename = "supportedDataDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_data_disk_category: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for DataDiskCategories {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DataDiskCategories;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DataDiskCategories` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DataDiskCategories, A::Error> {
                let mut out = DataDiskCategories::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "supportedDataDiskCategory" => {
                            out.supported_data_disk_category = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceGenerations` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for InstanceGenerations {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceGenerations;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceGenerations` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceGenerations, A::Error> {
                let mut out = InstanceGenerations::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "supportedInstanceGeneration" => {
                            out.supported_instance_generation = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for InstanceTypeFamilies {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceTypeFamilies;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceTypeFamilies` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceTypeFamilies, A::Error> {
                let mut out = InstanceTypeFamilies::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "supportedInstanceTypeFamily" => {
                            out.supported_instance_type_family = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypes {
    /// `supportedInstanceType`.
    #[serde(
        rename = "supportedInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceTypes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceTypes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceTypes, A::Error> {
                let mut out = InstanceTypes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "supportedInstanceType" => {
                            out.supported_instance_type = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableResources.ResourcesInfo.NetworkTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkTypes {
    /// `supportedNetworkCategory`.
    #[serde(
        rename = "supportedNetworkCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_network_category: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for NetworkTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NetworkTypes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NetworkTypes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NetworkTypes, A::Error> {
                let mut out = NetworkTypes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "supportedNetworkCategory" => {
                            out.supported_network_category = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableResources.ResourcesInfo.SystemDiskCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SystemDiskCategories {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SystemDiskCategories;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SystemDiskCategories` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SystemDiskCategories, A::Error> {
                let mut out = SystemDiskCategories::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "supportedSystemDiskCategory" => {
                            out.supported_system_disk_category = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableResources.ResourcesInfo` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for ResourcesInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResourcesInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResourcesInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResourcesInfo, A::Error> {
                let mut out = ResourcesInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DataDiskCategories" => {
                            out.data_disk_categories = map.next_value()?;
                        }

                        "InstanceGenerations" => {
                            out.instance_generations = map.next_value()?;
                        }

                        "InstanceTypeFamilies" => {
                            out.instance_type_families = map.next_value()?;
                        }

                        "InstanceTypes" => out.instance_types = map.next_value()?,
                        "IoOptimized" => out.io_optimized = map.next_value()?,
                        "NetworkTypes" => out.network_types = map.next_value()?,
                        "SystemDiskCategories" => {
                            out.system_disk_categories = map.next_value()?;
                        }

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

/// The `Zones.Zone.AvailableResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResources {
    /// `ResourcesInfo`.
    #[serde(
        rename = "ResourcesInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources_info: ::std::option::Option<::std::vec::Vec<ResourcesInfo>>,
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
                        "ResourcesInfo" => out.resources_info = map.next_value()?,
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

/// The `Zones.Zone.AvailableVolumeCategories` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableVolumeCategories {
    /// `VolumeCategories`.
    #[serde(
        rename = "VolumeCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableVolumeCategories {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableVolumeCategories;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableVolumeCategories` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableVolumeCategories, A::Error> {
                let mut out = AvailableVolumeCategories::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "VolumeCategories" => out.volume_categories = map.next_value()?,
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

/// The `Zones.Zone.DedicatedHostGenerations` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostGenerations {
    /// `DedicatedHostGeneration`.
    #[serde(
        rename = "DedicatedHostGeneration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_generation: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for DedicatedHostGenerations {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHostGenerations;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHostGenerations` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHostGenerations, A::Error> {
                let mut out = DedicatedHostGenerations::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostGeneration" => {
                            out.dedicated_host_generation = map.next_value()?;
                        }

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

/// The `Zones.Zone` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Zone {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Zone;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Zone` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Zone, A::Error> {
                let mut out = Zone::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableDedicatedHostTypes" => {
                            out.available_dedicated_host_types = map.next_value()?;
                        }

                        "AvailableDiskCategories" => {
                            out.available_disk_categories = map.next_value()?;
                        }

                        "AvailableInstanceTypes" => {
                            out.available_instance_types = map.next_value()?;
                        }

                        "AvailableResourceCreation" => {
                            out.available_resource_creation = map.next_value()?;
                        }

                        "AvailableResources" => {
                            out.available_resources = map.next_value()?;
                        }

                        "AvailableVolumeCategories" => {
                            out.available_volume_categories = map.next_value()?;
                        }

                        "DedicatedHostGenerations" => {
                            out.dedicated_host_generations = map.next_value()?;
                        }

                        "LocalName" => out.local_name = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
                        "ZoneType" => out.zone_type = map.next_value()?,
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

/// The `Zones` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Zones {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::vec::Vec<Zone>>,
}

impl<'de> ::serde::Deserialize<'de> for Zones {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Zones;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Zones` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Zones, A::Error> {
                let mut out = Zones::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Zone" => out.zone = map.next_value()?,
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

/// The response of [`Client::describe_zones`](crate::Client::describe_zones) (`DescribeZones`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeZonesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeZonesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeZonesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeZonesResponse, A::Error> {
                let mut out = DescribeZonesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        "Zones" => out.zones = map.next_value()?,
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
