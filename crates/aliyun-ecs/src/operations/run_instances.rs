//! `RunInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RunInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RunInstances",
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
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageFamily",
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
                name: "UniqueSuffix",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Password",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PasswordInherit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IoOptimized",
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
                name: "Amount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinAmount",
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
                name: "SpotDuration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotPriceLimit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotInterruptionBehavior",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityEnhancementStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HpcClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateVersion",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
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
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetGroupNo",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CreditSpecification",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6AddressCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceQueueNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeletionProtection",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HibernationOptions.Configured",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Affinity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tenancy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageSetPartitionNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuOptions.Core",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuOptions.ThreadsPerCore",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuOptions.Numa",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuOptions.TopologyType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityOptions.TrustedSystemMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityOptions.ConfidentialComputingMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpEndpoint",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpTokens",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpPutResponseHopLimit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.MatchCriteria",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.Id",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Isp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SchedulerOptions.DedicatedHostClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HostNames",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDisk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Arn",
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
                name: "Ipv6Address",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageOptions",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkOptions",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoPay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `DataDisk` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RequestDataDisk {
    /// `AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-bp67acfmxazb4p****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
    /// `BurstingEnabled`.
    ///
    /// Example: `false`.
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
    /// Example: `/dev/xvdb`.
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
    pub encrypted: ::std::option::Option<::std::string::String>,
    /// `KMSKeyId`.
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40****`.
    #[serde(
        rename = "KMSKeyId",
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
    ///
    /// At least 0.
    ///
    /// Example: `40000`.
    #[serde(
        rename = "ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_iops: ::std::option::Option<i64>,
    /// `Size`.
    ///
    /// Example: `2000`.
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
    /// `StorageClusterId`.
    ///
    /// Example: `dbsc-j5e1sf2vaf5he8m2****`.
    #[serde(
        rename = "StorageClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_cluster_id: ::std::option::Option<::std::string::String>,
}

impl RequestDataDisk {
    /// An empty `RequestDataDisk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            auto_snapshot_policy_id: ::std::option::Option::None,
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
            storage_cluster_id: ::std::option::Option::None,
        }
    }

    /// Sets `AutoSnapshotPolicyId`.
    pub fn auto_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_id = ::std::option::Option::Some(value.into());
        self
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
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.encrypted = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `KMSKeyId`.
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

    /// Sets `StorageClusterId`.
    pub fn storage_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_cluster_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RequestDataDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RequestDataDisk",
            &[
                (
                    "auto_snapshot_policy_id",
                    d::opt(&self.auto_snapshot_policy_id),
                ),
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
                ("storage_cluster_id", d::opt(&self.storage_cluster_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RequestDataDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoSnapshotPolicyId",
            "BurstingEnabled",
            "Category",
            "DeleteWithInstance",
            "Description",
            "Device",
            "DiskName",
            "EncryptAlgorithm",
            "Encrypted",
            "KMSKeyId",
            "PerformanceLevel",
            "ProvisionedIops",
            "Size",
            "SnapshotId",
            "StorageClusterId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut out = RequestDataDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_snapshot_policy_id = r.decode()?,
                1 => out.bursting_enabled = r.decode()?,
                2 => out.category = r.decode()?,
                3 => out.delete_with_instance = r.decode()?,
                4 => out.description = r.decode()?,
                5 => out.device = r.decode()?,
                6 => out.disk_name = r.decode()?,
                7 => out.encrypt_algorithm = r.decode()?,
                8 => out.encrypted = r.decode()?,
                9 => out.kms_key_id = r.decode()?,
                10 => out.performance_level = r.decode()?,
                11 => out.provisioned_iops = r.decode()?,
                12 => out.size = r.decode()?,
                13 => out.snapshot_id = r.decode()?,
                14 => out.storage_cluster_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkInterface` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RequestNetworkInterface {
    /// `DeleteOnRelease`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteOnRelease",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_on_release: ::std::option::Option<bool>,
    /// `Description`.
    ///
    /// Example: `Network_Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    ///
    /// Example: `Secondary`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Ipv6Address`.
    ///
    /// At most 10 items.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6AddressCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<i64>,
    /// `NetworkCardIndex`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "NetworkCardIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_index: ::std::option::Option<i32>,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-bp1gn106np8jhxhj****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceName`.
    ///
    /// Example: `Network_Name`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceTrafficMode`.
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::std::string::String>,
    /// `PrimaryIpAddress`.
    ///
    /// Example: `172.16.**.**`.
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// `QueueNumber`.
    ///
    /// At least 1.
    ///
    /// Example: `8`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i32>,
    /// `QueuePairNumber`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i64>,
    /// `RxQueueSize`.
    ///
    /// Example: `8192`.
    #[serde(
        rename = "RxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rx_queue_size: ::std::option::Option<i32>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    ///
    /// At most 16 items.
    ///
    /// Example: `sg-bp15ed6xe1yxeycg7****`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `TxQueueSize`.
    ///
    /// Example: `8192`.
    #[serde(
        rename = "TxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tx_queue_size: ::std::option::Option<i32>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-bp67acfmxazb4p****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
}

impl RequestNetworkInterface {
    /// An empty `RequestNetworkInterface`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            delete_on_release: ::std::option::Option::None,
            description: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            ipv6_address: ::std::option::Option::None,
            ipv6_address_count: ::std::option::Option::None,
            network_card_index: ::std::option::Option::None,
            network_interface_id: ::std::option::Option::None,
            network_interface_name: ::std::option::Option::None,
            network_interface_traffic_mode: ::std::option::Option::None,
            primary_ip_address: ::std::option::Option::None,
            queue_number: ::std::option::Option::None,
            queue_pair_number: ::std::option::Option::None,
            rx_queue_size: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            tx_queue_size: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
        }
    }

    /// Sets `DeleteOnRelease`.
    pub fn delete_on_release(mut self, value: bool) -> Self {
        self.delete_on_release = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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

    /// Sets `Ipv6Address`.
    pub fn ipv6_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv6_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i64) -> Self {
        self.ipv6_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkCardIndex`.
    pub fn network_card_index(mut self, value: i32) -> Self {
        self.network_card_index = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceName`.
    pub fn network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceTrafficMode`.
    pub fn network_interface_traffic_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_traffic_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrimaryIpAddress`.
    pub fn primary_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `QueueNumber`.
    pub fn queue_number(mut self, value: i32) -> Self {
        self.queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `QueuePairNumber`.
    pub fn queue_pair_number(mut self, value: i64) -> Self {
        self.queue_pair_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RxQueueSize`.
    pub fn rx_queue_size(mut self, value: i32) -> Self {
        self.rx_queue_size = ::std::option::Option::Some(value);
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

    /// Sets `TxQueueSize`.
    pub fn tx_queue_size(mut self, value: i32) -> Self {
        self.tx_queue_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RequestNetworkInterface {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RequestNetworkInterface",
            &[
                ("delete_on_release", d::opt(&self.delete_on_release)),
                ("description", d::opt(&self.description)),
                ("instance_type", d::opt(&self.instance_type)),
                ("ipv6_address", d::opt(&self.ipv6_address)),
                ("ipv6_address_count", d::opt(&self.ipv6_address_count)),
                ("network_card_index", d::opt(&self.network_card_index)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                (
                    "network_interface_traffic_mode",
                    d::opt(&self.network_interface_traffic_mode),
                ),
                ("primary_ip_address", d::opt(&self.primary_ip_address)),
                ("queue_number", d::opt(&self.queue_number)),
                ("queue_pair_number", d::opt(&self.queue_pair_number)),
                ("rx_queue_size", d::opt(&self.rx_queue_size)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("tx_queue_size", d::opt(&self.tx_queue_size)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RequestNetworkInterface {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DeleteOnRelease",
            "Description",
            "InstanceType",
            "Ipv6Address",
            "Ipv6AddressCount",
            "NetworkCardIndex",
            "NetworkInterfaceId",
            "NetworkInterfaceName",
            "NetworkInterfaceTrafficMode",
            "PrimaryIpAddress",
            "QueueNumber",
            "QueuePairNumber",
            "RxQueueSize",
            "SecurityGroupId",
            "SecurityGroupIds",
            "TxQueueSize",
            "VSwitchId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 18] = ::yun_core::json::member_order();
        let mut out = RequestNetworkInterface::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.delete_on_release = r.decode()?,
                1 => out.description = r.decode()?,
                2 => out.instance_type = r.decode()?,
                3 => out.ipv6_address = r.decode()?,
                4 => out.ipv6_address_count = r.decode()?,
                5 => out.network_card_index = r.decode()?,
                6 => out.network_interface_id = r.decode()?,
                7 => out.network_interface_name = r.decode()?,
                8 => out.network_interface_traffic_mode = r.decode()?,
                9 => out.primary_ip_address = r.decode()?,
                10 => out.queue_number = r.decode()?,
                11 => out.queue_pair_number = r.decode()?,
                12 => out.rx_queue_size = r.decode()?,
                13 => out.security_group_id = r.decode()?,
                14 => out.security_group_ids = r.decode()?,
                15 => out.tx_queue_size = r.decode()?,
                16 => out.v_switch_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SystemDisk` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SystemDisk {
    /// `BurstingEnabled`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bursting_enabled: ::std::option::Option<bool>,
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
    ///
    /// At least 0.
    ///
    /// Example: `40000`.
    #[serde(
        rename = "ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_iops: ::std::option::Option<i64>,
    /// `StorageClusterId`.
    ///
    /// Example: `dbsc-j5e1sf2vaf5he8m2****`.
    #[serde(
        rename = "StorageClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_cluster_id: ::std::option::Option<::std::string::String>,
    /// `Size`.
    ///
    /// Example: `40`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<::std::string::String>,
    /// `Category`.
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `DiskName`.
    ///
    /// Example: `cloud_ssdSystem`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `Description`.
    ///
    /// Example: `SystemDisk_Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel`.
    ///
    /// Example: `PL0`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
    /// `AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-bp67acfmxazb4p****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
}

impl SystemDisk {
    /// An empty `SystemDisk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            bursting_enabled: ::std::option::Option::None,
            encrypt_algorithm: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            provisioned_iops: ::std::option::Option::None,
            storage_cluster_id: ::std::option::Option::None,
            size: ::std::option::Option::None,
            category: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
            auto_snapshot_policy_id: ::std::option::Option::None,
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

    /// Sets `StorageClusterId`.
    pub fn storage_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Size`.
    pub fn size(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskName`.
    pub fn disk_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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

    /// Sets `AutoSnapshotPolicyId`.
    pub fn auto_snapshot_policy_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_snapshot_policy_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for SystemDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SystemDisk",
            &[
                ("bursting_enabled", d::opt(&self.bursting_enabled)),
                ("encrypt_algorithm", d::opt(&self.encrypt_algorithm)),
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("provisioned_iops", d::opt(&self.provisioned_iops)),
                ("storage_cluster_id", d::opt(&self.storage_cluster_id)),
                ("size", d::opt(&self.size)),
                ("category", d::opt(&self.category)),
                ("disk_name", d::opt(&self.disk_name)),
                ("description", d::opt(&self.description)),
                ("performance_level", d::opt(&self.performance_level)),
                (
                    "auto_snapshot_policy_id",
                    d::opt(&self.auto_snapshot_policy_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SystemDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BurstingEnabled",
            "EncryptAlgorithm",
            "Encrypted",
            "KMSKeyId",
            "ProvisionedIops",
            "StorageClusterId",
            "Size",
            "Category",
            "DiskName",
            "Description",
            "PerformanceLevel",
            "AutoSnapshotPolicyId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = SystemDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bursting_enabled = r.decode()?,
                1 => out.encrypt_algorithm = r.decode()?,
                2 => out.encrypted = r.decode()?,
                3 => out.kms_key_id = r.decode()?,
                4 => out.provisioned_iops = r.decode()?,
                5 => out.storage_cluster_id = r.decode()?,
                6 => out.size = r.decode()?,
                7 => out.category = r.decode()?,
                8 => out.disk_name = r.decode()?,
                9 => out.description = r.decode()?,
                10 => out.performance_level = r.decode()?,
                11 => out.auto_snapshot_policy_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImageOptions` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageOptions {
    /// `LoginAsNonRoot`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "LoginAsNonRoot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_as_non_root: ::std::option::Option<bool>,
}

impl ImageOptions {
    /// An empty `ImageOptions`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            login_as_non_root: ::std::option::Option::None,
        }
    }

    /// Sets `LoginAsNonRoot`.
    pub fn login_as_non_root(mut self, value: bool) -> Self {
        self.login_as_non_root = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ImageOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImageOptions",
            &[("login_as_non_root", d::opt(&self.login_as_non_root))],
        )
    }
}

impl ::yun_core::json::Decode for ImageOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LoginAsNonRoot"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ImageOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.login_as_non_root = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkOptions` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkOptions {
    /// `EnableJumboFrame`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableJumboFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_jumbo_frame: ::std::option::Option<bool>,
}

impl NetworkOptions {
    /// An empty `NetworkOptions`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            enable_jumbo_frame: ::std::option::Option::None,
        }
    }

    /// Sets `EnableJumboFrame`.
    pub fn enable_jumbo_frame(mut self, value: bool) -> Self {
        self.enable_jumbo_frame = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for NetworkOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkOptions",
            &[("enable_jumbo_frame", d::opt(&self.enable_jumbo_frame))],
        )
    }
}

impl ::yun_core::json::Decode for NetworkOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["EnableJumboFrame"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.enable_jumbo_frame = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::run_instances`](crate::Client::run_instances) (`RunInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunInstancesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query).
    ///
    /// Example: `aliyun_2_1903_x64_20G_alibase_20200324.vhd`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ImageFamily` (query).
    ///
    /// Example: `hangzhou-daily-update`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query).
    ///
    /// Example: `sg-bp15ed6xe1yxeycg7****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
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
    /// Example: `k8s-node-[1,4]-alibabacloud`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `Instance_Description`.
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
    /// Example: `k8s-node-[1,4]-ecshost`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `UniqueSuffix` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "UniqueSuffix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unique_suffix: ::std::option::Option<bool>,
    /// `Password` (query).
    ///
    /// Example: `EcsV587!`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `PasswordInherit` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "PasswordInherit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_inherit: ::std::option::Option<bool>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType` (query).
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
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
    /// Example: `KeyPair_Name`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `RamRoleName` (query).
    ///
    /// Example: `RAM_Name`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
    /// `Amount` (query).
    ///
    /// From 1 to 1000.
    ///
    /// Default: `1`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i32>,
    /// `MinAmount` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `2`.
    #[serde(
        rename = "MinAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_amount: ::std::option::Option<i32>,
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
    /// `SpotDuration` (query).
    ///
    /// From 0 to 6.
    ///
    /// Example: `1`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i32>,
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
    /// `SpotInterruptionBehavior` (query).
    ///
    /// Example: `Terminate`.
    #[serde(
        rename = "SpotInterruptionBehavior",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_interruption_behavior: ::std::option::Option<::std::string::String>,
    /// `SecurityEnhancementStrategy` (query).
    ///
    /// Example: `Active`.
    #[serde(
        rename = "SecurityEnhancementStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_enhancement_strategy: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId` (query).
    ///
    /// Example: `hpc-bp67acfmxazb4p****`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `DedicatedHostId` (query).
    ///
    /// Example: `dh-bp67acfmxazb4p****`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateId` (query).
    ///
    /// Example: `lt-bp1apo0bbbkuy0rj****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateName` (query).
    ///
    /// Example: `LaunchTemplate_Name`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateVersion` (query).
    ///
    /// Example: `3`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<i64>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Period` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
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
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetId` (query).
    ///
    /// Example: `ds-bp1brhwhoqinyjd6****`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetGroupNo` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "DeploymentSetGroupNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_group_no: ::std::option::Option<i32>,
    /// `PrivateIpAddress` (query).
    ///
    /// Example: `10.1.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// `CreditSpecification` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_specification: ::std::option::Option<::std::string::String>,
    /// `Ipv6AddressCount` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<i32>,
    /// `NetworkInterfaceQueueNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `8`.
    #[serde(
        rename = "NetworkInterfaceQueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_queue_number: ::std::option::Option<i32>,
    /// `DeletionProtection` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeletionProtection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    /// `HibernationOptions.Configured` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "HibernationOptions.Configured",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hibernation_options_configured: ::std::option::Option<bool>,
    /// `Affinity` (query).
    ///
    /// Example: `default`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<::std::string::String>,
    /// `Tenancy` (query).
    ///
    /// Example: `default`.
    #[serde(
        rename = "Tenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenancy: ::std::option::Option<::std::string::String>,
    /// `StorageSetId` (query).
    ///
    /// Example: `ss-bp67acfmxazb4p****`.
    #[serde(
        rename = "StorageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_id: ::std::option::Option<::std::string::String>,
    /// `StorageSetPartitionNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `2`.
    #[serde(
        rename = "StorageSetPartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_partition_number: ::std::option::Option<i32>,
    /// `CpuOptions.Core` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "CpuOptions.Core",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_options_core: ::std::option::Option<i32>,
    /// `CpuOptions.ThreadsPerCore` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "CpuOptions.ThreadsPerCore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_options_threads_per_core: ::std::option::Option<i32>,
    /// `CpuOptions.Numa` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "CpuOptions.Numa",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_options_numa: ::std::option::Option<::std::string::String>,
    /// `CpuOptions.TopologyType` (query).
    ///
    /// Example: `DiscreteCoreToHTMapping`.
    #[serde(
        rename = "CpuOptions.TopologyType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_options_topology_type: ::std::option::Option<::std::string::String>,
    /// `SecurityOptions.TrustedSystemMode` (query).
    ///
    /// Example: `vTPM`.
    #[serde(
        rename = "SecurityOptions.TrustedSystemMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_options_trusted_system_mode: ::std::option::Option<::std::string::String>,
    /// `SecurityOptions.ConfidentialComputingMode` (query).
    ///
    /// Example: `Enclave`.
    #[serde(
        rename = "SecurityOptions.ConfidentialComputingMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_options_confidential_computing_mode: ::std::option::Option<::std::string::String>,
    /// `HttpEndpoint` (query).
    ///
    /// Example: `enabled`.
    #[serde(
        rename = "HttpEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_endpoint: ::std::option::Option<::std::string::String>,
    /// `HttpTokens` (query).
    ///
    /// Example: `optional`.
    #[serde(
        rename = "HttpTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_tokens: ::std::option::Option<::std::string::String>,
    /// `HttpPutResponseHopLimit` (query).
    ///
    /// Example: `3`.
    #[serde(
        rename = "HttpPutResponseHopLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_put_response_hop_limit: ::std::option::Option<i32>,
    /// `PrivatePoolOptions.MatchCriteria` (query).
    ///
    /// Example: `Open`.
    #[serde(
        rename = "PrivatePoolOptions.MatchCriteria",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_match_criteria: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptions.Id` (query).
    ///
    /// Example: `eap-bp67acfmxazb4****`.
    #[serde(
        rename = "PrivatePoolOptions.Id",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::std::string::String>,
    /// `Isp` (query).
    #[serde(rename = "Isp", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::std::string::String>,
    /// `SchedulerOptions.DedicatedHostClusterId` (query).
    ///
    /// Example: `dc-bp12wlf6am0vz9v2****`.
    #[serde(
        rename = "SchedulerOptions.DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduler_options_dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
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
    /// `HostNames` (query, sent as `HostNames.1`, `HostNames.2`, …).
    ///
    /// At most 1000 items.
    ///
    /// Example: `ecs-host-01`.
    #[serde(
        rename = "HostNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DataDisk` (query, sent as `DataDisk.1`, `DataDisk.2`, …).
    ///
    /// At most 16 items.
    #[serde(
        rename = "DataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk: ::std::option::Option<::std::vec::Vec<RequestDataDisk>>,
    /// `Arn` (query, sent as `Arn.1`, `Arn.2`, …).
    ///
    /// At most 16 items.
    #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>>,
    /// `NetworkInterface` (query, sent as `NetworkInterface.1`, `NetworkInterface.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "NetworkInterface",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<::std::vec::Vec<RequestNetworkInterface>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 71 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `Ipv6Address` (query, sent as `Ipv6Address.1`, `Ipv6Address.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `Ipv6Address.1=2001:db8:1234:1a00::***`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `SystemDisk` (query, sent as `SystemDisk.<member>`).
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<SystemDisk>,
    /// `ImageOptions` (query, sent as `ImageOptions.<member>`).
    #[serde(
        rename = "ImageOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_options: ::std::option::Option<ImageOptions>,
    /// `NetworkOptions` (query, sent as `NetworkOptions.<member>`).
    #[serde(
        rename = "NetworkOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_options: ::std::option::Option<NetworkOptions>,
    /// `AutoPay` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
}

impl RunInstancesRequest {
    /// A `RunInstancesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            instance_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            internet_max_bandwidth_in: ::std::option::Option::None,
            internet_max_bandwidth_out: ::std::option::Option::None,
            host_name: ::std::option::Option::None,
            unique_suffix: ::std::option::Option::None,
            password: ::std::option::Option::None,
            password_inherit: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            internet_charge_type: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            user_data: ::std::option::Option::None,
            key_pair_name: ::std::option::Option::None,
            ram_role_name: ::std::option::Option::None,
            amount: ::std::option::Option::None,
            min_amount: ::std::option::Option::None,
            auto_release_time: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            spot_duration: ::std::option::Option::None,
            spot_price_limit: ::std::option::Option::None,
            spot_interruption_behavior: ::std::option::Option::None,
            security_enhancement_strategy: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            hpc_cluster_id: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            dedicated_host_id: ::std::option::Option::None,
            launch_template_id: ::std::option::Option::None,
            launch_template_name: ::std::option::Option::None,
            launch_template_version: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            auto_renew_period: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            deployment_set_id: ::std::option::Option::None,
            deployment_set_group_no: ::std::option::Option::None,
            private_ip_address: ::std::option::Option::None,
            credit_specification: ::std::option::Option::None,
            ipv6_address_count: ::std::option::Option::None,
            network_interface_queue_number: ::std::option::Option::None,
            deletion_protection: ::std::option::Option::None,
            hibernation_options_configured: ::std::option::Option::None,
            affinity: ::std::option::Option::None,
            tenancy: ::std::option::Option::None,
            storage_set_id: ::std::option::Option::None,
            storage_set_partition_number: ::std::option::Option::None,
            cpu_options_core: ::std::option::Option::None,
            cpu_options_threads_per_core: ::std::option::Option::None,
            cpu_options_numa: ::std::option::Option::None,
            cpu_options_topology_type: ::std::option::Option::None,
            security_options_trusted_system_mode: ::std::option::Option::None,
            security_options_confidential_computing_mode: ::std::option::Option::None,
            http_endpoint: ::std::option::Option::None,
            http_tokens: ::std::option::Option::None,
            http_put_response_hop_limit: ::std::option::Option::None,
            private_pool_options_match_criteria: ::std::option::Option::None,
            private_pool_options_id: ::std::option::Option::None,
            isp: ::std::option::Option::None,
            scheduler_options_dedicated_host_cluster_id: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            host_names: ::std::option::Option::None,
            data_disk: ::std::option::Option::None,
            arn: ::std::option::Option::None,
            network_interface: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            ipv6_address: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
            image_options: ::std::option::Option::None,
            network_options: ::std::option::Option::None,
            auto_pay: ::std::option::Option::None,
        }
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
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

    /// Sets `UniqueSuffix`.
    pub fn unique_suffix(mut self, value: bool) -> Self {
        self.unique_suffix = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PasswordInherit`.
    pub fn password_inherit(mut self, value: bool) -> Self {
        self.password_inherit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
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

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.io_optimized = ::std::option::Option::Some(value.into());
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

    /// Sets `Amount`.
    pub fn amount(mut self, value: i32) -> Self {
        self.amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinAmount`.
    pub fn min_amount(mut self, value: i32) -> Self {
        self.min_amount = ::std::option::Option::Some(value);
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

    /// Sets `SpotDuration`.
    pub fn spot_duration(mut self, value: i32) -> Self {
        self.spot_duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SpotPriceLimit`.
    pub fn spot_price_limit(mut self, value: f64) -> Self {
        self.spot_price_limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SpotInterruptionBehavior`.
    pub fn spot_interruption_behavior(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_interruption_behavior = ::std::option::Option::Some(value.into());
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

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HpcClusterId`.
    pub fn hpc_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hpc_cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DedicatedHostId`.
    pub fn dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
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

    /// Sets `LaunchTemplateName`.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchTemplateVersion`.
    pub fn launch_template_version(mut self, value: i64) -> Self {
        self.launch_template_version = ::std::option::Option::Some(value);
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

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
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

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
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

    /// Sets `DeploymentSetGroupNo`.
    pub fn deployment_set_group_no(mut self, value: i32) -> Self {
        self.deployment_set_group_no = ::std::option::Option::Some(value);
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

    /// Sets `CreditSpecification`.
    pub fn credit_specification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credit_specification = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i32) -> Self {
        self.ipv6_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkInterfaceQueueNumber`.
    pub fn network_interface_queue_number(mut self, value: i32) -> Self {
        self.network_interface_queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeletionProtection`.
    pub fn deletion_protection(mut self, value: bool) -> Self {
        self.deletion_protection = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HibernationOptions.Configured`.
    pub fn hibernation_options_configured(mut self, value: bool) -> Self {
        self.hibernation_options_configured = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Affinity`.
    pub fn affinity(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.affinity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tenancy`.
    pub fn tenancy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tenancy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageSetId`.
    pub fn storage_set_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_set_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageSetPartitionNumber`.
    pub fn storage_set_partition_number(mut self, value: i32) -> Self {
        self.storage_set_partition_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CpuOptions.Core`.
    pub fn cpu_options_core(mut self, value: i32) -> Self {
        self.cpu_options_core = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CpuOptions.ThreadsPerCore`.
    pub fn cpu_options_threads_per_core(mut self, value: i32) -> Self {
        self.cpu_options_threads_per_core = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CpuOptions.Numa`.
    pub fn cpu_options_numa(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpu_options_numa = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CpuOptions.TopologyType`.
    pub fn cpu_options_topology_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpu_options_topology_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityOptions.TrustedSystemMode`.
    pub fn security_options_trusted_system_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_options_trusted_system_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityOptions.ConfidentialComputingMode`.
    pub fn security_options_confidential_computing_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_options_confidential_computing_mode =
            ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HttpEndpoint`.
    pub fn http_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_endpoint = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HttpTokens`.
    pub fn http_tokens(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.http_tokens = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HttpPutResponseHopLimit`.
    pub fn http_put_response_hop_limit(mut self, value: i32) -> Self {
        self.http_put_response_hop_limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PrivatePoolOptions.MatchCriteria`.
    pub fn private_pool_options_match_criteria(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_match_criteria = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrivatePoolOptions.Id`.
    pub fn private_pool_options_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Isp`.
    pub fn isp(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.isp = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SchedulerOptions.DedicatedHostClusterId`.
    pub fn scheduler_options_dedicated_host_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scheduler_options_dedicated_host_cluster_id =
            ::std::option::Option::Some(value.into());
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

    /// Sets `HostNames`.
    pub fn host_names(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.host_names = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `DataDisk`.
    pub fn data_disk(mut self, value: ::std::vec::Vec<RequestDataDisk>) -> Self {
        self.data_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Arn`.
    pub fn arn(mut self, value: ::std::vec::Vec<crate::models::Arn>) -> Self {
        self.arn = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkInterface`.
    pub fn network_interface(mut self, value: ::std::vec::Vec<RequestNetworkInterface>) -> Self {
        self.network_interface = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6Address`.
    pub fn ipv6_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv6_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ImageOptions`.
    pub fn image_options(mut self, value: ImageOptions) -> Self {
        self.image_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkOptions`.
    pub fn network_options(mut self, value: NetworkOptions) -> Self {
        self.network_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoPay`.
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for RunInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::opt(&self.image_id)),
                ("image_family", d::opt(&self.image_family)),
                ("instance_type", d::opt(&self.instance_type)),
                ("security_group_id", d::opt(&self.security_group_id)),
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
                ("unique_suffix", d::opt(&self.unique_suffix)),
                ("password", d::secret(&self.password)),
                ("password_inherit", d::opt(&self.password_inherit)),
                ("zone_id", d::opt(&self.zone_id)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("user_data", d::opt(&self.user_data)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
                ("amount", d::opt(&self.amount)),
                ("min_amount", d::opt(&self.min_amount)),
                ("auto_release_time", d::opt(&self.auto_release_time)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("spot_duration", d::opt(&self.spot_duration)),
                ("spot_price_limit", d::opt(&self.spot_price_limit)),
                (
                    "spot_interruption_behavior",
                    d::opt(&self.spot_interruption_behavior),
                ),
                (
                    "security_enhancement_strategy",
                    d::opt(&self.security_enhancement_strategy),
                ),
                ("client_token", d::opt(&self.client_token)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("dry_run", d::opt(&self.dry_run)),
                ("dedicated_host_id", d::opt(&self.dedicated_host_id)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
                (
                    "launch_template_version",
                    d::opt(&self.launch_template_version),
                ),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("auto_renew_period", d::opt(&self.auto_renew_period)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                (
                    "deployment_set_group_no",
                    d::opt(&self.deployment_set_group_no),
                ),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("credit_specification", d::opt(&self.credit_specification)),
                ("ipv6_address_count", d::opt(&self.ipv6_address_count)),
                (
                    "network_interface_queue_number",
                    d::opt(&self.network_interface_queue_number),
                ),
                ("deletion_protection", d::opt(&self.deletion_protection)),
                (
                    "hibernation_options_configured",
                    d::opt(&self.hibernation_options_configured),
                ),
                ("affinity", d::opt(&self.affinity)),
                ("tenancy", d::opt(&self.tenancy)),
                ("storage_set_id", d::opt(&self.storage_set_id)),
                (
                    "storage_set_partition_number",
                    d::opt(&self.storage_set_partition_number),
                ),
                ("cpu_options_core", d::opt(&self.cpu_options_core)),
                (
                    "cpu_options_threads_per_core",
                    d::opt(&self.cpu_options_threads_per_core),
                ),
                ("cpu_options_numa", d::opt(&self.cpu_options_numa)),
                (
                    "cpu_options_topology_type",
                    d::opt(&self.cpu_options_topology_type),
                ),
                (
                    "security_options_trusted_system_mode",
                    d::opt(&self.security_options_trusted_system_mode),
                ),
                (
                    "security_options_confidential_computing_mode",
                    d::opt(&self.security_options_confidential_computing_mode),
                ),
                ("http_endpoint", d::opt(&self.http_endpoint)),
                ("http_tokens", d::opt(&self.http_tokens)),
                (
                    "http_put_response_hop_limit",
                    d::opt(&self.http_put_response_hop_limit),
                ),
                (
                    "private_pool_options_match_criteria",
                    d::opt(&self.private_pool_options_match_criteria),
                ),
                (
                    "private_pool_options_id",
                    d::opt(&self.private_pool_options_id),
                ),
                ("isp", d::opt(&self.isp)),
                (
                    "scheduler_options_dedicated_host_cluster_id",
                    d::opt(&self.scheduler_options_dedicated_host_cluster_id),
                ),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("host_names", d::opt(&self.host_names)),
                ("data_disk", d::opt(&self.data_disk)),
                ("arn", d::opt(&self.arn)),
                ("network_interface", d::opt(&self.network_interface)),
                ("tag", d::opt(&self.tag)),
                ("ipv6_address", d::opt(&self.ipv6_address)),
                ("system_disk", d::opt(&self.system_disk)),
                ("image_options", d::opt(&self.image_options)),
                ("network_options", d::opt(&self.network_options)),
                ("auto_pay", d::opt(&self.auto_pay)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RunInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ImageId",
            "ImageFamily",
            "InstanceType",
            "SecurityGroupId",
            "VSwitchId",
            "InstanceName",
            "Description",
            "InternetMaxBandwidthIn",
            "InternetMaxBandwidthOut",
            "HostName",
            "UniqueSuffix",
            "Password",
            "PasswordInherit",
            "ZoneId",
            "InternetChargeType",
            "IoOptimized",
            "UserData",
            "KeyPairName",
            "RamRoleName",
            "Amount",
            "MinAmount",
            "AutoReleaseTime",
            "SpotStrategy",
            "SpotDuration",
            "SpotPriceLimit",
            "SpotInterruptionBehavior",
            "SecurityEnhancementStrategy",
            "ClientToken",
            "HpcClusterId",
            "DryRun",
            "DedicatedHostId",
            "LaunchTemplateId",
            "LaunchTemplateName",
            "LaunchTemplateVersion",
            "ResourceGroupId",
            "Period",
            "PeriodUnit",
            "AutoRenew",
            "AutoRenewPeriod",
            "InstanceChargeType",
            "DeploymentSetId",
            "DeploymentSetGroupNo",
            "PrivateIpAddress",
            "CreditSpecification",
            "Ipv6AddressCount",
            "NetworkInterfaceQueueNumber",
            "DeletionProtection",
            "HibernationOptions.Configured",
            "Affinity",
            "Tenancy",
            "StorageSetId",
            "StorageSetPartitionNumber",
            "CpuOptions.Core",
            "CpuOptions.ThreadsPerCore",
            "CpuOptions.Numa",
            "CpuOptions.TopologyType",
            "SecurityOptions.TrustedSystemMode",
            "SecurityOptions.ConfidentialComputingMode",
            "HttpEndpoint",
            "HttpTokens",
            "HttpPutResponseHopLimit",
            "PrivatePoolOptions.MatchCriteria",
            "PrivatePoolOptions.Id",
            "Isp",
            "SchedulerOptions.DedicatedHostClusterId",
            "SecurityGroupIds",
            "HostNames",
            "DataDisk",
            "Arn",
            "NetworkInterface",
            "Tag",
            "Ipv6Address",
            "SystemDisk",
            "ImageOptions",
            "NetworkOptions",
            "AutoPay",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 78] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
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
        let mut m_unique_suffix: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password_inherit: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internet_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_min_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_auto_release_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_spot_price_limit: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_spot_interruption_behavior: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_enhancement_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dedicated_host_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_version: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_renew_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_group_no: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_credit_specification: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ipv6_address_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_network_interface_queue_number: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_deletion_protection: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_hibernation_options_configured: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_affinity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tenancy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_partition_number: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_cpu_options_core: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_cpu_options_threads_per_core: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_cpu_options_numa: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cpu_options_topology_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_options_trusted_system_mode: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_security_options_confidential_computing_mode: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_http_endpoint: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_http_tokens: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_http_put_response_hop_limit: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_private_pool_options_match_criteria: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_private_pool_options_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_isp: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_scheduler_options_dedicated_host_cluster_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_host_names: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_data_disk: ::std::option::Option<::std::vec::Vec<RequestDataDisk>> =
            ::std::option::Option::None;
        let mut m_arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>> =
            ::std::option::Option::None;
        let mut m_network_interface: ::std::option::Option<
            ::std::vec::Vec<RequestNetworkInterface>,
        > = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_system_disk: ::std::option::Option<SystemDisk> = ::std::option::Option::None;
        let mut m_image_options: ::std::option::Option<ImageOptions> = ::std::option::Option::None;
        let mut m_network_options: ::std::option::Option<NetworkOptions> =
            ::std::option::Option::None;
        let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_image_family = r.decode()?,
                3 => m_instance_type = r.decode()?,
                4 => m_security_group_id = r.decode()?,
                5 => m_v_switch_id = r.decode()?,
                6 => m_instance_name = r.decode()?,
                7 => m_description = r.decode()?,
                8 => m_internet_max_bandwidth_in = r.decode()?,
                9 => m_internet_max_bandwidth_out = r.decode()?,
                10 => m_host_name = r.decode()?,
                11 => m_unique_suffix = r.decode()?,
                12 => m_password = r.decode()?,
                13 => m_password_inherit = r.decode()?,
                14 => m_zone_id = r.decode()?,
                15 => m_internet_charge_type = r.decode()?,
                16 => m_io_optimized = r.decode()?,
                17 => m_user_data = r.decode()?,
                18 => m_key_pair_name = r.decode()?,
                19 => m_ram_role_name = r.decode()?,
                20 => m_amount = r.decode()?,
                21 => m_min_amount = r.decode()?,
                22 => m_auto_release_time = r.decode()?,
                23 => m_spot_strategy = r.decode()?,
                24 => m_spot_duration = r.decode()?,
                25 => m_spot_price_limit = r.decode()?,
                26 => m_spot_interruption_behavior = r.decode()?,
                27 => m_security_enhancement_strategy = r.decode()?,
                28 => m_client_token = r.decode()?,
                29 => m_hpc_cluster_id = r.decode()?,
                30 => m_dry_run = r.decode()?,
                31 => m_dedicated_host_id = r.decode()?,
                32 => m_launch_template_id = r.decode()?,
                33 => m_launch_template_name = r.decode()?,
                34 => m_launch_template_version = r.decode()?,
                35 => m_resource_group_id = r.decode()?,
                36 => m_period = r.decode()?,
                37 => m_period_unit = r.decode()?,
                38 => m_auto_renew = r.decode()?,
                39 => m_auto_renew_period = r.decode()?,
                40 => m_instance_charge_type = r.decode()?,
                41 => m_deployment_set_id = r.decode()?,
                42 => m_deployment_set_group_no = r.decode()?,
                43 => m_private_ip_address = r.decode()?,
                44 => m_credit_specification = r.decode()?,
                45 => m_ipv6_address_count = r.decode()?,
                46 => m_network_interface_queue_number = r.decode()?,
                47 => m_deletion_protection = r.decode()?,
                48 => m_hibernation_options_configured = r.decode()?,
                49 => m_affinity = r.decode()?,
                50 => m_tenancy = r.decode()?,
                51 => m_storage_set_id = r.decode()?,
                52 => m_storage_set_partition_number = r.decode()?,
                53 => m_cpu_options_core = r.decode()?,
                54 => m_cpu_options_threads_per_core = r.decode()?,
                55 => m_cpu_options_numa = r.decode()?,
                56 => m_cpu_options_topology_type = r.decode()?,
                57 => m_security_options_trusted_system_mode = r.decode()?,
                58 => m_security_options_confidential_computing_mode = r.decode()?,
                59 => m_http_endpoint = r.decode()?,
                60 => m_http_tokens = r.decode()?,
                61 => m_http_put_response_hop_limit = r.decode()?,
                62 => m_private_pool_options_match_criteria = r.decode()?,
                63 => m_private_pool_options_id = r.decode()?,
                64 => m_isp = r.decode()?,
                65 => m_scheduler_options_dedicated_host_cluster_id = r.decode()?,
                66 => m_security_group_ids = r.decode()?,
                67 => m_host_names = r.decode()?,
                68 => m_data_disk = r.decode()?,
                69 => m_arn = r.decode()?,
                70 => m_network_interface = r.decode()?,
                71 => m_tag = r.decode()?,
                72 => m_ipv6_address = r.decode()?,
                73 => m_system_disk = r.decode()?,
                74 => m_image_options = r.decode()?,
                75 => m_network_options = r.decode()?,
                76 => m_auto_pay = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RunInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id,
            image_family: m_image_family,
            instance_type: m_instance_type,
            security_group_id: m_security_group_id,
            v_switch_id: m_v_switch_id,
            instance_name: m_instance_name,
            description: m_description,
            internet_max_bandwidth_in: m_internet_max_bandwidth_in,
            internet_max_bandwidth_out: m_internet_max_bandwidth_out,
            host_name: m_host_name,
            unique_suffix: m_unique_suffix,
            password: m_password,
            password_inherit: m_password_inherit,
            zone_id: m_zone_id,
            internet_charge_type: m_internet_charge_type,
            io_optimized: m_io_optimized,
            user_data: m_user_data,
            key_pair_name: m_key_pair_name,
            ram_role_name: m_ram_role_name,
            amount: m_amount,
            min_amount: m_min_amount,
            auto_release_time: m_auto_release_time,
            spot_strategy: m_spot_strategy,
            spot_duration: m_spot_duration,
            spot_price_limit: m_spot_price_limit,
            spot_interruption_behavior: m_spot_interruption_behavior,
            security_enhancement_strategy: m_security_enhancement_strategy,
            client_token: m_client_token,
            hpc_cluster_id: m_hpc_cluster_id,
            dry_run: m_dry_run,
            dedicated_host_id: m_dedicated_host_id,
            launch_template_id: m_launch_template_id,
            launch_template_name: m_launch_template_name,
            launch_template_version: m_launch_template_version,
            resource_group_id: m_resource_group_id,
            period: m_period,
            period_unit: m_period_unit,
            auto_renew: m_auto_renew,
            auto_renew_period: m_auto_renew_period,
            instance_charge_type: m_instance_charge_type,
            deployment_set_id: m_deployment_set_id,
            deployment_set_group_no: m_deployment_set_group_no,
            private_ip_address: m_private_ip_address,
            credit_specification: m_credit_specification,
            ipv6_address_count: m_ipv6_address_count,
            network_interface_queue_number: m_network_interface_queue_number,
            deletion_protection: m_deletion_protection,
            hibernation_options_configured: m_hibernation_options_configured,
            affinity: m_affinity,
            tenancy: m_tenancy,
            storage_set_id: m_storage_set_id,
            storage_set_partition_number: m_storage_set_partition_number,
            cpu_options_core: m_cpu_options_core,
            cpu_options_threads_per_core: m_cpu_options_threads_per_core,
            cpu_options_numa: m_cpu_options_numa,
            cpu_options_topology_type: m_cpu_options_topology_type,
            security_options_trusted_system_mode: m_security_options_trusted_system_mode,
            security_options_confidential_computing_mode:
                m_security_options_confidential_computing_mode,
            http_endpoint: m_http_endpoint,
            http_tokens: m_http_tokens,
            http_put_response_hop_limit: m_http_put_response_hop_limit,
            private_pool_options_match_criteria: m_private_pool_options_match_criteria,
            private_pool_options_id: m_private_pool_options_id,
            isp: m_isp,
            scheduler_options_dedicated_host_cluster_id:
                m_scheduler_options_dedicated_host_cluster_id,
            security_group_ids: m_security_group_ids,
            host_names: m_host_names,
            data_disk: m_data_disk,
            arn: m_arn,
            network_interface: m_network_interface,
            tag: m_tag,
            ipv6_address: m_ipv6_address,
            system_disk: m_system_disk,
            image_options: m_image_options,
            network_options: m_network_options,
            auto_pay: m_auto_pay,
        })
    }
}

/// The `InstanceIdSets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceIdSets {
    /// `InstanceIdSet`.
    #[serde(
        rename = "InstanceIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_set: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for InstanceIdSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceIdSets",
            &[("instance_id_set", d::opt(&self.instance_id_set))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceIdSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIdSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceIdSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::run_instances`](crate::Client::run_instances) (`RunInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunInstancesResponse {
    /// `InstanceIdSets`.
    #[serde(
        rename = "InstanceIdSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_sets: ::std::option::Option<InstanceIdSets>,
    /// `OrderId`.
    ///
    /// Example: `123456****`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TradePrice`.
    ///
    /// Example: `0.165`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl RunInstancesResponse {
    /// The items of `InstanceIdSets` (through its wrapper), empty when absent.
    pub fn instance_id_sets(&self) -> &[::yun_core::Text] {
        self.instance_id_sets
            .as_ref()
            .and_then(|w| w.instance_id_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RunInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunInstancesResponse",
            &[
                ("instance_id_sets", d::opt(&self.instance_id_sets)),
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
                ("trade_price", d::opt(&self.trade_price)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RunInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIdSets", "OrderId", "RequestId", "TradePrice"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = RunInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id_sets = r.decode()?,
                1 => out.order_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.trade_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
