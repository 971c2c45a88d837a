//! `CreateInstance`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateInstance>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateInstance",
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
                name: "InstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetChargeType",
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
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VlanId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InnerIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NodeControllerId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UseAdditionalService",
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
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UserData",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairName",
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
                name: "SpotInterruptionBehavior",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RamRoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityEnhancementStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
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
                name: "CreditSpecification",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk",
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
    /// Example: `TestDescription`.
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
    /// Example: `DataDiskName`.
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
    /// `KMSKeyId`.
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d****`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel`.
    ///
    /// Example: `PL2`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
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
            category: ::std::option::Option::None,
            delete_with_instance: ::std::option::Option::None,
            description: ::std::option::Option::None,
            device: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            encrypt_algorithm: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
            size: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            storage_cluster_id: ::std::option::Option::None,
        }
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
                ("category", d::opt(&self.category)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
                ("description", d::opt(&self.description)),
                ("device", d::opt(&self.device)),
                ("disk_name", d::opt(&self.disk_name)),
                ("encrypt_algorithm", d::opt(&self.encrypt_algorithm)),
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("performance_level", d::opt(&self.performance_level)),
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
            "Category",
            "DeleteWithInstance",
            "Description",
            "Device",
            "DiskName",
            "EncryptAlgorithm",
            "Encrypted",
            "KMSKeyId",
            "PerformanceLevel",
            "Size",
            "SnapshotId",
            "StorageClusterId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = RequestDataDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.category = r.decode()?,
                1 => out.delete_with_instance = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.device = r.decode()?,
                4 => out.disk_name = r.decode()?,
                5 => out.encrypt_algorithm = r.decode()?,
                6 => out.encrypted = r.decode()?,
                7 => out.kms_key_id = r.decode()?,
                8 => out.performance_level = r.decode()?,
                9 => out.size = r.decode()?,
                10 => out.snapshot_id = r.decode()?,
                11 => out.storage_cluster_id = r.decode()?,
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
    pub size: ::std::option::Option<i32>,
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
    /// Example: `SystemDiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `Description`.
    ///
    /// Example: `TestDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel`.
    ///
    /// Example: `PL1`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
}

impl SystemDisk {
    /// An empty `SystemDisk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            storage_cluster_id: ::std::option::Option::None,
            size: ::std::option::Option::None,
            category: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
        }
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
    pub fn size(mut self, value: i32) -> Self {
        self.size = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for SystemDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SystemDisk",
            &[
                ("storage_cluster_id", d::opt(&self.storage_cluster_id)),
                ("size", d::opt(&self.size)),
                ("category", d::opt(&self.category)),
                ("disk_name", d::opt(&self.disk_name)),
                ("description", d::opt(&self.description)),
                ("performance_level", d::opt(&self.performance_level)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SystemDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "StorageClusterId",
            "Size",
            "Category",
            "DiskName",
            "Description",
            "PerformanceLevel",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = SystemDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.storage_cluster_id = r.decode()?,
                1 => out.size = r.decode()?,
                2 => out.category = r.decode()?,
                3 => out.disk_name = r.decode()?,
                4 => out.description = r.decode()?,
                5 => out.performance_level = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::create_instance`](crate::Client::create_instance) (`CreateInstance`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateInstanceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query).
    ///
    /// Example: `ubuntu_18_04_64_20G_alibase_20190624.vhd`.
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
    /// `InstanceType` (query). Required.
    ///
    /// Example: `ecs.g6.large`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `SecurityGroupId` (query).
    ///
    /// Example: `sg-bp15ed6xe1yxeycg****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `InstanceName` (query).
    ///
    /// Example: `k8s-node-[1,4]-alibabacloud`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType` (query).
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
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
    /// Example: `2`.
    #[serde(
        rename = "AutoRenewPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_period: ::std::option::Option<i32>,
    /// `InternetMaxBandwidthIn` (query).
    ///
    /// From 1 to 200.
    ///
    /// Example: `50`.
    #[serde(
        rename = "InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i32>,
    /// `InternetMaxBandwidthOut` (query).
    ///
    /// Example: `5`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `HostName` (query).
    ///
    /// Example: `LocalHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `Password` (query).
    ///
    /// Example: `TestEcs123!`.
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
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `ClusterId` (query).
    ///
    /// Example: `c-bp67acfmxazb4p****`.
    #[serde(
        rename = "ClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `VlanId` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "VlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vlan_id: ::std::option::Option<::std::string::String>,
    /// `InnerIpAddress` (query).
    ///
    /// Example: `192.168.**.**`.
    #[serde(
        rename = "InnerIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inner_ip_address: ::std::option::Option<::std::string::String>,
    /// `NodeControllerId` (query).
    #[serde(
        rename = "NodeControllerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub node_controller_id: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `InstanceTest`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query).
    ///
    /// Example: `vsw-bp1s5fnvk4gn2tws0****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `PrivateIpAddress` (query).
    ///
    /// Example: `172.16.236.*`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// `IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `UseAdditionalService` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "UseAdditionalService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_additional_service: ::std::option::Option<bool>,
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
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `UserData` (query).
    ///
    /// Example: `ZWNobyBoZWxsbyBlY3Mh`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `SpotStrategy` (query).
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::std::string::String>,
    /// `KeyPairName` (query).
    ///
    /// Example: `KeyPairTestName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `SpotPriceLimit` (query).
    ///
    /// Example: `0.98`.
    #[serde(
        rename = "SpotPriceLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price_limit: ::std::option::Option<f64>,
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
    /// `SpotInterruptionBehavior` (query).
    ///
    /// Example: `Terminate`.
    #[serde(
        rename = "SpotInterruptionBehavior",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_interruption_behavior: ::std::option::Option<::std::string::String>,
    /// `RamRoleName` (query).
    ///
    /// Example: `RAMTestName`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
    /// `SecurityEnhancementStrategy` (query).
    ///
    /// Example: `Active`.
    #[serde(
        rename = "SecurityEnhancementStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_enhancement_strategy: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
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
    /// `CreditSpecification` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_specification: ::std::option::Option<::std::string::String>,
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
    /// Example: `ss-bp1j4i2jdf3owlhe****`.
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
    /// Example: `0`.
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
    /// At most 10 items.
    #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `SystemDisk` (query, sent as `SystemDisk.<member>`).
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<SystemDisk>,
}

impl CreateInstanceRequest {
    /// A `CreateInstanceRequest` with its required members: `RegionId`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            instance_type: instance_type.into(),
            security_group_id: ::std::option::Option::None,
            instance_name: ::std::option::Option::None,
            internet_charge_type: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            auto_renew_period: ::std::option::Option::None,
            internet_max_bandwidth_in: ::std::option::Option::None,
            internet_max_bandwidth_out: ::std::option::Option::None,
            host_name: ::std::option::Option::None,
            password: ::std::option::Option::None,
            password_inherit: ::std::option::Option::None,
            deployment_set_id: ::std::option::Option::None,
            deployment_set_group_no: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            cluster_id: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            vlan_id: ::std::option::Option::None,
            inner_ip_address: ::std::option::Option::None,
            node_controller_id: ::std::option::Option::None,
            description: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            private_ip_address: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            use_additional_service: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            user_data: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            key_pair_name: ::std::option::Option::None,
            spot_price_limit: ::std::option::Option::None,
            spot_duration: ::std::option::Option::None,
            spot_interruption_behavior: ::std::option::Option::None,
            ram_role_name: ::std::option::Option::None,
            security_enhancement_strategy: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            hpc_cluster_id: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            dedicated_host_id: ::std::option::Option::None,
            credit_specification: ::std::option::Option::None,
            deletion_protection: ::std::option::Option::None,
            hibernation_options_configured: ::std::option::Option::None,
            affinity: ::std::option::Option::None,
            tenancy: ::std::option::Option::None,
            storage_set_id: ::std::option::Option::None,
            storage_set_partition_number: ::std::option::Option::None,
            http_endpoint: ::std::option::Option::None,
            http_tokens: ::std::option::Option::None,
            http_put_response_hop_limit: ::std::option::Option::None,
            private_pool_options_match_criteria: ::std::option::Option::None,
            private_pool_options_id: ::std::option::Option::None,
            data_disk: ::std::option::Option::None,
            arn: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
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

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
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

    /// Sets `InternetChargeType`.
    pub fn internet_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internet_charge_type = ::std::option::Option::Some(value.into());
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

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClusterId`.
    pub fn cluster_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VlanId`.
    pub fn vlan_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vlan_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InnerIpAddress`.
    pub fn inner_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NodeControllerId`.
    pub fn node_controller_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.node_controller_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
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

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.io_optimized = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UseAdditionalService`.
    pub fn use_additional_service(mut self, value: bool) -> Self {
        self.use_additional_service = ::std::option::Option::Some(value);
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

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
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

    /// Sets `KeyPairName`.
    pub fn key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_pair_name = ::std::option::Option::Some(value.into());
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

    /// Sets `SpotInterruptionBehavior`.
    pub fn spot_interruption_behavior(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_interruption_behavior = ::std::option::Option::Some(value.into());
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

    /// Sets `SecurityEnhancementStrategy`.
    pub fn security_enhancement_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_enhancement_strategy = ::std::option::Option::Some(value.into());
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

    /// Sets `CreditSpecification`.
    pub fn credit_specification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credit_specification = ::std::option::Option::Some(value.into());
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateInstanceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateInstanceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::opt(&self.image_id)),
                ("image_family", d::opt(&self.image_family)),
                ("instance_type", d::req(&self.instance_type)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("auto_renew_period", d::opt(&self.auto_renew_period)),
                (
                    "internet_max_bandwidth_in",
                    d::opt(&self.internet_max_bandwidth_in),
                ),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                ("host_name", d::opt(&self.host_name)),
                ("password", d::secret(&self.password)),
                ("password_inherit", d::opt(&self.password_inherit)),
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                (
                    "deployment_set_group_no",
                    d::opt(&self.deployment_set_group_no),
                ),
                ("zone_id", d::opt(&self.zone_id)),
                ("cluster_id", d::opt(&self.cluster_id)),
                ("client_token", d::opt(&self.client_token)),
                ("vlan_id", d::opt(&self.vlan_id)),
                ("inner_ip_address", d::opt(&self.inner_ip_address)),
                ("node_controller_id", d::opt(&self.node_controller_id)),
                ("description", d::opt(&self.description)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("io_optimized", d::opt(&self.io_optimized)),
                (
                    "use_additional_service",
                    d::opt(&self.use_additional_service),
                ),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("user_data", d::opt(&self.user_data)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("spot_price_limit", d::opt(&self.spot_price_limit)),
                ("spot_duration", d::opt(&self.spot_duration)),
                (
                    "spot_interruption_behavior",
                    d::opt(&self.spot_interruption_behavior),
                ),
                ("ram_role_name", d::opt(&self.ram_role_name)),
                (
                    "security_enhancement_strategy",
                    d::opt(&self.security_enhancement_strategy),
                ),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("dry_run", d::opt(&self.dry_run)),
                ("dedicated_host_id", d::opt(&self.dedicated_host_id)),
                ("credit_specification", d::opt(&self.credit_specification)),
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
                ("data_disk", d::opt(&self.data_disk)),
                ("arn", d::opt(&self.arn)),
                ("tag", d::opt(&self.tag)),
                ("system_disk", d::opt(&self.system_disk)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateInstanceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ImageId",
            "ImageFamily",
            "InstanceType",
            "SecurityGroupId",
            "InstanceName",
            "InternetChargeType",
            "AutoRenew",
            "AutoRenewPeriod",
            "InternetMaxBandwidthIn",
            "InternetMaxBandwidthOut",
            "HostName",
            "Password",
            "PasswordInherit",
            "DeploymentSetId",
            "DeploymentSetGroupNo",
            "ZoneId",
            "ClusterId",
            "ClientToken",
            "VlanId",
            "InnerIpAddress",
            "NodeControllerId",
            "Description",
            "VSwitchId",
            "PrivateIpAddress",
            "IoOptimized",
            "UseAdditionalService",
            "InstanceChargeType",
            "Period",
            "PeriodUnit",
            "UserData",
            "SpotStrategy",
            "KeyPairName",
            "SpotPriceLimit",
            "SpotDuration",
            "SpotInterruptionBehavior",
            "RamRoleName",
            "SecurityEnhancementStrategy",
            "ResourceGroupId",
            "HpcClusterId",
            "DryRun",
            "DedicatedHostId",
            "CreditSpecification",
            "DeletionProtection",
            "HibernationOptions.Configured",
            "Affinity",
            "Tenancy",
            "StorageSetId",
            "StorageSetPartitionNumber",
            "HttpEndpoint",
            "HttpTokens",
            "HttpPutResponseHopLimit",
            "PrivatePoolOptions.MatchCriteria",
            "PrivatePoolOptions.Id",
            "DataDisk",
            "Arn",
            "Tag",
            "SystemDisk",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 59] = ::yun_core::json::member_order();
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
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internet_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_renew_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_internet_max_bandwidth_in: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password_inherit: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_deployment_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_group_no: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vlan_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_inner_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_node_controller_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_v_switch_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_use_additional_service: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_price_limit: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_spot_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_spot_interruption_behavior: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_enhancement_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dedicated_host_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_credit_specification: ::std::option::Option<::std::string::String> =
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
        let mut m_data_disk: ::std::option::Option<::std::vec::Vec<RequestDataDisk>> =
            ::std::option::Option::None;
        let mut m_arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_system_disk: ::std::option::Option<SystemDisk> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_image_family = r.decode()?,
                3 => m_instance_type = r.decode()?,
                4 => m_security_group_id = r.decode()?,
                5 => m_instance_name = r.decode()?,
                6 => m_internet_charge_type = r.decode()?,
                7 => m_auto_renew = r.decode()?,
                8 => m_auto_renew_period = r.decode()?,
                9 => m_internet_max_bandwidth_in = r.decode()?,
                10 => m_internet_max_bandwidth_out = r.decode()?,
                11 => m_host_name = r.decode()?,
                12 => m_password = r.decode()?,
                13 => m_password_inherit = r.decode()?,
                14 => m_deployment_set_id = r.decode()?,
                15 => m_deployment_set_group_no = r.decode()?,
                16 => m_zone_id = r.decode()?,
                17 => m_cluster_id = r.decode()?,
                18 => m_client_token = r.decode()?,
                19 => m_vlan_id = r.decode()?,
                20 => m_inner_ip_address = r.decode()?,
                21 => m_node_controller_id = r.decode()?,
                22 => m_description = r.decode()?,
                23 => m_v_switch_id = r.decode()?,
                24 => m_private_ip_address = r.decode()?,
                25 => m_io_optimized = r.decode()?,
                26 => m_use_additional_service = r.decode()?,
                27 => m_instance_charge_type = r.decode()?,
                28 => m_period = r.decode()?,
                29 => m_period_unit = r.decode()?,
                30 => m_user_data = r.decode()?,
                31 => m_spot_strategy = r.decode()?,
                32 => m_key_pair_name = r.decode()?,
                33 => m_spot_price_limit = r.decode()?,
                34 => m_spot_duration = r.decode()?,
                35 => m_spot_interruption_behavior = r.decode()?,
                36 => m_ram_role_name = r.decode()?,
                37 => m_security_enhancement_strategy = r.decode()?,
                38 => m_resource_group_id = r.decode()?,
                39 => m_hpc_cluster_id = r.decode()?,
                40 => m_dry_run = r.decode()?,
                41 => m_dedicated_host_id = r.decode()?,
                42 => m_credit_specification = r.decode()?,
                43 => m_deletion_protection = r.decode()?,
                44 => m_hibernation_options_configured = r.decode()?,
                45 => m_affinity = r.decode()?,
                46 => m_tenancy = r.decode()?,
                47 => m_storage_set_id = r.decode()?,
                48 => m_storage_set_partition_number = r.decode()?,
                49 => m_http_endpoint = r.decode()?,
                50 => m_http_tokens = r.decode()?,
                51 => m_http_put_response_hop_limit = r.decode()?,
                52 => m_private_pool_options_match_criteria = r.decode()?,
                53 => m_private_pool_options_id = r.decode()?,
                54 => m_data_disk = r.decode()?,
                55 => m_arn = r.decode()?,
                56 => m_tag = r.decode()?,
                57 => m_system_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateInstanceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id,
            image_family: m_image_family,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            security_group_id: m_security_group_id,
            instance_name: m_instance_name,
            internet_charge_type: m_internet_charge_type,
            auto_renew: m_auto_renew,
            auto_renew_period: m_auto_renew_period,
            internet_max_bandwidth_in: m_internet_max_bandwidth_in,
            internet_max_bandwidth_out: m_internet_max_bandwidth_out,
            host_name: m_host_name,
            password: m_password,
            password_inherit: m_password_inherit,
            deployment_set_id: m_deployment_set_id,
            deployment_set_group_no: m_deployment_set_group_no,
            zone_id: m_zone_id,
            cluster_id: m_cluster_id,
            client_token: m_client_token,
            vlan_id: m_vlan_id,
            inner_ip_address: m_inner_ip_address,
            node_controller_id: m_node_controller_id,
            description: m_description,
            v_switch_id: m_v_switch_id,
            private_ip_address: m_private_ip_address,
            io_optimized: m_io_optimized,
            use_additional_service: m_use_additional_service,
            instance_charge_type: m_instance_charge_type,
            period: m_period,
            period_unit: m_period_unit,
            user_data: m_user_data,
            spot_strategy: m_spot_strategy,
            key_pair_name: m_key_pair_name,
            spot_price_limit: m_spot_price_limit,
            spot_duration: m_spot_duration,
            spot_interruption_behavior: m_spot_interruption_behavior,
            ram_role_name: m_ram_role_name,
            security_enhancement_strategy: m_security_enhancement_strategy,
            resource_group_id: m_resource_group_id,
            hpc_cluster_id: m_hpc_cluster_id,
            dry_run: m_dry_run,
            dedicated_host_id: m_dedicated_host_id,
            credit_specification: m_credit_specification,
            deletion_protection: m_deletion_protection,
            hibernation_options_configured: m_hibernation_options_configured,
            affinity: m_affinity,
            tenancy: m_tenancy,
            storage_set_id: m_storage_set_id,
            storage_set_partition_number: m_storage_set_partition_number,
            http_endpoint: m_http_endpoint,
            http_tokens: m_http_tokens,
            http_put_response_hop_limit: m_http_put_response_hop_limit,
            private_pool_options_match_criteria: m_private_pool_options_match_criteria,
            private_pool_options_id: m_private_pool_options_id,
            data_disk: m_data_disk,
            arn: m_arn,
            tag: m_tag,
            system_disk: m_system_disk,
        })
    }
}

/// The response of [`Client::create_instance`](crate::Client::create_instance) (`CreateInstance`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateInstanceResponse {
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `OrderId`.
    ///
    /// Example: `1234567890`.
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

impl ::std::fmt::Debug for CreateInstanceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateInstanceResponse",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
                ("trade_price", d::opt(&self.trade_price)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateInstanceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "OrderId", "RequestId", "TradePrice"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = CreateInstanceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.order_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.trade_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
