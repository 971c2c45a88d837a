//! `DescribeDedicatedHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHosts>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDedicatedHosts",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
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
                name: "DedicatedHostIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LockReason",
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
                name: "DedicatedHostClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SocketDetails",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// The request of [`Client::describe_dedicated_hosts`](crate::Client::describe_dedicated_hosts) (`DescribeDedicatedHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostIds` (query).
    #[serde(
        rename = "DedicatedHostIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_ids: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostName` (query).
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostType` (query).
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `DedicatedHostClusterId` (query).
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
    /// `SocketDetails` (query).
    #[serde(
        rename = "SocketDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_details: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
}
impl DescribeDedicatedHostsRequest {
    /// A `DescribeDedicatedHostsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            dedicated_host_ids: ::std::option::Option::None,
            dedicated_host_name: ::std::option::Option::None,
            status: ::std::option::Option::None,
            dedicated_host_type: ::std::option::Option::None,
            lock_reason: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            dedicated_host_cluster_id: ::std::option::Option::None,
            socket_details: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
        }
    }
    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `DedicatedHostIds`.
    pub fn dedicated_host_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_ids = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `DedicatedHostName`.
    pub fn dedicated_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `DedicatedHostType`.
    pub fn dedicated_host_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `LockReason`.
    pub fn lock_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.lock_reason = ::std::option::Option::Some(value.into());
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
    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DedicatedHostClusterId`.
    pub fn dedicated_host_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_cluster_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `SocketDetails`.
    pub fn socket_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.socket_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }
}
/// The `DedicatedHosts.DedicatedHost.Capacity.SocketCapacities.SocketCapacity` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SocketCapacity {
    /// `AvailableMemory`.
    #[serde(
        rename = "AvailableMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_memory: ::std::option::Option<f64>,
    /// `AvailableVcpu`.
    #[serde(
        rename = "AvailableVcpu",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_vcpu: ::std::option::Option<i64>,
    /// `SocketId`.
    #[serde(
        rename = "SocketId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_id: ::std::option::Option<i64>,
    /// `TotalMemory`.
    #[serde(
        rename = "TotalMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_memory: ::std::option::Option<f64>,
    /// `TotalVcpu`.
    #[serde(
        rename = "TotalVcpu",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_vcpu: ::std::option::Option<i64>,
}
/// The `DedicatedHosts.DedicatedHost.Capacity.SocketCapacities` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SocketCapacities {
    /// `SocketCapacity`.
    #[serde(
        rename = "SocketCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_capacity: ::std::option::Option<::std::vec::Vec<SocketCapacity>>,
}
/// The `DedicatedHosts.DedicatedHost.Capacity` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Capacity {
    /// `AvailableLocalStorage`.
    #[serde(
        rename = "AvailableLocalStorage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_local_storage: ::std::option::Option<i64>,
    /// `AvailableMemory`.
    #[serde(
        rename = "AvailableMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_memory: ::std::option::Option<f64>,
    /// `AvailableVcpus`.
    #[serde(
        rename = "AvailableVcpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_vcpus: ::std::option::Option<i64>,
    /// `AvailableVgpus`.
    #[serde(
        rename = "AvailableVgpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_vgpus: ::std::option::Option<i64>,
    /// `LocalStorageCategory`.
    #[serde(
        rename = "LocalStorageCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_category: ::std::option::Option<::std::string::String>,
    /// `SocketCapacities`.
    #[serde(
        rename = "SocketCapacities",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_capacities: ::std::option::Option<SocketCapacities>,
    /// `TotalLocalStorage`.
    #[serde(
        rename = "TotalLocalStorage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_local_storage: ::std::option::Option<i64>,
    /// `TotalMemory`.
    #[serde(
        rename = "TotalMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_memory: ::std::option::Option<f64>,
    /// `TotalVcpus`.
    #[serde(
        rename = "TotalVcpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_vcpus: ::std::option::Option<i64>,
    /// `TotalVgpus`.
    #[serde(
        rename = "TotalVgpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_vgpus: ::std::option::Option<i64>,
}
/// The `DedicatedHosts.DedicatedHost.HostDetailInfo` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct HostDetailInfo {
    /// `SerialNumber`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::std::string::String>,
}
/// The `DedicatedHosts.DedicatedHost.Instances.Instance` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Instance {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceOwnerId`.
    #[serde(
        rename = "InstanceOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_owner_id: ::std::option::Option<i64>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `SocketId`.
    #[serde(
        rename = "SocketId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_id: ::std::option::Option<::std::string::String>,
}
/// The `DedicatedHosts.DedicatedHost.Instances` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Instances {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<::std::vec::Vec<Instance>>,
}
/// The `DedicatedHosts.DedicatedHost.NetworkAttributes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkAttributes {
    /// `SlbUdpTimeout`.
    #[serde(
        rename = "SlbUdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slb_udp_timeout: ::std::option::Option<i64>,
    /// `UdpTimeout`.
    #[serde(
        rename = "UdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub udp_timeout: ::std::option::Option<i64>,
}
/// The `DedicatedHosts.DedicatedHost.OperationLocks.OperationLock` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OperationLock {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
}
/// The `DedicatedHosts.DedicatedHost.OperationLocks` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OperationLocks {
    /// `OperationLock`.
    #[serde(
        rename = "OperationLock",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_lock: ::std::option::Option<::std::vec::Vec<OperationLock>>,
}
/// The `DedicatedHosts.DedicatedHost.SupportedCustomInstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SupportedCustomInstanceTypeFamilies {
    /// `SupportedCustomInstanceTypeFamily`.
    #[serde(
        rename = "SupportedCustomInstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_custom_instance_type_family:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `DedicatedHosts.DedicatedHost.SupportedInstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SupportedInstanceTypeFamilies {
    /// `SupportedInstanceTypeFamily`.
    #[serde(
        rename = "SupportedInstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type_family:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `DedicatedHosts.DedicatedHost.SupportedInstanceTypesList` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SupportedInstanceTypesList {
    /// `SupportedInstanceTypesList`.
    #[serde(
        rename = "SupportedInstanceTypesList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_types_list:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `DedicatedHosts.DedicatedHost.Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagsTag {
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}
/// The `DedicatedHosts.DedicatedHost.Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
}
/// The `DedicatedHosts.DedicatedHost` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DedicatedHost {
    /// `ActionOnMaintenance`.
    #[serde(
        rename = "ActionOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_on_maintenance: ::std::option::Option<::std::string::String>,
    /// `AutoPlacement`.
    #[serde(
        rename = "AutoPlacement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_placement: ::std::option::Option<::std::string::String>,
    /// `AutoReleaseTime`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::std::string::String>,
    /// `Capacity`.
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<Capacity>,
    /// `ChargeType`.
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::std::string::String>,
    /// `Cores`.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i64>,
    /// `CpuOverCommitRatio`.
    #[serde(
        rename = "CpuOverCommitRatio",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_over_commit_ratio: ::std::option::Option<f64>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostClusterId`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostId`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostName`.
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostOwnerId`.
    #[serde(
        rename = "DedicatedHostOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_owner_id: ::std::option::Option<i64>,
    /// `DedicatedHostType`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `GPUSpec`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::std::string::String>,
    /// `HostDetailInfo`.
    #[serde(
        rename = "HostDetailInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_detail_info: ::std::option::Option<HostDetailInfo>,
    /// `Instances`.
    #[serde(
        rename = "Instances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<Instances>,
    /// `MachineId`.
    #[serde(
        rename = "MachineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub machine_id: ::std::option::Option<::std::string::String>,
    /// `NetworkAttributes`.
    #[serde(
        rename = "NetworkAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_attributes: ::std::option::Option<NetworkAttributes>,
    /// `OperationLocks`.
    #[serde(
        rename = "OperationLocks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_locks: ::std::option::Option<OperationLocks>,
    /// `PhysicalGpus`.
    #[serde(
        rename = "PhysicalGpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_gpus: ::std::option::Option<i64>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `SaleCycle`.
    #[serde(
        rename = "SaleCycle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sale_cycle: ::std::option::Option<::std::string::String>,
    /// `SchedulerOptions.ManagedPrivateSpaceId`.
    #[serde(
        rename = "SchedulerOptions.ManagedPrivateSpaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduler_options_managed_private_space_id: ::std::option::Option<::std::string::String>,
    /// `Sockets`.
    #[serde(
        rename = "Sockets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sockets: ::std::option::Option<i64>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `SupportedCustomInstanceTypeFamilies`.
    #[serde(
        rename = "SupportedCustomInstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_custom_instance_type_families:
        ::std::option::Option<SupportedCustomInstanceTypeFamilies>,
    /// `SupportedInstanceTypeFamilies`.
    #[serde(
        rename = "SupportedInstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type_families: ::std::option::Option<SupportedInstanceTypeFamilies>,
    /// `SupportedInstanceTypesList`.
    #[serde(
        rename = "SupportedInstanceTypesList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_types_list: ::std::option::Option<SupportedInstanceTypesList>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}
/// The `DedicatedHosts` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DedicatedHosts {
    /// `DedicatedHost`.
    #[serde(
        rename = "DedicatedHost",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host: ::std::option::Option<::std::vec::Vec<DedicatedHost>>,
}
/// The response of [`Client::describe_dedicated_hosts`](crate::Client::describe_dedicated_hosts) (`DescribeDedicatedHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostsResponse {
    /// `DedicatedHosts`.
    #[serde(
        rename = "DedicatedHosts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_hosts: ::std::option::Option<DedicatedHosts>,
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}
