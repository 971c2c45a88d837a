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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_zones`](crate::Client::describe_zones) (`DescribeZones`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeZonesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Verbose` (query).
    ///
    /// Default: `true`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Verbose",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub verbose: ::std::option::Option<bool>,
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
    /// `AcceptLanguage` (query).
    ///
    /// Example: `zh-CN`.
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

impl ::std::fmt::Debug for DescribeZonesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeZonesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("verbose", d::opt(&self.verbose)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("accept_language", d::opt(&self.accept_language)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeZonesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Verbose",
            "InstanceChargeType",
            "SpotStrategy",
            "AcceptLanguage",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_verbose: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_accept_language: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_verbose = r.decode()?,
                2 => m_instance_charge_type = r.decode()?,
                3 => m_spot_strategy = r.decode()?,
                4 => m_accept_language = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeZonesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            verbose: m_verbose,
            instance_charge_type: m_instance_charge_type,
            spot_strategy: m_spot_strategy,
            accept_language: m_accept_language,
        })
    }
}

/// The `Zones.Zone.AvailableDedicatedHostTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableDedicatedHostTypes {
    /// `DedicatedHostType`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AvailableDedicatedHostTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableDedicatedHostTypes",
            &[("dedicated_host_type", d::opt(&self.dedicated_host_type))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableDedicatedHostTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableDedicatedHostTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableDiskCategories` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableDiskCategories {
    /// `DiskCategories`.
    #[serde(
        rename = "DiskCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_categories: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AvailableDiskCategories {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableDiskCategories",
            &[("disk_categories", d::opt(&self.disk_categories))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableDiskCategories {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskCategories"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableDiskCategories::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_categories = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableInstanceTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableInstanceTypes {
    /// `InstanceTypes`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AvailableInstanceTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableInstanceTypes",
            &[("instance_types", d::opt(&self.instance_types))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableInstanceTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceTypes"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableInstanceTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_types = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResourceCreation` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResourceCreation {
    /// `ResourceTypes`.
    #[serde(
        rename = "ResourceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_types: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AvailableResourceCreation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableResourceCreation",
            &[("resource_types", d::opt(&self.resource_types))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableResourceCreation {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ResourceTypes"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableResourceCreation::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.resource_types = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources.ResourcesInfo.DataDiskCategories` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataDiskCategories {
    /// `supportedDataDiskCategory`.
    #[serde(
        rename = "supportedDataDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_data_disk_category: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for DataDiskCategories {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DataDiskCategories",
            &[(
                "supported_data_disk_category",
                d::opt(&self.supported_data_disk_category),
            )],
        )
    }
}

impl ::yun_core::json::Decode for DataDiskCategories {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["supportedDataDiskCategory"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DataDiskCategories::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_data_disk_category = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceGenerations` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceGenerations {
    /// `supportedInstanceGeneration`.
    #[serde(
        rename = "supportedInstanceGeneration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_generation: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for InstanceGenerations {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceGenerations",
            &[(
                "supported_instance_generation",
                d::opt(&self.supported_instance_generation),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstanceGenerations {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["supportedInstanceGeneration"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceGenerations::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_instance_generation = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeFamilies {
    /// `supportedInstanceTypeFamily`.
    #[serde(
        rename = "supportedInstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type_family: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for InstanceTypeFamilies {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypeFamilies",
            &[(
                "supported_instance_type_family",
                d::opt(&self.supported_instance_type_family),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstanceTypeFamilies {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["supportedInstanceTypeFamily"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceTypeFamilies::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_instance_type_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources.ResourcesInfo.InstanceTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypes {
    /// `supportedInstanceType`.
    #[serde(
        rename = "supportedInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for InstanceTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypes",
            &[(
                "supported_instance_type",
                d::opt(&self.supported_instance_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstanceTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["supportedInstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources.ResourcesInfo.NetworkTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkTypes {
    /// `supportedNetworkCategory`.
    #[serde(
        rename = "supportedNetworkCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_network_category: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for NetworkTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkTypes",
            &[(
                "supported_network_category",
                d::opt(&self.supported_network_category),
            )],
        )
    }
}

impl ::yun_core::json::Decode for NetworkTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["supportedNetworkCategory"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_network_category = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources.ResourcesInfo.SystemDiskCategories` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SystemDiskCategories {
    /// `supportedSystemDiskCategory`.
    #[serde(
        rename = "supportedSystemDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_system_disk_category: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for SystemDiskCategories {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SystemDiskCategories",
            &[(
                "supported_system_disk_category",
                d::opt(&self.supported_system_disk_category),
            )],
        )
    }
}

impl ::yun_core::json::Decode for SystemDiskCategories {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["supportedSystemDiskCategory"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SystemDiskCategories::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_system_disk_category = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources.ResourcesInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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
    ///
    /// Example: `true`.
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

impl ResourcesInfo {
    /// The items of `DataDiskCategories` (through its wrapper), empty when absent.
    pub fn data_disk_categories(&self) -> &[::yun_core::Text] {
        self.data_disk_categories
            .as_ref()
            .and_then(|w| w.supported_data_disk_category.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `InstanceGenerations` (through its wrapper), empty when absent.
    pub fn instance_generations(&self) -> &[::yun_core::Text] {
        self.instance_generations
            .as_ref()
            .and_then(|w| w.supported_instance_generation.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `InstanceTypeFamilies` (through its wrapper), empty when absent.
    pub fn instance_type_families(&self) -> &[::yun_core::Text] {
        self.instance_type_families
            .as_ref()
            .and_then(|w| w.supported_instance_type_family.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `InstanceTypes` (through its wrapper), empty when absent.
    pub fn instance_types(&self) -> &[::yun_core::Text] {
        self.instance_types
            .as_ref()
            .and_then(|w| w.supported_instance_type.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `NetworkTypes` (through its wrapper), empty when absent.
    pub fn network_types(&self) -> &[::yun_core::Text] {
        self.network_types
            .as_ref()
            .and_then(|w| w.supported_network_category.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SystemDiskCategories` (through its wrapper), empty when absent.
    pub fn system_disk_categories(&self) -> &[::yun_core::Text] {
        self.system_disk_categories
            .as_ref()
            .and_then(|w| w.supported_system_disk_category.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ResourcesInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResourcesInfo",
            &[
                ("data_disk_categories", d::opt(&self.data_disk_categories)),
                ("instance_generations", d::opt(&self.instance_generations)),
                (
                    "instance_type_families",
                    d::opt(&self.instance_type_families),
                ),
                ("instance_types", d::opt(&self.instance_types)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("network_types", d::opt(&self.network_types)),
                (
                    "system_disk_categories",
                    d::opt(&self.system_disk_categories),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResourcesInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DataDiskCategories",
            "InstanceGenerations",
            "InstanceTypeFamilies",
            "InstanceTypes",
            "IoOptimized",
            "NetworkTypes",
            "SystemDiskCategories",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = ResourcesInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data_disk_categories = r.decode()?,
                1 => out.instance_generations = r.decode()?,
                2 => out.instance_type_families = r.decode()?,
                3 => out.instance_types = r.decode()?,
                4 => out.io_optimized = r.decode()?,
                5 => out.network_types = r.decode()?,
                6 => out.system_disk_categories = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableResources` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResources {
    /// `ResourcesInfo`.
    #[serde(
        rename = "ResourcesInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resources_info: ::std::option::Option<::std::vec::Vec<ResourcesInfo>>,
}

impl ::std::fmt::Debug for AvailableResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableResources",
            &[("resources_info", d::opt(&self.resources_info))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ResourcesInfo"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.resources_info = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.AvailableVolumeCategories` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableVolumeCategories {
    /// `VolumeCategories`.
    #[serde(
        rename = "VolumeCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume_categories: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AvailableVolumeCategories {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableVolumeCategories",
            &[("volume_categories", d::opt(&self.volume_categories))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableVolumeCategories {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["VolumeCategories"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableVolumeCategories::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.volume_categories = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone.DedicatedHostGenerations` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostGenerations {
    /// `DedicatedHostGeneration`.
    #[serde(
        rename = "DedicatedHostGeneration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_generation: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for DedicatedHostGenerations {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostGenerations",
            &[(
                "dedicated_host_generation",
                d::opt(&self.dedicated_host_generation),
            )],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostGenerations {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostGeneration"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DedicatedHostGenerations::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_generation = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones.Zone` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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
    ///
    /// Example: `华东 1 可用区 G`.
    #[serde(
        rename = "LocalName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_name: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneType`.
    ///
    /// Example: `AvailabilityZone`.
    #[serde(
        rename = "ZoneType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_type: ::std::option::Option<::yun_core::Text>,
}

impl Zone {
    /// The items of `AvailableDedicatedHostTypes` (through its wrapper), empty when absent.
    pub fn available_dedicated_host_types(&self) -> &[::yun_core::Text] {
        self.available_dedicated_host_types
            .as_ref()
            .and_then(|w| w.dedicated_host_type.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `AvailableDiskCategories` (through its wrapper), empty when absent.
    pub fn available_disk_categories(&self) -> &[::yun_core::Text] {
        self.available_disk_categories
            .as_ref()
            .and_then(|w| w.disk_categories.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `AvailableInstanceTypes` (through its wrapper), empty when absent.
    pub fn available_instance_types(&self) -> &[::yun_core::Text] {
        self.available_instance_types
            .as_ref()
            .and_then(|w| w.instance_types.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `AvailableResourceCreation` (through its wrapper), empty when absent.
    pub fn available_resource_creation(&self) -> &[::yun_core::Text] {
        self.available_resource_creation
            .as_ref()
            .and_then(|w| w.resource_types.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `AvailableResources` (through its wrapper), empty when absent.
    pub fn available_resources(&self) -> &[ResourcesInfo] {
        self.available_resources
            .as_ref()
            .and_then(|w| w.resources_info.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `AvailableVolumeCategories` (through its wrapper), empty when absent.
    pub fn available_volume_categories(&self) -> &[::yun_core::Text] {
        self.available_volume_categories
            .as_ref()
            .and_then(|w| w.volume_categories.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `DedicatedHostGenerations` (through its wrapper), empty when absent.
    pub fn dedicated_host_generations(&self) -> &[::yun_core::Text] {
        self.dedicated_host_generations
            .as_ref()
            .and_then(|w| w.dedicated_host_generation.as_deref())
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
                (
                    "available_dedicated_host_types",
                    d::opt(&self.available_dedicated_host_types),
                ),
                (
                    "available_disk_categories",
                    d::opt(&self.available_disk_categories),
                ),
                (
                    "available_instance_types",
                    d::opt(&self.available_instance_types),
                ),
                (
                    "available_resource_creation",
                    d::opt(&self.available_resource_creation),
                ),
                ("available_resources", d::opt(&self.available_resources)),
                (
                    "available_volume_categories",
                    d::opt(&self.available_volume_categories),
                ),
                (
                    "dedicated_host_generations",
                    d::opt(&self.dedicated_host_generations),
                ),
                ("local_name", d::opt(&self.local_name)),
                ("zone_id", d::opt(&self.zone_id)),
                ("zone_type", d::opt(&self.zone_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Zone {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableDedicatedHostTypes",
            "AvailableDiskCategories",
            "AvailableInstanceTypes",
            "AvailableResourceCreation",
            "AvailableResources",
            "AvailableVolumeCategories",
            "DedicatedHostGenerations",
            "LocalName",
            "ZoneId",
            "ZoneType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = Zone::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_dedicated_host_types = r.decode()?,
                1 => out.available_disk_categories = r.decode()?,
                2 => out.available_instance_types = r.decode()?,
                3 => out.available_resource_creation = r.decode()?,
                4 => out.available_resources = r.decode()?,
                5 => out.available_volume_categories = r.decode()?,
                6 => out.dedicated_host_generations = r.decode()?,
                7 => out.local_name = r.decode()?,
                8 => out.zone_id = r.decode()?,
                9 => out.zone_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Zones` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Zones {
    /// `Zone`.
    #[serde(
        rename = "Zone",
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
        const NAMES: &[&str] = &["Zone"];
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

/// The response of [`Client::describe_zones`](crate::Client::describe_zones) (`DescribeZones`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeZonesResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Zones`.
    #[serde(
        rename = "Zones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zones: ::std::option::Option<Zones>,
}

impl DescribeZonesResponse {
    /// The items of `Zones` (through its wrapper), empty when absent.
    pub fn zones(&self) -> &[Zone] {
        self.zones
            .as_ref()
            .and_then(|w| w.zone.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeZonesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeZonesResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("zones", d::opt(&self.zones)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeZonesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "Zones"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeZonesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.zones = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
