//! `CreateLaunchTemplate`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateLaunchTemplate>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateLaunchTemplate",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TemplateTag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VersionDescription",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageOwnerAlias",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PasswordInherit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthIn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthOut",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HostName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Size",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.DiskName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Iops",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.PerformanceLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.DeleteWithInstance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.AutoSnapshotPolicyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.ProvisionedIops",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.BurstingEnabled",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableVmOsConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UserData",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RamRoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoReleaseTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotPriceLimit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotDuration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TemplateResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityEnhancementStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6AddressCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDisk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterface",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Encrypted",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeletionProtection",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CreditSpecification",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenew",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenewPeriod",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_launch_template`](crate::Client::create_launch_template) (`CreateLaunchTemplate`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateLaunchTemplateRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `TemplateTag` (query, sent as `TemplateTag.1`, `TemplateTag.2`, …).
    ///
    /// At most 20 items.
    #[serde(
        rename = "TemplateTag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `LaunchTemplateName` (query). Required.
    ///
    /// Example: `testLaunchTemplateName`.
    #[serde(rename = "LaunchTemplateName")]
    pub launch_template_name: ::std::string::String,
    /// `VersionDescription` (query).
    ///
    /// Example: `testVersionDescription`.
    #[serde(
        rename = "VersionDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_description: ::std::option::Option<::std::string::String>,
    /// `ImageId` (query).
    ///
    /// Example: `win2008r2_64_ent_sp1_en-us_40G_alibase_20170915.vhd`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ImageOwnerAlias` (query).
    ///
    /// Example: `system`.
    #[serde(
        rename = "ImageOwnerAlias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_alias: ::std::option::Option<::std::string::String>,
    /// `PasswordInherit` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "PasswordInherit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_inherit: ::std::option::Option<bool>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query).
    ///
    /// Example: `sg-bp15ed6xe1yxeycg****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `VpcId` (query).
    ///
    /// Example: `vpc-bp12433upq1y5scen****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query).
    ///
    /// Example: `vsw-bp1s5fnvk4gn2tws0****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `InstanceName` (query).
    ///
    /// Example: `testInstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testECSDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `InternetMaxBandwidthIn` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i32>,
    /// `InternetMaxBandwidthOut` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `HostName` (query).
    ///
    /// Example: `testHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.Category` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "SystemDisk.Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.Size` (query).
    ///
    /// Example: `40`.
    #[serde(
        rename = "SystemDisk.Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size: ::std::option::Option<i32>,
    /// `SystemDisk.DiskName` (query).
    ///
    /// Example: `testSystemDiskName`.
    #[serde(
        rename = "SystemDisk.DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_disk_name: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.Description` (query).
    ///
    /// Example: `testSystemDiskDescription`.
    #[serde(
        rename = "SystemDisk.Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_description: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.Iops` (query).
    #[serde(
        rename = "SystemDisk.Iops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_iops: ::std::option::Option<i32>,
    /// `SystemDisk.PerformanceLevel` (query).
    ///
    /// Example: `PL0`.
    #[serde(
        rename = "SystemDisk.PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_performance_level: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.DeleteWithInstance` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "SystemDisk.DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_delete_with_instance: ::std::option::Option<bool>,
    /// `SystemDisk.AutoSnapshotPolicyId` (query).
    ///
    /// Example: `sp-gc7c37d4ylw7mtnk****`.
    #[serde(
        rename = "SystemDisk.AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.ProvisionedIops` (query).
    ///
    /// Example: `50000`.
    #[serde(
        rename = "SystemDisk.ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_provisioned_iops: ::std::option::Option<i64>,
    /// `SystemDisk.BurstingEnabled` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "SystemDisk.BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_bursting_enabled: ::std::option::Option<bool>,
    /// `IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `Period` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `InternetChargeType` (query).
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `EnableVmOsConfig` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableVmOsConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_vm_os_config: ::std::option::Option<bool>,
    /// `NetworkType` (query).
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::std::string::String>,
    /// `UserData` (query).
    ///
    /// Example: `ZWNobyBoZWxsbyBlY3Mh`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `KeyPairName` (query).
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `RamRoleName` (query).
    ///
    /// Example: `testRamRoleName`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
    /// `AutoReleaseTime` (query).
    ///
    /// Example: `2018-01-01T12:05:00Z`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::std::string::String>,
    /// `SpotStrategy` (query).
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::std::string::String>,
    /// `SpotPriceLimit` (query).
    ///
    /// From 0 to 999999.
    ///
    /// Example: `0.97`.
    #[serde(
        rename = "SpotPriceLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price_limit: ::std::option::Option<f64>,
    /// `SpotDuration` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i32>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `TemplateResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "TemplateResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_resource_group_id: ::std::option::Option<::std::string::String>,
    /// `SecurityEnhancementStrategy` (query).
    ///
    /// Example: `Deactive`.
    #[serde(
        rename = "SecurityEnhancementStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_enhancement_strategy: ::std::option::Option<::std::string::String>,
    /// `PrivateIpAddress` (query).
    ///
    /// Example: `10.1.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetId` (query).
    ///
    /// Example: `ds-bp1brhwhoqinyjd6****`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::std::string::String>,
    /// `Ipv6AddressCount` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<i32>,
    /// `DataDisk` (query, sent as `DataDisk.1`, `DataDisk.2`, …).
    ///
    /// At most 16 items.
    #[serde(
        rename = "DataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `NetworkInterface` (query, sent as `NetworkInterface.1`, `NetworkInterface.2`, …).
    ///
    /// At most 8 items.
    #[serde(
        rename = "NetworkInterface",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<::std::vec::Vec<crate::models::NetworkInterface>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `SecurityGroupIds` (query, sent as `SecurityGroupIds.1`, `SecurityGroupIds.2`, …).
    ///
    /// At most 16 items.
    ///
    /// Example: `sg-bp15ed6xe1yxeycg7****`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `SystemDisk.Encrypted` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "SystemDisk.Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_encrypted: ::std::option::Option<::std::string::String>,
    /// `DeletionProtection` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeletionProtection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    /// `CreditSpecification` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_specification: ::std::option::Option<::std::string::String>,
    /// `AutoRenew` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `AutoRenewPeriod` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "AutoRenewPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
}

impl CreateLaunchTemplateRequest {
    /// A `CreateLaunchTemplateRequest` with its required members: `RegionId`, `LaunchTemplateName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        launch_template_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            template_tag: ::std::option::Option::None,
            launch_template_name: launch_template_name.into(),
            version_description: ::std::option::Option::None,
            image_id: ::std::option::Option::None,
            image_owner_alias: ::std::option::Option::None,
            password_inherit: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            vpc_id: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            instance_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            internet_max_bandwidth_in: ::std::option::Option::None,
            internet_max_bandwidth_out: ::std::option::Option::None,
            host_name: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            system_disk_category: ::std::option::Option::None,
            system_disk_size: ::std::option::Option::None,
            system_disk_disk_name: ::std::option::Option::None,
            system_disk_description: ::std::option::Option::None,
            system_disk_iops: ::std::option::Option::None,
            system_disk_performance_level: ::std::option::Option::None,
            system_disk_delete_with_instance: ::std::option::Option::None,
            system_disk_auto_snapshot_policy_id: ::std::option::Option::None,
            system_disk_provisioned_iops: ::std::option::Option::None,
            system_disk_bursting_enabled: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            period: ::std::option::Option::None,
            internet_charge_type: ::std::option::Option::None,
            enable_vm_os_config: ::std::option::Option::None,
            network_type: ::std::option::Option::None,
            user_data: ::std::option::Option::None,
            key_pair_name: ::std::option::Option::None,
            ram_role_name: ::std::option::Option::None,
            auto_release_time: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            spot_price_limit: ::std::option::Option::None,
            spot_duration: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            template_resource_group_id: ::std::option::Option::None,
            security_enhancement_strategy: ::std::option::Option::None,
            private_ip_address: ::std::option::Option::None,
            deployment_set_id: ::std::option::Option::None,
            ipv6_address_count: ::std::option::Option::None,
            data_disk: ::std::option::Option::None,
            network_interface: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            system_disk_encrypted: ::std::option::Option::None,
            deletion_protection: ::std::option::Option::None,
            credit_specification: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            auto_renew_period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
        }
    }

    /// Sets `TemplateTag`.
    pub fn template_tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.template_tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `VersionDescription`.
    pub fn version_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.version_description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageOwnerAlias`.
    pub fn image_owner_alias(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_owner_alias = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PasswordInherit`.
    pub fn password_inherit(mut self, value: bool) -> Self {
        self.password_inherit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternetMaxBandwidthIn`.
    pub fn internet_max_bandwidth_in(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_in = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_out = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk.Category`.
    pub fn system_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk.Size`.
    pub fn system_disk_size(mut self, value: i32) -> Self {
        self.system_disk_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk.DiskName`.
    pub fn system_disk_disk_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk.Description`.
    pub fn system_disk_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk.Iops`.
    pub fn system_disk_iops(mut self, value: i32) -> Self {
        self.system_disk_iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk.PerformanceLevel`.
    pub fn system_disk_performance_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_performance_level = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk.DeleteWithInstance`.
    pub fn system_disk_delete_with_instance(mut self, value: bool) -> Self {
        self.system_disk_delete_with_instance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk.AutoSnapshotPolicyId`.
    pub fn system_disk_auto_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_auto_snapshot_policy_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk.ProvisionedIops`.
    pub fn system_disk_provisioned_iops(mut self, value: i64) -> Self {
        self.system_disk_provisioned_iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk.BurstingEnabled`.
    pub fn system_disk_bursting_enabled(mut self, value: bool) -> Self {
        self.system_disk_bursting_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.io_optimized = ::std::option::Option::Some(value.into());
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

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InternetChargeType`.
    pub fn internet_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internet_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EnableVmOsConfig`.
    pub fn enable_vm_os_config(mut self, value: bool) -> Self {
        self.enable_vm_os_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkType`.
    pub fn network_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.network_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `KeyPairName`.
    pub fn key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_pair_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RamRoleName`.
    pub fn ram_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ram_role_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoReleaseTime`.
    pub fn auto_release_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_release_time = ::std::option::Option::Some(value.into());
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

    /// Sets `SpotPriceLimit`.
    pub fn spot_price_limit(mut self, value: f64) -> Self {
        self.spot_price_limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SpotDuration`.
    pub fn spot_duration(mut self, value: i32) -> Self {
        self.spot_duration = ::std::option::Option::Some(value);
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

    /// Sets `TemplateResourceGroupId`.
    pub fn template_resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityEnhancementStrategy`.
    pub fn security_enhancement_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_enhancement_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeploymentSetId`.
    pub fn deployment_set_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_set_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i32) -> Self {
        self.ipv6_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DataDisk`.
    pub fn data_disk(mut self, value: ::std::vec::Vec<crate::models::DataDisk>) -> Self {
        self.data_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkInterface`.
    pub fn network_interface(
        mut self,
        value: ::std::vec::Vec<crate::models::NetworkInterface>,
    ) -> Self {
        self.network_interface = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `SystemDisk.Encrypted`.
    pub fn system_disk_encrypted(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeletionProtection`.
    pub fn deletion_protection(mut self, value: bool) -> Self {
        self.deletion_protection = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CreditSpecification`.
    pub fn credit_specification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credit_specification = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoRenew`.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoRenewPeriod`.
    pub fn auto_renew_period(mut self, value: i32) -> Self {
        self.auto_renew_period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateLaunchTemplateRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateLaunchTemplateRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("template_tag", d::opt(&self.template_tag)),
                ("launch_template_name", d::req(&self.launch_template_name)),
                ("version_description", d::opt(&self.version_description)),
                ("image_id", d::opt(&self.image_id)),
                ("image_owner_alias", d::opt(&self.image_owner_alias)),
                ("password_inherit", d::opt(&self.password_inherit)),
                ("instance_type", d::opt(&self.instance_type)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("description", d::opt(&self.description)),
                (
                    "internet_max_bandwidth_in",
                    d::opt(&self.internet_max_bandwidth_in),
                ),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                ("host_name", d::opt(&self.host_name)),
                ("zone_id", d::opt(&self.zone_id)),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                ("system_disk_size", d::opt(&self.system_disk_size)),
                ("system_disk_disk_name", d::opt(&self.system_disk_disk_name)),
                (
                    "system_disk_description",
                    d::opt(&self.system_disk_description),
                ),
                ("system_disk_iops", d::opt(&self.system_disk_iops)),
                (
                    "system_disk_performance_level",
                    d::opt(&self.system_disk_performance_level),
                ),
                (
                    "system_disk_delete_with_instance",
                    d::opt(&self.system_disk_delete_with_instance),
                ),
                (
                    "system_disk_auto_snapshot_policy_id",
                    d::opt(&self.system_disk_auto_snapshot_policy_id),
                ),
                (
                    "system_disk_provisioned_iops",
                    d::opt(&self.system_disk_provisioned_iops),
                ),
                (
                    "system_disk_bursting_enabled",
                    d::opt(&self.system_disk_bursting_enabled),
                ),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("period", d::opt(&self.period)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("enable_vm_os_config", d::opt(&self.enable_vm_os_config)),
                ("network_type", d::opt(&self.network_type)),
                ("user_data", d::opt(&self.user_data)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
                ("auto_release_time", d::opt(&self.auto_release_time)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("spot_price_limit", d::opt(&self.spot_price_limit)),
                ("spot_duration", d::opt(&self.spot_duration)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                (
                    "template_resource_group_id",
                    d::opt(&self.template_resource_group_id),
                ),
                (
                    "security_enhancement_strategy",
                    d::opt(&self.security_enhancement_strategy),
                ),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                ("ipv6_address_count", d::opt(&self.ipv6_address_count)),
                ("data_disk", d::opt(&self.data_disk)),
                ("network_interface", d::opt(&self.network_interface)),
                ("tag", d::opt(&self.tag)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("system_disk_encrypted", d::opt(&self.system_disk_encrypted)),
                ("deletion_protection", d::opt(&self.deletion_protection)),
                ("credit_specification", d::opt(&self.credit_specification)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("auto_renew_period", d::opt(&self.auto_renew_period)),
                ("period_unit", d::opt(&self.period_unit)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateLaunchTemplateRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "TemplateTag",
            "LaunchTemplateName",
            "VersionDescription",
            "ImageId",
            "ImageOwnerAlias",
            "PasswordInherit",
            "InstanceType",
            "SecurityGroupId",
            "VpcId",
            "VSwitchId",
            "InstanceName",
            "Description",
            "InternetMaxBandwidthIn",
            "InternetMaxBandwidthOut",
            "HostName",
            "ZoneId",
            "SystemDisk.Category",
            "SystemDisk.Size",
            "SystemDisk.DiskName",
            "SystemDisk.Description",
            "SystemDisk.Iops",
            "SystemDisk.PerformanceLevel",
            "SystemDisk.DeleteWithInstance",
            "SystemDisk.AutoSnapshotPolicyId",
            "SystemDisk.ProvisionedIops",
            "SystemDisk.BurstingEnabled",
            "IoOptimized",
            "InstanceChargeType",
            "Period",
            "InternetChargeType",
            "EnableVmOsConfig",
            "NetworkType",
            "UserData",
            "KeyPairName",
            "RamRoleName",
            "AutoReleaseTime",
            "SpotStrategy",
            "SpotPriceLimit",
            "SpotDuration",
            "ResourceGroupId",
            "TemplateResourceGroupId",
            "SecurityEnhancementStrategy",
            "PrivateIpAddress",
            "DeploymentSetId",
            "Ipv6AddressCount",
            "DataDisk",
            "NetworkInterface",
            "Tag",
            "SecurityGroupIds",
            "SystemDisk.Encrypted",
            "DeletionProtection",
            "CreditSpecification",
            "AutoRenew",
            "AutoRenewPeriod",
            "PeriodUnit",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 57] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_template_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_version_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_owner_alias: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password_inherit: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_v_switch_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_in: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_system_disk_disk_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_iops: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_system_disk_performance_level: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_delete_with_instance: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_system_disk_auto_snapshot_policy_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_system_disk_provisioned_iops: ::std::option::Option<i64> =
            ::std::option::Option::None;
        let mut m_system_disk_bursting_enabled: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_internet_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_enable_vm_os_config: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_network_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_release_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_price_limit: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_spot_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_template_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_enhancement_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ipv6_address_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_data_disk: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>> =
            ::std::option::Option::None;
        let mut m_network_interface: ::std::option::Option<
            ::std::vec::Vec<crate::models::NetworkInterface>,
        > = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_system_disk_encrypted: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deletion_protection: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_credit_specification: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_renew_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_template_tag = r.decode()?,
                2 => m_launch_template_name = r.decode()?,
                3 => m_version_description = r.decode()?,
                4 => m_image_id = r.decode()?,
                5 => m_image_owner_alias = r.decode()?,
                6 => m_password_inherit = r.decode()?,
                7 => m_instance_type = r.decode()?,
                8 => m_security_group_id = r.decode()?,
                9 => m_vpc_id = r.decode()?,
                10 => m_v_switch_id = r.decode()?,
                11 => m_instance_name = r.decode()?,
                12 => m_description = r.decode()?,
                13 => m_internet_max_bandwidth_in = r.decode()?,
                14 => m_internet_max_bandwidth_out = r.decode()?,
                15 => m_host_name = r.decode()?,
                16 => m_zone_id = r.decode()?,
                17 => m_system_disk_category = r.decode()?,
                18 => m_system_disk_size = r.decode()?,
                19 => m_system_disk_disk_name = r.decode()?,
                20 => m_system_disk_description = r.decode()?,
                21 => m_system_disk_iops = r.decode()?,
                22 => m_system_disk_performance_level = r.decode()?,
                23 => m_system_disk_delete_with_instance = r.decode()?,
                24 => m_system_disk_auto_snapshot_policy_id = r.decode()?,
                25 => m_system_disk_provisioned_iops = r.decode()?,
                26 => m_system_disk_bursting_enabled = r.decode()?,
                27 => m_io_optimized = r.decode()?,
                28 => m_instance_charge_type = r.decode()?,
                29 => m_period = r.decode()?,
                30 => m_internet_charge_type = r.decode()?,
                31 => m_enable_vm_os_config = r.decode()?,
                32 => m_network_type = r.decode()?,
                33 => m_user_data = r.decode()?,
                34 => m_key_pair_name = r.decode()?,
                35 => m_ram_role_name = r.decode()?,
                36 => m_auto_release_time = r.decode()?,
                37 => m_spot_strategy = r.decode()?,
                38 => m_spot_price_limit = r.decode()?,
                39 => m_spot_duration = r.decode()?,
                40 => m_resource_group_id = r.decode()?,
                41 => m_template_resource_group_id = r.decode()?,
                42 => m_security_enhancement_strategy = r.decode()?,
                43 => m_private_ip_address = r.decode()?,
                44 => m_deployment_set_id = r.decode()?,
                45 => m_ipv6_address_count = r.decode()?,
                46 => m_data_disk = r.decode()?,
                47 => m_network_interface = r.decode()?,
                48 => m_tag = r.decode()?,
                49 => m_security_group_ids = r.decode()?,
                50 => m_system_disk_encrypted = r.decode()?,
                51 => m_deletion_protection = r.decode()?,
                52 => m_credit_specification = r.decode()?,
                53 => m_auto_renew = r.decode()?,
                54 => m_auto_renew_period = r.decode()?,
                55 => m_period_unit = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateLaunchTemplateRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            template_tag: m_template_tag,
            launch_template_name: m_launch_template_name
                .ok_or_else(|| r.missing("LaunchTemplateName"))?,
            version_description: m_version_description,
            image_id: m_image_id,
            image_owner_alias: m_image_owner_alias,
            password_inherit: m_password_inherit,
            instance_type: m_instance_type,
            security_group_id: m_security_group_id,
            vpc_id: m_vpc_id,
            v_switch_id: m_v_switch_id,
            instance_name: m_instance_name,
            description: m_description,
            internet_max_bandwidth_in: m_internet_max_bandwidth_in,
            internet_max_bandwidth_out: m_internet_max_bandwidth_out,
            host_name: m_host_name,
            zone_id: m_zone_id,
            system_disk_category: m_system_disk_category,
            system_disk_size: m_system_disk_size,
            system_disk_disk_name: m_system_disk_disk_name,
            system_disk_description: m_system_disk_description,
            system_disk_iops: m_system_disk_iops,
            system_disk_performance_level: m_system_disk_performance_level,
            system_disk_delete_with_instance: m_system_disk_delete_with_instance,
            system_disk_auto_snapshot_policy_id: m_system_disk_auto_snapshot_policy_id,
            system_disk_provisioned_iops: m_system_disk_provisioned_iops,
            system_disk_bursting_enabled: m_system_disk_bursting_enabled,
            io_optimized: m_io_optimized,
            instance_charge_type: m_instance_charge_type,
            period: m_period,
            internet_charge_type: m_internet_charge_type,
            enable_vm_os_config: m_enable_vm_os_config,
            network_type: m_network_type,
            user_data: m_user_data,
            key_pair_name: m_key_pair_name,
            ram_role_name: m_ram_role_name,
            auto_release_time: m_auto_release_time,
            spot_strategy: m_spot_strategy,
            spot_price_limit: m_spot_price_limit,
            spot_duration: m_spot_duration,
            resource_group_id: m_resource_group_id,
            template_resource_group_id: m_template_resource_group_id,
            security_enhancement_strategy: m_security_enhancement_strategy,
            private_ip_address: m_private_ip_address,
            deployment_set_id: m_deployment_set_id,
            ipv6_address_count: m_ipv6_address_count,
            data_disk: m_data_disk,
            network_interface: m_network_interface,
            tag: m_tag,
            security_group_ids: m_security_group_ids,
            system_disk_encrypted: m_system_disk_encrypted,
            deletion_protection: m_deletion_protection,
            credit_specification: m_credit_specification,
            auto_renew: m_auto_renew,
            auto_renew_period: m_auto_renew_period,
            period_unit: m_period_unit,
        })
    }
}

/// The response of [`Client::create_launch_template`](crate::Client::create_launch_template) (`CreateLaunchTemplate`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateLaunchTemplateResponse {
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-m5eiaupmvm2op9d****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateVersionNumber`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "LaunchTemplateVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_number: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateLaunchTemplateResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateLaunchTemplateResponse",
            &[
                ("launch_template_id", d::opt(&self.launch_template_id)),
                (
                    "launch_template_version_number",
                    d::opt(&self.launch_template_version_number),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateLaunchTemplateResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LaunchTemplateId",
            "LaunchTemplateVersionNumber",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CreateLaunchTemplateResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_id = r.decode()?,
                1 => out.launch_template_version_number = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
