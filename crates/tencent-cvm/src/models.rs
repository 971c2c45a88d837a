//! Objects shared by the operations' requests and responses.
/// The `AccountQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountQuota {
    /// `PostPaidQuotaSet`.
    #[serde(
        rename = "PostPaidQuotaSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub post_paid_quota_set: ::std::option::Option<::std::vec::Vec<crate::models::PostPaidQuota>>,
    /// `PrePaidQuotaSet`.
    #[serde(
        rename = "PrePaidQuotaSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pre_paid_quota_set: ::std::option::Option<::std::vec::Vec<crate::models::PrePaidQuota>>,
    /// `SpotPaidQuotaSet`.
    #[serde(
        rename = "SpotPaidQuotaSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_paid_quota_set: ::std::option::Option<::std::vec::Vec<crate::models::SpotPaidQuota>>,
    /// `ImageQuotaSet`.
    #[serde(
        rename = "ImageQuotaSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_quota_set: ::std::option::Option<::std::vec::Vec<crate::models::ImageQuota>>,
    /// `DisasterRecoverGroupQuotaSet`.
    #[serde(
        rename = "DisasterRecoverGroupQuotaSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_quota_set:
        ::std::option::Option<::std::vec::Vec<crate::models::DisasterRecoverGroupQuota>>,
}
/// The `AccountQuotaOverview` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountQuotaOverview {
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// `AccountQuota`.
    #[serde(
        rename = "AccountQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_quota: ::std::option::Option<crate::models::AccountQuota>,
}
/// The `ActionTimer` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ActionTimer {
    /// `TimerAction`.
    #[serde(
        rename = "TimerAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timer_action: ::std::option::Option<::std::string::String>,
    /// `ActionTime`.
    #[serde(
        rename = "ActionTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_time: ::std::option::Option<::std::string::String>,
    /// `Externals`.
    #[serde(
        rename = "Externals",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub externals: ::std::option::Option<crate::models::Externals>,
    /// `ActionTimerId`.
    #[serde(
        rename = "ActionTimerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
}
/// The `Attribute` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Attribute {
    /// `UserData`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
}
/// The `ChargePrepaid` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChargePrepaid {
    /// `Period`. Required.
    #[serde(rename = "Period")]
    pub period: u64,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
}
impl ChargePrepaid {
    /// A `ChargePrepaid` with its required members: `Period`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(period: u64) -> Self {
        Self {
            period,
            renew_flag: ::std::option::Option::None,
        }
    }
    /// Sets `RenewFlag`.
    pub fn renew_flag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.renew_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `ChcDeployExtraConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChcDeployExtraConfig {
    /// `MiniOsType`.
    #[serde(
        rename = "MiniOsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mini_os_type: ::std::option::Option<::std::string::String>,
    /// `BootType`.
    #[serde(
        rename = "BootType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_type: ::std::option::Option<::std::string::String>,
    /// `BootFile`.
    #[serde(
        rename = "BootFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_file: ::std::option::Option<::std::string::String>,
    /// `NextServerAddress`.
    #[serde(
        rename = "NextServerAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_server_address: ::std::option::Option<::std::string::String>,
}
/// The `ChcHost` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChcHost {
    /// `ChcId`.
    #[serde(
        rename = "ChcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_id: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `SerialNumber`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::std::string::String>,
    /// `InstanceState`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::std::string::String>,
    /// `DeviceType`.
    #[serde(
        rename = "DeviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `BmcVirtualPrivateCloud`.
    #[serde(
        rename = "BmcVirtualPrivateCloud",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud>,
    /// `BmcIp`.
    #[serde(
        rename = "BmcIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_ip: ::std::option::Option<::std::string::String>,
    /// `BmcSecurityGroupIds`.
    #[serde(
        rename = "BmcSecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DeployVirtualPrivateCloud`.
    #[serde(
        rename = "DeployVirtualPrivateCloud",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud>,
    /// `DeployIp`.
    #[serde(
        rename = "DeployIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_ip: ::std::option::Option<::std::string::String>,
    /// `DeploySecurityGroupIds`.
    #[serde(
        rename = "DeploySecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CvmInstanceId`.
    #[serde(
        rename = "CvmInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_instance_id: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `HardwareDescription`.
    #[serde(
        rename = "HardwareDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hardware_description: ::std::option::Option<::std::string::String>,
    /// `CPU`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `Disk`.
    #[serde(
        rename = "Disk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<::std::string::String>,
    /// `BmcMAC`.
    #[serde(
        rename = "BmcMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_mac: ::std::option::Option<::std::string::String>,
    /// `DeployMAC`.
    #[serde(
        rename = "DeployMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_mac: ::std::option::Option<::std::string::String>,
    /// `TenantType`.
    #[serde(
        rename = "TenantType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_type: ::std::option::Option<::std::string::String>,
    /// `DeployExtraConfig`.
    #[serde(
        rename = "DeployExtraConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_extra_config: ::std::option::Option<crate::models::ChcDeployExtraConfig>,
    /// `Gpu`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<::std::string::String>,
    /// `NetworkCard`.
    #[serde(
        rename = "NetworkCard",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card: ::std::option::Option<::std::string::String>,
    /// `IsPredefinedType`.
    #[serde(
        rename = "IsPredefinedType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_predefined_type: ::std::option::Option<bool>,
    /// `ChcInstanceType`.
    #[serde(
        rename = "ChcInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_type: ::std::option::Option<::std::string::String>,
    /// `ChcInstanceFamily`.
    #[serde(
        rename = "ChcInstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family: ::std::option::Option<::std::string::String>,
    /// `ChcInstanceFamilyName`.
    #[serde(
        rename = "ChcInstanceFamilyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family_name: ::std::option::Option<::std::string::String>,
    /// `ResaleAppId`.
    #[serde(
        rename = "ResaleAppId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_app_id: ::std::option::Option<::std::string::String>,
    /// `ResaleAccountId`.
    #[serde(
        rename = "ResaleAccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_account_id: ::std::option::Option<::std::string::String>,
    /// `SaleStatus`.
    #[serde(
        rename = "SaleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sale_status: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `LatestOperation`.
    #[serde(
        rename = "LatestOperation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation: ::std::option::Option<::std::string::String>,
    /// `LatestOperationErrorCode`.
    #[serde(
        rename = "LatestOperationErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_error_code: ::std::option::Option<::std::string::String>,
    /// `LatestOperationErrorMsg`.
    #[serde(
        rename = "LatestOperationErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_error_msg: ::std::option::Option<::std::string::String>,
    /// `LatestOperationName`.
    #[serde(
        rename = "LatestOperationName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_name: ::std::option::Option<::std::string::String>,
    /// `LatestOperationState`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::std::string::String>,
    /// `ChcGatewayId`.
    #[serde(
        rename = "ChcGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_gateway_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedClusterId`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::std::string::String>,
    /// `NetworkMode`.
    #[serde(
        rename = "NetworkMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_mode: ::std::option::Option<::std::string::String>,
}
/// The `ChcHostDeniedActions` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ChcHostDeniedActions {
    /// `ChcId`.
    #[serde(
        rename = "ChcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_id: ::std::option::Option<::std::string::String>,
    /// `State`.
    #[serde(
        rename = "State",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<::std::string::String>,
    /// `DenyActions`.
    #[serde(
        rename = "DenyActions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deny_actions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `CpuTopology` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CpuTopology {
    /// `CoreCount`.
    #[serde(
        rename = "CoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub core_count: ::std::option::Option<i64>,
    /// `ThreadPerCore`.
    #[serde(
        rename = "ThreadPerCore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_per_core: ::std::option::Option<i64>,
}
/// The `DataDisk` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DataDisk {
    /// `DiskSize`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
    /// `DiskType`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::std::string::String>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `DeleteWithInstance`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `Encrypt`.
    #[serde(
        rename = "Encrypt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
    /// `KmsKeyId`.
    #[serde(
        rename = "KmsKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `ThroughputPerformance`.
    #[serde(
        rename = "ThroughputPerformance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throughput_performance: ::std::option::Option<i64>,
    /// `CdcId`.
    #[serde(
        rename = "CdcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cdc_id: ::std::option::Option<::std::string::String>,
    /// `BurstPerformance`.
    #[serde(
        rename = "BurstPerformance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub burst_performance: ::std::option::Option<bool>,
    /// `DiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
}
/// The `DisasterRecoverGroup` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DisasterRecoverGroup {
    /// `DisasterRecoverGroupId`.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `CvmQuotaTotal`.
    #[serde(
        rename = "CvmQuotaTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_quota_total: ::std::option::Option<i64>,
    /// `CurrentNum`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `Affinity`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<i64>,
    /// `Strategy`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
    /// `PartitionCount`.
    #[serde(
        rename = "PartitionCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_count: ::std::option::Option<i64>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}
/// The `DisasterRecoverGroupQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DisasterRecoverGroupQuota {
    /// `GroupQuota`.
    #[serde(
        rename = "GroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_quota: ::std::option::Option<i64>,
    /// `CurrentNum`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `CvmInHostGroupQuota`.
    #[serde(
        rename = "CvmInHostGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_host_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwitchGroupQuota`.
    #[serde(
        rename = "CvmInSwitchGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_switch_group_quota: ::std::option::Option<i64>,
    /// `CvmInRackGroupQuota`.
    #[serde(
        rename = "CvmInRackGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_rack_group_quota: ::std::option::Option<i64>,
}
/// The `EnhancedService` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EnhancedService {
    /// `SecurityService`.
    #[serde(
        rename = "SecurityService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_service: ::std::option::Option<crate::models::RunSecurityServiceEnabled>,
    /// `MonitorService`.
    #[serde(
        rename = "MonitorService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_service: ::std::option::Option<crate::models::RunMonitorServiceEnabled>,
    /// `AutomationService`.
    #[serde(
        rename = "AutomationService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub automation_service: ::std::option::Option<crate::models::RunAutomationServiceEnabled>,
}
/// The `Externals` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Externals {
    /// `ReleaseAddress`.
    #[serde(
        rename = "ReleaseAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_address: ::std::option::Option<bool>,
    /// `UnsupportNetworks`.
    #[serde(
        rename = "UnsupportNetworks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unsupport_networks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `StorageBlockAttr`.
    #[serde(
        rename = "StorageBlockAttr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_block_attr: ::std::option::Option<crate::models::StorageBlock>,
}
/// The `Filter` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Filter {
    /// `Name`. Required.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Values`. Required.
    #[serde(rename = "Values")]
    pub values: ::std::vec::Vec<::std::string::String>,
}
impl Filter {
    /// A `Filter` with its required members: `Name`, `Values`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        name: impl ::std::convert::Into<::std::string::String>,
        values: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            values,
        }
    }
}
/// The `GPUInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GpuInfo {
    /// `GPUCount`.
    #[serde(
        rename = "GPUCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_count: ::std::option::Option<f64>,
    /// `GPUId`.
    #[serde(
        rename = "GPUId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `GPUType`.
    #[serde(
        rename = "GPUType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_type: ::std::option::Option<::std::string::String>,
}
/// The `HostItem` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct HostItem {
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `HostId`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::std::string::String>,
    /// `HostType`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::std::string::String>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `HostChargeType`.
    #[serde(
        rename = "HostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_type: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `HostState`.
    #[serde(
        rename = "HostState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_state: ::std::option::Option<::std::string::String>,
    /// `HostIp`.
    #[serde(
        rename = "HostIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_ip: ::std::option::Option<::std::string::String>,
    /// `HostResource`.
    #[serde(
        rename = "HostResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_resource: ::std::option::Option<crate::models::HostResource>,
    /// `CageId`.
    #[serde(
        rename = "CageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cage_id: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}
/// The `HostPriceInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct HostPriceInfo {
    /// `HostPrice`.
    #[serde(
        rename = "HostPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_price: ::std::option::Option<crate::models::ItemPrice>,
}
/// The `HostResource` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct HostResource {
    /// `CpuTotal`.
    #[serde(
        rename = "CpuTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_total: ::std::option::Option<u64>,
    /// `CpuAvailable`.
    #[serde(
        rename = "CpuAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_available: ::std::option::Option<u64>,
    /// `MemTotal`.
    #[serde(
        rename = "MemTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mem_total: ::std::option::Option<f64>,
    /// `MemAvailable`.
    #[serde(
        rename = "MemAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mem_available: ::std::option::Option<f64>,
    /// `DiskTotal`.
    #[serde(
        rename = "DiskTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_total: ::std::option::Option<u64>,
    /// `DiskAvailable`.
    #[serde(
        rename = "DiskAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_available: ::std::option::Option<u64>,
    /// `DiskType`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::std::string::String>,
    /// `GpuTotal`.
    #[serde(
        rename = "GpuTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_total: ::std::option::Option<u64>,
    /// `GpuAvailable`.
    #[serde(
        rename = "GpuAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_available: ::std::option::Option<u64>,
    /// `ExclusiveOwner`.
    #[serde(
        rename = "ExclusiveOwner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclusive_owner: ::std::option::Option<::std::string::String>,
}
/// The `HpcClusterInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct HpcClusterInfo {
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Remark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
    /// `CvmQuotaTotal`.
    #[serde(
        rename = "CvmQuotaTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_quota_total: ::std::option::Option<u64>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `CurrentNum`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<u64>,
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `HpcClusterType`.
    #[serde(
        rename = "HpcClusterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_type: ::std::option::Option<::std::string::String>,
    /// `HpcClusterBusinessId`.
    #[serde(
        rename = "HpcClusterBusinessId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_business_id: ::std::option::Option<::std::string::String>,
    /// `HpcClusterNetMode`.
    #[serde(
        rename = "HpcClusterNetMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_net_mode: ::std::option::Option<u64>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}
/// The `Image` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Image {
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `ImageType`.
    #[serde(
        rename = "ImageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_type: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `ImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageDescription`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
    /// `ImageSize`.
    #[serde(
        rename = "ImageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_size: ::std::option::Option<i64>,
    /// `Architecture`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::string::String>,
    /// `ImageState`.
    #[serde(
        rename = "ImageState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_state: ::std::option::Option<::std::string::String>,
    /// `Platform`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `ImageCreator`.
    #[serde(
        rename = "ImageCreator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_creator: ::std::option::Option<::std::string::String>,
    /// `ImageSource`.
    #[serde(
        rename = "ImageSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_source: ::std::option::Option<::std::string::String>,
    /// `SyncPercent`.
    #[serde(
        rename = "SyncPercent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sync_percent: ::std::option::Option<i64>,
    /// `IsSupportCloudinit`.
    #[serde(
        rename = "IsSupportCloudinit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_cloudinit: ::std::option::Option<bool>,
    /// `SnapshotSet`.
    #[serde(
        rename = "SnapshotSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_set: ::std::option::Option<::std::vec::Vec<crate::models::Snapshot>>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `LicenseType`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::std::string::String>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImageDeprecated`.
    #[serde(
        rename = "ImageDeprecated",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_deprecated: ::std::option::Option<bool>,
    /// `CdcCacheStatus`.
    #[serde(
        rename = "CdcCacheStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cdc_cache_status: ::std::option::Option<::std::string::String>,
}
/// The `ImageOsList` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImageOsList {
    /// `Windows`.
    #[serde(
        rename = "Windows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub windows: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Linux`.
    #[serde(
        rename = "Linux",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub linux: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `ImageQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImageQuota {
    /// `UsedQuota`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
}
/// The `ImportImageDataDisk` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ImportImageDataDisk {
    /// `ImageUrl`. Required.
    #[serde(rename = "ImageUrl")]
    pub image_url: ::std::string::String,
}
impl ImportImageDataDisk {
    /// A `ImportImageDataDisk` with its required members: `ImageUrl`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_url: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_url: image_url.into(),
        }
    }
}
/// The `Instance` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Instance {
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `CPU`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `RestrictState`.
    #[serde(
        rename = "RestrictState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub restrict_state: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `SystemDisk`.
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<crate::models::SystemDisk>,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `PrivateIpAddresses`.
    #[serde(
        rename = "PrivateIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PublicIpAddresses`.
    #[serde(
        rename = "PublicIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InternetAccessible`.
    #[serde(
        rename = "InternetAccessible",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_accessible: ::std::option::Option<crate::models::InternetAccessible>,
    /// `VirtualPrivateCloud`.
    #[serde(
        rename = "VirtualPrivateCloud",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud>,
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `LoginSettings`.
    #[serde(
        rename = "LoginSettings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_settings: ::std::option::Option<crate::models::LoginSettings>,
    /// `InstanceState`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `StopChargingMode`.
    #[serde(
        rename = "StopChargingMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_charging_mode: ::std::option::Option<::std::string::String>,
    /// `Uuid`.
    #[serde(
        rename = "Uuid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// `LatestOperation`.
    #[serde(
        rename = "LatestOperation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation: ::std::option::Option<::std::string::String>,
    /// `LatestOperationState`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::std::string::String>,
    /// `LatestOperationRequestId`.
    #[serde(
        rename = "LatestOperationRequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_request_id: ::std::option::Option<::std::string::String>,
    /// `DisasterRecoverGroupId`. Deprecated by the vendor.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::std::string::String>,
    /// `IPv6Addresses`.
    #[serde(
        rename = "IPv6Addresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv6_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CamRoleName`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `RdmaIpAddresses`.
    #[serde(
        rename = "RdmaIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DedicatedClusterId`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::std::string::String>,
    /// `IsolatedSource`.
    #[serde(
        rename = "IsolatedSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub isolated_source: ::std::option::Option<::std::string::String>,
    /// `DisasterRecoverGroupIds`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `GPUInfo`.
    #[serde(
        rename = "GPUInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_info: ::std::option::Option<crate::models::GpuInfo>,
    /// `LicenseType`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::std::string::String>,
    /// `DisableApiTermination`.
    #[serde(
        rename = "DisableApiTermination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_api_termination: ::std::option::Option<bool>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `DefaultLoginUser`.
    #[serde(
        rename = "DefaultLoginUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_login_user: ::std::option::Option<::std::string::String>,
    /// `DefaultLoginPort`.
    #[serde(
        rename = "DefaultLoginPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_login_port: ::std::option::Option<i64>,
    /// `LatestOperationErrorMsg`.
    #[serde(
        rename = "LatestOperationErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_error_msg: ::std::option::Option<::std::string::String>,
    /// `EnableJumboFrame`.
    #[serde(
        rename = "EnableJumboFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_jumbo_frame: ::std::option::Option<bool>,
    /// `Metadata`.
    #[serde(
        rename = "Metadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata: ::std::option::Option<crate::models::Metadata>,
    /// `PublicIPv6Addresses`.
    #[serde(
        rename = "PublicIPv6Addresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_i_pv6_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CpuTopology`.
    #[serde(
        rename = "CpuTopology",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_topology: ::std::option::Option<crate::models::CpuTopology>,
    /// `PartitionNumber`.
    #[serde(
        rename = "PartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_number: ::std::option::Option<i64>,
}
/// The `InstanceAttribute` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceAttribute {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Attributes`.
    #[serde(
        rename = "Attributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes: ::std::option::Option<crate::models::Attribute>,
}
/// The `InstanceChargePrepaid` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceChargePrepaid {
    /// `Period`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i64>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
}
/// The `InstanceFamilyConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceFamilyConfig {
    /// `InstanceFamilyName`.
    #[serde(
        rename = "InstanceFamilyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_name: ::std::option::Option<::std::string::String>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
}
/// The `InstanceMarketOptionsRequest` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceMarketOptionsRequest {
    /// `SpotOptions`.
    #[serde(
        rename = "SpotOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_options: ::std::option::Option<crate::models::SpotMarketOptions>,
    /// `MarketType`.
    #[serde(
        rename = "MarketType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub market_type: ::std::option::Option<::std::string::String>,
}
/// The `InstanceRefund` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceRefund {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Refunds`.
    #[serde(
        rename = "Refunds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refunds: ::std::option::Option<f64>,
    /// `PriceDetail`.
    #[serde(
        rename = "PriceDetail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_detail: ::std::option::Option<::std::string::String>,
}
/// The `InstanceStatus` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceStatus {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceState`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::std::string::String>,
}
/// The `InstanceTypeConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypeConfig {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
    /// `GPU`.
    #[serde(rename = "GPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<i64>,
    /// `CPU`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `FPGA`.
    #[serde(
        rename = "FPGA",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fpga: ::std::option::Option<i64>,
    /// `GpuCount`.
    #[serde(
        rename = "GpuCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_count: ::std::option::Option<f64>,
    /// `GpuType`.
    #[serde(
        rename = "GpuType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_type: ::std::option::Option<::std::string::String>,
    /// `GpuMemory`.
    #[serde(
        rename = "GpuMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_memory: ::std::option::Option<f64>,
}
/// The `InstanceTypeConfigStatus` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypeConfigStatus {
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Message`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeConfig`.
    #[serde(
        rename = "InstanceTypeConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_config: ::std::option::Option<crate::models::InstanceTypeConfig>,
}
/// The `InstanceTypeQuotaItem` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InstanceTypeQuotaItem {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `NetworkCard`.
    #[serde(
        rename = "NetworkCard",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card: ::std::option::Option<i64>,
    /// `Externals`.
    #[serde(
        rename = "Externals",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub externals: ::std::option::Option<crate::models::Externals>,
    /// `Cpu`.
    #[serde(rename = "Cpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
    /// `TypeName`.
    #[serde(
        rename = "TypeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_name: ::std::option::Option<::std::string::String>,
    /// `LocalDiskTypeList`.
    #[serde(
        rename = "LocalDiskTypeList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_disk_type_list: ::std::option::Option<::std::vec::Vec<crate::models::LocalDiskType>>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::ItemPrice>,
    /// `SoldOutReason`.
    #[serde(
        rename = "SoldOutReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sold_out_reason: ::std::option::Option<::std::string::String>,
    /// `InstanceBandwidth`.
    #[serde(
        rename = "InstanceBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_bandwidth: ::std::option::Option<f64>,
    /// `InstancePps`.
    #[serde(
        rename = "InstancePps",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_pps: ::std::option::Option<i64>,
    /// `StorageBlockAmount`.
    #[serde(
        rename = "StorageBlockAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_block_amount: ::std::option::Option<i64>,
    /// `CpuType`.
    #[serde(
        rename = "CpuType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_type: ::std::option::Option<::std::string::String>,
    /// `Gpu`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<i64>,
    /// `Fpga`.
    #[serde(
        rename = "Fpga",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fpga: ::std::option::Option<i64>,
    /// `Remark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
    /// `GpuCount`.
    #[serde(
        rename = "GpuCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_count: ::std::option::Option<f64>,
    /// `Frequency`.
    #[serde(
        rename = "Frequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frequency: ::std::option::Option<::std::string::String>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::std::string::String>,
}
/// The `InternetAccessible` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternetAccessible {
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `InternetMaxBandwidthOut`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i64>,
    /// `PublicIpAssigned`.
    #[serde(
        rename = "PublicIpAssigned",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_assigned: ::std::option::Option<bool>,
    /// `BandwidthPackageId`.
    #[serde(
        rename = "BandwidthPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package_id: ::std::option::Option<::std::string::String>,
    /// `InternetServiceProvider`.
    #[serde(
        rename = "InternetServiceProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_service_provider: ::std::option::Option<::std::string::String>,
    /// `IPv4AddressType`.
    #[serde(
        rename = "IPv4AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv4_address_type: ::std::option::Option<::std::string::String>,
    /// `IPv6AddressType`.
    #[serde(
        rename = "IPv6AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv6_address_type: ::std::option::Option<::std::string::String>,
    /// `AntiDDoSPackageId`.
    #[serde(
        rename = "AntiDDoSPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anti_d_do_s_package_id: ::std::option::Option<::std::string::String>,
}
/// The `InternetBandwidthConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternetBandwidthConfig {
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `InternetAccessible`.
    #[serde(
        rename = "InternetAccessible",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_accessible: ::std::option::Option<crate::models::InternetAccessible>,
}
/// The `InternetChargeTypeConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternetChargeTypeConfig {
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}
/// The `ItemPrice` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ItemPrice {
    /// `UnitPrice`.
    #[serde(
        rename = "UnitPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price: ::std::option::Option<f64>,
    /// `ChargeUnit`.
    #[serde(
        rename = "ChargeUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<::std::string::String>,
    /// `OriginalPrice`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `DiscountPrice`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `Discount`.
    #[serde(
        rename = "Discount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount: ::std::option::Option<f64>,
    /// `UnitPriceDiscount`.
    #[serde(
        rename = "UnitPriceDiscount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_discount: ::std::option::Option<f64>,
    /// `UnitPriceSecondStep`.
    #[serde(
        rename = "UnitPriceSecondStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_second_step: ::std::option::Option<f64>,
    /// `UnitPriceDiscountSecondStep`.
    #[serde(
        rename = "UnitPriceDiscountSecondStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_discount_second_step: ::std::option::Option<f64>,
    /// `UnitPriceThirdStep`.
    #[serde(
        rename = "UnitPriceThirdStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_third_step: ::std::option::Option<f64>,
    /// `UnitPriceDiscountThirdStep`.
    #[serde(
        rename = "UnitPriceDiscountThirdStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_discount_third_step: ::std::option::Option<f64>,
    /// `OriginalPriceThreeYear`.
    #[serde(
        rename = "OriginalPriceThreeYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price_three_year: ::std::option::Option<f64>,
    /// `DiscountPriceThreeYear`.
    #[serde(
        rename = "DiscountPriceThreeYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price_three_year: ::std::option::Option<f64>,
    /// `DiscountThreeYear`.
    #[serde(
        rename = "DiscountThreeYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_three_year: ::std::option::Option<f64>,
    /// `OriginalPriceFiveYear`.
    #[serde(
        rename = "OriginalPriceFiveYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price_five_year: ::std::option::Option<f64>,
    /// `DiscountPriceFiveYear`.
    #[serde(
        rename = "DiscountPriceFiveYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price_five_year: ::std::option::Option<f64>,
    /// `DiscountFiveYear`.
    #[serde(
        rename = "DiscountFiveYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_five_year: ::std::option::Option<f64>,
    /// `OriginalPriceOneYear`.
    #[serde(
        rename = "OriginalPriceOneYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price_one_year: ::std::option::Option<f64>,
    /// `DiscountPriceOneYear`.
    #[serde(
        rename = "DiscountPriceOneYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price_one_year: ::std::option::Option<f64>,
    /// `DiscountOneYear`.
    #[serde(
        rename = "DiscountOneYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_one_year: ::std::option::Option<f64>,
}
/// The `KeyPair` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct KeyPair {
    /// `KeyId`.
    #[serde(
        rename = "KeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_id: ::std::option::Option<::std::string::String>,
    /// `KeyName`.
    #[serde(
        rename = "KeyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// `ProjectId`.
    #[serde(
        rename = "ProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<i64>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `PublicKey`.
    #[serde(
        rename = "PublicKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_key: ::std::option::Option<::std::string::String>,
    /// `PrivateKey`.
    #[serde(
        rename = "PrivateKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_key: ::std::option::Option<::std::string::String>,
    /// `AssociatedInstanceIds`.
    #[serde(
        rename = "AssociatedInstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}
impl ::std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("KeyPair")
            .field("key_id", &self.key_id)
            .field("key_name", &self.key_name)
            .field("project_id", &self.project_id)
            .field("description", &self.description)
            .field("public_key", &self.public_key)
            .field("private_key", &"***")
            .field("associated_instance_ids", &self.associated_instance_ids)
            .field("created_time", &self.created_time)
            .field("tags", &self.tags)
            .finish()
    }
}
/// The `LaunchTemplate` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LaunchTemplate {
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateVersion`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<u64>,
}
impl LaunchTemplate {
    /// An empty `LaunchTemplate`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            launch_template_id: ::std::option::Option::None,
            launch_template_version: ::std::option::Option::None,
        }
    }
    /// Sets `LaunchTemplateId`.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `LaunchTemplateVersion`.
    pub fn launch_template_version(mut self, value: u64) -> Self {
        self.launch_template_version = ::std::option::Option::Some(value);
        self
    }
}
/// The `LaunchTemplateInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LaunchTemplateInfo {
    /// `LatestVersionNumber`.
    #[serde(
        rename = "LatestVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_version_number: ::std::option::Option<u64>,
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateName`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::string::String>,
    /// `DefaultVersionNumber`.
    #[serde(
        rename = "DefaultVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_version_number: ::std::option::Option<u64>,
    /// `LaunchTemplateVersionCount`.
    #[serde(
        rename = "LaunchTemplateVersionCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_count: ::std::option::Option<u64>,
    /// `CreatedBy`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
}
/// The `LaunchTemplateVersionData` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionData {
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `SystemDisk`.
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<crate::models::SystemDisk>,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `InternetAccessible`.
    #[serde(
        rename = "InternetAccessible",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_accessible: ::std::option::Option<crate::models::InternetAccessible>,
    /// `VirtualPrivateCloud`.
    #[serde(
        rename = "VirtualPrivateCloud",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud>,
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `LoginSettings`.
    #[serde(
        rename = "LoginSettings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_settings: ::std::option::Option<crate::models::LoginSettings>,
    /// `CamRoleName`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `InstanceCount`.
    #[serde(
        rename = "InstanceCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_count: ::std::option::Option<u64>,
    /// `EnhancedService`.
    #[serde(
        rename = "EnhancedService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enhanced_service: ::std::option::Option<crate::models::EnhancedService>,
    /// `UserData`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `DisasterRecoverGroupIds`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ActionTimer`.
    #[serde(
        rename = "ActionTimer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer: ::std::option::Option<crate::models::ActionTimer>,
    /// `InstanceMarketOptions`.
    #[serde(
        rename = "InstanceMarketOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_market_options: ::std::option::Option<crate::models::InstanceMarketOptionsRequest>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `ClientToken`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `InstanceChargePrepaid`.
    #[serde(
        rename = "InstanceChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_prepaid: ::std::option::Option<crate::models::InstanceChargePrepaid>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
    /// `DisableApiTermination`.
    #[serde(
        rename = "DisableApiTermination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_api_termination: ::std::option::Option<bool>,
}
/// The `LaunchTemplateVersionInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionInfo {
    /// `LaunchTemplateVersion`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<u64>,
    /// `LaunchTemplateVersionData`.
    #[serde(
        rename = "LaunchTemplateVersionData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_data:
        ::std::option::Option<crate::models::LaunchTemplateVersionData>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `IsDefaultVersion`.
    #[serde(
        rename = "IsDefaultVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default_version: ::std::option::Option<bool>,
    /// `LaunchTemplateVersionDescription`.
    #[serde(
        rename = "LaunchTemplateVersionDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_description: ::std::option::Option<::std::string::String>,
    /// `CreatedBy`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::std::string::String>,
}
/// The `LocalDiskType` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LocalDiskType {
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `PartitionType`.
    #[serde(
        rename = "PartitionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_type: ::std::option::Option<::std::string::String>,
    /// `MinSize`.
    #[serde(
        rename = "MinSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_size: ::std::option::Option<i64>,
    /// `MaxSize`.
    #[serde(
        rename = "MaxSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_size: ::std::option::Option<i64>,
    /// `Required`.
    #[serde(
        rename = "Required",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required: ::std::option::Option<::std::string::String>,
}
/// The `LoginSettings` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LoginSettings {
    /// `Password`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `KeyIds`.
    #[serde(
        rename = "KeyIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `KeepImageLogin`.
    #[serde(
        rename = "KeepImageLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub keep_image_login: ::std::option::Option<::std::string::String>,
}
impl ::std::fmt::Debug for LoginSettings {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LoginSettings")
            .field("password", &"***")
            .field("key_ids", &self.key_ids)
            .field("keep_image_login", &self.keep_image_login)
            .finish()
    }
}
/// The `Metadata` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Metadata {
    /// `Items`.
    #[serde(
        rename = "Items",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items: ::std::option::Option<::std::vec::Vec<crate::models::MetadataItem>>,
}
/// The `MetadataItem` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetadataItem {
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
/// The `NetworkInterfaces` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfaces {
    /// `InterfaceType`. Required.
    #[serde(rename = "InterfaceType")]
    pub interface_type: ::std::string::String,
    /// `VpcId`. Required.
    #[serde(rename = "VpcId")]
    pub vpc_id: ::std::string::String,
    /// `SubnetId`. Required.
    #[serde(rename = "SubnetId")]
    pub subnet_id: ::std::string::String,
    /// `PrivateIpv4AddressCount`. Required.
    #[serde(rename = "PrivateIpv4AddressCount")]
    pub private_ipv4_address_count: i64,
    /// `NetworkInterfaceId`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DeleteWithInstance`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
}
impl NetworkInterfaces {
    /// A `NetworkInterfaces` with its required members: `InterfaceType`, `VpcId`, `SubnetId`, `PrivateIpv4AddressCount`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        interface_type: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
        subnet_id: impl ::std::convert::Into<::std::string::String>,
        private_ipv4_address_count: i64,
    ) -> Self {
        Self {
            interface_type: interface_type.into(),
            vpc_id: vpc_id.into(),
            subnet_id: subnet_id.into(),
            private_ipv4_address_count,
            network_interface_id: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            delete_with_instance: ::std::option::Option::None,
        }
    }
    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_group_ids = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }
}
/// The `OperationCountLimit` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OperationCountLimit {
    /// `Operation`.
    #[serde(
        rename = "Operation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `CurrentCount`.
    #[serde(
        rename = "CurrentCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i64>,
    /// `LimitCount`.
    #[serde(
        rename = "LimitCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit_count: ::std::option::Option<i64>,
}
/// The `OsVersion` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OsVersion {
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `OsVersions`.
    #[serde(
        rename = "OsVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Architecture`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Placement` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Placement {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `ProjectId`.
    #[serde(
        rename = "ProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<i64>,
    /// `HostIds`.
    #[serde(
        rename = "HostIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `HostId`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedResourcePackTenancy`.
    #[serde(
        rename = "DedicatedResourcePackTenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_tenancy: ::std::option::Option<::std::string::String>,
    /// `DedicatedResourcePackIds`.
    #[serde(
        rename = "DedicatedResourcePackIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RackId`.
    #[serde(
        rename = "RackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack_id: ::std::option::Option<::std::string::String>,
}
/// The `PostPaidQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PostPaidQuota {
    /// `UsedQuota`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `RemainingQuota`.
    #[serde(
        rename = "RemainingQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
}
/// The `PrePaidQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PrePaidQuota {
    /// `UsedQuota`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `OnceQuota`.
    #[serde(
        rename = "OnceQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub once_quota: ::std::option::Option<u64>,
    /// `RemainingQuota`.
    #[serde(
        rename = "RemainingQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
}
/// The `Price` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Price {
    /// `InstancePrice`.
    #[serde(
        rename = "InstancePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_price: ::std::option::Option<crate::models::ItemPrice>,
    /// `BandwidthPrice`.
    #[serde(
        rename = "BandwidthPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_price: ::std::option::Option<crate::models::ItemPrice>,
}
/// The `RegionInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RegionInfo {
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// `RegionName`.
    #[serde(
        rename = "RegionName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::std::string::String>,
    /// `RegionState`.
    #[serde(
        rename = "RegionState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_state: ::std::option::Option<::std::string::String>,
}
/// The `RepairTaskInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RepairTaskInfo {
    /// `TaskId`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Alias`.
    #[serde(
        rename = "Alias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alias: ::std::option::Option<::std::string::String>,
    /// `TaskTypeId`.
    #[serde(
        rename = "TaskTypeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_type_id: ::std::option::Option<u64>,
    /// `TaskTypeName`.
    #[serde(
        rename = "TaskTypeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_type_name: ::std::option::Option<::std::string::String>,
    /// `TaskStatus`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<u64>,
    /// `DeviceStatus`.
    #[serde(
        rename = "DeviceStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_status: ::std::option::Option<u64>,
    /// `OperateStatus`.
    #[serde(
        rename = "OperateStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operate_status: ::std::option::Option<u64>,
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `AuthTime`.
    #[serde(
        rename = "AuthTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `TaskDetail`.
    #[serde(
        rename = "TaskDetail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_detail: ::std::option::Option<::std::string::String>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `VpcName`.
    #[serde(
        rename = "VpcName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::std::string::String>,
    /// `SubnetId`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// `SubnetName`.
    #[serde(
        rename = "SubnetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_name: ::std::option::Option<::std::string::String>,
    /// `WanIp`.
    #[serde(
        rename = "WanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wan_ip: ::std::option::Option<::std::string::String>,
    /// `LanIp`.
    #[serde(
        rename = "LanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lan_ip: ::std::option::Option<::std::string::String>,
    /// `Product`.
    #[serde(
        rename = "Product",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product: ::std::option::Option<::std::string::String>,
    /// `TaskSubType`.
    #[serde(
        rename = "TaskSubType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_sub_type: ::std::option::Option<::std::string::String>,
    /// `AuthType`.
    #[serde(
        rename = "AuthType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_type: ::std::option::Option<u64>,
    /// `AuthSource`.
    #[serde(
        rename = "AuthSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_source: ::std::option::Option<::std::string::String>,
}
/// The `ResourceCount` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourceCount {
    /// `Cpu`.
    #[serde(rename = "Cpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<u64>,
    /// `Memory`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<u64>,
    /// `Gpu`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<u64>,
    /// `Disk`.
    #[serde(
        rename = "Disk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<u64>,
}
/// The `ResourcePoolPack` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcePoolPack {
    /// `DedicatedResourcePackId`.
    #[serde(
        rename = "DedicatedResourcePackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedResourcePackName`.
    #[serde(
        rename = "DedicatedResourcePackName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_name: ::std::option::Option<::std::string::String>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
    /// `ResourcePoolPackType`.
    #[serde(
        rename = "ResourcePoolPackType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_pool_pack_type: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `TotalCapacity`.
    #[serde(
        rename = "TotalCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_capacity: ::std::option::Option<crate::models::ResourceCount>,
    /// `AvailableCapacity`.
    #[serde(
        rename = "AvailableCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_capacity: ::std::option::Option<crate::models::ResourceCount>,
    /// `HostIp`.
    #[serde(
        rename = "HostIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_ip: ::std::option::Option<::std::string::String>,
    /// `RackId`.
    #[serde(
        rename = "RackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack_id: ::std::option::Option<::std::string::String>,
    /// `SwitchId`.
    #[serde(
        rename = "SwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub switch_id: ::std::option::Option<::std::string::String>,
    /// `AutoPlacement`.
    #[serde(
        rename = "AutoPlacement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_placement: ::std::option::Option<bool>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
}
/// The `ResourcePoolPackInstance` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResourcePoolPackInstance {
    /// `DedicatedResourcePackId`.
    #[serde(
        rename = "DedicatedResourcePackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_id: ::std::option::Option<::std::string::String>,
    /// `InstanceIdSet`.
    #[serde(
        rename = "InstanceIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
}
/// The `RunAutomationServiceEnabled` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RunAutomationServiceEnabled {
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}
/// The `RunMonitorServiceEnabled` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RunMonitorServiceEnabled {
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}
/// The `RunSecurityServiceEnabled` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RunSecurityServiceEnabled {
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}
/// The `SharePermission` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SharePermission {
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `AccountId`.
    #[serde(
        rename = "AccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
}
/// The `Snapshot` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Snapshot {
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `DiskUsage`.
    #[serde(
        rename = "DiskUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_usage: ::std::option::Option<::std::string::String>,
    /// `DiskSize`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
}
/// The `SpotMarketOptions` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SpotMarketOptions {
    /// `MaxPrice`.
    #[serde(
        rename = "MaxPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_price: ::std::option::Option<::std::string::String>,
    /// `SpotInstanceType`.
    #[serde(
        rename = "SpotInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_instance_type: ::std::option::Option<::std::string::String>,
}
/// The `SpotPaidQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SpotPaidQuota {
    /// `UsedQuota`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `RemainingQuota`.
    #[serde(
        rename = "RemainingQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
}
/// The `StorageBlock` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StorageBlock {
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `MinSize`.
    #[serde(
        rename = "MinSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_size: ::std::option::Option<i64>,
    /// `MaxSize`.
    #[serde(
        rename = "MaxSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_size: ::std::option::Option<i64>,
}
/// The `SyncImage` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SyncImage {
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
}
/// The `SystemDisk` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SystemDisk {
    /// `DiskType`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::std::string::String>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `DiskSize`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
    /// `CdcId`.
    #[serde(
        rename = "CdcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cdc_id: ::std::option::Option<::std::string::String>,
    /// `DiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `Encrypt`.
    #[serde(
        rename = "Encrypt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
    /// `KmsKeyId`.
    #[serde(
        rename = "KmsKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}
/// The `Tag` object.
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
/// The `TagSpecification` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagSpecification {
    /// `ResourceType`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}
/// The `TargetOS` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TargetOs {
    /// `TargetOSType`.
    #[serde(
        rename = "TargetOSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_type: ::std::option::Option<::std::string::String>,
    /// `TargetOSVersion`.
    #[serde(
        rename = "TargetOSVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_version: ::std::option::Option<::std::string::String>,
}
/// The `VirtualPrivateCloud` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct VirtualPrivateCloud {
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `SubnetId`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// `AsVpcGateway`.
    #[serde(
        rename = "AsVpcGateway",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub as_vpc_gateway: ::std::option::Option<bool>,
    /// `PrivateIpAddresses`.
    #[serde(
        rename = "PrivateIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6AddressCount`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<u64>,
}
/// The `ZoneInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ZoneInfo {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `ZoneName`.
    #[serde(
        rename = "ZoneName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_name: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `ZoneState`.
    #[serde(
        rename = "ZoneState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_state: ::std::option::Option<::std::string::String>,
}
