//! `DescribeDedicatedHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHosts>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDedicatedHosts",
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
        nested_required: &[],
    };

/// The request of [`Client::describe_dedicated_hosts`](crate::Client::describe_dedicated_hosts) (`DescribeDedicatedHosts`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostIds` (query).
    ///
    /// Example: `["dh-bp165p6xk2tlw61e****", "dh-bp1f9vxmno7emy96****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "DedicatedHostIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_ids: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostName` (query).
    ///
    /// Example: `MyDDHTestName`.
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostType` (query).
    ///
    /// Example: `ddh.g5`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    ///
    /// Example: `financial`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
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
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-aek3b6jzp66****`.
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
    /// `DedicatedHostClusterId` (query).
    ///
    /// Example: `dc-bp12wlf6am0vz9v2****`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
    /// `SocketDetails` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "SocketDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_details: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    ///
    /// Example: `e71d8a535bd9cc11`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `10`.
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
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
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

impl ::std::fmt::Debug for DescribeDedicatedHostsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("dedicated_host_ids", d::opt(&self.dedicated_host_ids)),
                ("dedicated_host_name", d::opt(&self.dedicated_host_name)),
                ("status", d::opt(&self.status)),
                ("dedicated_host_type", d::opt(&self.dedicated_host_type)),
                ("lock_reason", d::opt(&self.lock_reason)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                (
                    "dedicated_host_cluster_id",
                    d::opt(&self.dedicated_host_cluster_id),
                ),
                ("socket_details", d::opt(&self.socket_details)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ZoneId",
            "DedicatedHostIds",
            "DedicatedHostName",
            "Status",
            "DedicatedHostType",
            "LockReason",
            "PageNumber",
            "PageSize",
            "ResourceGroupId",
            "Tag",
            "DedicatedHostClusterId",
            "SocketDetails",
            "NextToken",
            "MaxResults",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_lock_reason: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_dedicated_host_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_socket_details: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_zone_id = r.decode()?,
                2 => m_dedicated_host_ids = r.decode()?,
                3 => m_dedicated_host_name = r.decode()?,
                4 => m_status = r.decode()?,
                5 => m_dedicated_host_type = r.decode()?,
                6 => m_lock_reason = r.decode()?,
                7 => m_page_number = r.decode()?,
                8 => m_page_size = r.decode()?,
                9 => m_resource_group_id = r.decode()?,
                10 => m_tag = r.decode()?,
                11 => m_dedicated_host_cluster_id = r.decode()?,
                12 => m_socket_details = r.decode()?,
                13 => m_next_token = r.decode()?,
                14 => m_max_results = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDedicatedHostsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            dedicated_host_ids: m_dedicated_host_ids,
            dedicated_host_name: m_dedicated_host_name,
            status: m_status,
            dedicated_host_type: m_dedicated_host_type,
            lock_reason: m_lock_reason,
            page_number: m_page_number,
            page_size: m_page_size,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            dedicated_host_cluster_id: m_dedicated_host_cluster_id,
            socket_details: m_socket_details,
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}

/// The `DedicatedHosts.DedicatedHost.Capacity.SocketCapacities.SocketCapacity` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SocketCapacity {
    /// `AvailableMemory`.
    ///
    /// Example: `65`.
    #[serde(
        rename = "AvailableMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_memory: ::std::option::Option<f64>,
    /// `AvailableVcpu`.
    ///
    /// Example: `64`.
    #[serde(
        rename = "AvailableVcpu",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_vcpu: ::std::option::Option<i64>,
    /// `SocketId`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "SocketId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_id: ::std::option::Option<i64>,
    /// `TotalMemory`.
    ///
    /// Example: `128`.
    #[serde(
        rename = "TotalMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_memory: ::std::option::Option<f64>,
    /// `TotalVcpu`.
    ///
    /// Example: `128`.
    #[serde(
        rename = "TotalVcpu",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_vcpu: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for SocketCapacity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SocketCapacity",
            &[
                ("available_memory", d::opt(&self.available_memory)),
                ("available_vcpu", d::opt(&self.available_vcpu)),
                ("socket_id", d::opt(&self.socket_id)),
                ("total_memory", d::opt(&self.total_memory)),
                ("total_vcpu", d::opt(&self.total_vcpu)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SocketCapacity {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableMemory",
            "AvailableVcpu",
            "SocketId",
            "TotalMemory",
            "TotalVcpu",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = SocketCapacity::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_memory = r.decode()?,
                1 => out.available_vcpu = r.decode()?,
                2 => out.socket_id = r.decode()?,
                3 => out.total_memory = r.decode()?,
                4 => out.total_vcpu = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.Capacity.SocketCapacities` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SocketCapacities {
    /// `SocketCapacity`.
    #[serde(
        rename = "SocketCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_capacity: ::std::option::Option<::std::vec::Vec<SocketCapacity>>,
}

impl ::std::fmt::Debug for SocketCapacities {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SocketCapacities",
            &[("socket_capacity", d::opt(&self.socket_capacity))],
        )
    }
}

impl ::yun_core::json::Decode for SocketCapacities {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SocketCapacity"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SocketCapacities::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.socket_capacity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.Capacity` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Capacity {
    /// `AvailableLocalStorage`.
    ///
    /// Example: `65`.
    #[serde(
        rename = "AvailableLocalStorage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_local_storage: ::std::option::Option<i64>,
    /// `AvailableMemory`.
    ///
    /// Example: `25`.
    #[serde(
        rename = "AvailableMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_memory: ::std::option::Option<f64>,
    /// `AvailableVcpus`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "AvailableVcpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_vcpus: ::std::option::Option<i64>,
    /// `AvailableVgpus`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "AvailableVgpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_vgpus: ::std::option::Option<i64>,
    /// `LocalStorageCategory`.
    ///
    /// Example: `i2`.
    #[serde(
        rename = "LocalStorageCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_category: ::std::option::Option<::yun_core::Text>,
    /// `SocketCapacities`.
    #[serde(
        rename = "SocketCapacities",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_capacities: ::std::option::Option<SocketCapacities>,
    /// `TotalLocalStorage`.
    ///
    /// Example: `512`.
    #[serde(
        rename = "TotalLocalStorage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_local_storage: ::std::option::Option<i64>,
    /// `TotalMemory`.
    ///
    /// Example: `1024`.
    #[serde(
        rename = "TotalMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_memory: ::std::option::Option<f64>,
    /// `TotalVcpus`.
    ///
    /// Example: `56`.
    #[serde(
        rename = "TotalVcpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_vcpus: ::std::option::Option<i64>,
    /// `TotalVgpus`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "TotalVgpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_vgpus: ::std::option::Option<i64>,
}

impl Capacity {
    /// The items of `SocketCapacities` (through its wrapper), empty when absent.
    pub fn socket_capacities(&self) -> &[SocketCapacity] {
        self.socket_capacities
            .as_ref()
            .and_then(|w| w.socket_capacity.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Capacity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Capacity",
            &[
                (
                    "available_local_storage",
                    d::opt(&self.available_local_storage),
                ),
                ("available_memory", d::opt(&self.available_memory)),
                ("available_vcpus", d::opt(&self.available_vcpus)),
                ("available_vgpus", d::opt(&self.available_vgpus)),
                (
                    "local_storage_category",
                    d::opt(&self.local_storage_category),
                ),
                ("socket_capacities", d::opt(&self.socket_capacities)),
                ("total_local_storage", d::opt(&self.total_local_storage)),
                ("total_memory", d::opt(&self.total_memory)),
                ("total_vcpus", d::opt(&self.total_vcpus)),
                ("total_vgpus", d::opt(&self.total_vgpus)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Capacity {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableLocalStorage",
            "AvailableMemory",
            "AvailableVcpus",
            "AvailableVgpus",
            "LocalStorageCategory",
            "SocketCapacities",
            "TotalLocalStorage",
            "TotalMemory",
            "TotalVcpus",
            "TotalVgpus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = Capacity::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_local_storage = r.decode()?,
                1 => out.available_memory = r.decode()?,
                2 => out.available_vcpus = r.decode()?,
                3 => out.available_vgpus = r.decode()?,
                4 => out.local_storage_category = r.decode()?,
                5 => out.socket_capacities = r.decode()?,
                6 => out.total_local_storage = r.decode()?,
                7 => out.total_memory = r.decode()?,
                8 => out.total_vcpus = r.decode()?,
                9 => out.total_vgpus = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.HostDetailInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HostDetailInfo {
    /// `SerialNumber`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for HostDetailInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HostDetailInfo",
            &[("serial_number", d::opt(&self.serial_number))],
        )
    }
}

impl ::yun_core::json::Decode for HostDetailInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SerialNumber"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = HostDetailInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.serial_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.Instances.Instance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `InstanceId`.
    ///
    /// Example: `i-bp14ot0ykf8w13a1****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceOwnerId`.
    #[serde(
        rename = "InstanceOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_owner_id: ::std::option::Option<i64>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `SocketId`.
    ///
    /// Example: `0,1`.
    #[serde(
        rename = "SocketId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Instance",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_owner_id", d::opt(&self.instance_owner_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("socket_id", d::opt(&self.socket_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Instance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "InstanceOwnerId", "InstanceType", "SocketId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Instance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.instance_owner_id = r.decode()?,
                2 => out.instance_type = r.decode()?,
                3 => out.socket_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.Instances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instances {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<::std::vec::Vec<Instance>>,
}

impl ::std::fmt::Debug for Instances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Instances", &[("instance", d::opt(&self.instance))])
    }
}

impl ::yun_core::json::Decode for Instances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Instance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Instances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.NetworkAttributes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkAttributes {
    /// `SlbUdpTimeout`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "SlbUdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slb_udp_timeout: ::std::option::Option<i64>,
    /// `UdpTimeout`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "UdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub udp_timeout: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for NetworkAttributes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkAttributes",
            &[
                ("slb_udp_timeout", d::opt(&self.slb_udp_timeout)),
                ("udp_timeout", d::opt(&self.udp_timeout)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NetworkAttributes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SlbUdpTimeout", "UdpTimeout"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = NetworkAttributes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.slb_udp_timeout = r.decode()?,
                1 => out.udp_timeout = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.SupportedCustomInstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedCustomInstanceTypeFamilies {
    /// `SupportedCustomInstanceTypeFamily`.
    #[serde(
        rename = "SupportedCustomInstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_custom_instance_type_family:
        ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for SupportedCustomInstanceTypeFamilies {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupportedCustomInstanceTypeFamilies",
            &[(
                "supported_custom_instance_type_family",
                d::opt(&self.supported_custom_instance_type_family),
            )],
        )
    }
}

impl ::yun_core::json::Decode for SupportedCustomInstanceTypeFamilies {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportedCustomInstanceTypeFamily"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SupportedCustomInstanceTypeFamilies::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_custom_instance_type_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHost {
    /// `ActionOnMaintenance`.
    ///
    /// Example: `Migrate`.
    #[serde(
        rename = "ActionOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_on_maintenance: ::std::option::Option<::yun_core::Text>,
    /// `AutoPlacement`.
    ///
    /// Example: `on`.
    #[serde(
        rename = "AutoPlacement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_placement: ::std::option::Option<::yun_core::Text>,
    /// `AutoReleaseTime`.
    ///
    /// Example: `2017-01-01T12:00Z`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::yun_core::Text>,
    /// `Capacity`.
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<Capacity>,
    /// `ChargeType`.
    ///
    /// Example: `Prepaid`.
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::yun_core::Text>,
    /// `Cores`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i64>,
    /// `CpuOverCommitRatio`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "CpuOverCommitRatio",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_over_commit_ratio: ::std::option::Option<f64>,
    /// `CreationTime`.
    ///
    /// Example: `2018-01-01T12:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostClusterId`.
    ///
    /// Example: `dc-bp12wlf6am0vz9v2****`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostId`.
    ///
    /// Example: `dh-bp165p6xk2tlw61e****`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostName`.
    ///
    /// Example: `MyDDHTestName`.
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostOwnerId`.
    #[serde(
        rename = "DedicatedHostOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_owner_id: ::std::option::Option<i64>,
    /// `DedicatedHostType`.
    ///
    /// Example: `ddh.g5`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `this-is-my-DDH`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    ///
    /// Example: `2019-01-01T12:00Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `GPUSpec`.
    ///
    /// Example: `gpu`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::yun_core::Text>,
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
    ///
    /// Example: `12aaa123456ff19dec12345d3026e****`.
    #[serde(
        rename = "MachineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub machine_id: ::std::option::Option<::yun_core::Text>,
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
    pub operation_locks: ::std::option::Option<crate::models::OperationLocks>,
    /// `PhysicalGpus`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PhysicalGpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_gpus: ::std::option::Option<i64>,
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
    /// Example: `rg-aek3b6jzp66****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SaleCycle`.
    ///
    /// Example: `Month`.
    #[serde(
        rename = "SaleCycle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sale_cycle: ::std::option::Option<::yun_core::Text>,
    /// `SchedulerOptions.ManagedPrivateSpaceId`.
    ///
    /// Example: `mps-iq81z6pkbqjx61php46e`.
    #[serde(
        rename = "SchedulerOptions.ManagedPrivateSpaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduler_options_managed_private_space_id: ::std::option::Option<::yun_core::Text>,
    /// `Sockets`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "Sockets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sockets: ::std::option::Option<i64>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
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
    pub supported_instance_type_families:
        ::std::option::Option<crate::models::SupportedInstanceTypeFamilies>,
    /// `SupportedInstanceTypesList`.
    #[serde(
        rename = "SupportedInstanceTypesList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_types_list:
        ::std::option::Option<crate::models::SupportedInstanceTypesList>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl DedicatedHost {
    /// The items of `Instances` (through its wrapper), empty when absent.
    pub fn instances(&self) -> &[Instance] {
        self.instances
            .as_ref()
            .and_then(|w| w.instance.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `OperationLocks` (through its wrapper), empty when absent.
    pub fn operation_locks(&self) -> &[crate::models::OperationLock] {
        self.operation_locks
            .as_ref()
            .and_then(|w| w.operation_lock.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SupportedCustomInstanceTypeFamilies` (through its wrapper), empty when absent.
    pub fn supported_custom_instance_type_families(&self) -> &[::yun_core::Text] {
        self.supported_custom_instance_type_families
            .as_ref()
            .and_then(|w| w.supported_custom_instance_type_family.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SupportedInstanceTypeFamilies` (through its wrapper), empty when absent.
    pub fn supported_instance_type_families(&self) -> &[::yun_core::Text] {
        self.supported_instance_type_families
            .as_ref()
            .and_then(|w| w.supported_instance_type_family.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SupportedInstanceTypesList` (through its wrapper), empty when absent.
    pub fn supported_instance_types_list(&self) -> &[::yun_core::Text] {
        self.supported_instance_types_list
            .as_ref()
            .and_then(|w| w.supported_instance_types_list.as_deref())
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

impl ::std::fmt::Debug for DedicatedHost {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHost",
            &[
                ("action_on_maintenance", d::opt(&self.action_on_maintenance)),
                ("auto_placement", d::opt(&self.auto_placement)),
                ("auto_release_time", d::opt(&self.auto_release_time)),
                ("capacity", d::opt(&self.capacity)),
                ("charge_type", d::opt(&self.charge_type)),
                ("cores", d::opt(&self.cores)),
                ("cpu_over_commit_ratio", d::opt(&self.cpu_over_commit_ratio)),
                ("creation_time", d::opt(&self.creation_time)),
                (
                    "dedicated_host_cluster_id",
                    d::opt(&self.dedicated_host_cluster_id),
                ),
                ("dedicated_host_id", d::opt(&self.dedicated_host_id)),
                ("dedicated_host_name", d::opt(&self.dedicated_host_name)),
                (
                    "dedicated_host_owner_id",
                    d::opt(&self.dedicated_host_owner_id),
                ),
                ("dedicated_host_type", d::opt(&self.dedicated_host_type)),
                ("description", d::opt(&self.description)),
                ("expired_time", d::opt(&self.expired_time)),
                ("gpu_spec", d::opt(&self.gpu_spec)),
                ("host_detail_info", d::opt(&self.host_detail_info)),
                ("instances", d::opt(&self.instances)),
                ("machine_id", d::opt(&self.machine_id)),
                ("network_attributes", d::opt(&self.network_attributes)),
                ("operation_locks", d::opt(&self.operation_locks)),
                ("physical_gpus", d::opt(&self.physical_gpus)),
                ("region_id", d::opt(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("sale_cycle", d::opt(&self.sale_cycle)),
                (
                    "scheduler_options_managed_private_space_id",
                    d::opt(&self.scheduler_options_managed_private_space_id),
                ),
                ("sockets", d::opt(&self.sockets)),
                ("status", d::opt(&self.status)),
                (
                    "supported_custom_instance_type_families",
                    d::opt(&self.supported_custom_instance_type_families),
                ),
                (
                    "supported_instance_type_families",
                    d::opt(&self.supported_instance_type_families),
                ),
                (
                    "supported_instance_types_list",
                    d::opt(&self.supported_instance_types_list),
                ),
                ("tags", d::opt(&self.tags)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHost {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActionOnMaintenance",
            "AutoPlacement",
            "AutoReleaseTime",
            "Capacity",
            "ChargeType",
            "Cores",
            "CpuOverCommitRatio",
            "CreationTime",
            "DedicatedHostClusterId",
            "DedicatedHostId",
            "DedicatedHostName",
            "DedicatedHostOwnerId",
            "DedicatedHostType",
            "Description",
            "ExpiredTime",
            "GPUSpec",
            "HostDetailInfo",
            "Instances",
            "MachineId",
            "NetworkAttributes",
            "OperationLocks",
            "PhysicalGpus",
            "RegionId",
            "ResourceGroupId",
            "SaleCycle",
            "SchedulerOptions.ManagedPrivateSpaceId",
            "Sockets",
            "Status",
            "SupportedCustomInstanceTypeFamilies",
            "SupportedInstanceTypeFamilies",
            "SupportedInstanceTypesList",
            "Tags",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 34] = ::yun_core::json::member_order();
        let mut out = DedicatedHost::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.action_on_maintenance = r.decode()?,
                1 => out.auto_placement = r.decode()?,
                2 => out.auto_release_time = r.decode()?,
                3 => out.capacity = r.decode()?,
                4 => out.charge_type = r.decode()?,
                5 => out.cores = r.decode()?,
                6 => out.cpu_over_commit_ratio = r.decode()?,
                7 => out.creation_time = r.decode()?,
                8 => out.dedicated_host_cluster_id = r.decode()?,
                9 => out.dedicated_host_id = r.decode()?,
                10 => out.dedicated_host_name = r.decode()?,
                11 => out.dedicated_host_owner_id = r.decode()?,
                12 => out.dedicated_host_type = r.decode()?,
                13 => out.description = r.decode()?,
                14 => out.expired_time = r.decode()?,
                15 => out.gpu_spec = r.decode()?,
                16 => out.host_detail_info = r.decode()?,
                17 => out.instances = r.decode()?,
                18 => out.machine_id = r.decode()?,
                19 => out.network_attributes = r.decode()?,
                20 => out.operation_locks = r.decode()?,
                21 => out.physical_gpus = r.decode()?,
                22 => out.region_id = r.decode()?,
                23 => out.resource_group_id = r.decode()?,
                24 => out.sale_cycle = r.decode()?,
                25 => out.scheduler_options_managed_private_space_id = r.decode()?,
                26 => out.sockets = r.decode()?,
                27 => out.status = r.decode()?,
                28 => out.supported_custom_instance_type_families = r.decode()?,
                29 => out.supported_instance_type_families = r.decode()?,
                30 => out.supported_instance_types_list = r.decode()?,
                31 => out.tags = r.decode()?,
                32 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHosts {
    /// `DedicatedHost`.
    #[serde(
        rename = "DedicatedHost",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host: ::std::option::Option<::std::vec::Vec<DedicatedHost>>,
}

impl ::std::fmt::Debug for DedicatedHosts {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHosts",
            &[("dedicated_host", d::opt(&self.dedicated_host))],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHosts {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHost"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DedicatedHosts::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_dedicated_hosts`](crate::Client::describe_dedicated_hosts) (`DescribeDedicatedHosts`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostsResponse {
    /// `DedicatedHosts`.
    #[serde(
        rename = "DedicatedHosts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_hosts: ::std::option::Option<DedicatedHosts>,
    /// `NextToken`.
    ///
    /// Example: `e71d8a535bd9cc11`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `PageNumber`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `7654525A-9964-4ABB-8BCD-98F8835E809A`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeDedicatedHostsResponse {
    /// The items of `DedicatedHosts` (through its wrapper), empty when absent.
    pub fn dedicated_hosts(&self) -> &[DedicatedHost] {
        self.dedicated_hosts
            .as_ref()
            .and_then(|w| w.dedicated_host.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDedicatedHostsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostsResponse",
            &[
                ("dedicated_hosts", d::opt(&self.dedicated_hosts)),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedHosts",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeDedicatedHostsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_hosts = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.page_number = r.decode()?,
                3 => out.page_size = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeDedicatedHostsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDedicatedHosts` pages (by `NextToken`), for [`Client::describe_dedicated_hosts_paginator`](crate::Client::describe_dedicated_hosts_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDedicatedHostsRequest {
    type Response = DescribeDedicatedHostsResponse;
    type Item = DedicatedHost;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribeDedicatedHostsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeDedicatedHostsResponse) -> usize {
        page.dedicated_hosts
            .as_ref()
            .and_then(|x| x.dedicated_host.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeDedicatedHostsResponse) -> ::std::vec::Vec<DedicatedHost> {
        page.dedicated_hosts
            .and_then(|x| x.dedicated_host)
            .unwrap_or_default()
    }
}
