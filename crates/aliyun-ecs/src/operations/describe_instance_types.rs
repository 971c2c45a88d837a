//! `DescribeInstanceTypes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceTypes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceTypes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceTypeFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypes",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumCpuCoreCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaximumCpuCoreCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumMemorySize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaximumMemorySize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumGPUAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaximumGPUAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "GPUSpec",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuArchitecture",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumCpuSpeedFrequency",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaximumCpuSpeedFrequency",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumCpuTurboFrequency",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaximumCpuTurboFrequency",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PhysicalProcessorModel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceFamilyLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumInstancePpsRx",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumInstancePpsTx",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumInstanceBandwidthRx",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumInstanceBandwidthTx",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumPrimaryEniQueueNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumSecondaryEniQueueNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumEniQuantity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumQueuePairNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumEriQuantity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumEniPrivateIpAddressQuantity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumEniIpv6AddressQuantity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumLocalStorageAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumLocalStorageCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumDiskQuantity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LocalStorageCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NvmeSupport",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumBaselineCredit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinimumInitialCredit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypeFamilies",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "GpuSpecs",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceCategories",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuArchitectures",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PhysicalProcessorModels",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LocalStorageCategories",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_types`](crate::Client::describe_instance_types) (`DescribeInstanceTypes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypesRequest {
    /// `InstanceTypeFamily` (query).
    ///
    /// Example: `ecs.g6`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `InstanceTypes` (query, sent as `InstanceTypes.1`, `InstanceTypes.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `ecs.g6.large`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `MinimumCpuCoreCount` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "MinimumCpuCoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_cpu_core_count: ::std::option::Option<i32>,
    /// `MaximumCpuCoreCount` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaximumCpuCoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_cpu_core_count: ::std::option::Option<i32>,
    /// `MinimumMemorySize` (query).
    ///
    /// Example: `20`.
    #[serde(
        rename = "MinimumMemorySize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_memory_size: ::std::option::Option<f64>,
    /// `MaximumMemorySize` (query).
    ///
    /// Example: `60`.
    #[serde(
        rename = "MaximumMemorySize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_memory_size: ::std::option::Option<f64>,
    /// `MinimumGPUAmount` (query).
    ///
    /// Example: `3`.
    #[serde(
        rename = "MinimumGPUAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_gpu_amount: ::std::option::Option<i32>,
    /// `MaximumGPUAmount` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaximumGPUAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_gpu_amount: ::std::option::Option<i32>,
    /// `GPUSpec` (query).
    ///
    /// Example: `NVIDIA V100`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::std::string::String>,
    /// `InstanceCategory` (query).
    ///
    /// Allowed values: `General-purpose`, `Compute-optimized`, `Memory-optimized`, `Big data`, `Local SSDs`, `High Clock Speed`, `Enhanced`, `Shared`, `Compute-optimized with GPU`, `Visual Compute-optimized`, `Heterogeneous Service`, `Compute-optimized with FPGA`, `Compute-optimized with NPU`, `ECS Bare Metal`, `Super Computing Cluster`, `High Performance Compute`.
    ///
    /// Example: `Big data`.
    #[serde(
        rename = "InstanceCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_category: ::std::option::Option<InstanceCategory>,
    /// `CpuArchitecture` (query).
    ///
    /// Allowed values: `X86`, `ARM`.
    ///
    /// Example: `X86`.
    #[serde(
        rename = "CpuArchitecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_architecture: ::std::option::Option<CpuArchitecture>,
    /// `MinimumCpuSpeedFrequency` (query).
    ///
    /// Example: `2.5`.
    #[serde(
        rename = "MinimumCpuSpeedFrequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_cpu_speed_frequency: ::std::option::Option<f64>,
    /// `MaximumCpuSpeedFrequency` (query).
    ///
    /// Example: `3.2`.
    #[serde(
        rename = "MaximumCpuSpeedFrequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_cpu_speed_frequency: ::std::option::Option<f64>,
    /// `MinimumCpuTurboFrequency` (query).
    ///
    /// Example: `3.2`.
    #[serde(
        rename = "MinimumCpuTurboFrequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_cpu_turbo_frequency: ::std::option::Option<f64>,
    /// `MaximumCpuTurboFrequency` (query).
    ///
    /// Example: `4.1`.
    #[serde(
        rename = "MaximumCpuTurboFrequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_cpu_turbo_frequency: ::std::option::Option<f64>,
    /// `PhysicalProcessorModel` (query).
    ///
    /// Example: `Intel Xeon(Ice Lake) Platinum 8369B`.
    #[serde(
        rename = "PhysicalProcessorModel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_processor_model: ::std::option::Option<::std::string::String>,
    /// `InstanceFamilyLevel` (query).
    ///
    /// Allowed values: `EntryLevel`, `EnterpriseLevel`, `CreditEntryLevel`.
    ///
    /// Example: `EntryLevel`.
    #[serde(
        rename = "InstanceFamilyLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_level: ::std::option::Option<InstanceFamilyLevel>,
    /// `MinimumInstancePpsRx` (query).
    ///
    /// Example: `15`.
    #[serde(
        rename = "MinimumInstancePpsRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_instance_pps_rx: ::std::option::Option<i64>,
    /// `MinimumInstancePpsTx` (query).
    ///
    /// Example: `15`.
    #[serde(
        rename = "MinimumInstancePpsTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_instance_pps_tx: ::std::option::Option<i64>,
    /// `MinimumInstanceBandwidthRx` (query).
    ///
    /// Example: `12288`.
    #[serde(
        rename = "MinimumInstanceBandwidthRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_instance_bandwidth_rx: ::std::option::Option<i32>,
    /// `MinimumInstanceBandwidthTx` (query).
    ///
    /// Example: `12288`.
    #[serde(
        rename = "MinimumInstanceBandwidthTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_instance_bandwidth_tx: ::std::option::Option<i32>,
    /// `MinimumPrimaryEniQueueNumber` (query).
    ///
    /// Example: `8`.
    #[serde(
        rename = "MinimumPrimaryEniQueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_primary_eni_queue_number: ::std::option::Option<i32>,
    /// `MinimumSecondaryEniQueueNumber` (query).
    ///
    /// Example: `4`.
    #[serde(
        rename = "MinimumSecondaryEniQueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_secondary_eni_queue_number: ::std::option::Option<i32>,
    /// `MinimumEniQuantity` (query).
    ///
    /// Example: `4`.
    #[serde(
        rename = "MinimumEniQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_eni_quantity: ::std::option::Option<i32>,
    /// `MinimumQueuePairNumber` (query).
    ///
    /// Example: `8`.
    #[serde(
        rename = "MinimumQueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_queue_pair_number: ::std::option::Option<i32>,
    /// `MinimumEriQuantity` (query).
    ///
    /// Example: `0`.
    #[serde(
        rename = "MinimumEriQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_eri_quantity: ::std::option::Option<i32>,
    /// `MinimumEniPrivateIpAddressQuantity` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "MinimumEniPrivateIpAddressQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_eni_private_ip_address_quantity: ::std::option::Option<i32>,
    /// `MinimumEniIpv6AddressQuantity` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "MinimumEniIpv6AddressQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_eni_ipv6_address_quantity: ::std::option::Option<i32>,
    /// `MinimumLocalStorageAmount` (query).
    ///
    /// Example: `4`.
    #[serde(
        rename = "MinimumLocalStorageAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_local_storage_amount: ::std::option::Option<i32>,
    /// `MinimumLocalStorageCapacity` (query).
    ///
    /// Example: `40`.
    #[serde(
        rename = "MinimumLocalStorageCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_local_storage_capacity: ::std::option::Option<i64>,
    /// `MinimumDiskQuantity` (query).
    ///
    /// Example: `4`.
    #[serde(
        rename = "MinimumDiskQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_disk_quantity: ::std::option::Option<i32>,
    /// `LocalStorageCategory` (query).
    ///
    /// Allowed values: `local_hdd_pro`, `local_ssd_pro`.
    ///
    /// Example: `local_ssd_pro`.
    #[serde(
        rename = "LocalStorageCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_category: ::std::option::Option<LocalStorageCategory>,
    /// `NvmeSupport` (query).
    ///
    /// Allowed values: `required`, `unsupported`.
    ///
    /// Example: `required`.
    #[serde(
        rename = "NvmeSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nvme_support: ::std::option::Option<NvmeSupport>,
    /// `MinimumBaselineCredit` (query).
    ///
    /// Example: `12`.
    #[serde(
        rename = "MinimumBaselineCredit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_baseline_credit: ::std::option::Option<i32>,
    /// `MinimumInitialCredit` (query).
    ///
    /// Example: `12`.
    #[serde(
        rename = "MinimumInitialCredit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_initial_credit: ::std::option::Option<i32>,
    /// `InstanceTypeFamilies` (query, sent as `InstanceTypeFamilies.1`, `InstanceTypeFamilies.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "InstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_families: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `GpuSpecs` (query, sent as `GpuSpecs.1`, `GpuSpecs.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "GpuSpecs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_specs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceCategories` (query, sent as `InstanceCategories.1`, `InstanceCategories.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "InstanceCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CpuArchitectures` (query, sent as `CpuArchitectures.1`, `CpuArchitectures.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "CpuArchitectures",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_architectures: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PhysicalProcessorModels` (query, sent as `PhysicalProcessorModels.1`, `PhysicalProcessorModels.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "PhysicalProcessorModels",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_processor_models: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `LocalStorageCategories` (query, sent as `LocalStorageCategories.1`, `LocalStorageCategories.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "LocalStorageCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 1600.
    ///
    /// Default: `1600`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// `NextToken` (query).
    ///
    /// At most 50 characters.
    ///
    /// Example: `e71d8a535bd9cc11`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
}

impl DescribeInstanceTypesRequest {
    /// An empty `DescribeInstanceTypesRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            instance_type_family: ::std::option::Option::None,
            instance_types: ::std::option::Option::None,
            minimum_cpu_core_count: ::std::option::Option::None,
            maximum_cpu_core_count: ::std::option::Option::None,
            minimum_memory_size: ::std::option::Option::None,
            maximum_memory_size: ::std::option::Option::None,
            minimum_gpu_amount: ::std::option::Option::None,
            maximum_gpu_amount: ::std::option::Option::None,
            gpu_spec: ::std::option::Option::None,
            instance_category: ::std::option::Option::None,
            cpu_architecture: ::std::option::Option::None,
            minimum_cpu_speed_frequency: ::std::option::Option::None,
            maximum_cpu_speed_frequency: ::std::option::Option::None,
            minimum_cpu_turbo_frequency: ::std::option::Option::None,
            maximum_cpu_turbo_frequency: ::std::option::Option::None,
            physical_processor_model: ::std::option::Option::None,
            instance_family_level: ::std::option::Option::None,
            minimum_instance_pps_rx: ::std::option::Option::None,
            minimum_instance_pps_tx: ::std::option::Option::None,
            minimum_instance_bandwidth_rx: ::std::option::Option::None,
            minimum_instance_bandwidth_tx: ::std::option::Option::None,
            minimum_primary_eni_queue_number: ::std::option::Option::None,
            minimum_secondary_eni_queue_number: ::std::option::Option::None,
            minimum_eni_quantity: ::std::option::Option::None,
            minimum_queue_pair_number: ::std::option::Option::None,
            minimum_eri_quantity: ::std::option::Option::None,
            minimum_eni_private_ip_address_quantity: ::std::option::Option::None,
            minimum_eni_ipv6_address_quantity: ::std::option::Option::None,
            minimum_local_storage_amount: ::std::option::Option::None,
            minimum_local_storage_capacity: ::std::option::Option::None,
            minimum_disk_quantity: ::std::option::Option::None,
            local_storage_category: ::std::option::Option::None,
            nvme_support: ::std::option::Option::None,
            minimum_baseline_credit: ::std::option::Option::None,
            minimum_initial_credit: ::std::option::Option::None,
            instance_type_families: ::std::option::Option::None,
            gpu_specs: ::std::option::Option::None,
            instance_categories: ::std::option::Option::None,
            cpu_architectures: ::std::option::Option::None,
            physical_processor_models: ::std::option::Option::None,
            local_storage_categories: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceTypeFamily`.
    pub fn instance_type_family(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceTypes`.
    pub fn instance_types(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_types = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `MinimumCpuCoreCount`.
    pub fn minimum_cpu_core_count(mut self, value: i32) -> Self {
        self.minimum_cpu_core_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaximumCpuCoreCount`.
    pub fn maximum_cpu_core_count(mut self, value: i32) -> Self {
        self.maximum_cpu_core_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumMemorySize`.
    pub fn minimum_memory_size(mut self, value: f64) -> Self {
        self.minimum_memory_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaximumMemorySize`.
    pub fn maximum_memory_size(mut self, value: f64) -> Self {
        self.maximum_memory_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumGPUAmount`.
    pub fn minimum_gpu_amount(mut self, value: i32) -> Self {
        self.minimum_gpu_amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaximumGPUAmount`.
    pub fn maximum_gpu_amount(mut self, value: i32) -> Self {
        self.maximum_gpu_amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `GPUSpec`.
    pub fn gpu_spec(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.gpu_spec = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceCategory`.
    pub fn instance_category(mut self, value: impl ::std::convert::Into<InstanceCategory>) -> Self {
        self.instance_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CpuArchitecture`.
    pub fn cpu_architecture(mut self, value: impl ::std::convert::Into<CpuArchitecture>) -> Self {
        self.cpu_architecture = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MinimumCpuSpeedFrequency`.
    pub fn minimum_cpu_speed_frequency(mut self, value: f64) -> Self {
        self.minimum_cpu_speed_frequency = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaximumCpuSpeedFrequency`.
    pub fn maximum_cpu_speed_frequency(mut self, value: f64) -> Self {
        self.maximum_cpu_speed_frequency = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumCpuTurboFrequency`.
    pub fn minimum_cpu_turbo_frequency(mut self, value: f64) -> Self {
        self.minimum_cpu_turbo_frequency = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaximumCpuTurboFrequency`.
    pub fn maximum_cpu_turbo_frequency(mut self, value: f64) -> Self {
        self.maximum_cpu_turbo_frequency = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PhysicalProcessorModel`.
    pub fn physical_processor_model(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.physical_processor_model = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceFamilyLevel`.
    pub fn instance_family_level(
        mut self,
        value: impl ::std::convert::Into<InstanceFamilyLevel>,
    ) -> Self {
        self.instance_family_level = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MinimumInstancePpsRx`.
    pub fn minimum_instance_pps_rx(mut self, value: i64) -> Self {
        self.minimum_instance_pps_rx = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumInstancePpsTx`.
    pub fn minimum_instance_pps_tx(mut self, value: i64) -> Self {
        self.minimum_instance_pps_tx = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumInstanceBandwidthRx`.
    pub fn minimum_instance_bandwidth_rx(mut self, value: i32) -> Self {
        self.minimum_instance_bandwidth_rx = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumInstanceBandwidthTx`.
    pub fn minimum_instance_bandwidth_tx(mut self, value: i32) -> Self {
        self.minimum_instance_bandwidth_tx = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumPrimaryEniQueueNumber`.
    pub fn minimum_primary_eni_queue_number(mut self, value: i32) -> Self {
        self.minimum_primary_eni_queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumSecondaryEniQueueNumber`.
    pub fn minimum_secondary_eni_queue_number(mut self, value: i32) -> Self {
        self.minimum_secondary_eni_queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumEniQuantity`.
    pub fn minimum_eni_quantity(mut self, value: i32) -> Self {
        self.minimum_eni_quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumQueuePairNumber`.
    pub fn minimum_queue_pair_number(mut self, value: i32) -> Self {
        self.minimum_queue_pair_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumEriQuantity`.
    pub fn minimum_eri_quantity(mut self, value: i32) -> Self {
        self.minimum_eri_quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumEniPrivateIpAddressQuantity`.
    pub fn minimum_eni_private_ip_address_quantity(mut self, value: i32) -> Self {
        self.minimum_eni_private_ip_address_quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumEniIpv6AddressQuantity`.
    pub fn minimum_eni_ipv6_address_quantity(mut self, value: i32) -> Self {
        self.minimum_eni_ipv6_address_quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumLocalStorageAmount`.
    pub fn minimum_local_storage_amount(mut self, value: i32) -> Self {
        self.minimum_local_storage_amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumLocalStorageCapacity`.
    pub fn minimum_local_storage_capacity(mut self, value: i64) -> Self {
        self.minimum_local_storage_capacity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumDiskQuantity`.
    pub fn minimum_disk_quantity(mut self, value: i32) -> Self {
        self.minimum_disk_quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LocalStorageCategory`.
    pub fn local_storage_category(
        mut self,
        value: impl ::std::convert::Into<LocalStorageCategory>,
    ) -> Self {
        self.local_storage_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NvmeSupport`.
    pub fn nvme_support(mut self, value: impl ::std::convert::Into<NvmeSupport>) -> Self {
        self.nvme_support = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MinimumBaselineCredit`.
    pub fn minimum_baseline_credit(mut self, value: i32) -> Self {
        self.minimum_baseline_credit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinimumInitialCredit`.
    pub fn minimum_initial_credit(mut self, value: i32) -> Self {
        self.minimum_initial_credit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceTypeFamilies`.
    pub fn instance_type_families(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_type_families = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `GpuSpecs`.
    pub fn gpu_specs(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.gpu_specs = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `InstanceCategories`.
    pub fn instance_categories(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_categories = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `CpuArchitectures`.
    pub fn cpu_architectures(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.cpu_architectures = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `PhysicalProcessorModels`.
    pub fn physical_processor_models(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.physical_processor_models = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `LocalStorageCategories`.
    pub fn local_storage_categories(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.local_storage_categories = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i64) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeInstanceTypesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceTypesRequest",
            &[
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("instance_types", d::opt(&self.instance_types)),
                (
                    "minimum_cpu_core_count",
                    d::opt(&self.minimum_cpu_core_count),
                ),
                (
                    "maximum_cpu_core_count",
                    d::opt(&self.maximum_cpu_core_count),
                ),
                ("minimum_memory_size", d::opt(&self.minimum_memory_size)),
                ("maximum_memory_size", d::opt(&self.maximum_memory_size)),
                ("minimum_gpu_amount", d::opt(&self.minimum_gpu_amount)),
                ("maximum_gpu_amount", d::opt(&self.maximum_gpu_amount)),
                ("gpu_spec", d::opt(&self.gpu_spec)),
                ("instance_category", d::opt(&self.instance_category)),
                ("cpu_architecture", d::opt(&self.cpu_architecture)),
                (
                    "minimum_cpu_speed_frequency",
                    d::opt(&self.minimum_cpu_speed_frequency),
                ),
                (
                    "maximum_cpu_speed_frequency",
                    d::opt(&self.maximum_cpu_speed_frequency),
                ),
                (
                    "minimum_cpu_turbo_frequency",
                    d::opt(&self.minimum_cpu_turbo_frequency),
                ),
                (
                    "maximum_cpu_turbo_frequency",
                    d::opt(&self.maximum_cpu_turbo_frequency),
                ),
                (
                    "physical_processor_model",
                    d::opt(&self.physical_processor_model),
                ),
                ("instance_family_level", d::opt(&self.instance_family_level)),
                (
                    "minimum_instance_pps_rx",
                    d::opt(&self.minimum_instance_pps_rx),
                ),
                (
                    "minimum_instance_pps_tx",
                    d::opt(&self.minimum_instance_pps_tx),
                ),
                (
                    "minimum_instance_bandwidth_rx",
                    d::opt(&self.minimum_instance_bandwidth_rx),
                ),
                (
                    "minimum_instance_bandwidth_tx",
                    d::opt(&self.minimum_instance_bandwidth_tx),
                ),
                (
                    "minimum_primary_eni_queue_number",
                    d::opt(&self.minimum_primary_eni_queue_number),
                ),
                (
                    "minimum_secondary_eni_queue_number",
                    d::opt(&self.minimum_secondary_eni_queue_number),
                ),
                ("minimum_eni_quantity", d::opt(&self.minimum_eni_quantity)),
                (
                    "minimum_queue_pair_number",
                    d::opt(&self.minimum_queue_pair_number),
                ),
                ("minimum_eri_quantity", d::opt(&self.minimum_eri_quantity)),
                (
                    "minimum_eni_private_ip_address_quantity",
                    d::opt(&self.minimum_eni_private_ip_address_quantity),
                ),
                (
                    "minimum_eni_ipv6_address_quantity",
                    d::opt(&self.minimum_eni_ipv6_address_quantity),
                ),
                (
                    "minimum_local_storage_amount",
                    d::opt(&self.minimum_local_storage_amount),
                ),
                (
                    "minimum_local_storage_capacity",
                    d::opt(&self.minimum_local_storage_capacity),
                ),
                ("minimum_disk_quantity", d::opt(&self.minimum_disk_quantity)),
                (
                    "local_storage_category",
                    d::opt(&self.local_storage_category),
                ),
                ("nvme_support", d::opt(&self.nvme_support)),
                (
                    "minimum_baseline_credit",
                    d::opt(&self.minimum_baseline_credit),
                ),
                (
                    "minimum_initial_credit",
                    d::opt(&self.minimum_initial_credit),
                ),
                (
                    "instance_type_families",
                    d::opt(&self.instance_type_families),
                ),
                ("gpu_specs", d::opt(&self.gpu_specs)),
                ("instance_categories", d::opt(&self.instance_categories)),
                ("cpu_architectures", d::opt(&self.cpu_architectures)),
                (
                    "physical_processor_models",
                    d::opt(&self.physical_processor_models),
                ),
                (
                    "local_storage_categories",
                    d::opt(&self.local_storage_categories),
                ),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceTypesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceTypeFamily",
            "InstanceTypes",
            "MinimumCpuCoreCount",
            "MaximumCpuCoreCount",
            "MinimumMemorySize",
            "MaximumMemorySize",
            "MinimumGPUAmount",
            "MaximumGPUAmount",
            "GPUSpec",
            "InstanceCategory",
            "CpuArchitecture",
            "MinimumCpuSpeedFrequency",
            "MaximumCpuSpeedFrequency",
            "MinimumCpuTurboFrequency",
            "MaximumCpuTurboFrequency",
            "PhysicalProcessorModel",
            "InstanceFamilyLevel",
            "MinimumInstancePpsRx",
            "MinimumInstancePpsTx",
            "MinimumInstanceBandwidthRx",
            "MinimumInstanceBandwidthTx",
            "MinimumPrimaryEniQueueNumber",
            "MinimumSecondaryEniQueueNumber",
            "MinimumEniQuantity",
            "MinimumQueuePairNumber",
            "MinimumEriQuantity",
            "MinimumEniPrivateIpAddressQuantity",
            "MinimumEniIpv6AddressQuantity",
            "MinimumLocalStorageAmount",
            "MinimumLocalStorageCapacity",
            "MinimumDiskQuantity",
            "LocalStorageCategory",
            "NvmeSupport",
            "MinimumBaselineCredit",
            "MinimumInitialCredit",
            "InstanceTypeFamilies",
            "GpuSpecs",
            "InstanceCategories",
            "CpuArchitectures",
            "PhysicalProcessorModels",
            "LocalStorageCategories",
            "MaxResults",
            "NextToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 44] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceTypesRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type_family = r.decode()?,
                1 => out.instance_types = r.decode()?,
                2 => out.minimum_cpu_core_count = r.decode()?,
                3 => out.maximum_cpu_core_count = r.decode()?,
                4 => out.minimum_memory_size = r.decode()?,
                5 => out.maximum_memory_size = r.decode()?,
                6 => out.minimum_gpu_amount = r.decode()?,
                7 => out.maximum_gpu_amount = r.decode()?,
                8 => out.gpu_spec = r.decode()?,
                9 => out.instance_category = r.decode()?,
                10 => out.cpu_architecture = r.decode()?,
                11 => out.minimum_cpu_speed_frequency = r.decode()?,
                12 => out.maximum_cpu_speed_frequency = r.decode()?,
                13 => out.minimum_cpu_turbo_frequency = r.decode()?,
                14 => out.maximum_cpu_turbo_frequency = r.decode()?,
                15 => out.physical_processor_model = r.decode()?,
                16 => out.instance_family_level = r.decode()?,
                17 => out.minimum_instance_pps_rx = r.decode()?,
                18 => out.minimum_instance_pps_tx = r.decode()?,
                19 => out.minimum_instance_bandwidth_rx = r.decode()?,
                20 => out.minimum_instance_bandwidth_tx = r.decode()?,
                21 => out.minimum_primary_eni_queue_number = r.decode()?,
                22 => out.minimum_secondary_eni_queue_number = r.decode()?,
                23 => out.minimum_eni_quantity = r.decode()?,
                24 => out.minimum_queue_pair_number = r.decode()?,
                25 => out.minimum_eri_quantity = r.decode()?,
                26 => out.minimum_eni_private_ip_address_quantity = r.decode()?,
                27 => out.minimum_eni_ipv6_address_quantity = r.decode()?,
                28 => out.minimum_local_storage_amount = r.decode()?,
                29 => out.minimum_local_storage_capacity = r.decode()?,
                30 => out.minimum_disk_quantity = r.decode()?,
                31 => out.local_storage_category = r.decode()?,
                32 => out.nvme_support = r.decode()?,
                33 => out.minimum_baseline_credit = r.decode()?,
                34 => out.minimum_initial_credit = r.decode()?,
                35 => out.instance_type_families = r.decode()?,
                36 => out.gpu_specs = r.decode()?,
                37 => out.instance_categories = r.decode()?,
                38 => out.cpu_architectures = r.decode()?,
                39 => out.physical_processor_models = r.decode()?,
                40 => out.local_storage_categories = r.decode()?,
                41 => out.max_results = r.decode()?,
                42 => out.next_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypes.InstanceType.NetworkCards.NetworkCardInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkCardInfo {
    /// `NetworkCardIndex`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "NetworkCardIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_index: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for NetworkCardInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkCardInfo",
            &[("network_card_index", d::opt(&self.network_card_index))],
        )
    }
}

impl ::yun_core::json::Decode for NetworkCardInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkCardIndex"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkCardInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_card_index = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypes.InstanceType.NetworkCards` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkCards {
    /// `NetworkCardInfo`.
    #[serde(
        rename = "NetworkCardInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_info: ::std::option::Option<::std::vec::Vec<NetworkCardInfo>>,
}

impl ::std::fmt::Debug for NetworkCards {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkCards",
            &[("network_card_info", d::opt(&self.network_card_info))],
        )
    }
}

impl ::yun_core::json::Decode for NetworkCards {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkCardInfo"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkCards::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_card_info = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypes.InstanceType.SupportedBootModes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedBootModes {
    /// `SupportedBootMode`.
    #[serde(
        rename = "SupportedBootMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_boot_mode: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for SupportedBootModes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupportedBootModes",
            &[("supported_boot_mode", d::opt(&self.supported_boot_mode))],
        )
    }
}

impl ::yun_core::json::Decode for SupportedBootModes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportedBootMode"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SupportedBootModes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_boot_mode = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypes.InstanceType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceType {
    /// `BaselineCredit`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "BaselineCredit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub baseline_credit: ::std::option::Option<i64>,
    /// `CpuArchitecture`.
    ///
    /// Example: `X86`.
    #[serde(
        rename = "CpuArchitecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_architecture: ::std::option::Option<::yun_core::Text>,
    /// `CpuCoreCount`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "CpuCoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_core_count: ::std::option::Option<i64>,
    /// `CpuSpeedFrequency`.
    ///
    /// Example: `2.7`.
    #[serde(
        rename = "CpuSpeedFrequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_speed_frequency: ::std::option::Option<f64>,
    /// `CpuTurboFrequency`.
    ///
    /// Example: `3.5`.
    #[serde(
        rename = "CpuTurboFrequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_turbo_frequency: ::std::option::Option<f64>,
    /// `DiskQuantity`.
    ///
    /// Example: `17`.
    #[serde(
        rename = "DiskQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_quantity: ::std::option::Option<i64>,
    /// `EniIpv6AddressQuantity`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "EniIpv6AddressQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_ipv6_address_quantity: ::std::option::Option<i64>,
    /// `EniPrivateIpAddressQuantity`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "EniPrivateIpAddressQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_private_ip_address_quantity: ::std::option::Option<i64>,
    /// `EniQuantity`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "EniQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_quantity: ::std::option::Option<i64>,
    /// `EniTotalQuantity`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "EniTotalQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_total_quantity: ::std::option::Option<i64>,
    /// `EniTrunkSupported`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "EniTrunkSupported",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eni_trunk_supported: ::std::option::Option<bool>,
    /// `EriQuantity`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "EriQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eri_quantity: ::std::option::Option<i64>,
    /// `GPUAmount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "GPUAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_amount: ::std::option::Option<i64>,
    /// `GPUMemorySize`.
    ///
    /// Example: `32`.
    #[serde(
        rename = "GPUMemorySize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_memory_size: ::std::option::Option<f64>,
    /// `GPUSpec`.
    ///
    /// Example: `NVIDIA V100`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::yun_core::Text>,
    /// `InitialCredit`.
    ///
    /// Example: `120`.
    #[serde(
        rename = "InitialCredit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub initial_credit: ::std::option::Option<i64>,
    /// `InstanceBandwidthRx`.
    ///
    /// Example: `1024000`.
    #[serde(
        rename = "InstanceBandwidthRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_bandwidth_rx: ::std::option::Option<i64>,
    /// `InstanceBandwidthTx`.
    ///
    /// Example: `1024000`.
    #[serde(
        rename = "InstanceBandwidthTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_bandwidth_tx: ::std::option::Option<i64>,
    /// `InstanceCategory`.
    ///
    /// Example: `Big data`.
    #[serde(
        rename = "InstanceCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_category: ::std::option::Option<::yun_core::Text>,
    /// `InstanceFamilyLevel`.
    ///
    /// Example: `EnterpriseLevel`.
    #[serde(
        rename = "InstanceFamilyLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_level: ::std::option::Option<::yun_core::Text>,
    /// `InstancePpsRx`.
    ///
    /// Example: `500000`.
    #[serde(
        rename = "InstancePpsRx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_pps_rx: ::std::option::Option<i64>,
    /// `InstancePpsTx`.
    ///
    /// Example: `500000`.
    #[serde(
        rename = "InstancePpsTx",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_pps_tx: ::std::option::Option<i64>,
    /// `InstanceTypeFamily`.
    ///
    /// Example: `ecs.g6`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::yun_core::Text>,
    /// `InstanceTypeId`.
    ///
    /// Example: `ecs.g6.large`.
    #[serde(
        rename = "InstanceTypeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_id: ::std::option::Option<::yun_core::Text>,
    /// `LocalStorageAmount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "LocalStorageAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_amount: ::std::option::Option<i64>,
    /// `LocalStorageCapacity`.
    ///
    /// Example: `5000`.
    #[serde(
        rename = "LocalStorageCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_capacity: ::std::option::Option<i64>,
    /// `LocalStorageCategory`.
    ///
    /// Example: `local_ssd_pro`.
    #[serde(
        rename = "LocalStorageCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_category: ::std::option::Option<::yun_core::Text>,
    /// `MaximumQueueNumberPerEni`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "MaximumQueueNumberPerEni",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_queue_number_per_eni: ::std::option::Option<i64>,
    /// `MemorySize`.
    ///
    /// Example: `16`.
    #[serde(
        rename = "MemorySize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory_size: ::std::option::Option<f64>,
    /// `NetworkCardQuantity`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "NetworkCardQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_quantity: ::std::option::Option<i64>,
    /// `NetworkCards`.
    #[serde(
        rename = "NetworkCards",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_cards: ::std::option::Option<NetworkCards>,
    /// `NetworkEncryptionSupport`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "NetworkEncryptionSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_encryption_support: ::std::option::Option<bool>,
    /// `NvmeSupport`.
    ///
    /// Example: `unsupported`.
    #[serde(
        rename = "NvmeSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nvme_support: ::std::option::Option<::yun_core::Text>,
    /// `PhysicalProcessorModel`.
    ///
    /// Example: `Intel Xeon(Ice Lake) Platinum 8369B`.
    #[serde(
        rename = "PhysicalProcessorModel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_processor_model: ::std::option::Option<::yun_core::Text>,
    /// `PrimaryEniQueueNumber`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "PrimaryEniQueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_eni_queue_number: ::std::option::Option<i64>,
    /// `QueuePairNumber`.
    ///
    /// Example: `22`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i64>,
    /// `SecondaryEniQueueNumber`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "SecondaryEniQueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_eni_queue_number: ::std::option::Option<i64>,
    /// `SupportedBootModes`.
    #[serde(
        rename = "SupportedBootModes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_boot_modes: ::std::option::Option<SupportedBootModes>,
    /// `TotalEniQueueQuantity`.
    ///
    /// Example: `12`.
    #[serde(
        rename = "TotalEniQueueQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_eni_queue_quantity: ::std::option::Option<i64>,
}

impl InstanceType {
    /// The items of `NetworkCards` (through its wrapper), empty when absent.
    pub fn network_cards(&self) -> &[NetworkCardInfo] {
        self.network_cards
            .as_ref()
            .and_then(|w| w.network_card_info.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SupportedBootModes` (through its wrapper), empty when absent.
    pub fn supported_boot_modes(&self) -> &[::yun_core::Text] {
        self.supported_boot_modes
            .as_ref()
            .and_then(|w| w.supported_boot_mode.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for InstanceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceType",
            &[
                ("baseline_credit", d::opt(&self.baseline_credit)),
                ("cpu_architecture", d::opt(&self.cpu_architecture)),
                ("cpu_core_count", d::opt(&self.cpu_core_count)),
                ("cpu_speed_frequency", d::opt(&self.cpu_speed_frequency)),
                ("cpu_turbo_frequency", d::opt(&self.cpu_turbo_frequency)),
                ("disk_quantity", d::opt(&self.disk_quantity)),
                (
                    "eni_ipv6_address_quantity",
                    d::opt(&self.eni_ipv6_address_quantity),
                ),
                (
                    "eni_private_ip_address_quantity",
                    d::opt(&self.eni_private_ip_address_quantity),
                ),
                ("eni_quantity", d::opt(&self.eni_quantity)),
                ("eni_total_quantity", d::opt(&self.eni_total_quantity)),
                ("eni_trunk_supported", d::opt(&self.eni_trunk_supported)),
                ("eri_quantity", d::opt(&self.eri_quantity)),
                ("gpu_amount", d::opt(&self.gpu_amount)),
                ("gpu_memory_size", d::opt(&self.gpu_memory_size)),
                ("gpu_spec", d::opt(&self.gpu_spec)),
                ("initial_credit", d::opt(&self.initial_credit)),
                ("instance_bandwidth_rx", d::opt(&self.instance_bandwidth_rx)),
                ("instance_bandwidth_tx", d::opt(&self.instance_bandwidth_tx)),
                ("instance_category", d::opt(&self.instance_category)),
                ("instance_family_level", d::opt(&self.instance_family_level)),
                ("instance_pps_rx", d::opt(&self.instance_pps_rx)),
                ("instance_pps_tx", d::opt(&self.instance_pps_tx)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("instance_type_id", d::opt(&self.instance_type_id)),
                ("local_storage_amount", d::opt(&self.local_storage_amount)),
                (
                    "local_storage_capacity",
                    d::opt(&self.local_storage_capacity),
                ),
                (
                    "local_storage_category",
                    d::opt(&self.local_storage_category),
                ),
                (
                    "maximum_queue_number_per_eni",
                    d::opt(&self.maximum_queue_number_per_eni),
                ),
                ("memory_size", d::opt(&self.memory_size)),
                ("network_card_quantity", d::opt(&self.network_card_quantity)),
                ("network_cards", d::opt(&self.network_cards)),
                (
                    "network_encryption_support",
                    d::opt(&self.network_encryption_support),
                ),
                ("nvme_support", d::opt(&self.nvme_support)),
                (
                    "physical_processor_model",
                    d::opt(&self.physical_processor_model),
                ),
                (
                    "primary_eni_queue_number",
                    d::opt(&self.primary_eni_queue_number),
                ),
                ("queue_pair_number", d::opt(&self.queue_pair_number)),
                (
                    "secondary_eni_queue_number",
                    d::opt(&self.secondary_eni_queue_number),
                ),
                ("supported_boot_modes", d::opt(&self.supported_boot_modes)),
                (
                    "total_eni_queue_quantity",
                    d::opt(&self.total_eni_queue_quantity),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BaselineCredit",
            "CpuArchitecture",
            "CpuCoreCount",
            "CpuSpeedFrequency",
            "CpuTurboFrequency",
            "DiskQuantity",
            "EniIpv6AddressQuantity",
            "EniPrivateIpAddressQuantity",
            "EniQuantity",
            "EniTotalQuantity",
            "EniTrunkSupported",
            "EriQuantity",
            "GPUAmount",
            "GPUMemorySize",
            "GPUSpec",
            "InitialCredit",
            "InstanceBandwidthRx",
            "InstanceBandwidthTx",
            "InstanceCategory",
            "InstanceFamilyLevel",
            "InstancePpsRx",
            "InstancePpsTx",
            "InstanceTypeFamily",
            "InstanceTypeId",
            "LocalStorageAmount",
            "LocalStorageCapacity",
            "LocalStorageCategory",
            "MaximumQueueNumberPerEni",
            "MemorySize",
            "NetworkCardQuantity",
            "NetworkCards",
            "NetworkEncryptionSupport",
            "NvmeSupport",
            "PhysicalProcessorModel",
            "PrimaryEniQueueNumber",
            "QueuePairNumber",
            "SecondaryEniQueueNumber",
            "SupportedBootModes",
            "TotalEniQueueQuantity",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 40] = ::yun_core::json::member_order();
        let mut out = InstanceType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.baseline_credit = r.decode()?,
                1 => out.cpu_architecture = r.decode()?,
                2 => out.cpu_core_count = r.decode()?,
                3 => out.cpu_speed_frequency = r.decode()?,
                4 => out.cpu_turbo_frequency = r.decode()?,
                5 => out.disk_quantity = r.decode()?,
                6 => out.eni_ipv6_address_quantity = r.decode()?,
                7 => out.eni_private_ip_address_quantity = r.decode()?,
                8 => out.eni_quantity = r.decode()?,
                9 => out.eni_total_quantity = r.decode()?,
                10 => out.eni_trunk_supported = r.decode()?,
                11 => out.eri_quantity = r.decode()?,
                12 => out.gpu_amount = r.decode()?,
                13 => out.gpu_memory_size = r.decode()?,
                14 => out.gpu_spec = r.decode()?,
                15 => out.initial_credit = r.decode()?,
                16 => out.instance_bandwidth_rx = r.decode()?,
                17 => out.instance_bandwidth_tx = r.decode()?,
                18 => out.instance_category = r.decode()?,
                19 => out.instance_family_level = r.decode()?,
                20 => out.instance_pps_rx = r.decode()?,
                21 => out.instance_pps_tx = r.decode()?,
                22 => out.instance_type_family = r.decode()?,
                23 => out.instance_type_id = r.decode()?,
                24 => out.local_storage_amount = r.decode()?,
                25 => out.local_storage_capacity = r.decode()?,
                26 => out.local_storage_category = r.decode()?,
                27 => out.maximum_queue_number_per_eni = r.decode()?,
                28 => out.memory_size = r.decode()?,
                29 => out.network_card_quantity = r.decode()?,
                30 => out.network_cards = r.decode()?,
                31 => out.network_encryption_support = r.decode()?,
                32 => out.nvme_support = r.decode()?,
                33 => out.physical_processor_model = r.decode()?,
                34 => out.primary_eni_queue_number = r.decode()?,
                35 => out.queue_pair_number = r.decode()?,
                36 => out.secondary_eni_queue_number = r.decode()?,
                37 => out.supported_boot_modes = r.decode()?,
                38 => out.total_eni_queue_quantity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypes {
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::vec::Vec<InstanceType>>,
}

impl ::std::fmt::Debug for InstanceTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypes",
            &[("instance_type", d::opt(&self.instance_type))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceTypes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceTypes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_types`](crate::Client::describe_instance_types) (`DescribeInstanceTypes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypesResponse {
    /// `InstanceTypes`.
    #[serde(
        rename = "InstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_types: ::std::option::Option<InstanceTypes>,
    /// `NextToken`.
    ///
    /// Example: `e71d8a535bd9cc11`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `00827261-20B7-4562-83F2-4DF39876A45A`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeInstanceTypesResponse {
    /// The items of `InstanceTypes` (through its wrapper), empty when absent.
    pub fn instance_types(&self) -> &[InstanceType] {
        self.instance_types
            .as_ref()
            .and_then(|w| w.instance_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceTypesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceTypesResponse",
            &[
                ("instance_types", d::opt(&self.instance_types)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceTypesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceTypes", "NextToken", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceTypesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_types = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The values of `InstanceCategory`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceCategory {
    /// `General-purpose`.
    GeneralPurpose,
    /// `Compute-optimized`.
    ComputeOptimized,
    /// `Memory-optimized`.
    MemoryOptimized,
    /// `Big data`.
    BigData,
    /// `Local SSDs`.
    LocalSsds,
    /// `High Clock Speed`.
    HighClockSpeed,
    /// `Enhanced`.
    Enhanced,
    /// `Shared`.
    Shared,
    /// `Compute-optimized with GPU`.
    ComputeOptimizedWithGpu,
    /// `Visual Compute-optimized`.
    VisualComputeOptimized,
    /// `Heterogeneous Service`.
    HeterogeneousService,
    /// `Compute-optimized with FPGA`.
    ComputeOptimizedWithFpga,
    /// `Compute-optimized with NPU`.
    ComputeOptimizedWithNpu,
    /// `ECS Bare Metal`.
    EcsBareMetal,
    /// `Super Computing Cluster`.
    SuperComputingCluster,
    /// `High Performance Compute`.
    HighPerformanceCompute,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl InstanceCategory {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GeneralPurpose => "General-purpose",
            Self::ComputeOptimized => "Compute-optimized",
            Self::MemoryOptimized => "Memory-optimized",
            Self::BigData => "Big data",
            Self::LocalSsds => "Local SSDs",
            Self::HighClockSpeed => "High Clock Speed",
            Self::Enhanced => "Enhanced",
            Self::Shared => "Shared",
            Self::ComputeOptimizedWithGpu => "Compute-optimized with GPU",
            Self::VisualComputeOptimized => "Visual Compute-optimized",
            Self::HeterogeneousService => "Heterogeneous Service",
            Self::ComputeOptimizedWithFpga => "Compute-optimized with FPGA",
            Self::ComputeOptimizedWithNpu => "Compute-optimized with NPU",
            Self::EcsBareMetal => "ECS Bare Metal",
            Self::SuperComputingCluster => "Super Computing Cluster",
            Self::HighPerformanceCompute => "High Performance Compute",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for InstanceCategory {
    fn from(value: &str) -> Self {
        match value {
            "General-purpose" => Self::GeneralPurpose,
            "Compute-optimized" => Self::ComputeOptimized,
            "Memory-optimized" => Self::MemoryOptimized,
            "Big data" => Self::BigData,
            "Local SSDs" => Self::LocalSsds,
            "High Clock Speed" => Self::HighClockSpeed,
            "Enhanced" => Self::Enhanced,
            "Shared" => Self::Shared,
            "Compute-optimized with GPU" => Self::ComputeOptimizedWithGpu,
            "Visual Compute-optimized" => Self::VisualComputeOptimized,
            "Heterogeneous Service" => Self::HeterogeneousService,
            "Compute-optimized with FPGA" => Self::ComputeOptimizedWithFpga,
            "Compute-optimized with NPU" => Self::ComputeOptimizedWithNpu,
            "ECS Bare Metal" => Self::EcsBareMetal,
            "Super Computing Cluster" => Self::SuperComputingCluster,
            "High Performance Compute" => Self::HighPerformanceCompute,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for InstanceCategory {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for InstanceCategory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for InstanceCategory {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for InstanceCategory {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}

/// The values of `CpuArchitecture`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CpuArchitecture {
    /// `X86`.
    X86,
    /// `ARM`.
    Arm,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl CpuArchitecture {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::X86 => "X86",
            Self::Arm => "ARM",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for CpuArchitecture {
    fn from(value: &str) -> Self {
        match value {
            "X86" => Self::X86,
            "ARM" => Self::Arm,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for CpuArchitecture {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for CpuArchitecture {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for CpuArchitecture {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for CpuArchitecture {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}

/// The values of `InstanceFamilyLevel`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceFamilyLevel {
    /// `EntryLevel`.
    EntryLevel,
    /// `EnterpriseLevel`.
    EnterpriseLevel,
    /// `CreditEntryLevel`.
    CreditEntryLevel,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl InstanceFamilyLevel {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EntryLevel => "EntryLevel",
            Self::EnterpriseLevel => "EnterpriseLevel",
            Self::CreditEntryLevel => "CreditEntryLevel",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for InstanceFamilyLevel {
    fn from(value: &str) -> Self {
        match value {
            "EntryLevel" => Self::EntryLevel,
            "EnterpriseLevel" => Self::EnterpriseLevel,
            "CreditEntryLevel" => Self::CreditEntryLevel,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for InstanceFamilyLevel {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for InstanceFamilyLevel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for InstanceFamilyLevel {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for InstanceFamilyLevel {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}

/// The values of `LocalStorageCategory`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LocalStorageCategory {
    /// `local_hdd_pro`.
    LocalHddPro,
    /// `local_ssd_pro`.
    LocalSsdPro,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl LocalStorageCategory {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LocalHddPro => "local_hdd_pro",
            Self::LocalSsdPro => "local_ssd_pro",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for LocalStorageCategory {
    fn from(value: &str) -> Self {
        match value {
            "local_hdd_pro" => Self::LocalHddPro,
            "local_ssd_pro" => Self::LocalSsdPro,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for LocalStorageCategory {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for LocalStorageCategory {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for LocalStorageCategory {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for LocalStorageCategory {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}

/// The values of `NvmeSupport`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NvmeSupport {
    /// `required`.
    Required,
    /// `unsupported`.
    Unsupported,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl NvmeSupport {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Unsupported => "unsupported",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for NvmeSupport {
    fn from(value: &str) -> Self {
        match value {
            "required" => Self::Required,
            "unsupported" => Self::Unsupported,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for NvmeSupport {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for NvmeSupport {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for NvmeSupport {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for NvmeSupport {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}

impl ::yun_core::internal::AliyunCall for DescribeInstanceTypesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstanceTypes` pages (by `NextToken`), for [`Client::describe_instance_types_paginator`](crate::Client::describe_instance_types_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstanceTypesRequest {
    type Response = DescribeInstanceTypesResponse;
    type Item = InstanceType;
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

    fn next_token(page: &DescribeInstanceTypesResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeInstanceTypesResponse) -> usize {
        page.instance_types
            .as_ref()
            .and_then(|x| x.instance_type.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeInstanceTypesResponse) -> ::std::vec::Vec<InstanceType> {
        page.instance_types
            .and_then(|x| x.instance_type)
            .unwrap_or_default()
    }
}
