//! `DescribeDedicatedHostClusters`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHostClusters>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDedicatedHostClusters",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LockReason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
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
                name: "DedicatedHostClusterIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostClusterName",
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

/// The request of [`Client::describe_dedicated_host_clusters`](crate::Client::describe_dedicated_host_clusters) (`DescribeDedicatedHostClusters`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostClustersRequest {
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
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
    /// `DedicatedHostClusterIds` (query).
    ///
    /// Example: `["dc-bp12wlf6am0vz9v2****", "dc-bp12wlf6am0vz9v3****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "DedicatedHostClusterIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_ids: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostClusterName` (query).
    ///
    /// Example: `myDDHCluster`.
    #[serde(
        rename = "DedicatedHostClusterName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_name: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeDedicatedHostClustersRequest {
    /// A `DescribeDedicatedHostClustersRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            status: ::std::option::Option::None,
            lock_reason: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            dedicated_host_cluster_ids: ::std::option::Option::None,
            dedicated_host_cluster_name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LockReason`.
    pub fn lock_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.lock_reason = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedHostClusterIds`.
    pub fn dedicated_host_cluster_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_cluster_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedHostClusterName`.
    pub fn dedicated_host_cluster_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_cluster_name = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeDedicatedHostClustersRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostClustersRequest",
            &[
                ("status", d::opt(&self.status)),
                ("lock_reason", d::opt(&self.lock_reason)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                (
                    "dedicated_host_cluster_ids",
                    d::opt(&self.dedicated_host_cluster_ids),
                ),
                (
                    "dedicated_host_cluster_name",
                    d::opt(&self.dedicated_host_cluster_name),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostClustersRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Status",
            "LockReason",
            "ResourceGroupId",
            "Tag",
            "RegionId",
            "ZoneId",
            "DedicatedHostClusterIds",
            "DedicatedHostClusterName",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_lock_reason: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_cluster_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_cluster_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_status = r.decode()?,
                1 => m_lock_reason = r.decode()?,
                2 => m_resource_group_id = r.decode()?,
                3 => m_tag = r.decode()?,
                4 => m_region_id = r.decode()?,
                5 => m_zone_id = r.decode()?,
                6 => m_dedicated_host_cluster_ids = r.decode()?,
                7 => m_dedicated_host_cluster_name = r.decode()?,
                8 => m_page_number = r.decode()?,
                9 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDedicatedHostClustersRequest {
            status: m_status,
            lock_reason: m_lock_reason,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            dedicated_host_cluster_ids: m_dedicated_host_cluster_ids,
            dedicated_host_cluster_name: m_dedicated_host_cluster_name,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `DedicatedHostClusters.DedicatedHostCluster.DedicatedHostClusterCapacity.AvailableInstanceTypes.AvailableInstanceType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableInstanceType {
    /// `AvailableInstanceCapacity`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "AvailableInstanceCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_instance_capacity: ::std::option::Option<i64>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.c6.26xlarge`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AvailableInstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableInstanceType",
            &[
                (
                    "available_instance_capacity",
                    d::opt(&self.available_instance_capacity),
                ),
                ("instance_type", d::opt(&self.instance_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AvailableInstanceType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableInstanceCapacity", "InstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AvailableInstanceType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_instance_capacity = r.decode()?,
                1 => out.instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostClusters.DedicatedHostCluster.DedicatedHostClusterCapacity.AvailableInstanceTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableInstanceTypes {
    /// `AvailableInstanceType`.
    #[serde(
        rename = "AvailableInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_instance_type: ::std::option::Option<::std::vec::Vec<AvailableInstanceType>>,
}

impl ::std::fmt::Debug for AvailableInstanceTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableInstanceTypes",
            &[(
                "available_instance_type",
                d::opt(&self.available_instance_type),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AvailableInstanceTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableInstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableInstanceTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostClusters.DedicatedHostCluster.DedicatedHostClusterCapacity.LocalStorageCapacities.LocalStorageCapacity` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LocalStorageCapacity {
    /// `AvailableDisk`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "AvailableDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_disk: ::std::option::Option<i64>,
    /// `DataDiskCategory`.
    ///
    /// Example: `cloud`.
    #[serde(
        rename = "DataDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_category: ::std::option::Option<::yun_core::Text>,
    /// `TotalDisk`.
    ///
    /// Example: `40`.
    #[serde(
        rename = "TotalDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_disk: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for LocalStorageCapacity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LocalStorageCapacity",
            &[
                ("available_disk", d::opt(&self.available_disk)),
                ("data_disk_category", d::opt(&self.data_disk_category)),
                ("total_disk", d::opt(&self.total_disk)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LocalStorageCapacity {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableDisk", "DataDiskCategory", "TotalDisk"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = LocalStorageCapacity::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_disk = r.decode()?,
                1 => out.data_disk_category = r.decode()?,
                2 => out.total_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostClusters.DedicatedHostCluster.DedicatedHostClusterCapacity.LocalStorageCapacities` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LocalStorageCapacities {
    /// `LocalStorageCapacity`.
    #[serde(
        rename = "LocalStorageCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_capacity: ::std::option::Option<::std::vec::Vec<LocalStorageCapacity>>,
}

impl ::std::fmt::Debug for LocalStorageCapacities {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LocalStorageCapacities",
            &[(
                "local_storage_capacity",
                d::opt(&self.local_storage_capacity),
            )],
        )
    }
}

impl ::yun_core::json::Decode for LocalStorageCapacities {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LocalStorageCapacity"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LocalStorageCapacities::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.local_storage_capacity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostClusters.DedicatedHostCluster.DedicatedHostClusterCapacity` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostClusterCapacity {
    /// `AvailableInstanceTypes`.
    #[serde(
        rename = "AvailableInstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_instance_types: ::std::option::Option<AvailableInstanceTypes>,
    /// `AvailableMemory`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "AvailableMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_memory: ::std::option::Option<i64>,
    /// `AvailableVcpus`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "AvailableVcpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_vcpus: ::std::option::Option<i64>,
    /// `LocalStorageCapacities`.
    #[serde(
        rename = "LocalStorageCapacities",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_capacities: ::std::option::Option<LocalStorageCapacities>,
    /// `TotalMemory`.
    ///
    /// Example: `8`.
    #[serde(
        rename = "TotalMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_memory: ::std::option::Option<i64>,
    /// `TotalVcpus`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "TotalVcpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_vcpus: ::std::option::Option<i64>,
}

impl DedicatedHostClusterCapacity {
    /// The items of `AvailableInstanceTypes` (through its wrapper), empty when absent.
    pub fn available_instance_types(&self) -> &[AvailableInstanceType] {
        self.available_instance_types
            .as_ref()
            .and_then(|w| w.available_instance_type.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `LocalStorageCapacities` (through its wrapper), empty when absent.
    pub fn local_storage_capacities(&self) -> &[LocalStorageCapacity] {
        self.local_storage_capacities
            .as_ref()
            .and_then(|w| w.local_storage_capacity.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DedicatedHostClusterCapacity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostClusterCapacity",
            &[
                (
                    "available_instance_types",
                    d::opt(&self.available_instance_types),
                ),
                ("available_memory", d::opt(&self.available_memory)),
                ("available_vcpus", d::opt(&self.available_vcpus)),
                (
                    "local_storage_capacities",
                    d::opt(&self.local_storage_capacities),
                ),
                ("total_memory", d::opt(&self.total_memory)),
                ("total_vcpus", d::opt(&self.total_vcpus)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostClusterCapacity {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableInstanceTypes",
            "AvailableMemory",
            "AvailableVcpus",
            "LocalStorageCapacities",
            "TotalMemory",
            "TotalVcpus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DedicatedHostClusterCapacity::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_instance_types = r.decode()?,
                1 => out.available_memory = r.decode()?,
                2 => out.available_vcpus = r.decode()?,
                3 => out.local_storage_capacities = r.decode()?,
                4 => out.total_memory = r.decode()?,
                5 => out.total_vcpus = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostClusters.DedicatedHostCluster` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostCluster {
    /// `DedicatedHostClusterCapacity`.
    #[serde(
        rename = "DedicatedHostClusterCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_capacity: ::std::option::Option<DedicatedHostClusterCapacity>,
    /// `DedicatedHostClusterId`.
    ///
    /// Example: `dc-bp12wlf6am0vz9v2****`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostClusterName`.
    ///
    /// Example: `myDDHCluster`.
    #[serde(
        rename = "DedicatedHostClusterName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_name: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostIds`.
    #[serde(
        rename = "DedicatedHostIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_ids: ::std::option::Option<crate::models::DedicatedHostIdSets>,
    /// `Description`.
    ///
    /// Example: `This-is-my-DDHCluster`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-f`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl DedicatedHostCluster {
    /// The items of `DedicatedHostIds` (through its wrapper), empty when absent.
    pub fn dedicated_host_ids(&self) -> &[::yun_core::Text] {
        self.dedicated_host_ids
            .as_ref()
            .and_then(|w| w.dedicated_host_id.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DedicatedHostCluster {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostCluster",
            &[
                (
                    "dedicated_host_cluster_capacity",
                    d::opt(&self.dedicated_host_cluster_capacity),
                ),
                (
                    "dedicated_host_cluster_id",
                    d::opt(&self.dedicated_host_cluster_id),
                ),
                (
                    "dedicated_host_cluster_name",
                    d::opt(&self.dedicated_host_cluster_name),
                ),
                ("dedicated_host_ids", d::opt(&self.dedicated_host_ids)),
                ("description", d::opt(&self.description)),
                ("region_id", d::opt(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tags", d::opt(&self.tags)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostCluster {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedHostClusterCapacity",
            "DedicatedHostClusterId",
            "DedicatedHostClusterName",
            "DedicatedHostIds",
            "Description",
            "RegionId",
            "ResourceGroupId",
            "Tags",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = DedicatedHostCluster::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_cluster_capacity = r.decode()?,
                1 => out.dedicated_host_cluster_id = r.decode()?,
                2 => out.dedicated_host_cluster_name = r.decode()?,
                3 => out.dedicated_host_ids = r.decode()?,
                4 => out.description = r.decode()?,
                5 => out.region_id = r.decode()?,
                6 => out.resource_group_id = r.decode()?,
                7 => out.tags = r.decode()?,
                8 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostClusters` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostClusters {
    /// `DedicatedHostCluster`.
    #[serde(
        rename = "DedicatedHostCluster",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster: ::std::option::Option<::std::vec::Vec<DedicatedHostCluster>>,
}

impl ::std::fmt::Debug for DedicatedHostClusters {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostClusters",
            &[(
                "dedicated_host_cluster",
                d::opt(&self.dedicated_host_cluster),
            )],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostClusters {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostCluster"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DedicatedHostClusters::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_cluster = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_dedicated_host_clusters`](crate::Client::describe_dedicated_host_clusters) (`DescribeDedicatedHostClusters`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostClustersResponse {
    /// `DedicatedHostClusters`.
    #[serde(
        rename = "DedicatedHostClusters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_clusters: ::std::option::Option<DedicatedHostClusters>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `214A2187-B06F-4E49-A081-4D053466A8C7`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeDedicatedHostClustersResponse {
    /// The items of `DedicatedHostClusters` (through its wrapper), empty when absent.
    pub fn dedicated_host_clusters(&self) -> &[DedicatedHostCluster] {
        self.dedicated_host_clusters
            .as_ref()
            .and_then(|w| w.dedicated_host_cluster.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDedicatedHostClustersResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostClustersResponse",
            &[
                (
                    "dedicated_host_clusters",
                    d::opt(&self.dedicated_host_clusters),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostClustersResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedHostClusters",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeDedicatedHostClustersResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_clusters = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeDedicatedHostClustersRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDedicatedHostClusters` pages (by `PageNumber`), for [`Client::describe_dedicated_host_clusters_paginator`](crate::Client::describe_dedicated_host_clusters_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDedicatedHostClustersRequest {
    type Response = DescribeDedicatedHostClustersResponse;
    type Item = DedicatedHostCluster;
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

    fn total_count(page: &DescribeDedicatedHostClustersResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeDedicatedHostClustersResponse) -> usize {
        page.dedicated_host_clusters
            .as_ref()
            .and_then(|x| x.dedicated_host_cluster.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeDedicatedHostClustersResponse,
    ) -> ::std::vec::Vec<DedicatedHostCluster> {
        page.dedicated_host_clusters
            .and_then(|x| x.dedicated_host_cluster)
            .unwrap_or_default()
    }
}
