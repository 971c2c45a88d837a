//! `DescribeDedicatedHostTypes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHostTypes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDedicatedHostTypes",
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
                name: "DedicatedHostType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SupportedInstanceTypeFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_dedicated_host_types`](crate::Client::describe_dedicated_host_types) (`DescribeDedicatedHostTypes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostTypesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DedicatedHostType` (query).
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::string::String>,
    /// `SupportedInstanceTypeFamily` (query).
    #[serde(
        rename = "SupportedInstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type_family: ::std::option::Option<::std::string::String>,
}

impl DescribeDedicatedHostTypesRequest {
    /// A `DescribeDedicatedHostTypesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            dedicated_host_type: ::std::option::Option::None,
            supported_instance_type_family: ::std::option::Option::None,
        }
    }

    /// Sets `DedicatedHostType`.
    pub fn dedicated_host_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SupportedInstanceTypeFamily`.
    pub fn supported_instance_type_family(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.supported_instance_type_family = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeDedicatedHostTypesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDedicatedHostTypesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDedicatedHostTypesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDedicatedHostTypesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_dedicated_host_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_supported_instance_type_family: ::std::option::Option<
                    ::std::string::String,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "DedicatedHostType" => m_dedicated_host_type = map.next_value()?,
                        "SupportedInstanceTypeFamily" => {
                            m_supported_instance_type_family = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDedicatedHostTypesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    dedicated_host_type: m_dedicated_host_type,
                    supported_instance_type_family: m_supported_instance_type_family,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `DedicatedHostTypes.DedicatedHostType.SupportedInstanceTypeFamilies` object of the response.
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

/// The `DedicatedHostTypes.DedicatedHostType.SupportedInstanceTypesList` object of the response.
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

/// The `DedicatedHostTypes.DedicatedHostType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostType {
    /// `Cores`.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i64>,
    /// `CpuOverCommitRatioRange`.
    #[serde(
        rename = "CpuOverCommitRatioRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_over_commit_ratio_range: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostType`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::string::String>,
    /// `GPUSpec`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::std::string::String>,
    /// `LocalStorageAmount`.
    #[serde(
        rename = "LocalStorageAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_amount: ::std::option::Option<i64>,
    /// `LocalStorageCapacity`.
    #[serde(
        rename = "LocalStorageCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_capacity: ::std::option::Option<i64>,
    /// `LocalStorageCategory`.
    #[serde(
        rename = "LocalStorageCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_category: ::std::option::Option<::std::string::String>,
    /// `MemorySize`.
    #[serde(
        rename = "MemorySize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_size: ::std::option::Option<f64>,
    /// `PhysicalGpus`.
    #[serde(
        rename = "PhysicalGpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_gpus: ::std::option::Option<i64>,
    /// `Sockets`.
    #[serde(
        rename = "Sockets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sockets: ::std::option::Option<i64>,
    /// `SupportCpuOverCommitRatio`.
    #[serde(
        rename = "SupportCpuOverCommitRatio",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub support_cpu_over_commit_ratio: ::std::option::Option<bool>,
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

impl<'de> ::serde::Deserialize<'de> for DedicatedHostType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHostType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHostType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHostType, A::Error> {
                let mut out = DedicatedHostType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Cores" => out.cores = map.next_value()?,
                        "CpuOverCommitRatioRange" => {
                            out.cpu_over_commit_ratio_range = map.next_value()?;
                        }

                        "DedicatedHostType" => {
                            out.dedicated_host_type = map.next_value()?;
                        }

                        "GPUSpec" => out.gpu_spec = map.next_value()?,
                        "LocalStorageAmount" => {
                            out.local_storage_amount = map.next_value()?;
                        }

                        "LocalStorageCapacity" => {
                            out.local_storage_capacity = map.next_value()?;
                        }

                        "LocalStorageCategory" => {
                            out.local_storage_category = map.next_value()?;
                        }

                        "MemorySize" => out.memory_size = map.next_value()?,
                        "PhysicalGpus" => out.physical_gpus = map.next_value()?,
                        "Sockets" => out.sockets = map.next_value()?,
                        "SupportCpuOverCommitRatio" => {
                            out.support_cpu_over_commit_ratio = map.next_value()?;
                        }

                        "SupportedInstanceTypeFamilies" => {
                            out.supported_instance_type_families = map.next_value()?;
                        }

                        "SupportedInstanceTypesList" => {
                            out.supported_instance_types_list = map.next_value()?;
                        }

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

/// The `DedicatedHostTypes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostTypes {
    /// `DedicatedHostType`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::vec::Vec<DedicatedHostType>>,
}

impl<'de> ::serde::Deserialize<'de> for DedicatedHostTypes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHostTypes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHostTypes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHostTypes, A::Error> {
                let mut out = DedicatedHostTypes::default();
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

/// The response of [`Client::describe_dedicated_host_types`](crate::Client::describe_dedicated_host_types) (`DescribeDedicatedHostTypes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostTypesResponse {
    /// `DedicatedHostTypes`.
    #[serde(
        rename = "DedicatedHostTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_types: ::std::option::Option<DedicatedHostTypes>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeDedicatedHostTypesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDedicatedHostTypesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDedicatedHostTypesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDedicatedHostTypesResponse, A::Error> {
                let mut out = DescribeDedicatedHostTypesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostTypes" => {
                            out.dedicated_host_types = map.next_value()?;
                        }

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
