//! `CreateAutoProvisioningGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateAutoProvisioningGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateAutoProvisioningGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoProvisioningGroupName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoProvisioningGroupType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotAllocationStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotInstanceInterruptionBehavior",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotInstancePoolsToUseCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PayAsYouGoAllocationStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExcessCapacityTerminationPolicy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ValidFrom",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ValidUntil",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TerminateInstancesWithExpiration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TerminateInstances",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxSpotPrice",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TotalTargetCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PayAsYouGoTargetCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotTargetCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DefaultTargetCapacityType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateVersion",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.IoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.InternetChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.InternetMaxBandwidthIn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.InternetMaxBandwidthOut",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.InstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.HostName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.InstanceDescription",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.RamRoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SecurityEnhancementStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.UserData",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SystemDiskCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SystemDiskSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SystemDiskName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SystemDiskDescription",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SystemDiskPerformanceLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.PasswordInherit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.CreditSpecification",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.Password",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.DeploymentSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.DataDisk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDiskConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDiskConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.HostNames",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinTargetCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SecurityGroupIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.SystemDisk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.Arn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HibernationOptionsConfigured",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.AutoReleaseTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchConfiguration.ImageFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `LaunchTemplateConfig` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateConfig {
    /// `Architectures`.
    ///
    /// At most 5 items.
    #[serde(
        rename = "Architectures",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architectures: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `BurstablePerformance`.
    ///
    /// Example: `Include`.
    #[serde(
        rename = "BurstablePerformance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub burstable_performance: ::std::option::Option<::std::string::String>,
    /// `Cores`.
    ///
    /// At most 5 items.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<::std::vec::Vec<i32>>,
    /// `ExcludedInstanceTypes`.
    ///
    /// At most 5 items.
    #[serde(
        rename = "ExcludedInstanceTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excluded_instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceFamilyLevel`.
    ///
    /// Example: `EnterpriseLevel`.
    #[serde(
        rename = "InstanceFamilyLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_level: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `MaxPrice`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "MaxPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_price: ::std::option::Option<f64>,
    /// `MaxQuantity`.
    #[serde(
        rename = "MaxQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_quantity: ::std::option::Option<i32>,
    /// `Memories`.
    ///
    /// At most 5 items.
    #[serde(
        rename = "Memories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memories: ::std::option::Option<::std::vec::Vec<f64>>,
    /// `Priority`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<i32>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-sn5bsitu4lfzgc5o7****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `WeightedCapacity`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "WeightedCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weighted_capacity: ::std::option::Option<f64>,
}

impl LaunchTemplateConfig {
    /// An empty `LaunchTemplateConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            architectures: ::std::option::Option::None,
            burstable_performance: ::std::option::Option::None,
            cores: ::std::option::Option::None,
            excluded_instance_types: ::std::option::Option::None,
            instance_family_level: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            max_price: ::std::option::Option::None,
            max_quantity: ::std::option::Option::None,
            memories: ::std::option::Option::None,
            priority: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            weighted_capacity: ::std::option::Option::None,
        }
    }

    /// Sets `Architectures`.
    pub fn architectures(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.architectures = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `BurstablePerformance`.
    pub fn burstable_performance(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.burstable_performance = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Cores`.
    pub fn cores(mut self, value: ::std::vec::Vec<i32>) -> Self {
        self.cores = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ExcludedInstanceTypes`.
    pub fn excluded_instance_types(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.excluded_instance_types = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `InstanceFamilyLevel`.
    pub fn instance_family_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_family_level = ::std::option::Option::Some(value.into());
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

    /// Sets `MaxPrice`.
    pub fn max_price(mut self, value: f64) -> Self {
        self.max_price = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaxQuantity`.
    pub fn max_quantity(mut self, value: i32) -> Self {
        self.max_quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Memories`.
    pub fn memories(mut self, value: ::std::vec::Vec<f64>) -> Self {
        self.memories = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Priority`.
    pub fn priority(mut self, value: i32) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `WeightedCapacity`.
    pub fn weighted_capacity(mut self, value: f64) -> Self {
        self.weighted_capacity = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for LaunchTemplateConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateConfig",
            &[
                ("architectures", d::opt(&self.architectures)),
                ("burstable_performance", d::opt(&self.burstable_performance)),
                ("cores", d::opt(&self.cores)),
                (
                    "excluded_instance_types",
                    d::opt(&self.excluded_instance_types),
                ),
                ("instance_family_level", d::opt(&self.instance_family_level)),
                ("instance_type", d::opt(&self.instance_type)),
                ("max_price", d::opt(&self.max_price)),
                ("max_quantity", d::opt(&self.max_quantity)),
                ("memories", d::opt(&self.memories)),
                ("priority", d::opt(&self.priority)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("weighted_capacity", d::opt(&self.weighted_capacity)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Architectures",
            "BurstablePerformance",
            "Cores",
            "ExcludedInstanceTypes",
            "InstanceFamilyLevel",
            "InstanceType",
            "MaxPrice",
            "MaxQuantity",
            "Memories",
            "Priority",
            "VSwitchId",
            "WeightedCapacity",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.architectures = r.decode()?,
                1 => out.burstable_performance = r.decode()?,
                2 => out.cores = r.decode()?,
                3 => out.excluded_instance_types = r.decode()?,
                4 => out.instance_family_level = r.decode()?,
                5 => out.instance_type = r.decode()?,
                6 => out.max_price = r.decode()?,
                7 => out.max_quantity = r.decode()?,
                8 => out.memories = r.decode()?,
                9 => out.priority = r.decode()?,
                10 => out.v_switch_id = r.decode()?,
                11 => out.weighted_capacity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchConfiguration.DataDisk` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchConfigurationDataDisk {
    /// `BurstingEnabled`.
    #[serde(
        rename = "BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bursting_enabled: ::std::option::Option<bool>,
    /// `Category`.
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `DeleteWithInstance`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
    /// `Description`.
    ///
    /// Example: `DataDisk_Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Device`.
    ///
    /// Example: `/dev/vd1`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
    /// `DiskName`.
    ///
    /// Example: `cloud_ssdData`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `EncryptAlgorithm`.
    #[serde(
        rename = "EncryptAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt_algorithm: ::std::option::Option<::std::string::String>,
    /// `Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `KmsKeyId`.
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KmsKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel`.
    ///
    /// Example: `PL1`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
    /// `ProvisionedIops`.
    #[serde(
        rename = "ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_iops: ::std::option::Option<i64>,
    /// `Size`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i32>,
    /// `SnapshotId`.
    ///
    /// Example: `s-bp17441ohwka0yuh****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
}

impl LaunchConfigurationDataDisk {
    /// An empty `LaunchConfigurationDataDisk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            bursting_enabled: ::std::option::Option::None,
            category: ::std::option::Option::None,
            delete_with_instance: ::std::option::Option::None,
            description: ::std::option::Option::None,
            device: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            encrypt_algorithm: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
            provisioned_iops: ::std::option::Option::None,
            size: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
        }
    }

    /// Sets `BurstingEnabled`.
    pub fn bursting_enabled(mut self, value: bool) -> Self {
        self.bursting_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Device`.
    pub fn device(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskName`.
    pub fn disk_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EncryptAlgorithm`.
    pub fn encrypt_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encrypt_algorithm = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: bool) -> Self {
        self.encrypted = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PerformanceLevel`.
    pub fn performance_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.performance_level = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ProvisionedIops`.
    pub fn provisioned_iops(mut self, value: i64) -> Self {
        self.provisioned_iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Size`.
    pub fn size(mut self, value: i32) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for LaunchConfigurationDataDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchConfigurationDataDisk",
            &[
                ("bursting_enabled", d::opt(&self.bursting_enabled)),
                ("category", d::opt(&self.category)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
                ("description", d::opt(&self.description)),
                ("device", d::opt(&self.device)),
                ("disk_name", d::opt(&self.disk_name)),
                ("encrypt_algorithm", d::opt(&self.encrypt_algorithm)),
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("performance_level", d::opt(&self.performance_level)),
                ("provisioned_iops", d::opt(&self.provisioned_iops)),
                ("size", d::opt(&self.size)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchConfigurationDataDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BurstingEnabled",
            "Category",
            "DeleteWithInstance",
            "Description",
            "Device",
            "DiskName",
            "EncryptAlgorithm",
            "Encrypted",
            "KmsKeyId",
            "PerformanceLevel",
            "ProvisionedIops",
            "Size",
            "SnapshotId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut out = LaunchConfigurationDataDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bursting_enabled = r.decode()?,
                1 => out.category = r.decode()?,
                2 => out.delete_with_instance = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.device = r.decode()?,
                5 => out.disk_name = r.decode()?,
                6 => out.encrypt_algorithm = r.decode()?,
                7 => out.encrypted = r.decode()?,
                8 => out.kms_key_id = r.decode()?,
                9 => out.performance_level = r.decode()?,
                10 => out.provisioned_iops = r.decode()?,
                11 => out.size = r.decode()?,
                12 => out.snapshot_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SystemDiskConfig` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SystemDiskConfig {
    /// `DiskCategory`.
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "DiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
}

impl SystemDiskConfig {
    /// An empty `SystemDiskConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            disk_category: ::std::option::Option::None,
        }
    }

    /// Sets `DiskCategory`.
    pub fn disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for SystemDiskConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SystemDiskConfig",
            &[("disk_category", d::opt(&self.disk_category))],
        )
    }
}

impl ::yun_core::json::Decode for SystemDiskConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskCategory"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SystemDiskConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_category = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DataDiskConfig` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataDiskConfig {
    /// `DiskCategory`.
    ///
    /// Example: `cloud_efficiency`.
    #[serde(
        rename = "DiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
}

impl DataDiskConfig {
    /// An empty `DataDiskConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            disk_category: ::std::option::Option::None,
        }
    }

    /// Sets `DiskCategory`.
    pub fn disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DataDiskConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DataDiskConfig",
            &[("disk_category", d::opt(&self.disk_category))],
        )
    }
}

impl ::yun_core::json::Decode for DataDiskConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskCategory"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DataDiskConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_category = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchConfiguration.SystemDisk` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchConfigurationSystemDisk {
    /// `BurstingEnabled`.
    #[serde(
        rename = "BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bursting_enabled: ::std::option::Option<bool>,
    /// `EncryptAlgorithm`.
    ///
    /// Example: `aes-256`.
    #[serde(
        rename = "EncryptAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt_algorithm: ::std::option::Option<::std::string::String>,
    /// `Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<::std::string::String>,
    /// `KMSKeyId`.
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `ProvisionedIops`.
    #[serde(
        rename = "ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_iops: ::std::option::Option<i64>,
}

impl LaunchConfigurationSystemDisk {
    /// An empty `LaunchConfigurationSystemDisk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            bursting_enabled: ::std::option::Option::None,
            encrypt_algorithm: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            provisioned_iops: ::std::option::Option::None,
        }
    }

    /// Sets `BurstingEnabled`.
    pub fn bursting_enabled(mut self, value: bool) -> Self {
        self.bursting_enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EncryptAlgorithm`.
    pub fn encrypt_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encrypt_algorithm = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `KMSKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ProvisionedIops`.
    pub fn provisioned_iops(mut self, value: i64) -> Self {
        self.provisioned_iops = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for LaunchConfigurationSystemDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchConfigurationSystemDisk",
            &[
                ("bursting_enabled", d::opt(&self.bursting_enabled)),
                ("encrypt_algorithm", d::opt(&self.encrypt_algorithm)),
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("provisioned_iops", d::opt(&self.provisioned_iops)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchConfigurationSystemDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BurstingEnabled",
            "EncryptAlgorithm",
            "Encrypted",
            "KMSKeyId",
            "ProvisionedIops",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = LaunchConfigurationSystemDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bursting_enabled = r.decode()?,
                1 => out.encrypt_algorithm = r.decode()?,
                2 => out.encrypted = r.decode()?,
                3 => out.kms_key_id = r.decode()?,
                4 => out.provisioned_iops = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::create_auto_provisioning_group`](crate::Client::create_auto_provisioning_group) (`CreateAutoProvisioningGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateAutoProvisioningGroupRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupName` (query).
    ///
    /// Example: `apg-test`.
    #[serde(
        rename = "AutoProvisioningGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_name: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupType` (query).
    ///
    /// Example: `maintain`.
    #[serde(
        rename = "AutoProvisioningGroupType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_type: ::std::option::Option<::std::string::String>,
    /// `SpotAllocationStrategy` (query).
    ///
    /// Example: `diversified`.
    #[serde(
        rename = "SpotAllocationStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_allocation_strategy: ::std::option::Option<::std::string::String>,
    /// `SpotInstanceInterruptionBehavior` (query).
    ///
    /// Example: `terminate`.
    #[serde(
        rename = "SpotInstanceInterruptionBehavior",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_instance_interruption_behavior: ::std::option::Option<::std::string::String>,
    /// `SpotInstancePoolsToUseCount` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "SpotInstancePoolsToUseCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_instance_pools_to_use_count: ::std::option::Option<i32>,
    /// `PayAsYouGoAllocationStrategy` (query).
    ///
    /// Example: `prioritized`.
    #[serde(
        rename = "PayAsYouGoAllocationStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_as_you_go_allocation_strategy: ::std::option::Option<::std::string::String>,
    /// `ExcessCapacityTerminationPolicy` (query).
    ///
    /// Default: `no-termination`.
    ///
    /// Example: `termination`.
    #[serde(
        rename = "ExcessCapacityTerminationPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excess_capacity_termination_policy: ::std::option::Option<::std::string::String>,
    /// `ValidFrom` (query).
    ///
    /// Example: `2019-04-01T15:10:20Z`.
    #[serde(
        rename = "ValidFrom",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_from: ::std::option::Option<::std::string::String>,
    /// `ValidUntil` (query).
    ///
    /// Example: `2019-06-01T15:10:20Z`.
    #[serde(
        rename = "ValidUntil",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_until: ::std::option::Option<::std::string::String>,
    /// `TerminateInstancesWithExpiration` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "TerminateInstancesWithExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances_with_expiration: ::std::option::Option<bool>,
    /// `TerminateInstances` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "TerminateInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances: ::std::option::Option<bool>,
    /// `MaxSpotPrice` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "MaxSpotPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_spot_price: ::std::option::Option<f64>,
    /// `TotalTargetCapacity` (query). Required.
    ///
    /// Example: `60`.
    #[serde(rename = "TotalTargetCapacity")]
    pub total_target_capacity: ::std::string::String,
    /// `PayAsYouGoTargetCapacity` (query).
    ///
    /// Example: `30`.
    #[serde(
        rename = "PayAsYouGoTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_as_you_go_target_capacity: ::std::option::Option<::std::string::String>,
    /// `SpotTargetCapacity` (query).
    ///
    /// Example: `20`.
    #[serde(
        rename = "SpotTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_target_capacity: ::std::option::Option<::std::string::String>,
    /// `DefaultTargetCapacityType` (query).
    ///
    /// Example: `Spot`.
    #[serde(
        rename = "DefaultTargetCapacityType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_target_capacity_type: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateId` (query).
    ///
    /// Example: `lt-bp1fgzds4bdogu03****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateVersion` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `0c593ea1-3bea-11e9-b96b-88e9fe637760`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.ImageId` (query).
    ///
    /// Example: `m-bp1g7004ksh0oeuc****`.
    #[serde(
        rename = "LaunchConfiguration.ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_image_id: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.SecurityGroupId` (query).
    ///
    /// Example: `sg-bp15ed6xe1yxeycg****`.
    #[serde(
        rename = "LaunchConfiguration.SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_security_group_id: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "LaunchConfiguration.IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_io_optimized: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.InternetChargeType` (query).
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "LaunchConfiguration.InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.InternetMaxBandwidthIn` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "LaunchConfiguration.InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_internet_max_bandwidth_in: ::std::option::Option<i32>,
    /// `LaunchConfiguration.InternetMaxBandwidthOut` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "LaunchConfiguration.InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `LaunchConfiguration.InstanceName` (query).
    ///
    /// Example: `k8s-node-[1,4]-alibabacloud`.
    #[serde(
        rename = "LaunchConfiguration.InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_instance_name: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.HostName` (query).
    ///
    /// Example: `k8s-node-[1,4]-ecshost`.
    #[serde(
        rename = "LaunchConfiguration.HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_host_name: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.InstanceDescription` (query).
    ///
    /// Example: `Instance_Description`.
    #[serde(
        rename = "LaunchConfiguration.InstanceDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_instance_description: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.KeyPairName` (query).
    ///
    /// Example: `KeyPair_Name`.
    #[serde(
        rename = "LaunchConfiguration.KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_key_pair_name: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.RamRoleName` (query).
    ///
    /// Example: `RAM_Name`.
    #[serde(
        rename = "LaunchConfiguration.RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_ram_role_name: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.SecurityEnhancementStrategy` (query).
    ///
    /// Example: `Active`.
    #[serde(
        rename = "LaunchConfiguration.SecurityEnhancementStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_security_enhancement_strategy:
        ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.UserData` (query).
    ///
    /// Example: `ZWNobyBoZWxsbyBlY3Mh`.
    #[serde(
        rename = "LaunchConfiguration.UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_user_data: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.SystemDiskCategory` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "LaunchConfiguration.SystemDiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_system_disk_category: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.SystemDiskSize` (query).
    ///
    /// Example: `40`.
    #[serde(
        rename = "LaunchConfiguration.SystemDiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_system_disk_size: ::std::option::Option<i32>,
    /// `LaunchConfiguration.SystemDiskName` (query).
    ///
    /// Example: `cloud_ssdSystem`.
    #[serde(
        rename = "LaunchConfiguration.SystemDiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_system_disk_name: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.SystemDiskDescription` (query).
    ///
    /// Example: `SystemDisk_Description`.
    #[serde(
        rename = "LaunchConfiguration.SystemDiskDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_system_disk_description: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.SystemDiskPerformanceLevel` (query).
    ///
    /// Example: `PL0`.
    #[serde(
        rename = "LaunchConfiguration.SystemDiskPerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_system_disk_performance_level:
        ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.PasswordInherit` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "LaunchConfiguration.PasswordInherit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_password_inherit: ::std::option::Option<bool>,
    /// `LaunchConfiguration.ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "LaunchConfiguration.ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_resource_group_id: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.CreditSpecification` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "LaunchConfiguration.CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_credit_specification: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.Password` (query).
    ///
    /// Example: `EcsV587!`.
    #[serde(
        rename = "LaunchConfiguration.Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_password: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.DeploymentSetId` (query).
    ///
    /// Example: `ds-bp1frxuzdg87zh4p****`.
    #[serde(
        rename = "LaunchConfiguration.DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_deployment_set_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateConfig` (query, sent as `LaunchTemplateConfig.1`, `LaunchTemplateConfig.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "LaunchTemplateConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_config: ::std::option::Option<::std::vec::Vec<LaunchTemplateConfig>>,
    /// `LaunchConfiguration.DataDisk` (query, sent as `LaunchConfiguration.DataDisk.1`, `LaunchConfiguration.DataDisk.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "LaunchConfiguration.DataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_data_disk:
        ::std::option::Option<::std::vec::Vec<LaunchConfigurationDataDisk>>,
    /// `LaunchConfiguration.Tag` (query, sent as `LaunchConfiguration.Tag.1`, `LaunchConfiguration.Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(
        rename = "LaunchConfiguration.Tag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `SystemDiskConfig` (query, sent as `SystemDiskConfig.1`, `SystemDiskConfig.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "SystemDiskConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_config: ::std::option::Option<::std::vec::Vec<SystemDiskConfig>>,
    /// `DataDiskConfig` (query, sent as `DataDiskConfig.1`, `DataDiskConfig.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "DataDiskConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_config: ::std::option::Option<::std::vec::Vec<DataDiskConfig>>,
    /// `LaunchConfiguration.HostNames` (query, sent as `LaunchConfiguration.HostNames.1`, `LaunchConfiguration.HostNames.2`, …).
    ///
    /// At most 1000 items.
    ///
    /// Example: `ecs-host-01`.
    #[serde(
        rename = "LaunchConfiguration.HostNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_host_names:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `MinTargetCapacity` (query).
    ///
    /// Example: `20`.
    #[serde(
        rename = "MinTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_target_capacity: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.SecurityGroupIds` (query, sent as `LaunchConfiguration.SecurityGroupIds.1`, `LaunchConfiguration.SecurityGroupIds.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "LaunchConfiguration.SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_security_group_ids:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `LaunchConfiguration.SystemDisk` (query, sent as `LaunchConfiguration.SystemDisk.<member>`).
    #[serde(
        rename = "LaunchConfiguration.SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_system_disk: ::std::option::Option<LaunchConfigurationSystemDisk>,
    /// `LaunchConfiguration.Arn` (query, sent as `LaunchConfiguration.Arn.1`, `LaunchConfiguration.Arn.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "LaunchConfiguration.Arn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>>,
    /// `HibernationOptionsConfigured` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "HibernationOptionsConfigured",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hibernation_options_configured: ::std::option::Option<bool>,
    /// `LaunchConfiguration.AutoReleaseTime` (query).
    ///
    /// Example: `2018-01-01T12:05:00Z`.
    #[serde(
        rename = "LaunchConfiguration.AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_auto_release_time: ::std::option::Option<::std::string::String>,
    /// `LaunchConfiguration.ImageFamily` (query).
    ///
    /// Example: `hangzhou-daily-update`.
    #[serde(
        rename = "LaunchConfiguration.ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_configuration_image_family: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl CreateAutoProvisioningGroupRequest {
    /// A `CreateAutoProvisioningGroupRequest` with its required members: `RegionId`, `TotalTargetCapacity`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        total_target_capacity: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            auto_provisioning_group_name: ::std::option::Option::None,
            auto_provisioning_group_type: ::std::option::Option::None,
            spot_allocation_strategy: ::std::option::Option::None,
            spot_instance_interruption_behavior: ::std::option::Option::None,
            spot_instance_pools_to_use_count: ::std::option::Option::None,
            pay_as_you_go_allocation_strategy: ::std::option::Option::None,
            excess_capacity_termination_policy: ::std::option::Option::None,
            valid_from: ::std::option::Option::None,
            valid_until: ::std::option::Option::None,
            terminate_instances_with_expiration: ::std::option::Option::None,
            terminate_instances: ::std::option::Option::None,
            max_spot_price: ::std::option::Option::None,
            total_target_capacity: total_target_capacity.into(),
            pay_as_you_go_target_capacity: ::std::option::Option::None,
            spot_target_capacity: ::std::option::Option::None,
            default_target_capacity_type: ::std::option::Option::None,
            launch_template_id: ::std::option::Option::None,
            launch_template_version: ::std::option::Option::None,
            description: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            launch_configuration_image_id: ::std::option::Option::None,
            launch_configuration_security_group_id: ::std::option::Option::None,
            launch_configuration_io_optimized: ::std::option::Option::None,
            launch_configuration_internet_charge_type: ::std::option::Option::None,
            launch_configuration_internet_max_bandwidth_in: ::std::option::Option::None,
            launch_configuration_internet_max_bandwidth_out: ::std::option::Option::None,
            launch_configuration_instance_name: ::std::option::Option::None,
            launch_configuration_host_name: ::std::option::Option::None,
            launch_configuration_instance_description: ::std::option::Option::None,
            launch_configuration_key_pair_name: ::std::option::Option::None,
            launch_configuration_ram_role_name: ::std::option::Option::None,
            launch_configuration_security_enhancement_strategy: ::std::option::Option::None,
            launch_configuration_user_data: ::std::option::Option::None,
            launch_configuration_system_disk_category: ::std::option::Option::None,
            launch_configuration_system_disk_size: ::std::option::Option::None,
            launch_configuration_system_disk_name: ::std::option::Option::None,
            launch_configuration_system_disk_description: ::std::option::Option::None,
            launch_configuration_system_disk_performance_level: ::std::option::Option::None,
            launch_configuration_password_inherit: ::std::option::Option::None,
            launch_configuration_resource_group_id: ::std::option::Option::None,
            launch_configuration_credit_specification: ::std::option::Option::None,
            launch_configuration_password: ::std::option::Option::None,
            launch_configuration_deployment_set_id: ::std::option::Option::None,
            launch_template_config: ::std::option::Option::None,
            launch_configuration_data_disk: ::std::option::Option::None,
            launch_configuration_tag: ::std::option::Option::None,
            system_disk_config: ::std::option::Option::None,
            data_disk_config: ::std::option::Option::None,
            launch_configuration_host_names: ::std::option::Option::None,
            min_target_capacity: ::std::option::Option::None,
            launch_configuration_security_group_ids: ::std::option::Option::None,
            launch_configuration_system_disk: ::std::option::Option::None,
            launch_configuration_arn: ::std::option::Option::None,
            hibernation_options_configured: ::std::option::Option::None,
            launch_configuration_auto_release_time: ::std::option::Option::None,
            launch_configuration_image_family: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoProvisioningGroupName`.
    pub fn auto_provisioning_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_provisioning_group_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoProvisioningGroupType`.
    pub fn auto_provisioning_group_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_provisioning_group_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotAllocationStrategy`.
    pub fn spot_allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_allocation_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotInstanceInterruptionBehavior`.
    pub fn spot_instance_interruption_behavior(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_instance_interruption_behavior = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotInstancePoolsToUseCount`.
    pub fn spot_instance_pools_to_use_count(mut self, value: i32) -> Self {
        self.spot_instance_pools_to_use_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PayAsYouGoAllocationStrategy`.
    pub fn pay_as_you_go_allocation_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pay_as_you_go_allocation_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ExcessCapacityTerminationPolicy`.
    pub fn excess_capacity_termination_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.excess_capacity_termination_policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ValidFrom`.
    pub fn valid_from(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.valid_from = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ValidUntil`.
    pub fn valid_until(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.valid_until = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `TerminateInstancesWithExpiration`.
    pub fn terminate_instances_with_expiration(mut self, value: bool) -> Self {
        self.terminate_instances_with_expiration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TerminateInstances`.
    pub fn terminate_instances(mut self, value: bool) -> Self {
        self.terminate_instances = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaxSpotPrice`.
    pub fn max_spot_price(mut self, value: f64) -> Self {
        self.max_spot_price = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PayAsYouGoTargetCapacity`.
    pub fn pay_as_you_go_target_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pay_as_you_go_target_capacity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotTargetCapacity`.
    pub fn spot_target_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_target_capacity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DefaultTargetCapacityType`.
    pub fn default_target_capacity_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_target_capacity_type = ::std::option::Option::Some(value.into());
        self
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
    pub fn launch_template_version(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_version = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.ImageId`.
    pub fn launch_configuration_image_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.SecurityGroupId`.
    pub fn launch_configuration_security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_security_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.IoOptimized`.
    pub fn launch_configuration_io_optimized(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_io_optimized = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.InternetChargeType`.
    pub fn launch_configuration_internet_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_internet_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.InternetMaxBandwidthIn`.
    pub fn launch_configuration_internet_max_bandwidth_in(mut self, value: i32) -> Self {
        self.launch_configuration_internet_max_bandwidth_in = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.InternetMaxBandwidthOut`.
    pub fn launch_configuration_internet_max_bandwidth_out(mut self, value: i32) -> Self {
        self.launch_configuration_internet_max_bandwidth_out = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.InstanceName`.
    pub fn launch_configuration_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.HostName`.
    pub fn launch_configuration_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.InstanceDescription`.
    pub fn launch_configuration_instance_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_instance_description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.KeyPairName`.
    pub fn launch_configuration_key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_key_pair_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.RamRoleName`.
    pub fn launch_configuration_ram_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_ram_role_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.SecurityEnhancementStrategy`.
    pub fn launch_configuration_security_enhancement_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_security_enhancement_strategy =
            ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.UserData`.
    pub fn launch_configuration_user_data(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.SystemDiskCategory`.
    pub fn launch_configuration_system_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_system_disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.SystemDiskSize`.
    pub fn launch_configuration_system_disk_size(mut self, value: i32) -> Self {
        self.launch_configuration_system_disk_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.SystemDiskName`.
    pub fn launch_configuration_system_disk_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_system_disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.SystemDiskDescription`.
    pub fn launch_configuration_system_disk_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_system_disk_description =
            ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.SystemDiskPerformanceLevel`.
    pub fn launch_configuration_system_disk_performance_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_system_disk_performance_level =
            ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.PasswordInherit`.
    pub fn launch_configuration_password_inherit(mut self, value: bool) -> Self {
        self.launch_configuration_password_inherit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.ResourceGroupId`.
    pub fn launch_configuration_resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.CreditSpecification`.
    pub fn launch_configuration_credit_specification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_credit_specification = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.Password`.
    pub fn launch_configuration_password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.DeploymentSetId`.
    pub fn launch_configuration_deployment_set_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_deployment_set_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchTemplateConfig`.
    pub fn launch_template_config(mut self, value: ::std::vec::Vec<LaunchTemplateConfig>) -> Self {
        self.launch_template_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.DataDisk`.
    pub fn launch_configuration_data_disk(
        mut self,
        value: ::std::vec::Vec<LaunchConfigurationDataDisk>,
    ) -> Self {
        self.launch_configuration_data_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.Tag`.
    pub fn launch_configuration_tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.launch_configuration_tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDiskConfig`.
    pub fn system_disk_config(mut self, value: ::std::vec::Vec<SystemDiskConfig>) -> Self {
        self.system_disk_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DataDiskConfig`.
    pub fn data_disk_config(mut self, value: ::std::vec::Vec<DataDiskConfig>) -> Self {
        self.data_disk_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.HostNames`.
    pub fn launch_configuration_host_names(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.launch_configuration_host_names = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `MinTargetCapacity`.
    pub fn min_target_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.min_target_capacity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.SecurityGroupIds`.
    pub fn launch_configuration_security_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.launch_configuration_security_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `LaunchConfiguration.SystemDisk`.
    pub fn launch_configuration_system_disk(
        mut self,
        value: LaunchConfigurationSystemDisk,
    ) -> Self {
        self.launch_configuration_system_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.Arn`.
    pub fn launch_configuration_arn(mut self, value: ::std::vec::Vec<crate::models::Arn>) -> Self {
        self.launch_configuration_arn = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HibernationOptionsConfigured`.
    pub fn hibernation_options_configured(mut self, value: bool) -> Self {
        self.hibernation_options_configured = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LaunchConfiguration.AutoReleaseTime`.
    pub fn launch_configuration_auto_release_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_auto_release_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchConfiguration.ImageFamily`.
    pub fn launch_configuration_image_family(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_configuration_image_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateAutoProvisioningGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateAutoProvisioningGroupRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                (
                    "auto_provisioning_group_name",
                    d::opt(&self.auto_provisioning_group_name),
                ),
                (
                    "auto_provisioning_group_type",
                    d::opt(&self.auto_provisioning_group_type),
                ),
                (
                    "spot_allocation_strategy",
                    d::opt(&self.spot_allocation_strategy),
                ),
                (
                    "spot_instance_interruption_behavior",
                    d::opt(&self.spot_instance_interruption_behavior),
                ),
                (
                    "spot_instance_pools_to_use_count",
                    d::opt(&self.spot_instance_pools_to_use_count),
                ),
                (
                    "pay_as_you_go_allocation_strategy",
                    d::opt(&self.pay_as_you_go_allocation_strategy),
                ),
                (
                    "excess_capacity_termination_policy",
                    d::opt(&self.excess_capacity_termination_policy),
                ),
                ("valid_from", d::opt(&self.valid_from)),
                ("valid_until", d::opt(&self.valid_until)),
                (
                    "terminate_instances_with_expiration",
                    d::opt(&self.terminate_instances_with_expiration),
                ),
                ("terminate_instances", d::opt(&self.terminate_instances)),
                ("max_spot_price", d::opt(&self.max_spot_price)),
                ("total_target_capacity", d::req(&self.total_target_capacity)),
                (
                    "pay_as_you_go_target_capacity",
                    d::opt(&self.pay_as_you_go_target_capacity),
                ),
                ("spot_target_capacity", d::opt(&self.spot_target_capacity)),
                (
                    "default_target_capacity_type",
                    d::opt(&self.default_target_capacity_type),
                ),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                (
                    "launch_template_version",
                    d::opt(&self.launch_template_version),
                ),
                ("description", d::opt(&self.description)),
                ("client_token", d::opt(&self.client_token)),
                (
                    "launch_configuration_image_id",
                    d::opt(&self.launch_configuration_image_id),
                ),
                (
                    "launch_configuration_security_group_id",
                    d::opt(&self.launch_configuration_security_group_id),
                ),
                (
                    "launch_configuration_io_optimized",
                    d::opt(&self.launch_configuration_io_optimized),
                ),
                (
                    "launch_configuration_internet_charge_type",
                    d::opt(&self.launch_configuration_internet_charge_type),
                ),
                (
                    "launch_configuration_internet_max_bandwidth_in",
                    d::opt(&self.launch_configuration_internet_max_bandwidth_in),
                ),
                (
                    "launch_configuration_internet_max_bandwidth_out",
                    d::opt(&self.launch_configuration_internet_max_bandwidth_out),
                ),
                (
                    "launch_configuration_instance_name",
                    d::opt(&self.launch_configuration_instance_name),
                ),
                (
                    "launch_configuration_host_name",
                    d::opt(&self.launch_configuration_host_name),
                ),
                (
                    "launch_configuration_instance_description",
                    d::opt(&self.launch_configuration_instance_description),
                ),
                (
                    "launch_configuration_key_pair_name",
                    d::opt(&self.launch_configuration_key_pair_name),
                ),
                (
                    "launch_configuration_ram_role_name",
                    d::opt(&self.launch_configuration_ram_role_name),
                ),
                (
                    "launch_configuration_security_enhancement_strategy",
                    d::opt(&self.launch_configuration_security_enhancement_strategy),
                ),
                (
                    "launch_configuration_user_data",
                    d::opt(&self.launch_configuration_user_data),
                ),
                (
                    "launch_configuration_system_disk_category",
                    d::opt(&self.launch_configuration_system_disk_category),
                ),
                (
                    "launch_configuration_system_disk_size",
                    d::opt(&self.launch_configuration_system_disk_size),
                ),
                (
                    "launch_configuration_system_disk_name",
                    d::opt(&self.launch_configuration_system_disk_name),
                ),
                (
                    "launch_configuration_system_disk_description",
                    d::opt(&self.launch_configuration_system_disk_description),
                ),
                (
                    "launch_configuration_system_disk_performance_level",
                    d::opt(&self.launch_configuration_system_disk_performance_level),
                ),
                (
                    "launch_configuration_password_inherit",
                    d::opt(&self.launch_configuration_password_inherit),
                ),
                (
                    "launch_configuration_resource_group_id",
                    d::opt(&self.launch_configuration_resource_group_id),
                ),
                (
                    "launch_configuration_credit_specification",
                    d::opt(&self.launch_configuration_credit_specification),
                ),
                (
                    "launch_configuration_password",
                    d::secret(&self.launch_configuration_password),
                ),
                (
                    "launch_configuration_deployment_set_id",
                    d::opt(&self.launch_configuration_deployment_set_id),
                ),
                (
                    "launch_template_config",
                    d::opt(&self.launch_template_config),
                ),
                (
                    "launch_configuration_data_disk",
                    d::opt(&self.launch_configuration_data_disk),
                ),
                (
                    "launch_configuration_tag",
                    d::opt(&self.launch_configuration_tag),
                ),
                ("system_disk_config", d::opt(&self.system_disk_config)),
                ("data_disk_config", d::opt(&self.data_disk_config)),
                (
                    "launch_configuration_host_names",
                    d::opt(&self.launch_configuration_host_names),
                ),
                ("min_target_capacity", d::opt(&self.min_target_capacity)),
                (
                    "launch_configuration_security_group_ids",
                    d::opt(&self.launch_configuration_security_group_ids),
                ),
                (
                    "launch_configuration_system_disk",
                    d::opt(&self.launch_configuration_system_disk),
                ),
                (
                    "launch_configuration_arn",
                    d::opt(&self.launch_configuration_arn),
                ),
                (
                    "hibernation_options_configured",
                    d::opt(&self.hibernation_options_configured),
                ),
                (
                    "launch_configuration_auto_release_time",
                    d::opt(&self.launch_configuration_auto_release_time),
                ),
                (
                    "launch_configuration_image_family",
                    d::opt(&self.launch_configuration_image_family),
                ),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateAutoProvisioningGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "AutoProvisioningGroupName",
            "AutoProvisioningGroupType",
            "SpotAllocationStrategy",
            "SpotInstanceInterruptionBehavior",
            "SpotInstancePoolsToUseCount",
            "PayAsYouGoAllocationStrategy",
            "ExcessCapacityTerminationPolicy",
            "ValidFrom",
            "ValidUntil",
            "TerminateInstancesWithExpiration",
            "TerminateInstances",
            "MaxSpotPrice",
            "TotalTargetCapacity",
            "PayAsYouGoTargetCapacity",
            "SpotTargetCapacity",
            "DefaultTargetCapacityType",
            "LaunchTemplateId",
            "LaunchTemplateVersion",
            "Description",
            "ClientToken",
            "LaunchConfiguration.ImageId",
            "LaunchConfiguration.SecurityGroupId",
            "LaunchConfiguration.IoOptimized",
            "LaunchConfiguration.InternetChargeType",
            "LaunchConfiguration.InternetMaxBandwidthIn",
            "LaunchConfiguration.InternetMaxBandwidthOut",
            "LaunchConfiguration.InstanceName",
            "LaunchConfiguration.HostName",
            "LaunchConfiguration.InstanceDescription",
            "LaunchConfiguration.KeyPairName",
            "LaunchConfiguration.RamRoleName",
            "LaunchConfiguration.SecurityEnhancementStrategy",
            "LaunchConfiguration.UserData",
            "LaunchConfiguration.SystemDiskCategory",
            "LaunchConfiguration.SystemDiskSize",
            "LaunchConfiguration.SystemDiskName",
            "LaunchConfiguration.SystemDiskDescription",
            "LaunchConfiguration.SystemDiskPerformanceLevel",
            "LaunchConfiguration.PasswordInherit",
            "LaunchConfiguration.ResourceGroupId",
            "LaunchConfiguration.CreditSpecification",
            "LaunchConfiguration.Password",
            "LaunchConfiguration.DeploymentSetId",
            "LaunchTemplateConfig",
            "LaunchConfiguration.DataDisk",
            "LaunchConfiguration.Tag",
            "SystemDiskConfig",
            "DataDiskConfig",
            "LaunchConfiguration.HostNames",
            "MinTargetCapacity",
            "LaunchConfiguration.SecurityGroupIds",
            "LaunchConfiguration.SystemDisk",
            "LaunchConfiguration.Arn",
            "HibernationOptionsConfigured",
            "LaunchConfiguration.AutoReleaseTime",
            "LaunchConfiguration.ImageFamily",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 60] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_provisioning_group_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_provisioning_group_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_allocation_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_instance_interruption_behavior: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_spot_instance_pools_to_use_count: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_pay_as_you_go_allocation_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_excess_capacity_termination_policy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_valid_from: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_valid_until: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_terminate_instances_with_expiration: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_terminate_instances: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_max_spot_price: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_total_target_capacity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_pay_as_you_go_target_capacity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_target_capacity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_default_target_capacity_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_version: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_security_group_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_internet_charge_type: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_internet_max_bandwidth_in: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_launch_configuration_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_launch_configuration_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_instance_description: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_ram_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_security_enhancement_strategy: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_system_disk_category: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_system_disk_size: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_launch_configuration_system_disk_name: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_system_disk_description: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_system_disk_performance_level: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_password_inherit: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_launch_configuration_resource_group_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_credit_specification: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_deployment_set_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_template_config: ::std::option::Option<
            ::std::vec::Vec<LaunchTemplateConfig>,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_data_disk: ::std::option::Option<
            ::std::vec::Vec<LaunchConfigurationDataDisk>,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_tag: ::std::option::Option<
            ::std::vec::Vec<crate::models::Tag>,
        > = ::std::option::Option::None;
        let mut m_system_disk_config: ::std::option::Option<::std::vec::Vec<SystemDiskConfig>> =
            ::std::option::Option::None;
        let mut m_data_disk_config: ::std::option::Option<::std::vec::Vec<DataDiskConfig>> =
            ::std::option::Option::None;
        let mut m_launch_configuration_host_names: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_min_target_capacity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_configuration_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_system_disk: ::std::option::Option<
            LaunchConfigurationSystemDisk,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_arn: ::std::option::Option<
            ::std::vec::Vec<crate::models::Arn>,
        > = ::std::option::Option::None;
        let mut m_hibernation_options_configured: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_launch_configuration_auto_release_time: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_launch_configuration_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_auto_provisioning_group_name = r.decode()?,
                3 => m_auto_provisioning_group_type = r.decode()?,
                4 => m_spot_allocation_strategy = r.decode()?,
                5 => m_spot_instance_interruption_behavior = r.decode()?,
                6 => m_spot_instance_pools_to_use_count = r.decode()?,
                7 => m_pay_as_you_go_allocation_strategy = r.decode()?,
                8 => m_excess_capacity_termination_policy = r.decode()?,
                9 => m_valid_from = r.decode()?,
                10 => m_valid_until = r.decode()?,
                11 => m_terminate_instances_with_expiration = r.decode()?,
                12 => m_terminate_instances = r.decode()?,
                13 => m_max_spot_price = r.decode()?,
                14 => m_total_target_capacity = r.decode()?,
                15 => m_pay_as_you_go_target_capacity = r.decode()?,
                16 => m_spot_target_capacity = r.decode()?,
                17 => m_default_target_capacity_type = r.decode()?,
                18 => m_launch_template_id = r.decode()?,
                19 => m_launch_template_version = r.decode()?,
                20 => m_description = r.decode()?,
                21 => m_client_token = r.decode()?,
                22 => m_launch_configuration_image_id = r.decode()?,
                23 => m_launch_configuration_security_group_id = r.decode()?,
                24 => m_launch_configuration_io_optimized = r.decode()?,
                25 => m_launch_configuration_internet_charge_type = r.decode()?,
                26 => m_launch_configuration_internet_max_bandwidth_in = r.decode()?,
                27 => m_launch_configuration_internet_max_bandwidth_out = r.decode()?,
                28 => m_launch_configuration_instance_name = r.decode()?,
                29 => m_launch_configuration_host_name = r.decode()?,
                30 => m_launch_configuration_instance_description = r.decode()?,
                31 => m_launch_configuration_key_pair_name = r.decode()?,
                32 => m_launch_configuration_ram_role_name = r.decode()?,
                33 => m_launch_configuration_security_enhancement_strategy = r.decode()?,
                34 => m_launch_configuration_user_data = r.decode()?,
                35 => m_launch_configuration_system_disk_category = r.decode()?,
                36 => m_launch_configuration_system_disk_size = r.decode()?,
                37 => m_launch_configuration_system_disk_name = r.decode()?,
                38 => m_launch_configuration_system_disk_description = r.decode()?,
                39 => m_launch_configuration_system_disk_performance_level = r.decode()?,
                40 => m_launch_configuration_password_inherit = r.decode()?,
                41 => m_launch_configuration_resource_group_id = r.decode()?,
                42 => m_launch_configuration_credit_specification = r.decode()?,
                43 => m_launch_configuration_password = r.decode()?,
                44 => m_launch_configuration_deployment_set_id = r.decode()?,
                45 => m_launch_template_config = r.decode()?,
                46 => m_launch_configuration_data_disk = r.decode()?,
                47 => m_launch_configuration_tag = r.decode()?,
                48 => m_system_disk_config = r.decode()?,
                49 => m_data_disk_config = r.decode()?,
                50 => m_launch_configuration_host_names = r.decode()?,
                51 => m_min_target_capacity = r.decode()?,
                52 => m_launch_configuration_security_group_ids = r.decode()?,
                53 => m_launch_configuration_system_disk = r.decode()?,
                54 => m_launch_configuration_arn = r.decode()?,
                55 => m_hibernation_options_configured = r.decode()?,
                56 => m_launch_configuration_auto_release_time = r.decode()?,
                57 => m_launch_configuration_image_family = r.decode()?,
                58 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateAutoProvisioningGroupRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            auto_provisioning_group_name: m_auto_provisioning_group_name,
            auto_provisioning_group_type: m_auto_provisioning_group_type,
            spot_allocation_strategy: m_spot_allocation_strategy,
            spot_instance_interruption_behavior: m_spot_instance_interruption_behavior,
            spot_instance_pools_to_use_count: m_spot_instance_pools_to_use_count,
            pay_as_you_go_allocation_strategy: m_pay_as_you_go_allocation_strategy,
            excess_capacity_termination_policy: m_excess_capacity_termination_policy,
            valid_from: m_valid_from,
            valid_until: m_valid_until,
            terminate_instances_with_expiration: m_terminate_instances_with_expiration,
            terminate_instances: m_terminate_instances,
            max_spot_price: m_max_spot_price,
            total_target_capacity: m_total_target_capacity
                .ok_or_else(|| r.missing("TotalTargetCapacity"))?,
            pay_as_you_go_target_capacity: m_pay_as_you_go_target_capacity,
            spot_target_capacity: m_spot_target_capacity,
            default_target_capacity_type: m_default_target_capacity_type,
            launch_template_id: m_launch_template_id,
            launch_template_version: m_launch_template_version,
            description: m_description,
            client_token: m_client_token,
            launch_configuration_image_id: m_launch_configuration_image_id,
            launch_configuration_security_group_id: m_launch_configuration_security_group_id,
            launch_configuration_io_optimized: m_launch_configuration_io_optimized,
            launch_configuration_internet_charge_type: m_launch_configuration_internet_charge_type,
            launch_configuration_internet_max_bandwidth_in:
                m_launch_configuration_internet_max_bandwidth_in,
            launch_configuration_internet_max_bandwidth_out:
                m_launch_configuration_internet_max_bandwidth_out,
            launch_configuration_instance_name: m_launch_configuration_instance_name,
            launch_configuration_host_name: m_launch_configuration_host_name,
            launch_configuration_instance_description: m_launch_configuration_instance_description,
            launch_configuration_key_pair_name: m_launch_configuration_key_pair_name,
            launch_configuration_ram_role_name: m_launch_configuration_ram_role_name,
            launch_configuration_security_enhancement_strategy:
                m_launch_configuration_security_enhancement_strategy,
            launch_configuration_user_data: m_launch_configuration_user_data,
            launch_configuration_system_disk_category: m_launch_configuration_system_disk_category,
            launch_configuration_system_disk_size: m_launch_configuration_system_disk_size,
            launch_configuration_system_disk_name: m_launch_configuration_system_disk_name,
            launch_configuration_system_disk_description:
                m_launch_configuration_system_disk_description,
            launch_configuration_system_disk_performance_level:
                m_launch_configuration_system_disk_performance_level,
            launch_configuration_password_inherit: m_launch_configuration_password_inherit,
            launch_configuration_resource_group_id: m_launch_configuration_resource_group_id,
            launch_configuration_credit_specification: m_launch_configuration_credit_specification,
            launch_configuration_password: m_launch_configuration_password,
            launch_configuration_deployment_set_id: m_launch_configuration_deployment_set_id,
            launch_template_config: m_launch_template_config,
            launch_configuration_data_disk: m_launch_configuration_data_disk,
            launch_configuration_tag: m_launch_configuration_tag,
            system_disk_config: m_system_disk_config,
            data_disk_config: m_data_disk_config,
            launch_configuration_host_names: m_launch_configuration_host_names,
            min_target_capacity: m_min_target_capacity,
            launch_configuration_security_group_ids: m_launch_configuration_security_group_ids,
            launch_configuration_system_disk: m_launch_configuration_system_disk,
            launch_configuration_arn: m_launch_configuration_arn,
            hibernation_options_configured: m_hibernation_options_configured,
            launch_configuration_auto_release_time: m_launch_configuration_auto_release_time,
            launch_configuration_image_family: m_launch_configuration_image_family,
            tag: m_tag,
        })
    }
}

/// The `LaunchResults.LaunchResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchResult {
    /// `Amount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i64>,
    /// `ErrorCode`.
    ///
    /// Example: `InvalidParameter`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::yun_core::Text>,
    /// `ErrorMsg`.
    ///
    /// Example: `Specific parameter is not valid.`.
    #[serde(
        rename = "ErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_msg: ::std::option::Option<::yun_core::Text>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<crate::models::InstanceIds>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `SpotStrategy`.
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl LaunchResult {
    /// The items of `InstanceIds` (through its wrapper), empty when absent.
    pub fn instance_ids(&self) -> &[::yun_core::Text] {
        self.instance_ids
            .as_ref()
            .and_then(|w| w.instance_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for LaunchResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchResult",
            &[
                ("amount", d::opt(&self.amount)),
                ("error_code", d::opt(&self.error_code)),
                ("error_msg", d::opt(&self.error_msg)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("instance_type", d::opt(&self.instance_type)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Amount",
            "ErrorCode",
            "ErrorMsg",
            "InstanceIds",
            "InstanceType",
            "SpotStrategy",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = LaunchResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.amount = r.decode()?,
                1 => out.error_code = r.decode()?,
                2 => out.error_msg = r.decode()?,
                3 => out.instance_ids = r.decode()?,
                4 => out.instance_type = r.decode()?,
                5 => out.spot_strategy = r.decode()?,
                6 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchResults` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchResults {
    /// `LaunchResult`.
    #[serde(
        rename = "LaunchResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_result: ::std::option::Option<::std::vec::Vec<LaunchResult>>,
}

impl ::std::fmt::Debug for LaunchResults {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchResults",
            &[("launch_result", d::opt(&self.launch_result))],
        )
    }
}

impl ::yun_core::json::Decode for LaunchResults {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchResult"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LaunchResults::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::create_auto_provisioning_group`](crate::Client::create_auto_provisioning_group) (`CreateAutoProvisioningGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateAutoProvisioningGroupResponse {
    /// `AutoProvisioningGroupId`.
    ///
    /// Example: `apg-sn54avj8htgvtyh8****`.
    #[serde(
        rename = "AutoProvisioningGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchResults`.
    #[serde(
        rename = "LaunchResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_results: ::std::option::Option<LaunchResults>,
    /// `RequestId`.
    ///
    /// Example: `745CEC9F-0DD7-4451-9FE7-8B752F39****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl CreateAutoProvisioningGroupResponse {
    /// The items of `LaunchResults` (through its wrapper), empty when absent.
    pub fn launch_results(&self) -> &[LaunchResult] {
        self.launch_results
            .as_ref()
            .and_then(|w| w.launch_result.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for CreateAutoProvisioningGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateAutoProvisioningGroupResponse",
            &[
                (
                    "auto_provisioning_group_id",
                    d::opt(&self.auto_provisioning_group_id),
                ),
                ("launch_results", d::opt(&self.launch_results)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateAutoProvisioningGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AutoProvisioningGroupId", "LaunchResults", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CreateAutoProvisioningGroupResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_provisioning_group_id = r.decode()?,
                1 => out.launch_results = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
