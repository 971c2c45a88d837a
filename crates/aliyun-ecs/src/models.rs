//! Objects shared by the operations' requests and responses.

/// The `Arn` object, declared alike in the requests of 8 operations (`CopySnapshot` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Arn {
    /// `AssumeRoleFor`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "AssumeRoleFor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assume_role_for: ::std::option::Option<i64>,
    /// `RoleType`.
    #[serde(
        rename = "RoleType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_type: ::std::option::Option<::std::string::String>,
    /// `Rolearn`.
    #[serde(
        rename = "Rolearn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rolearn: ::std::option::Option<::std::string::String>,
}

impl Arn {
    /// An empty `Arn`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            assume_role_for: ::std::option::Option::None,
            role_type: ::std::option::Option::None,
            rolearn: ::std::option::Option::None,
        }
    }

    /// Sets `AssumeRoleFor`.
    pub fn assume_role_for(mut self, value: i64) -> Self {
        self.assume_role_for = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RoleType`.
    pub fn role_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Rolearn`.
    pub fn rolearn(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.rolearn = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for Arn {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Arn",
            &[
                ("assume_role_for", d::opt(&self.assume_role_for)),
                ("role_type", d::opt(&self.role_type)),
                ("rolearn", d::opt(&self.rolearn)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Arn {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AssumeRoleFor", "RoleType", "Rolearn"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Arn::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.assume_role_for = r.decode()?,
                1 => out.role_type = r.decode()?,
                2 => out.rolearn = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AssociatedPublicIp` object, declared alike in the responses of 2 operations (`DescribeNetworkInterfaceAttribute` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociatedPublicIp {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::yun_core::Text>,
    /// `PublicIpAddress`.
    ///
    /// Example: `116.62.**.**`.
    #[serde(
        rename = "PublicIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_address: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AssociatedPublicIp {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AssociatedPublicIp",
            &[
                ("allocation_id", d::opt(&self.allocation_id)),
                ("public_ip_address", d::opt(&self.public_ip_address)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AssociatedPublicIp {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AllocationId", "PublicIpAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AssociatedPublicIp::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_id = r.decode()?,
                1 => out.public_ip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `BandwidthPackageIds` object, declared alike in the responses of 2 operations (`CreateNatGateway` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BandwidthPackageIds {
    /// `BandwidthPackageId`.
    #[serde(
        rename = "BandwidthPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for BandwidthPackageIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "BandwidthPackageIds",
            &[("bandwidth_package_id", d::opt(&self.bandwidth_package_id))],
        )
    }
}

impl ::yun_core::json::Decode for BandwidthPackageIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["BandwidthPackageId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = BandwidthPackageIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bandwidth_package_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CapacityReservationItem` object, declared alike in the responses of 2 operations (`DescribeCapacityReservationInstances` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationItem {
    /// `InstanceIdSet`.
    #[serde(
        rename = "InstanceIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_set: ::std::option::Option<::std::vec::Vec<crate::models::InstanceIdSet>>,
}

impl ::std::fmt::Debug for CapacityReservationItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CapacityReservationItem",
            &[("instance_id_set", d::opt(&self.instance_id_set))],
        )
    }
}

impl ::yun_core::json::Decode for CapacityReservationItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIdSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = CapacityReservationItem::default();
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

/// The `ConnectionTrackingConfiguration` object, declared alike in the requests of 2 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectionTrackingConfiguration {
    /// `TcpClosedAndTimeWaitTimeout`.
    #[serde(
        rename = "TcpClosedAndTimeWaitTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_closed_and_time_wait_timeout: ::std::option::Option<i32>,
    /// `TcpEstablishedTimeout`.
    #[serde(
        rename = "TcpEstablishedTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_established_timeout: ::std::option::Option<i32>,
    /// `UdpTimeout`.
    #[serde(
        rename = "UdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub udp_timeout: ::std::option::Option<i32>,
}

impl ConnectionTrackingConfiguration {
    /// An empty `ConnectionTrackingConfiguration`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            tcp_closed_and_time_wait_timeout: ::std::option::Option::None,
            tcp_established_timeout: ::std::option::Option::None,
            udp_timeout: ::std::option::Option::None,
        }
    }

    /// Sets `TcpClosedAndTimeWaitTimeout`.
    pub fn tcp_closed_and_time_wait_timeout(mut self, value: i32) -> Self {
        self.tcp_closed_and_time_wait_timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TcpEstablishedTimeout`.
    pub fn tcp_established_timeout(mut self, value: i32) -> Self {
        self.tcp_established_timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets `UdpTimeout`.
    pub fn udp_timeout(mut self, value: i32) -> Self {
        self.udp_timeout = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ConnectionTrackingConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConnectionTrackingConfiguration",
            &[
                (
                    "tcp_closed_and_time_wait_timeout",
                    d::opt(&self.tcp_closed_and_time_wait_timeout),
                ),
                (
                    "tcp_established_timeout",
                    d::opt(&self.tcp_established_timeout),
                ),
                ("udp_timeout", d::opt(&self.udp_timeout)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ConnectionTrackingConfiguration {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "TcpClosedAndTimeWaitTimeout",
            "TcpEstablishedTimeout",
            "UdpTimeout",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ConnectionTrackingConfiguration::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tcp_closed_and_time_wait_timeout = r.decode()?,
                1 => out.tcp_established_timeout = r.decode()?,
                2 => out.udp_timeout = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CopyEncryptionConfiguration` object, declared alike in the requests of 2 operations (`CreateAutoSnapshotPolicy` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CopyEncryptionConfiguration {
    /// `Arn`.
    ///
    /// At most 10 items.
    #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>>,
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
    /// Example: `0e478b7a-4262-4802-b8cb-00d3fb40826X`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

impl CopyEncryptionConfiguration {
    /// An empty `CopyEncryptionConfiguration`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            arn: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
        }
    }

    /// Sets `Arn`.
    pub fn arn(mut self, value: ::std::vec::Vec<crate::models::Arn>) -> Self {
        self.arn = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for CopyEncryptionConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CopyEncryptionConfiguration",
            &[
                ("arn", d::opt(&self.arn)),
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CopyEncryptionConfiguration {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Arn", "Encrypted", "KMSKeyId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CopyEncryptionConfiguration::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.arn = r.decode()?,
                1 => out.encrypted = r.decode()?,
                2 => out.kms_key_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DataDisk` object, declared alike in the requests of 2 operations (`CreateLaunchTemplate` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataDisk {
    /// `AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-m5e7fa9ute44ssa****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::std::string::String>,
    /// `BurstingEnabled`.
    ///
    /// Example: `true`.
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
    /// Example: `testDataDiskDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Device`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
    /// `DiskName`.
    ///
    /// Example: `testDataDiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
    /// `Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<::std::string::String>,
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
    /// Example: `50000`.
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
}

impl DataDisk {
    /// An empty `DataDisk`; set members with the setters.
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
            encrypted: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
            provisioned_iops: ::std::option::Option::None,
            size: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
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

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.encrypted = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DataDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DataDisk",
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
                ("encrypted", d::opt(&self.encrypted)),
                ("performance_level", d::opt(&self.performance_level)),
                ("provisioned_iops", d::opt(&self.provisioned_iops)),
                ("size", d::opt(&self.size)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DataDisk {
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
            "Encrypted",
            "PerformanceLevel",
            "ProvisionedIops",
            "Size",
            "SnapshotId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = DataDisk::default();
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
                7 => out.encrypted = r.decode()?,
                8 => out.performance_level = r.decode()?,
                9 => out.provisioned_iops = r.decode()?,
                10 => out.size = r.decode()?,
                11 => out.snapshot_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostIdSets` object, declared alike in the responses of 2 operations (`AllocateDedicatedHosts` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostIdSets {
    /// `DedicatedHostId`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for DedicatedHostIdSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostIdSets",
            &[("dedicated_host_id", d::opt(&self.dedicated_host_id))],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostIdSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DedicatedHostIdSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Disk` object, declared alike in the requests of 2 operations (`ModifyInstanceSpec` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Disk {
    /// `Category`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
}

impl Disk {
    /// An empty `Disk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            category: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
        }
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for Disk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Disk",
            &[
                ("category", d::opt(&self.category)),
                ("disk_id", d::opt(&self.disk_id)),
                ("performance_level", d::opt(&self.performance_level)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Disk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Category", "DiskId", "PerformanceLevel"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Disk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.category = r.decode()?,
                1 => out.disk_id = r.decode()?,
                2 => out.performance_level = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `EipAddresses.EipAddress.OperationLocks` object, declared alike in the responses of 2 operations (`DescribeEipAddresses` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddressOperationLocks {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::vec::Vec<crate::models::OperationLock>>,
}

impl ::std::fmt::Debug for EipAddressOperationLocks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipAddressOperationLocks",
            &[("lock_reason", d::opt(&self.lock_reason))],
        )
    }
}

impl ::yun_core::json::Decode for EipAddressOperationLocks {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LockReason"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = EipAddressOperationLocks::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.lock_reason = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `EipMonitorDatas.EipMonitorData` object, declared alike in the responses of 2 operations (`DescribeEipMonitorData` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipMonitorData {
    /// `EipBandwidth`.
    #[serde(
        rename = "EipBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_bandwidth: ::std::option::Option<i64>,
    /// `EipFlow`.
    #[serde(
        rename = "EipFlow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_flow: ::std::option::Option<i64>,
    /// `EipPackets`.
    #[serde(
        rename = "EipPackets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_packets: ::std::option::Option<i64>,
    /// `EipRX`.
    #[serde(
        rename = "EipRX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_rx: ::std::option::Option<i64>,
    /// `EipTX`.
    #[serde(
        rename = "EipTX",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_tx: ::std::option::Option<i64>,
    /// `TimeStamp`.
    #[serde(
        rename = "TimeStamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_stamp: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for EipMonitorData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipMonitorData",
            &[
                ("eip_bandwidth", d::opt(&self.eip_bandwidth)),
                ("eip_flow", d::opt(&self.eip_flow)),
                ("eip_packets", d::opt(&self.eip_packets)),
                ("eip_rx", d::opt(&self.eip_rx)),
                ("eip_tx", d::opt(&self.eip_tx)),
                ("time_stamp", d::opt(&self.time_stamp)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EipMonitorData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "EipBandwidth",
            "EipFlow",
            "EipPackets",
            "EipRX",
            "EipTX",
            "TimeStamp",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = EipMonitorData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.eip_bandwidth = r.decode()?,
                1 => out.eip_flow = r.decode()?,
                2 => out.eip_packets = r.decode()?,
                3 => out.eip_rx = r.decode()?,
                4 => out.eip_tx = r.decode()?,
                5 => out.time_stamp = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `EipMonitorDatas` object, declared alike in the responses of 2 operations (`DescribeEipMonitorData` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipMonitorDatas {
    /// `EipMonitorData`.
    #[serde(
        rename = "EipMonitorData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_monitor_data: ::std::option::Option<::std::vec::Vec<crate::models::EipMonitorData>>,
}

impl ::std::fmt::Debug for EipMonitorDatas {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipMonitorDatas",
            &[("eip_monitor_data", d::opt(&self.eip_monitor_data))],
        )
    }
}

impl ::yun_core::json::Decode for EipMonitorDatas {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["EipMonitorData"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = EipMonitorDatas::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.eip_monitor_data = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Entry` object, declared alike in the requests of 2 operations (`CreatePrefixList` first).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct Entry {
    /// `Cidr`. Required.
    ///
    /// Example: `192.168.1.0/24`.
    #[serde(rename = "Cidr")]
    pub cidr: ::std::string::String,
    /// `Description`.
    ///
    /// Example: `Description Sample 01`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl Entry {
    /// A `Entry` with its required members: `Cidr`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(cidr: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            cidr: cidr.into(),
            description: ::std::option::Option::None,
        }
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for Entry {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Entry",
            &[
                ("cidr", d::req(&self.cidr)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Entry {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Cidr", "Description"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_cidr: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_cidr = r.decode()?,
                1 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(Entry {
            cidr: m_cidr.ok_or_else(|| r.missing("Cidr"))?,
            description: m_description,
        })
    }
}

/// The `DiskFullStatusSet.DiskFullStatusType.DiskEventSet.DiskEventType.EventType` object, declared alike in the responses of 3 operations (`DescribeDisksFullStatus` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EventType {
    /// `Code`.
    ///
    /// Example: `7`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<i64>,
    /// `Name`.
    ///
    /// Example: `Stalled`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for EventType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EventType",
            &[("code", d::opt(&self.code)), ("name", d::opt(&self.name))],
        )
    }
}

impl ::yun_core::json::Decode for EventType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Code", "Name"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = EventType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.code = r.decode()?,
                1 => out.name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `FeeOfInstances.FeeOfInstance` object, declared alike in the responses of 2 operations (`ModifyDedicatedHostsChargeType` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FeeOfInstance {
    /// `Currency`.
    ///
    /// Example: `CNY`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::yun_core::Text>,
    /// `Fee`.
    ///
    /// Example: `0`.
    #[serde(rename = "Fee", skip_serializing_if = "::std::option::Option::is_none")]
    pub fee: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `dh-bp181e5064b5sotrr****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for FeeOfInstance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "FeeOfInstance",
            &[
                ("currency", d::opt(&self.currency)),
                ("fee", d::opt(&self.fee)),
                ("instance_id", d::opt(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for FeeOfInstance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Currency", "Fee", "InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = FeeOfInstance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.currency = r.decode()?,
                1 => out.fee = r.decode()?,
                2 => out.instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `FeeOfInstances` object, declared alike in the responses of 2 operations (`ModifyDedicatedHostsChargeType` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FeeOfInstances {
    /// `FeeOfInstance`.
    #[serde(
        rename = "FeeOfInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_of_instance: ::std::option::Option<::std::vec::Vec<crate::models::FeeOfInstance>>,
}

impl ::std::fmt::Debug for FeeOfInstances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "FeeOfInstances",
            &[("fee_of_instance", d::opt(&self.fee_of_instance))],
        )
    }
}

impl ::yun_core::json::Decode for FeeOfInstances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["FeeOfInstance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = FeeOfInstances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.fee_of_instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Filter` object, declared alike in the requests of 5 operations (`DescribeAccessPoints` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Filter {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    ///
    /// At most 5 items.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl Filter {
    /// An empty `Filter`; set members with the setters.
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
    pub fn value(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.value = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Filter",
            &[("key", d::opt(&self.key)), ("value", d::opt(&self.value))],
        )
    }
}

impl ::yun_core::json::Decode for Filter {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Key", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Filter::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key = r.decode()?,
                1 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ForwardTableIds` object, declared alike in the responses of 2 operations (`CreateNatGateway` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ForwardTableIds {
    /// `ForwardTableId`.
    #[serde(
        rename = "ForwardTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_table_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ForwardTableIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ForwardTableIds",
            &[("forward_table_id", d::opt(&self.forward_table_id))],
        )
    }
}

impl ::yun_core::json::Decode for ForwardTableIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ForwardTableId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ForwardTableIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.forward_table_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.InactiveDisks.InactiveDisk` object, declared alike in the responses of 2 operations (`DescribeInstanceHistoryEvents` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InactiveDisk {
    /// `CreationTime`.
    ///
    /// Example: `2018-11-30T06:32:31Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DeviceCategory`.
    ///
    /// Example: `cloud_efficiency`.
    #[serde(
        rename = "DeviceCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_category: ::std::option::Option<::yun_core::Text>,
    /// `DeviceSize`.
    ///
    /// Example: `80`.
    #[serde(
        rename = "DeviceSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_size: ::std::option::Option<::yun_core::Text>,
    /// `DeviceType`.
    ///
    /// Example: `data`.
    #[serde(
        rename = "DeviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::yun_core::Text>,
    /// `ReleaseTime`.
    ///
    /// Example: `2019-11-30T06:32:31Z`.
    #[serde(
        rename = "ReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_time: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InactiveDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InactiveDisk",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("device_category", d::opt(&self.device_category)),
                ("device_size", d::opt(&self.device_size)),
                ("device_type", d::opt(&self.device_type)),
                ("release_time", d::opt(&self.release_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InactiveDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "DeviceCategory",
            "DeviceSize",
            "DeviceType",
            "ReleaseTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = InactiveDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.device_category = r.decode()?,
                2 => out.device_size = r.decode()?,
                3 => out.device_type = r.decode()?,
                4 => out.release_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceSystemEventSet.InstanceSystemEventType.ExtendedAttribute.InactiveDisks` object, declared alike in the responses of 2 operations (`DescribeInstanceHistoryEvents` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InactiveDisks {
    /// `InactiveDisk`.
    #[serde(
        rename = "InactiveDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inactive_disk: ::std::option::Option<::std::vec::Vec<crate::models::InactiveDisk>>,
}

impl ::std::fmt::Debug for InactiveDisks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InactiveDisks",
            &[("inactive_disk", d::opt(&self.inactive_disk))],
        )
    }
}

impl ::yun_core::json::Decode for InactiveDisks {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InactiveDisk"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InactiveDisks::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.inactive_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InnerIpAddress` object, declared alike in the responses of 2 operations (`DescribeInstanceAttribute` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InnerIpAddress {
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for InnerIpAddress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InnerIpAddress",
            &[("ip_address", d::opt(&self.ip_address))],
        )
    }
}

impl ::yun_core::json::Decode for InnerIpAddress {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["IpAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InnerIpAddress::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CapacityReservationItem.InstanceIdSet` object, declared alike in the responses of 2 operations (`DescribeCapacityReservationInstances` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceIdSet {
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceIdSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceIdSet",
            &[("instance_id", d::opt(&self.instance_id))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceIdSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceIdSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchResults.LaunchResult.InstanceIds` object, declared alike in the responses of 2 operations (`CreateAutoProvisioningGroup` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceIds {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for InstanceIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceIds",
            &[("instance_id", d::opt(&self.instance_id))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceRamRoleSets.InstanceRamRoleSet` object, declared alike in the responses of 2 operations (`DescribeInstanceRamRole` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRamRoleSet {
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `RamRoleName`.
    ///
    /// Example: `EcsServiceRole-EcsDocGuideTest`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceRamRoleSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceRamRoleSet",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceRamRoleSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "RamRoleName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceRamRoleSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.ram_role_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceRamRoleSets` object, declared alike in the responses of 2 operations (`DescribeInstanceRamRole` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRamRoleSets {
    /// `InstanceRamRoleSet`.
    #[serde(
        rename = "InstanceRamRoleSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ram_role_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceRamRoleSet>>,
}

impl ::std::fmt::Debug for InstanceRamRoleSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceRamRoleSets",
            &[("instance_ram_role_set", d::opt(&self.instance_ram_role_set))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceRamRoleSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceRamRoleSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceRamRoleSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_ram_role_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceResponses.InstanceResponse` object, declared alike in the responses of 3 operations (`RebootInstances` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceResponse {
    /// `Code`.
    ///
    /// Example: `200`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::yun_core::Text>,
    /// `CurrentStatus`.
    ///
    /// Example: `Stopping`.
    #[serde(
        rename = "CurrentStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_status: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1g6zv0ce8oghu7****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Message`.
    ///
    /// Example: `success`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `PreviousStatus`.
    ///
    /// Example: `Running`.
    #[serde(
        rename = "PreviousStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceResponse",
            &[
                ("code", d::opt(&self.code)),
                ("current_status", d::opt(&self.current_status)),
                ("instance_id", d::opt(&self.instance_id)),
                ("message", d::opt(&self.message)),
                ("previous_status", d::opt(&self.previous_status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Code",
            "CurrentStatus",
            "InstanceId",
            "Message",
            "PreviousStatus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = InstanceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.code = r.decode()?,
                1 => out.current_status = r.decode()?,
                2 => out.instance_id = r.decode()?,
                3 => out.message = r.decode()?,
                4 => out.previous_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceResponses` object, declared alike in the responses of 3 operations (`RebootInstances` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceResponses {
    /// `InstanceResponse`.
    #[serde(
        rename = "InstanceResponse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_response: ::std::option::Option<::std::vec::Vec<crate::models::InstanceResponse>>,
}

impl ::std::fmt::Debug for InstanceResponses {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceResponses",
            &[("instance_response", d::opt(&self.instance_response))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceResponses {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceResponse"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceResponses::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_response = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet.LaunchTemplateData.Tags.InstanceTag` object, declared alike in the responses of 2 operations (`DescribeLaunchTemplateVersions` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTag {
    /// `Key`.
    ///
    /// Example: `TestKey`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `TestValue`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceTag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTag",
            &[("key", d::opt(&self.key)), ("value", d::opt(&self.value))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceTag {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Key", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceTag::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key = r.decode()?,
                1 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Ipv4PrefixSets.Ipv4PrefixSet` object, declared alike in the responses of 4 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSet {
    /// `Ipv4Prefix`.
    ///
    /// Example: `192.168.**.**/28`.
    #[serde(
        rename = "Ipv4Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Ipv4PrefixSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Ipv4PrefixSet",
            &[("ipv4_prefix", d::opt(&self.ipv4_prefix))],
        )
    }
}

impl ::yun_core::json::Decode for Ipv4PrefixSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv4Prefix"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Ipv4PrefixSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv4_prefix = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Ipv4PrefixSets` object, declared alike in the responses of 4 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSets {
    /// `Ipv4PrefixSet`.
    #[serde(
        rename = "Ipv4PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_set: ::std::option::Option<::std::vec::Vec<crate::models::Ipv4PrefixSet>>,
}

impl ::std::fmt::Debug for Ipv4PrefixSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Ipv4PrefixSets",
            &[("ipv4_prefix_set", d::opt(&self.ipv4_prefix_set))],
        )
    }
}

impl ::yun_core::json::Decode for Ipv4PrefixSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv4PrefixSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Ipv4PrefixSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv4_prefix_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Ipv6PrefixSets.Ipv6PrefixSet` object, declared alike in the responses of 4 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSet {
    /// `Ipv6Prefix`.
    ///
    /// Example: `2001:db8:1234:1a00:****::/80`.
    #[serde(
        rename = "Ipv6Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Ipv6PrefixSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Ipv6PrefixSet",
            &[("ipv6_prefix", d::opt(&self.ipv6_prefix))],
        )
    }
}

impl ::yun_core::json::Decode for Ipv6PrefixSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv6Prefix"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Ipv6PrefixSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv6_prefix = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Ipv6PrefixSets` object, declared alike in the responses of 4 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSets {
    /// `Ipv6PrefixSet`.
    #[serde(
        rename = "Ipv6PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_set: ::std::option::Option<::std::vec::Vec<crate::models::Ipv6PrefixSet>>,
}

impl ::std::fmt::Debug for Ipv6PrefixSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Ipv6PrefixSets",
            &[("ipv6_prefix_set", d::opt(&self.ipv6_prefix_set))],
        )
    }
}

impl ::yun_core::json::Decode for Ipv6PrefixSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv6PrefixSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Ipv6PrefixSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv6_prefix_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Ipv6Sets.Ipv6Set` object, declared alike in the responses of 4 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6Set {
    /// `Ipv6Address`.
    ///
    /// Example: `2001:db8:1234:1a00::****`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Ipv6Set {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Ipv6Set",
            &[("ipv6_address", d::opt(&self.ipv6_address))],
        )
    }
}

impl ::yun_core::json::Decode for Ipv6Set {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv6Address"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Ipv6Set::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv6_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Ipv6Sets` object, declared alike in the responses of 4 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6Sets {
    /// `Ipv6Set`.
    #[serde(
        rename = "Ipv6Set",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_set: ::std::option::Option<::std::vec::Vec<crate::models::Ipv6Set>>,
}

impl ::std::fmt::Debug for Ipv6Sets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Ipv6Sets", &[("ipv6_set", d::opt(&self.ipv6_set))])
    }
}

impl ::yun_core::json::Decode for Ipv6Sets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Ipv6Set"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Ipv6Sets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv6_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkInterface` object, declared alike in the requests of 2 operations (`CreateLaunchTemplate` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterface {
    /// `Description`.
    ///
    /// Example: `testEniDescription`.
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
    /// `NetworkInterfaceName`.
    ///
    /// Example: `testEniName`.
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
    /// Example: `192.168.**.**`.
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp15ed6xe1yxeycg****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    ///
    /// At most 16 items.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-bp1s5fnvk4gn2tws0****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
}

impl NetworkInterface {
    /// An empty `NetworkInterface`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            network_interface_name: ::std::option::Option::None,
            network_interface_traffic_mode: ::std::option::Option::None,
            primary_ip_address: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
        }
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

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for NetworkInterface {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterface",
            &[
                ("description", d::opt(&self.description)),
                ("instance_type", d::opt(&self.instance_type)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                (
                    "network_interface_traffic_mode",
                    d::opt(&self.network_interface_traffic_mode),
                ),
                ("primary_ip_address", d::opt(&self.primary_ip_address)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterface {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Description",
            "InstanceType",
            "NetworkInterfaceName",
            "NetworkInterfaceTrafficMode",
            "PrimaryIpAddress",
            "SecurityGroupId",
            "SecurityGroupIds",
            "VSwitchId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = NetworkInterface::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.instance_type = r.decode()?,
                2 => out.network_interface_name = r.decode()?,
                3 => out.network_interface_traffic_mode = r.decode()?,
                4 => out.primary_ip_address = r.decode()?,
                5 => out.security_group_id = r.decode()?,
                6 => out.security_group_ids = r.decode()?,
                7 => out.v_switch_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkInterfacePermission` object, declared alike in the responses of 2 operations (`CreateNetworkInterfacePermission` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfacePermission {
    /// `AccountId`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "AccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<i64>,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-bp14v2sdd3v8htln****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfacePermissionId`.
    ///
    /// Example: `eni-perm-bp1cs4lwn56lfb****`.
    #[serde(
        rename = "NetworkInterfacePermissionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_permission_id: ::std::option::Option<::yun_core::Text>,
    /// `Permission`.
    ///
    /// Example: `InstanceAttach`.
    #[serde(
        rename = "Permission",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission: ::std::option::Option<::yun_core::Text>,
    /// `PermissionState`.
    ///
    /// Example: `Granted`.
    #[serde(
        rename = "PermissionState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission_state: ::std::option::Option<::yun_core::Text>,
    /// `ServiceName`.
    ///
    /// Example: `Elastic Compute Service`.
    #[serde(
        rename = "ServiceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for NetworkInterfacePermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfacePermission",
            &[
                ("account_id", d::opt(&self.account_id)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                (
                    "network_interface_permission_id",
                    d::opt(&self.network_interface_permission_id),
                ),
                ("permission", d::opt(&self.permission)),
                ("permission_state", d::opt(&self.permission_state)),
                ("service_name", d::opt(&self.service_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterfacePermission {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AccountId",
            "NetworkInterfaceId",
            "NetworkInterfacePermissionId",
            "Permission",
            "PermissionState",
            "ServiceName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = NetworkInterfacePermission::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.account_id = r.decode()?,
                1 => out.network_interface_id = r.decode()?,
                2 => out.network_interface_permission_id = r.decode()?,
                3 => out.permission = r.decode()?,
                4 => out.permission_state = r.decode()?,
                5 => out.service_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkInterfaceTrafficConfig` object, declared alike in the requests of 2 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfaceTrafficConfig {
    /// `NetworkInterfaceTrafficMode`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::std::string::String>,
    /// `QueueNumber`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i32>,
    /// `QueuePairNumber`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i32>,
    /// `RxQueueSize`.
    #[serde(
        rename = "RxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rx_queue_size: ::std::option::Option<i32>,
    /// `TxQueueSize`.
    #[serde(
        rename = "TxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tx_queue_size: ::std::option::Option<i32>,
}

impl NetworkInterfaceTrafficConfig {
    /// An empty `NetworkInterfaceTrafficConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            network_interface_traffic_mode: ::std::option::Option::None,
            queue_number: ::std::option::Option::None,
            queue_pair_number: ::std::option::Option::None,
            rx_queue_size: ::std::option::Option::None,
            tx_queue_size: ::std::option::Option::None,
        }
    }

    /// Sets `NetworkInterfaceTrafficMode`.
    pub fn network_interface_traffic_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_traffic_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `QueueNumber`.
    pub fn queue_number(mut self, value: i32) -> Self {
        self.queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `QueuePairNumber`.
    pub fn queue_pair_number(mut self, value: i32) -> Self {
        self.queue_pair_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RxQueueSize`.
    pub fn rx_queue_size(mut self, value: i32) -> Self {
        self.rx_queue_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TxQueueSize`.
    pub fn tx_queue_size(mut self, value: i32) -> Self {
        self.tx_queue_size = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for NetworkInterfaceTrafficConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfaceTrafficConfig",
            &[
                (
                    "network_interface_traffic_mode",
                    d::opt(&self.network_interface_traffic_mode),
                ),
                ("queue_number", d::opt(&self.queue_number)),
                ("queue_pair_number", d::opt(&self.queue_pair_number)),
                ("rx_queue_size", d::opt(&self.rx_queue_size)),
                ("tx_queue_size", d::opt(&self.tx_queue_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterfaceTrafficConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "NetworkInterfaceTrafficMode",
            "QueueNumber",
            "QueuePairNumber",
            "RxQueueSize",
            "TxQueueSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = NetworkInterfaceTrafficConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface_traffic_mode = r.decode()?,
                1 => out.queue_number = r.decode()?,
                2 => out.queue_pair_number = r.decode()?,
                3 => out.rx_queue_size = r.decode()?,
                4 => out.tx_queue_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NextHopList` object, declared alike in the requests of 2 operations (`CreateRouteEntry` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NextHopList {
    /// `NextHopId`.
    #[serde(
        rename = "NextHopId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_id: ::std::option::Option<::std::string::String>,
    /// `NextHopType`.
    #[serde(
        rename = "NextHopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_hop_type: ::std::option::Option<::std::string::String>,
}

impl NextHopList {
    /// An empty `NextHopList`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            next_hop_id: ::std::option::Option::None,
            next_hop_type: ::std::option::Option::None,
        }
    }

    /// Sets `NextHopId`.
    pub fn next_hop_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_hop_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NextHopType`.
    pub fn next_hop_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_hop_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for NextHopList {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NextHopList",
            &[
                ("next_hop_id", d::opt(&self.next_hop_id)),
                ("next_hop_type", d::opt(&self.next_hop_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NextHopList {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextHopId", "NextHopType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = NextHopList::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_hop_id = r.decode()?,
                1 => out.next_hop_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.OperationLocks.OperationLock` object, declared alike in the responses of 5 operations (`DescribeDedicatedHosts` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationLock {
    /// `LockReason`.
    ///
    /// Example: `financial`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for OperationLock {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OperationLock",
            &[("lock_reason", d::opt(&self.lock_reason))],
        )
    }
}

impl ::yun_core::json::Decode for OperationLock {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LockReason"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = OperationLock::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.lock_reason = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHosts.DedicatedHost.OperationLocks` object, declared alike in the responses of 3 operations (`DescribeDedicatedHosts` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationLocks {
    /// `OperationLock`.
    #[serde(
        rename = "OperationLock",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_lock: ::std::option::Option<::std::vec::Vec<crate::models::OperationLock>>,
}

impl ::std::fmt::Debug for OperationLocks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OperationLocks",
            &[("operation_lock", d::opt(&self.operation_lock))],
        )
    }
}

impl ::yun_core::json::Decode for OperationLocks {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OperationLock"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = OperationLocks::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.operation_lock = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OperationProgressSet.OperationProgress` object, declared alike in the responses of 3 operations (`DeleteSnapshotGroup` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgress {
    /// `ErrorCode`.
    ///
    /// Example: `400`.
    #[serde(
        rename = "ErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_code: ::std::option::Option<::yun_core::Text>,
    /// `ErrorMsg`.
    ///
    /// Example: `testErrorMsg`.
    #[serde(
        rename = "ErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_msg: ::std::option::Option<::yun_core::Text>,
    /// `OperationStatus`.
    ///
    /// Example: `Success`.
    #[serde(
        rename = "OperationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_status: ::std::option::Option<::yun_core::Text>,
    /// `RelatedItemSet`.
    #[serde(
        rename = "RelatedItemSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item_set: ::std::option::Option<crate::models::RelatedItemSet>,
}

impl OperationProgress {
    /// The items of `RelatedItemSet` (through its wrapper), empty when absent.
    pub fn related_item_set(&self) -> &[crate::models::RelatedItem] {
        self.related_item_set
            .as_ref()
            .and_then(|w| w.related_item.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for OperationProgress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OperationProgress",
            &[
                ("error_code", d::opt(&self.error_code)),
                ("error_msg", d::opt(&self.error_msg)),
                ("operation_status", d::opt(&self.operation_status)),
                ("related_item_set", d::opt(&self.related_item_set)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for OperationProgress {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ErrorCode", "ErrorMsg", "OperationStatus", "RelatedItemSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = OperationProgress::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.error_code = r.decode()?,
                1 => out.error_msg = r.decode()?,
                2 => out.operation_status = r.decode()?,
                3 => out.related_item_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OperationProgressSet` object, declared alike in the responses of 3 operations (`DeleteSnapshotGroup` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationProgressSet {
    /// `OperationProgress`.
    #[serde(
        rename = "OperationProgress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_progress:
        ::std::option::Option<::std::vec::Vec<crate::models::OperationProgress>>,
}

impl ::std::fmt::Debug for OperationProgressSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OperationProgressSet",
            &[("operation_progress", d::opt(&self.operation_progress))],
        )
    }
}

impl ::yun_core::json::Decode for OperationProgressSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OperationProgress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = OperationProgressSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.operation_progress = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Permissions` object, declared alike in the requests of 2 operations (`AuthorizeSecurityGroup` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Permission {
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DestCidrIp`.
    ///
    /// Example: `10.0.0.0/8`.
    #[serde(
        rename = "DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `IpProtocol`.
    ///
    /// Example: `ALL`.
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::std::string::String>,
    /// `Ipv6DestCidrIp`.
    ///
    /// Example: `2001:250:6000::***`.
    #[serde(
        rename = "Ipv6DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `Ipv6SourceCidrIp`.
    ///
    /// Example: `2001:250:6000::***`.
    #[serde(
        rename = "Ipv6SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `NicType`.
    ///
    /// Example: `intranet`.
    #[serde(
        rename = "NicType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_type: ::std::option::Option<::std::string::String>,
    /// `Policy`.
    ///
    /// Example: `accept`.
    #[serde(
        rename = "Policy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    /// `PortRange`.
    ///
    /// Example: `80/80`.
    #[serde(
        rename = "PortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_range: ::std::option::Option<::std::string::String>,
    /// `Priority`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<::std::string::String>,
    /// `SourceCidrIp`.
    ///
    /// Example: `10.0.0.0/8`.
    #[serde(
        rename = "SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `SourceGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_id: ::std::option::Option<::std::string::String>,
    /// `SourceGroupOwnerAccount`.
    ///
    /// Example: `test@aliyun.com`.
    #[serde(
        rename = "SourceGroupOwnerAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_owner_account: ::std::option::Option<::std::string::String>,
    /// `SourceGroupOwnerId`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "SourceGroupOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_owner_id: ::std::option::Option<i64>,
    /// `SourcePortRange`.
    ///
    /// Example: `7000/8000`.
    #[serde(
        rename = "SourcePortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_port_range: ::std::option::Option<::std::string::String>,
    /// `SourcePrefixListId`.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "SourcePrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_prefix_list_id: ::std::option::Option<::std::string::String>,
}

impl Permission {
    /// An empty `Permission`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            dest_cidr_ip: ::std::option::Option::None,
            ip_protocol: ::std::option::Option::None,
            ipv6_dest_cidr_ip: ::std::option::Option::None,
            ipv6_source_cidr_ip: ::std::option::Option::None,
            nic_type: ::std::option::Option::None,
            policy: ::std::option::Option::None,
            port_range: ::std::option::Option::None,
            priority: ::std::option::Option::None,
            source_cidr_ip: ::std::option::Option::None,
            source_group_id: ::std::option::Option::None,
            source_group_owner_account: ::std::option::Option::None,
            source_group_owner_id: ::std::option::Option::None,
            source_port_range: ::std::option::Option::None,
            source_prefix_list_id: ::std::option::Option::None,
        }
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestCidrIp`.
    pub fn dest_cidr_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.dest_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IpProtocol`.
    pub fn ip_protocol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip_protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6DestCidrIp`.
    pub fn ipv6_dest_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_dest_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6SourceCidrIp`.
    pub fn ipv6_source_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_source_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NicType`.
    pub fn nic_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nic_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Policy`.
    pub fn policy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PortRange`.
    pub fn port_range(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Priority`.
    pub fn priority(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourceCidrIp`.
    pub fn source_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourceGroupId`.
    pub fn source_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourceGroupOwnerAccount`.
    pub fn source_group_owner_account(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_group_owner_account = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourceGroupOwnerId`.
    pub fn source_group_owner_id(mut self, value: i64) -> Self {
        self.source_group_owner_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SourcePortRange`.
    pub fn source_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourcePrefixListId`.
    pub fn source_prefix_list_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_prefix_list_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for Permission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Permission",
            &[
                ("description", d::opt(&self.description)),
                ("dest_cidr_ip", d::opt(&self.dest_cidr_ip)),
                ("ip_protocol", d::opt(&self.ip_protocol)),
                ("ipv6_dest_cidr_ip", d::opt(&self.ipv6_dest_cidr_ip)),
                ("ipv6_source_cidr_ip", d::opt(&self.ipv6_source_cidr_ip)),
                ("nic_type", d::opt(&self.nic_type)),
                ("policy", d::opt(&self.policy)),
                ("port_range", d::opt(&self.port_range)),
                ("priority", d::opt(&self.priority)),
                ("source_cidr_ip", d::opt(&self.source_cidr_ip)),
                ("source_group_id", d::opt(&self.source_group_id)),
                (
                    "source_group_owner_account",
                    d::opt(&self.source_group_owner_account),
                ),
                ("source_group_owner_id", d::opt(&self.source_group_owner_id)),
                ("source_port_range", d::opt(&self.source_port_range)),
                ("source_prefix_list_id", d::opt(&self.source_prefix_list_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Permission {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Description",
            "DestCidrIp",
            "IpProtocol",
            "Ipv6DestCidrIp",
            "Ipv6SourceCidrIp",
            "NicType",
            "Policy",
            "PortRange",
            "Priority",
            "SourceCidrIp",
            "SourceGroupId",
            "SourceGroupOwnerAccount",
            "SourceGroupOwnerId",
            "SourcePortRange",
            "SourcePrefixListId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut out = Permission::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.dest_cidr_ip = r.decode()?,
                2 => out.ip_protocol = r.decode()?,
                3 => out.ipv6_dest_cidr_ip = r.decode()?,
                4 => out.ipv6_source_cidr_ip = r.decode()?,
                5 => out.nic_type = r.decode()?,
                6 => out.policy = r.decode()?,
                7 => out.port_range = r.decode()?,
                8 => out.priority = r.decode()?,
                9 => out.source_cidr_ip = r.decode()?,
                10 => out.source_group_id = r.decode()?,
                11 => out.source_group_owner_account = r.decode()?,
                12 => out.source_group_owner_id = r.decode()?,
                13 => out.source_port_range = r.decode()?,
                14 => out.source_prefix_list_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.Price` object, declared alike in the responses of 2 operations (`DescribeInstanceModificationPrice` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Price {
    /// `Currency`.
    ///
    /// Example: `CNY`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::yun_core::Text>,
    /// `DiscountPrice`.
    ///
    /// Example: `61.320`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `OriginalPrice`.
    ///
    /// Example: `175.200`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `TradePrice`.
    ///
    /// Example: `113.880`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for Price {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Price",
            &[
                ("currency", d::opt(&self.currency)),
                ("discount_price", d::opt(&self.discount_price)),
                ("original_price", d::opt(&self.original_price)),
                ("trade_price", d::opt(&self.trade_price)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Price {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Currency", "DiscountPrice", "OriginalPrice", "TradePrice"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Price::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.currency = r.decode()?,
                1 => out.discount_price = r.decode()?,
                2 => out.original_price = r.decode()?,
                3 => out.trade_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PrivateIpSets.PrivateIpSet` object, declared alike in the responses of 2 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrivateIpSet {
    /// `Primary`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "Primary",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary: ::std::option::Option<bool>,
    /// `PrivateIpAddress`.
    ///
    /// Example: `172.17.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PrivateIpSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PrivateIpSet",
            &[
                ("primary", d::opt(&self.primary)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PrivateIpSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Primary", "PrivateIpAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = PrivateIpSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.primary = r.decode()?,
                1 => out.private_ip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PrivateIpSets` object, declared alike in the responses of 2 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrivateIpSets {
    /// `PrivateIpSet`.
    #[serde(
        rename = "PrivateIpSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_set: ::std::option::Option<::std::vec::Vec<crate::models::PrivateIpSet>>,
}

impl ::std::fmt::Debug for PrivateIpSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PrivateIpSets",
            &[("private_ip_set", d::opt(&self.private_ip_set))],
        )
    }
}

impl ::yun_core::json::Decode for PrivateIpSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PrivateIpSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PrivateIpSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.private_ip_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OperationProgressSet.OperationProgress.RelatedItemSet.RelatedItem` object, declared alike in the responses of 3 operations (`DeleteSnapshotGroup` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItem {
    /// `Name`.
    ///
    /// Example: `SnapshotId`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `s-j6c9lpuyxo2uxxnx****`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RelatedItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RelatedItem",
            &[("name", d::opt(&self.name)), ("value", d::opt(&self.value))],
        )
    }
}

impl ::yun_core::json::Decode for RelatedItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Name", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RelatedItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.name = r.decode()?,
                1 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OperationProgressSet.OperationProgress.RelatedItemSet` object, declared alike in the responses of 3 operations (`DeleteSnapshotGroup` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedItemSet {
    /// `RelatedItem`.
    #[serde(
        rename = "RelatedItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_item: ::std::option::Option<::std::vec::Vec<crate::models::RelatedItem>>,
}

impl ::std::fmt::Debug for RelatedItemSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RelatedItemSet",
            &[("related_item", d::opt(&self.related_item))],
        )
    }
}

impl ::yun_core::json::Decode for RelatedItemSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RelatedItem"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RelatedItemSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.related_item = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ReservedInstanceIdSets` object, declared alike in the responses of 3 operations (`ModifyReservedInstances` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReservedInstanceIdSets {
    /// `ReservedInstanceId`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ReservedInstanceIdSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReservedInstanceIdSets",
            &[("reserved_instance_id", d::opt(&self.reserved_instance_id))],
        )
    }
}

impl ::yun_core::json::Decode for ReservedInstanceIdSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ReservedInstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ReservedInstanceIdSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.reserved_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PrivateIpSets.PrivateIpSet` object, declared alike in the responses of 2 operations (`DescribeNetworkInterfaceAttribute` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponsePrivateIpSet {
    /// `AssociatedPublicIp`.
    #[serde(
        rename = "AssociatedPublicIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_public_ip: ::std::option::Option<crate::models::AssociatedPublicIp>,
    /// `Primary`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "Primary",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary: ::std::option::Option<bool>,
    /// `PrivateIpAddress`.
    ///
    /// Example: `172.17.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResponsePrivateIpSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponsePrivateIpSet",
            &[
                ("associated_public_ip", d::opt(&self.associated_public_ip)),
                ("primary", d::opt(&self.primary)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponsePrivateIpSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AssociatedPublicIp", "Primary", "PrivateIpAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ResponsePrivateIpSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.associated_public_ip = r.decode()?,
                1 => out.primary = r.decode()?,
                2 => out.private_ip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PrivateIpSets` object, declared alike in the responses of 2 operations (`DescribeNetworkInterfaceAttribute` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponsePrivateIpSets {
    /// `PrivateIpSet`.
    #[serde(
        rename = "PrivateIpSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_set: ::std::option::Option<::std::vec::Vec<crate::models::ResponsePrivateIpSet>>,
}

impl ::std::fmt::Debug for ResponsePrivateIpSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponsePrivateIpSets",
            &[("private_ip_set", d::opt(&self.private_ip_set))],
        )
    }
}

impl ::yun_core::json::Decode for ResponsePrivateIpSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PrivateIpSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResponsePrivateIpSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.private_ip_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Tags.Tag` object, declared alike in the responses of 28 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseTag {
    /// `TagKey`.
    ///
    /// Example: `TestKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::yun_core::Text>,
    /// `TagValue`.
    ///
    /// Example: `TestValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResponseTag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseTag",
            &[
                ("tag_key", d::opt(&self.tag_key)),
                ("tag_value", d::opt(&self.tag_value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponseTag {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TagKey", "TagValue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ResponseTag::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tag_key = r.decode()?,
                1 => out.tag_value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Results.Result` object, declared alike in the responses of 2 operations (`AttachKeyPair` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// `Code`.
    ///
    /// Example: `200`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-m5eg7be9ndloji64****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Message`.
    ///
    /// Example: `successful`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `Success`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "Success",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResultModel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResultModel",
            &[
                ("code", d::opt(&self.code)),
                ("instance_id", d::opt(&self.instance_id)),
                ("message", d::opt(&self.message)),
                ("success", d::opt(&self.success)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResultModel {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Code", "InstanceId", "Message", "Success"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ResultModel::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.code = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.message = r.decode()?,
                3 => out.success = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Results` object, declared alike in the responses of 2 operations (`AttachKeyPair` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Results {
    /// `Result`.
    #[serde(
        rename = "Result",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub result: ::std::option::Option<::std::vec::Vec<crate::models::ResultModel>>,
}

impl ::std::fmt::Debug for Results {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Results", &[("result", d::opt(&self.result))])
    }
}

impl ::yun_core::json::Decode for Results {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Result"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Results::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.Rules.Rule` object, declared alike in the responses of 3 operations (`DescribeInstanceModificationPrice` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// `Description`.
    ///
    /// Example: `升级优惠`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `RuleId`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "RuleId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_id: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Rule",
            &[
                ("description", d::opt(&self.description)),
                ("rule_id", d::opt(&self.rule_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Rule {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Description", "RuleId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Rule::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.rule_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.Rules` object, declared alike in the responses of 3 operations (`DescribeInstanceModificationPrice` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Rules {
    /// `Rule`.
    #[serde(
        rename = "Rule",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule: ::std::option::Option<::std::vec::Vec<crate::models::Rule>>,
}

impl ::std::fmt::Debug for Rules {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Rules", &[("rule", d::opt(&self.rule))])
    }
}

impl ::yun_core::json::Decode for Rules {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Rule"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Rules::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.rule = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SecurityGroupIds` object, declared alike in the responses of 6 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroupIds {
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for SecurityGroupIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SecurityGroupIds",
            &[("security_group_id", d::opt(&self.security_group_id))],
        )
    }
}

impl ::yun_core::json::Decode for SecurityGroupIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SecurityGroupId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SecurityGroupIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.security_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostTypes.DedicatedHostType.SupportedInstanceTypeFamilies` object, declared alike in the responses of 2 operations (`DescribeDedicatedHostTypes` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedInstanceTypeFamilies {
    /// `SupportedInstanceTypeFamily`.
    #[serde(
        rename = "SupportedInstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_type_family: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for SupportedInstanceTypeFamilies {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupportedInstanceTypeFamilies",
            &[(
                "supported_instance_type_family",
                d::opt(&self.supported_instance_type_family),
            )],
        )
    }
}

impl ::yun_core::json::Decode for SupportedInstanceTypeFamilies {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportedInstanceTypeFamily"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SupportedInstanceTypeFamilies::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_instance_type_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostTypes.DedicatedHostType.SupportedInstanceTypesList` object, declared alike in the responses of 2 operations (`DescribeDedicatedHostTypes` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedInstanceTypesList {
    /// `SupportedInstanceTypesList`.
    #[serde(
        rename = "SupportedInstanceTypesList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_instance_types_list: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for SupportedInstanceTypesList {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupportedInstanceTypesList",
            &[(
                "supported_instance_types_list",
                d::opt(&self.supported_instance_types_list),
            )],
        )
    }
}

impl ::yun_core::json::Decode for SupportedInstanceTypesList {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportedInstanceTypesList"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SupportedInstanceTypesList::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_instance_types_list = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.SupportedResources.SupportedResource` object, declared alike in the responses of 2 operations (`DescribeAvailableResource` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedResource {
    /// `Max`.
    ///
    /// Example: `2048`.
    #[serde(rename = "Max", skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
    /// `Min`.
    ///
    /// Example: `20`.
    #[serde(rename = "Min", skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `StatusCategory`.
    ///
    /// Example: `WithStock`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::yun_core::Text>,
    /// `Unit`.
    ///
    /// Example: `GiB`.
    #[serde(
        rename = "Unit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `ecs.d1ne.xlarge`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SupportedResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupportedResource",
            &[
                ("max", d::opt(&self.max)),
                ("min", d::opt(&self.min)),
                ("status", d::opt(&self.status)),
                ("status_category", d::opt(&self.status_category)),
                ("unit", d::opt(&self.unit)),
                ("value", d::opt(&self.value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SupportedResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Max", "Min", "Status", "StatusCategory", "Unit", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = SupportedResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.max = r.decode()?,
                1 => out.min = r.decode()?,
                2 => out.status = r.decode()?,
                3 => out.status_category = r.decode()?,
                4 => out.unit = r.decode()?,
                5 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.SupportedResources` object, declared alike in the responses of 2 operations (`DescribeAvailableResource` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedResources {
    /// `SupportedResource`.
    #[serde(
        rename = "SupportedResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_resource:
        ::std::option::Option<::std::vec::Vec<crate::models::SupportedResource>>,
}

impl ::std::fmt::Debug for SupportedResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupportedResources",
            &[("supported_resource", d::opt(&self.supported_resource))],
        )
    }
}

impl ::yun_core::json::Decode for SupportedResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportedResource"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SupportedResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_resource = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Tag` object, declared alike in the requests of 69 operations (`AddTags` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    ///
    /// Example: `TestKey`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    ///
    /// Example: `TestValue`.
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

impl ::std::fmt::Debug for Tag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Tag",
            &[("key", d::opt(&self.key)), ("value", d::opt(&self.value))],
        )
    }
}

impl ::yun_core::json::Decode for Tag {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Key", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Tag::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key = r.decode()?,
                1 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Tags` object, declared alike in the responses of 26 operations (`CreateNetworkInterface` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::ResponseTag>>,
}

impl ::std::fmt::Debug for Tags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Tags", &[("tag", d::opt(&self.tag))])
    }
}

impl ::yun_core::json::Decode for Tags {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Tag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Tags::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VpcAttributes` object, declared alike in the responses of 2 operations (`DescribeInstanceAttribute` first).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VpcAttributes {
    /// `NatIpAddress`.
    ///
    /// Example: `172.17.**.**`.
    #[serde(
        rename = "NatIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_ip_address: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<crate::models::InnerIpAddress>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-uf6ixacqz8osrwnqb****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `vpc-wz9e4e9pmbcnj6ki6****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl VpcAttributes {
    /// The items of `PrivateIpAddress` (through its wrapper), empty when absent.
    pub fn private_ip_address(&self) -> &[::yun_core::Text] {
        self.private_ip_address
            .as_ref()
            .and_then(|w| w.ip_address.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for VpcAttributes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VpcAttributes",
            &[
                ("nat_ip_address", d::opt(&self.nat_ip_address)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for VpcAttributes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NatIpAddress", "PrivateIpAddress", "VSwitchId", "VpcId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = VpcAttributes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.nat_ip_address = r.decode()?,
                1 => out.private_ip_address = r.decode()?,
                2 => out.v_switch_id = r.decode()?,
                3 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
