//! `CreateDisk`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDisk>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateDisk",
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
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SnapshotId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Size",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Encrypted",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KMSKeyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PerformanceLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AdvancedFeatures",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EncryptAlgorithm",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageSetPartitionNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MultiAttach",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Arn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ProvisionedIops",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BurstingEnabled",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_disk`](crate::Client::create_disk) (`CreateDisk`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDiskRequest {
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
    /// `SnapshotId` (query).
    ///
    /// Example: `s-bp67acfmxazb4p****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `DiskName` (query).
    ///
    /// Example: `testDiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `Size` (query).
    ///
    /// From 1 to 65536.
    ///
    /// Example: `2000`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i32>,
    /// `DiskCategory` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "DiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Encrypted` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp18pnlg1ds9rky4****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `KMSKeyId` (query).
    ///
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40826X`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel` (query).
    ///
    /// Example: `PL1`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
    /// `AdvancedFeatures` (query).
    ///
    /// Example: `hide`.
    #[serde(
        rename = "AdvancedFeatures",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub advanced_features: ::std::option::Option<::std::string::String>,
    /// `StorageSetId` (query).
    ///
    /// Example: `ss-bp67acfmxazb4p****`.
    #[serde(
        rename = "StorageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_id: ::std::option::Option<::std::string::String>,
    /// `EncryptAlgorithm` (query).
    ///
    /// Example: `hide`.
    #[serde(
        rename = "EncryptAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt_algorithm: ::std::option::Option<::std::string::String>,
    /// `StorageSetPartitionNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `3`.
    #[serde(
        rename = "StorageSetPartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_partition_number: ::std::option::Option<i32>,
    /// `StorageClusterId` (query).
    ///
    /// Example: `dbsc-j5e1sf2vaf5he8m2****`.
    #[serde(
        rename = "StorageClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_cluster_id: ::std::option::Option<::std::string::String>,
    /// `MultiAttach` (query).
    ///
    /// Example: `Disabled`.
    #[serde(
        rename = "MultiAttach",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_attach: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `Arn` (query, sent as `Arn.1`, `Arn.2`, …).
    ///
    /// At most 10 items.
    #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>>,
    /// `ProvisionedIops` (query).
    ///
    /// At least 0.
    ///
    /// Example: `40000`.
    #[serde(
        rename = "ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_iops: ::std::option::Option<i64>,
    /// `BurstingEnabled` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bursting_enabled: ::std::option::Option<bool>,
}

impl CreateDiskRequest {
    /// A `CreateDiskRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            size: ::std::option::Option::None,
            disk_category: ::std::option::Option::None,
            description: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
            advanced_features: ::std::option::Option::None,
            storage_set_id: ::std::option::Option::None,
            encrypt_algorithm: ::std::option::Option::None,
            storage_set_partition_number: ::std::option::Option::None,
            storage_cluster_id: ::std::option::Option::None,
            multi_attach: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            arn: ::std::option::Option::None,
            provisioned_iops: ::std::option::Option::None,
            bursting_enabled: ::std::option::Option::None,
        }
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskName`.
    pub fn disk_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Size`.
    pub fn size(mut self, value: i32) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DiskCategory`.
    pub fn disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: bool) -> Self {
        self.encrypted = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
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

    /// Sets `AdvancedFeatures`.
    pub fn advanced_features(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.advanced_features = ::std::option::Option::Some(value.into());
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

    /// Sets `EncryptAlgorithm`.
    pub fn encrypt_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encrypt_algorithm = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageSetPartitionNumber`.
    pub fn storage_set_partition_number(mut self, value: i32) -> Self {
        self.storage_set_partition_number = ::std::option::Option::Some(value);
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

    /// Sets `MultiAttach`.
    pub fn multi_attach(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.multi_attach = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Arn`.
    pub fn arn(mut self, value: ::std::vec::Vec<crate::models::Arn>) -> Self {
        self.arn = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ProvisionedIops`.
    pub fn provisioned_iops(mut self, value: i64) -> Self {
        self.provisioned_iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets `BurstingEnabled`.
    pub fn bursting_enabled(mut self, value: bool) -> Self {
        self.bursting_enabled = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateDiskRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDiskRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("disk_name", d::opt(&self.disk_name)),
                ("size", d::opt(&self.size)),
                ("disk_category", d::opt(&self.disk_category)),
                ("description", d::opt(&self.description)),
                ("encrypted", d::opt(&self.encrypted)),
                ("client_token", d::opt(&self.client_token)),
                ("instance_id", d::opt(&self.instance_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("performance_level", d::opt(&self.performance_level)),
                ("advanced_features", d::opt(&self.advanced_features)),
                ("storage_set_id", d::opt(&self.storage_set_id)),
                ("encrypt_algorithm", d::opt(&self.encrypt_algorithm)),
                (
                    "storage_set_partition_number",
                    d::opt(&self.storage_set_partition_number),
                ),
                ("storage_cluster_id", d::opt(&self.storage_cluster_id)),
                ("multi_attach", d::opt(&self.multi_attach)),
                ("tag", d::opt(&self.tag)),
                ("arn", d::opt(&self.arn)),
                ("provisioned_iops", d::opt(&self.provisioned_iops)),
                ("bursting_enabled", d::opt(&self.bursting_enabled)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDiskRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ZoneId",
            "SnapshotId",
            "DiskName",
            "Size",
            "DiskCategory",
            "Description",
            "Encrypted",
            "ClientToken",
            "InstanceId",
            "ResourceGroupId",
            "KMSKeyId",
            "PerformanceLevel",
            "AdvancedFeatures",
            "StorageSetId",
            "EncryptAlgorithm",
            "StorageSetPartitionNumber",
            "StorageClusterId",
            "MultiAttach",
            "Tag",
            "Arn",
            "ProvisionedIops",
            "BurstingEnabled",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 24] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_snapshot_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_encrypted: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_kms_key_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_performance_level: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_advanced_features: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_encrypt_algorithm: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_partition_number: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_storage_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_multi_attach: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>> =
            ::std::option::Option::None;
        let mut m_provisioned_iops: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_bursting_enabled: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_zone_id = r.decode()?,
                2 => m_snapshot_id = r.decode()?,
                3 => m_disk_name = r.decode()?,
                4 => m_size = r.decode()?,
                5 => m_disk_category = r.decode()?,
                6 => m_description = r.decode()?,
                7 => m_encrypted = r.decode()?,
                8 => m_client_token = r.decode()?,
                9 => m_instance_id = r.decode()?,
                10 => m_resource_group_id = r.decode()?,
                11 => m_kms_key_id = r.decode()?,
                12 => m_performance_level = r.decode()?,
                13 => m_advanced_features = r.decode()?,
                14 => m_storage_set_id = r.decode()?,
                15 => m_encrypt_algorithm = r.decode()?,
                16 => m_storage_set_partition_number = r.decode()?,
                17 => m_storage_cluster_id = r.decode()?,
                18 => m_multi_attach = r.decode()?,
                19 => m_tag = r.decode()?,
                20 => m_arn = r.decode()?,
                21 => m_provisioned_iops = r.decode()?,
                22 => m_bursting_enabled = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateDiskRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            snapshot_id: m_snapshot_id,
            disk_name: m_disk_name,
            size: m_size,
            disk_category: m_disk_category,
            description: m_description,
            encrypted: m_encrypted,
            client_token: m_client_token,
            instance_id: m_instance_id,
            resource_group_id: m_resource_group_id,
            kms_key_id: m_kms_key_id,
            performance_level: m_performance_level,
            advanced_features: m_advanced_features,
            storage_set_id: m_storage_set_id,
            encrypt_algorithm: m_encrypt_algorithm,
            storage_set_partition_number: m_storage_set_partition_number,
            storage_cluster_id: m_storage_cluster_id,
            multi_attach: m_multi_attach,
            tag: m_tag,
            arn: m_arn,
            provisioned_iops: m_provisioned_iops,
            bursting_enabled: m_bursting_enabled,
        })
    }
}

/// The response of [`Client::create_disk`](crate::Client::create_disk) (`CreateDisk`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDiskResponse {
    /// `DiskId`.
    ///
    /// Example: `d-bp131n0q38u3a4zi****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `OrderId`.
    ///
    /// Example: `20413515388****`.
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
}

impl ::std::fmt::Debug for CreateDiskResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDiskResponse",
            &[
                ("disk_id", d::opt(&self.disk_id)),
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDiskResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskId", "OrderId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CreateDiskResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_id = r.decode()?,
                1 => out.order_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
