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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_dedicated_host_types`](crate::Client::describe_dedicated_host_types) (`DescribeDedicatedHostTypes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostTypesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DedicatedHostType` (query).
    ///
    /// Example: `ddh.sn1ne`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::string::String>,
    /// `SupportedInstanceTypeFamily` (query).
    ///
    /// Example: `ecs.sn1ne`.
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

impl ::std::fmt::Debug for DescribeDedicatedHostTypesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostTypesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("dedicated_host_type", d::opt(&self.dedicated_host_type)),
                (
                    "supported_instance_type_family",
                    d::opt(&self.supported_instance_type_family),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostTypesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "DedicatedHostType",
            "SupportedInstanceTypeFamily",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_supported_instance_type_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_dedicated_host_type = r.decode()?,
                2 => m_supported_instance_type_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDedicatedHostTypesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            dedicated_host_type: m_dedicated_host_type,
            supported_instance_type_family: m_supported_instance_type_family,
        })
    }
}

/// The `DedicatedHostTypes.DedicatedHostType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostType {
    /// `Cores`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i64>,
    /// `CpuOverCommitRatioRange`.
    ///
    /// Example: `1-5`.
    #[serde(
        rename = "CpuOverCommitRatioRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_over_commit_ratio_range: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostType`.
    ///
    /// Example: `ddh.sn1ne`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::yun_core::Text>,
    /// `GPUSpec`.
    ///
    /// Example: `NVIDIA P100`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::yun_core::Text>,
    /// `LocalStorageAmount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "LocalStorageAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_amount: ::std::option::Option<i64>,
    /// `LocalStorageCapacity`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "LocalStorageCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_capacity: ::std::option::Option<i64>,
    /// `LocalStorageCategory`.
    ///
    /// Example: `local`.
    #[serde(
        rename = "LocalStorageCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_category: ::std::option::Option<::yun_core::Text>,
    /// `MemorySize`.
    ///
    /// Example: `112.0`.
    #[serde(
        rename = "MemorySize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_size: ::std::option::Option<f64>,
    /// `PhysicalGpus`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "PhysicalGpus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_gpus: ::std::option::Option<i64>,
    /// `Sockets`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "Sockets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sockets: ::std::option::Option<i64>,
    /// `SupportCpuOverCommitRatio`.
    ///
    /// Example: `true`.
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
    pub supported_instance_type_families:
        ::std::option::Option<crate::models::SupportedInstanceTypeFamilies>,
    /// `SupportedInstanceTypesList`.
    #[serde(
        rename = "SupportedInstanceTypesList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_types_list:
        ::std::option::Option<crate::models::SupportedInstanceTypesList>,
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

impl DedicatedHostType {
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
}

impl ::std::fmt::Debug for DedicatedHostType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostType",
            &[
                ("cores", d::opt(&self.cores)),
                (
                    "cpu_over_commit_ratio_range",
                    d::opt(&self.cpu_over_commit_ratio_range),
                ),
                ("dedicated_host_type", d::opt(&self.dedicated_host_type)),
                ("gpu_spec", d::opt(&self.gpu_spec)),
                ("local_storage_amount", d::opt(&self.local_storage_amount)),
                (
                    "local_storage_capacity",
                    d::opt(&self.local_storage_capacity),
                ),
                (
                    "local_storage_category",
                    d::opt(&self.local_storage_category),
                ),
                ("memory_size", d::opt(&self.memory_size)),
                ("physical_gpus", d::opt(&self.physical_gpus)),
                ("sockets", d::opt(&self.sockets)),
                (
                    "support_cpu_over_commit_ratio",
                    d::opt(&self.support_cpu_over_commit_ratio),
                ),
                (
                    "supported_instance_type_families",
                    d::opt(&self.supported_instance_type_families),
                ),
                (
                    "supported_instance_types_list",
                    d::opt(&self.supported_instance_types_list),
                ),
                ("total_vcpus", d::opt(&self.total_vcpus)),
                ("total_vgpus", d::opt(&self.total_vgpus)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Cores",
            "CpuOverCommitRatioRange",
            "DedicatedHostType",
            "GPUSpec",
            "LocalStorageAmount",
            "LocalStorageCapacity",
            "LocalStorageCategory",
            "MemorySize",
            "PhysicalGpus",
            "Sockets",
            "SupportCpuOverCommitRatio",
            "SupportedInstanceTypeFamilies",
            "SupportedInstanceTypesList",
            "TotalVcpus",
            "TotalVgpus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut out = DedicatedHostType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cores = r.decode()?,
                1 => out.cpu_over_commit_ratio_range = r.decode()?,
                2 => out.dedicated_host_type = r.decode()?,
                3 => out.gpu_spec = r.decode()?,
                4 => out.local_storage_amount = r.decode()?,
                5 => out.local_storage_capacity = r.decode()?,
                6 => out.local_storage_category = r.decode()?,
                7 => out.memory_size = r.decode()?,
                8 => out.physical_gpus = r.decode()?,
                9 => out.sockets = r.decode()?,
                10 => out.support_cpu_over_commit_ratio = r.decode()?,
                11 => out.supported_instance_type_families = r.decode()?,
                12 => out.supported_instance_types_list = r.decode()?,
                13 => out.total_vcpus = r.decode()?,
                14 => out.total_vgpus = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostTypes {
    /// `DedicatedHostType`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::vec::Vec<DedicatedHostType>>,
}

impl ::std::fmt::Debug for DedicatedHostTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostTypes",
            &[("dedicated_host_type", d::opt(&self.dedicated_host_type))],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DedicatedHostTypes::default();
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

/// The response of [`Client::describe_dedicated_host_types`](crate::Client::describe_dedicated_host_types) (`DescribeDedicatedHostTypes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostTypesResponse {
    /// `DedicatedHostTypes`.
    #[serde(
        rename = "DedicatedHostTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_types: ::std::option::Option<DedicatedHostTypes>,
    /// `RequestId`.
    ///
    /// Example: `5FE5FF06-3A33-4658-8495-6445FC54E327`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeDedicatedHostTypesResponse {
    /// The items of `DedicatedHostTypes` (through its wrapper), empty when absent.
    pub fn dedicated_host_types(&self) -> &[DedicatedHostType] {
        self.dedicated_host_types
            .as_ref()
            .and_then(|w| w.dedicated_host_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDedicatedHostTypesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostTypesResponse",
            &[
                ("dedicated_host_types", d::opt(&self.dedicated_host_types)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostTypesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostTypes", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeDedicatedHostTypesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_types = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
