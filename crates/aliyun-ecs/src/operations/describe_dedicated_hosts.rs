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
    };

/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
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

/// The request of [`Client::describe_dedicated_hosts`](crate::Client::describe_dedicated_hosts) (`DescribeDedicatedHosts`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeDedicatedHostsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDedicatedHostsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDedicatedHostsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDedicatedHostsRequest, A::Error> {
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
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                let mut m_dedicated_host_cluster_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_socket_details: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_next_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "DedicatedHostIds" => m_dedicated_host_ids = map.next_value()?,
                        "DedicatedHostName" => m_dedicated_host_name = map.next_value()?,
                        "Status" => m_status = map.next_value()?,
                        "DedicatedHostType" => m_dedicated_host_type = map.next_value()?,
                        "LockReason" => m_lock_reason = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "DedicatedHostClusterId" => {
                            m_dedicated_host_cluster_id = map.next_value()?;
                        }

                        "SocketDetails" => m_socket_details = map.next_value()?,
                        "NextToken" => m_next_token = map.next_value()?,
                        "MaxResults" => m_max_results = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDedicatedHostsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `DedicatedHosts.DedicatedHost.Capacity.SocketCapacities.SocketCapacity` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SocketCapacity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SocketCapacity;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SocketCapacity` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SocketCapacity, A::Error> {
                let mut out = SocketCapacity::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableMemory" => out.available_memory = map.next_value()?,
                        "AvailableVcpu" => out.available_vcpu = map.next_value()?,
                        "SocketId" => out.socket_id = map.next_value()?,
                        "TotalMemory" => out.total_memory = map.next_value()?,
                        "TotalVcpu" => out.total_vcpu = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.Capacity.SocketCapacities` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SocketCapacities {
    /// `SocketCapacity`.
    #[serde(
        rename = "SocketCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socket_capacity: ::std::option::Option<::std::vec::Vec<SocketCapacity>>,
}

impl<'de> ::serde::Deserialize<'de> for SocketCapacities {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SocketCapacities;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SocketCapacities` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SocketCapacities, A::Error> {
                let mut out = SocketCapacities::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SocketCapacity" => out.socket_capacity = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.Capacity` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Capacity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Capacity;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Capacity` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Capacity, A::Error> {
                let mut out = Capacity::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableLocalStorage" => {
                            out.available_local_storage = map.next_value()?;
                        }

                        "AvailableMemory" => out.available_memory = map.next_value()?,
                        "AvailableVcpus" => out.available_vcpus = map.next_value()?,
                        "AvailableVgpus" => out.available_vgpus = map.next_value()?,
                        "LocalStorageCategory" => {
                            out.local_storage_category = map.next_value()?;
                        }

                        "SocketCapacities" => out.socket_capacities = map.next_value()?,
                        "TotalLocalStorage" => {
                            out.total_local_storage = map.next_value()?;
                        }

                        "TotalMemory" => out.total_memory = map.next_value()?,
                        "TotalVcpus" => out.total_vcpus = map.next_value()?,
                        "TotalVgpus" => out.total_vgpus = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.HostDetailInfo` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HostDetailInfo {
    /// `SerialNumber`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for HostDetailInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = HostDetailInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `HostDetailInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<HostDetailInfo, A::Error> {
                let mut out = HostDetailInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SerialNumber" => out.serial_number = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.Instances.Instance` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Instance {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Instance;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Instance` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Instance, A::Error> {
                let mut out = Instance::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InstanceOwnerId" => out.instance_owner_id = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "SocketId" => out.socket_id = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.Instances` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instances {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<::std::vec::Vec<Instance>>,
}

impl<'de> ::serde::Deserialize<'de> for Instances {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Instances;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Instances` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Instances, A::Error> {
                let mut out = Instances::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Instance" => out.instance = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.NetworkAttributes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for NetworkAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NetworkAttributes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NetworkAttributes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NetworkAttributes, A::Error> {
                let mut out = NetworkAttributes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SlbUdpTimeout" => out.slb_udp_timeout = map.next_value()?,
                        "UdpTimeout" => out.udp_timeout = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.OperationLocks.OperationLock` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationLock {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for OperationLock {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationLock;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationLock` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationLock, A::Error> {
                let mut out = OperationLock::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LockReason" => out.lock_reason = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.OperationLocks` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationLocks {
    /// `OperationLock`.
    #[serde(
        rename = "OperationLock",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_lock: ::std::option::Option<::std::vec::Vec<OperationLock>>,
}

impl<'de> ::serde::Deserialize<'de> for OperationLocks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationLocks;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationLocks` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationLocks, A::Error> {
                let mut out = OperationLocks::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OperationLock" => out.operation_lock = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.SupportedCustomInstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SupportedCustomInstanceTypeFamilies {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupportedCustomInstanceTypeFamilies;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupportedCustomInstanceTypeFamilies` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupportedCustomInstanceTypeFamilies, A::Error> {
                let mut out = SupportedCustomInstanceTypeFamilies::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SupportedCustomInstanceTypeFamily" => {
                            out.supported_custom_instance_type_family = map.next_value()?;
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

/// The `DedicatedHosts.DedicatedHost.SupportedInstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SupportedInstanceTypeFamilies {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupportedInstanceTypeFamilies;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupportedInstanceTypeFamilies` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupportedInstanceTypeFamilies, A::Error> {
                let mut out = SupportedInstanceTypeFamilies::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SupportedInstanceTypeFamily" => {
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

/// The `DedicatedHosts.DedicatedHost.SupportedInstanceTypesList` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SupportedInstanceTypesList {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupportedInstanceTypesList;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupportedInstanceTypesList` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupportedInstanceTypesList, A::Error> {
                let mut out = SupportedInstanceTypesList::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SupportedInstanceTypesList" => {
                            out.supported_instance_types_list = map.next_value()?;
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

/// The `DedicatedHosts.DedicatedHost.Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for TagsTag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TagsTag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TagsTag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TagsTag, A::Error> {
                let mut out = TagsTag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TagKey" => out.tag_key = map.next_value()?,
                        "TagValue" => out.tag_value = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost.Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
}

impl<'de> ::serde::Deserialize<'de> for Tags {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tags;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tags` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tags, A::Error> {
                let mut out = Tags::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Tag" => out.tag = map.next_value()?,
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

/// The `DedicatedHosts.DedicatedHost` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DedicatedHost {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHost;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHost` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHost, A::Error> {
                let mut out = DedicatedHost::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ActionOnMaintenance" => {
                            out.action_on_maintenance = map.next_value()?;
                        }

                        "AutoPlacement" => out.auto_placement = map.next_value()?,
                        "AutoReleaseTime" => out.auto_release_time = map.next_value()?,
                        "Capacity" => out.capacity = map.next_value()?,
                        "ChargeType" => out.charge_type = map.next_value()?,
                        "Cores" => out.cores = map.next_value()?,
                        "CpuOverCommitRatio" => {
                            out.cpu_over_commit_ratio = map.next_value()?;
                        }

                        "CreationTime" => out.creation_time = map.next_value()?,
                        "DedicatedHostClusterId" => {
                            out.dedicated_host_cluster_id = map.next_value()?;
                        }

                        "DedicatedHostId" => out.dedicated_host_id = map.next_value()?,
                        "DedicatedHostName" => {
                            out.dedicated_host_name = map.next_value()?;
                        }

                        "DedicatedHostOwnerId" => {
                            out.dedicated_host_owner_id = map.next_value()?;
                        }

                        "DedicatedHostType" => {
                            out.dedicated_host_type = map.next_value()?;
                        }

                        "Description" => out.description = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "GPUSpec" => out.gpu_spec = map.next_value()?,
                        "HostDetailInfo" => out.host_detail_info = map.next_value()?,
                        "Instances" => out.instances = map.next_value()?,
                        "MachineId" => out.machine_id = map.next_value()?,
                        "NetworkAttributes" => out.network_attributes = map.next_value()?,
                        "OperationLocks" => out.operation_locks = map.next_value()?,
                        "PhysicalGpus" => out.physical_gpus = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "SaleCycle" => out.sale_cycle = map.next_value()?,
                        "SchedulerOptions.ManagedPrivateSpaceId" => {
                            out.scheduler_options_managed_private_space_id = map.next_value()?;
                        }

                        "Sockets" => out.sockets = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "SupportedCustomInstanceTypeFamilies" => {
                            out.supported_custom_instance_type_families = map.next_value()?;
                        }

                        "SupportedInstanceTypeFamilies" => {
                            out.supported_instance_type_families = map.next_value()?;
                        }

                        "SupportedInstanceTypesList" => {
                            out.supported_instance_types_list = map.next_value()?;
                        }

                        "Tags" => out.tags = map.next_value()?,
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

/// The `DedicatedHosts` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHosts {
    /// `DedicatedHost`.
    #[serde(
        rename = "DedicatedHost",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host: ::std::option::Option<::std::vec::Vec<DedicatedHost>>,
}

impl<'de> ::serde::Deserialize<'de> for DedicatedHosts {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHosts;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHosts` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHosts, A::Error> {
                let mut out = DedicatedHosts::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHost" => out.dedicated_host = map.next_value()?,
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

/// The response of [`Client::describe_dedicated_hosts`](crate::Client::describe_dedicated_hosts) (`DescribeDedicatedHosts`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeDedicatedHostsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDedicatedHostsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDedicatedHostsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDedicatedHostsResponse, A::Error> {
                let mut out = DescribeDedicatedHostsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHosts" => out.dedicated_hosts = map.next_value()?,
                        "NextToken" => out.next_token = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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
