//! `DescribeLaunchTemplateVersions`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeLaunchTemplateVersions>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeLaunchTemplateVersions",
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
                name: "LaunchTemplateVersion",
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
                name: "MinVersion",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxVersion",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DefaultVersion",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DetailFlag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_launch_template_versions`](crate::Client::describe_launch_template_versions) (`DescribeLaunchTemplateVersions`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplateVersionsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `LaunchTemplateVersion` (query, sent as `LaunchTemplateVersion.1`, `LaunchTemplateVersion.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `1`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `LaunchTemplateId` (query).
    ///
    /// Example: `lt-bp168lnahrdwl39p****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateName` (query).
    ///
    /// Example: `testLaunchTemplateName`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::string::String>,
    /// `MinVersion` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "MinVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_version: ::std::option::Option<i64>,
    /// `MaxVersion` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_version: ::std::option::Option<i64>,
    /// `DefaultVersion` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "DefaultVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_version: ::std::option::Option<bool>,
    /// `DetailFlag` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "DetailFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_flag: ::std::option::Option<bool>,
    /// `PageNumber` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeLaunchTemplateVersionsRequest {
    /// A `DescribeLaunchTemplateVersionsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            launch_template_version: ::std::option::Option::None,
            launch_template_id: ::std::option::Option::None,
            launch_template_name: ::std::option::Option::None,
            min_version: ::std::option::Option::None,
            max_version: ::std::option::Option::None,
            default_version: ::std::option::Option::None,
            detail_flag: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `LaunchTemplateVersion`.
    pub fn launch_template_version(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.launch_template_version = ::std::option::Option::Some(value);
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

    /// Sets `MinVersion`.
    pub fn min_version(mut self, value: i64) -> Self {
        self.min_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaxVersion`.
    pub fn max_version(mut self, value: i64) -> Self {
        self.max_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DefaultVersion`.
    pub fn default_version(mut self, value: bool) -> Self {
        self.default_version = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DetailFlag`.
    pub fn detail_flag(mut self, value: bool) -> Self {
        self.detail_flag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeLaunchTemplateVersionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLaunchTemplateVersionsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "launch_template_version",
                    d::opt(&self.launch_template_version),
                ),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
                ("min_version", d::opt(&self.min_version)),
                ("max_version", d::opt(&self.max_version)),
                ("default_version", d::opt(&self.default_version)),
                ("detail_flag", d::opt(&self.detail_flag)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLaunchTemplateVersionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "LaunchTemplateVersion",
            "LaunchTemplateId",
            "LaunchTemplateName",
            "MinVersion",
            "MaxVersion",
            "DefaultVersion",
            "DetailFlag",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_version: ::std::option::Option<::std::vec::Vec<i64>> =
            ::std::option::Option::None;
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_min_version: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_max_version: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_default_version: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_detail_flag: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_launch_template_version = r.decode()?,
                2 => m_launch_template_id = r.decode()?,
                3 => m_launch_template_name = r.decode()?,
                4 => m_min_version = r.decode()?,
                5 => m_max_version = r.decode()?,
                6 => m_default_version = r.decode()?,
                7 => m_detail_flag = r.decode()?,
                8 => m_page_number = r.decode()?,
                9 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeLaunchTemplateVersionsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            launch_template_version: m_launch_template_version,
            launch_template_id: m_launch_template_id,
            launch_template_name: m_launch_template_name,
            min_version: m_min_version,
            max_version: m_max_version,
            default_version: m_default_version,
            detail_flag: m_detail_flag,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet.LaunchTemplateData.DataDisks.DataDisk` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateDataDataDisk {
    /// `AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-wz91dz3ghear2a5s****`.
    #[serde(
        rename = "AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_snapshot_policy_id: ::std::option::Option<::yun_core::Text>,
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
    pub category: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `testDiskDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `Device`.
    ///
    /// Example: `/dev/xvda`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::yun_core::Text>,
    /// `DiskName`.
    ///
    /// Example: `testDiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::yun_core::Text>,
    /// `Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<::yun_core::Text>,
    /// `PerformanceLevel`.
    ///
    /// Example: `PL1`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::yun_core::Text>,
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
    pub size: ::std::option::Option<i64>,
    /// `SnapshotId`.
    ///
    /// Example: `s-bp67acfmxazb4p****`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for LaunchTemplateDataDataDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateDataDataDisk",
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

impl ::yun_core::json::Decode for LaunchTemplateDataDataDisk {
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
        let mut out = LaunchTemplateDataDataDisk::default();
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

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet.LaunchTemplateData.DataDisks` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataDisks {
    /// `DataDisk`.
    #[serde(
        rename = "DataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk: ::std::option::Option<::std::vec::Vec<LaunchTemplateDataDataDisk>>,
}

impl ::std::fmt::Debug for DataDisks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "DataDisks", &[("data_disk", d::opt(&self.data_disk))])
    }
}

impl ::yun_core::json::Decode for DataDisks {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DataDisk"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DataDisks::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.data_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet.LaunchTemplateData.NetworkInterfaces.NetworkInterface` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateDataNetworkInterface {
    /// `Description`.
    ///
    /// Example: `testNetworkInterfacesDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.s2.xlarge`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceName`.
    ///
    /// Example: `testNetworkInterfaceName`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceTrafficMode`.
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::yun_core::Text>,
    /// `PrimaryIpAddress`.
    ///
    /// Example: `203.0.*.*`.
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<crate::models::SecurityGroupIds>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-bp67acfmxazb4p****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
}

impl LaunchTemplateDataNetworkInterface {
    /// The items of `SecurityGroupIds` (through its wrapper), empty when absent.
    pub fn security_group_ids(&self) -> &[::yun_core::Text] {
        self.security_group_ids
            .as_ref()
            .and_then(|w| w.security_group_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for LaunchTemplateDataNetworkInterface {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateDataNetworkInterface",
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

impl ::yun_core::json::Decode for LaunchTemplateDataNetworkInterface {
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
        let mut out = LaunchTemplateDataNetworkInterface::default();
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

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet.LaunchTemplateData.NetworkInterfaces` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfaces {
    /// `NetworkInterface`.
    #[serde(
        rename = "NetworkInterface",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface:
        ::std::option::Option<::std::vec::Vec<LaunchTemplateDataNetworkInterface>>,
}

impl ::std::fmt::Debug for NetworkInterfaces {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfaces",
            &[("network_interface", d::opt(&self.network_interface))],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterfaces {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkInterface"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkInterfaces::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet.LaunchTemplateData.Tags` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateDataTags {
    /// `InstanceTag`.
    #[serde(
        rename = "InstanceTag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_tag: ::std::option::Option<::std::vec::Vec<crate::models::InstanceTag>>,
}

impl ::std::fmt::Debug for LaunchTemplateDataTags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateDataTags",
            &[("instance_tag", d::opt(&self.instance_tag))],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateDataTags {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceTag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateDataTags::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet.LaunchTemplateData` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateData {
    /// `AutoReleaseTime`.
    ///
    /// Example: `2018-05-14T14:18:00Z`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::yun_core::Text>,
    /// `AutoRenew`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `AutoRenewPeriod`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "AutoRenewPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_period: ::std::option::Option<i64>,
    /// `CreditSpecification`.
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_specification: ::std::option::Option<::yun_core::Text>,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<DataDisks>,
    /// `DeletionProtection`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeletionProtection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    /// `DeploymentSetId`.
    ///
    /// Example: `ds-bp1brhwhoqinyjd6****`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `testInstanceDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `EnableVmOsConfig`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableVmOsConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_vm_os_config: ::std::option::Option<bool>,
    /// `HostName`.
    ///
    /// Example: `testHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `ImageId`.
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `ImageOwnerAlias`.
    ///
    /// Example: `system`.
    #[serde(
        rename = "ImageOwnerAlias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_owner_alias: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `Postpaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `testInstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetChargeType`.
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetMaxBandwidthIn`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i64>,
    /// `InternetMaxBandwidthOut`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i64>,
    /// `IoOptimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::yun_core::Text>,
    /// `Ipv6AddressCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<i64>,
    /// `KeyPairName`.
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaces`.
    #[serde(
        rename = "NetworkInterfaces",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interfaces: ::std::option::Option<NetworkInterfaces>,
    /// `NetworkType`.
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::yun_core::Text>,
    /// `PasswordInherit`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "PasswordInherit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_inherit: ::std::option::Option<bool>,
    /// `Period`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i64>,
    /// `PeriodUnit`.
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpAddress`.
    ///
    /// Example: `10.1.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::yun_core::Text>,
    /// `RamRoleName`.
    ///
    /// Example: `testRamRoleName`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityEnhancementStrategy`.
    ///
    /// Example: `active`.
    #[serde(
        rename = "SecurityEnhancementStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_enhancement_strategy: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<crate::models::SecurityGroupIds>,
    /// `SpotDuration`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i64>,
    /// `SpotPriceLimit`.
    ///
    /// Example: `0.98`.
    #[serde(
        rename = "SpotPriceLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price_limit: ::std::option::Option<f64>,
    /// `SpotStrategy`.
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::yun_core::Text>,
    /// `SystemDisk.AutoSnapshotPolicyId`.
    ///
    /// Example: `sp-bp1j0alc2z1fhvie****`.
    #[serde(
        rename = "SystemDisk.AutoSnapshotPolicyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_auto_snapshot_policy_id: ::std::option::Option<::yun_core::Text>,
    /// `SystemDisk.BurstingEnabled`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "SystemDisk.BurstingEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_bursting_enabled: ::std::option::Option<bool>,
    /// `SystemDisk.Category`.
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "SystemDisk.Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::yun_core::Text>,
    /// `SystemDisk.DeleteWithInstance`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "SystemDisk.DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_delete_with_instance: ::std::option::Option<bool>,
    /// `SystemDisk.Description`.
    ///
    /// Example: `testSystemDiskDescription`.
    #[serde(
        rename = "SystemDisk.Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_description: ::std::option::Option<::yun_core::Text>,
    /// `SystemDisk.DiskName`.
    ///
    /// Example: `testSystemDiskName`.
    #[serde(
        rename = "SystemDisk.DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_disk_name: ::std::option::Option<::yun_core::Text>,
    /// `SystemDisk.Encrypted`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "SystemDisk.Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_encrypted: ::std::option::Option<::yun_core::Text>,
    /// `SystemDisk.Iops`.
    ///
    /// Example: `101800`.
    #[serde(
        rename = "SystemDisk.Iops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_iops: ::std::option::Option<i64>,
    /// `SystemDisk.PerformanceLevel`.
    ///
    /// Example: `PL0`.
    #[serde(
        rename = "SystemDisk.PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_performance_level: ::std::option::Option<::yun_core::Text>,
    /// `SystemDisk.ProvisionedIops`.
    ///
    /// Example: `50000`.
    #[serde(
        rename = "SystemDisk.ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_provisioned_iops: ::std::option::Option<i64>,
    /// `SystemDisk.Size`.
    ///
    /// Example: `40`.
    #[serde(
        rename = "SystemDisk.Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size: ::std::option::Option<i64>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<LaunchTemplateDataTags>,
    /// `UserData`.
    ///
    /// Example: `SGVsbG9FQ1M=`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-bp67acfmxazb4p****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `v-bp67acfmxazb4p****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl LaunchTemplateData {
    /// The items of `DataDisks` (through its wrapper), empty when absent.
    pub fn data_disks(&self) -> &[LaunchTemplateDataDataDisk] {
        self.data_disks
            .as_ref()
            .and_then(|w| w.data_disk.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `NetworkInterfaces` (through its wrapper), empty when absent.
    pub fn network_interfaces(&self) -> &[LaunchTemplateDataNetworkInterface] {
        self.network_interfaces
            .as_ref()
            .and_then(|w| w.network_interface.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SecurityGroupIds` (through its wrapper), empty when absent.
    pub fn security_group_ids(&self) -> &[::yun_core::Text] {
        self.security_group_ids
            .as_ref()
            .and_then(|w| w.security_group_id.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::InstanceTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.instance_tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for LaunchTemplateData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateData",
            &[
                ("auto_release_time", d::opt(&self.auto_release_time)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("auto_renew_period", d::opt(&self.auto_renew_period)),
                ("credit_specification", d::opt(&self.credit_specification)),
                ("data_disks", d::opt(&self.data_disks)),
                ("deletion_protection", d::opt(&self.deletion_protection)),
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                ("description", d::opt(&self.description)),
                ("enable_vm_os_config", d::opt(&self.enable_vm_os_config)),
                ("host_name", d::opt(&self.host_name)),
                ("image_id", d::opt(&self.image_id)),
                ("image_owner_alias", d::opt(&self.image_owner_alias)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("instance_name", d::opt(&self.instance_name)),
                ("instance_type", d::opt(&self.instance_type)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                (
                    "internet_max_bandwidth_in",
                    d::opt(&self.internet_max_bandwidth_in),
                ),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("ipv6_address_count", d::opt(&self.ipv6_address_count)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("network_interfaces", d::opt(&self.network_interfaces)),
                ("network_type", d::opt(&self.network_type)),
                ("password_inherit", d::opt(&self.password_inherit)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                (
                    "security_enhancement_strategy",
                    d::opt(&self.security_enhancement_strategy),
                ),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("spot_duration", d::opt(&self.spot_duration)),
                ("spot_price_limit", d::opt(&self.spot_price_limit)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                (
                    "system_disk_auto_snapshot_policy_id",
                    d::opt(&self.system_disk_auto_snapshot_policy_id),
                ),
                (
                    "system_disk_bursting_enabled",
                    d::opt(&self.system_disk_bursting_enabled),
                ),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                (
                    "system_disk_delete_with_instance",
                    d::opt(&self.system_disk_delete_with_instance),
                ),
                (
                    "system_disk_description",
                    d::opt(&self.system_disk_description),
                ),
                ("system_disk_disk_name", d::opt(&self.system_disk_disk_name)),
                ("system_disk_encrypted", d::opt(&self.system_disk_encrypted)),
                ("system_disk_iops", d::opt(&self.system_disk_iops)),
                (
                    "system_disk_performance_level",
                    d::opt(&self.system_disk_performance_level),
                ),
                (
                    "system_disk_provisioned_iops",
                    d::opt(&self.system_disk_provisioned_iops),
                ),
                ("system_disk_size", d::opt(&self.system_disk_size)),
                ("tags", d::opt(&self.tags)),
                ("user_data", d::opt(&self.user_data)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoReleaseTime",
            "AutoRenew",
            "AutoRenewPeriod",
            "CreditSpecification",
            "DataDisks",
            "DeletionProtection",
            "DeploymentSetId",
            "Description",
            "EnableVmOsConfig",
            "HostName",
            "ImageId",
            "ImageOwnerAlias",
            "InstanceChargeType",
            "InstanceName",
            "InstanceType",
            "InternetChargeType",
            "InternetMaxBandwidthIn",
            "InternetMaxBandwidthOut",
            "IoOptimized",
            "Ipv6AddressCount",
            "KeyPairName",
            "NetworkInterfaces",
            "NetworkType",
            "PasswordInherit",
            "Period",
            "PeriodUnit",
            "PrivateIpAddress",
            "RamRoleName",
            "ResourceGroupId",
            "SecurityEnhancementStrategy",
            "SecurityGroupId",
            "SecurityGroupIds",
            "SpotDuration",
            "SpotPriceLimit",
            "SpotStrategy",
            "SystemDisk.AutoSnapshotPolicyId",
            "SystemDisk.BurstingEnabled",
            "SystemDisk.Category",
            "SystemDisk.DeleteWithInstance",
            "SystemDisk.Description",
            "SystemDisk.DiskName",
            "SystemDisk.Encrypted",
            "SystemDisk.Iops",
            "SystemDisk.PerformanceLevel",
            "SystemDisk.ProvisionedIops",
            "SystemDisk.Size",
            "Tags",
            "UserData",
            "VSwitchId",
            "VpcId",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 52] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_release_time = r.decode()?,
                1 => out.auto_renew = r.decode()?,
                2 => out.auto_renew_period = r.decode()?,
                3 => out.credit_specification = r.decode()?,
                4 => out.data_disks = r.decode()?,
                5 => out.deletion_protection = r.decode()?,
                6 => out.deployment_set_id = r.decode()?,
                7 => out.description = r.decode()?,
                8 => out.enable_vm_os_config = r.decode()?,
                9 => out.host_name = r.decode()?,
                10 => out.image_id = r.decode()?,
                11 => out.image_owner_alias = r.decode()?,
                12 => out.instance_charge_type = r.decode()?,
                13 => out.instance_name = r.decode()?,
                14 => out.instance_type = r.decode()?,
                15 => out.internet_charge_type = r.decode()?,
                16 => out.internet_max_bandwidth_in = r.decode()?,
                17 => out.internet_max_bandwidth_out = r.decode()?,
                18 => out.io_optimized = r.decode()?,
                19 => out.ipv6_address_count = r.decode()?,
                20 => out.key_pair_name = r.decode()?,
                21 => out.network_interfaces = r.decode()?,
                22 => out.network_type = r.decode()?,
                23 => out.password_inherit = r.decode()?,
                24 => out.period = r.decode()?,
                25 => out.period_unit = r.decode()?,
                26 => out.private_ip_address = r.decode()?,
                27 => out.ram_role_name = r.decode()?,
                28 => out.resource_group_id = r.decode()?,
                29 => out.security_enhancement_strategy = r.decode()?,
                30 => out.security_group_id = r.decode()?,
                31 => out.security_group_ids = r.decode()?,
                32 => out.spot_duration = r.decode()?,
                33 => out.spot_price_limit = r.decode()?,
                34 => out.spot_strategy = r.decode()?,
                35 => out.system_disk_auto_snapshot_policy_id = r.decode()?,
                36 => out.system_disk_bursting_enabled = r.decode()?,
                37 => out.system_disk_category = r.decode()?,
                38 => out.system_disk_delete_with_instance = r.decode()?,
                39 => out.system_disk_description = r.decode()?,
                40 => out.system_disk_disk_name = r.decode()?,
                41 => out.system_disk_encrypted = r.decode()?,
                42 => out.system_disk_iops = r.decode()?,
                43 => out.system_disk_performance_level = r.decode()?,
                44 => out.system_disk_provisioned_iops = r.decode()?,
                45 => out.system_disk_size = r.decode()?,
                46 => out.tags = r.decode()?,
                47 => out.user_data = r.decode()?,
                48 => out.v_switch_id = r.decode()?,
                49 => out.vpc_id = r.decode()?,
                50 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionSets.LaunchTemplateVersionSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionSet {
    /// `CreateTime`.
    ///
    /// Example: `2022-01-17T08:22:43Z`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `CreatedBy`.
    ///
    /// Example: `123456789****`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::yun_core::Text>,
    /// `DefaultVersion`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DefaultVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_version: ::std::option::Option<bool>,
    /// `LaunchTemplateData`.
    #[serde(
        rename = "LaunchTemplateData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_data: ::std::option::Option<LaunchTemplateData>,
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-bp67acfmxazb4p****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateName`.
    ///
    /// Example: `testLaunchTemplateName`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::yun_core::Text>,
    /// `ModifiedTime`.
    ///
    /// Example: `2022-01-17T08:40:00Z`.
    #[serde(
        rename = "ModifiedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modified_time: ::std::option::Option<::yun_core::Text>,
    /// `VersionDescription`.
    ///
    /// Example: `testVersionDescription`.
    #[serde(
        rename = "VersionDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_description: ::std::option::Option<::yun_core::Text>,
    /// `VersionNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "VersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_number: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for LaunchTemplateVersionSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateVersionSet",
            &[
                ("create_time", d::opt(&self.create_time)),
                ("created_by", d::opt(&self.created_by)),
                ("default_version", d::opt(&self.default_version)),
                ("launch_template_data", d::opt(&self.launch_template_data)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
                ("modified_time", d::opt(&self.modified_time)),
                ("version_description", d::opt(&self.version_description)),
                ("version_number", d::opt(&self.version_number)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateVersionSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreateTime",
            "CreatedBy",
            "DefaultVersion",
            "LaunchTemplateData",
            "LaunchTemplateId",
            "LaunchTemplateName",
            "ModifiedTime",
            "VersionDescription",
            "VersionNumber",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateVersionSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.create_time = r.decode()?,
                1 => out.created_by = r.decode()?,
                2 => out.default_version = r.decode()?,
                3 => out.launch_template_data = r.decode()?,
                4 => out.launch_template_id = r.decode()?,
                5 => out.launch_template_name = r.decode()?,
                6 => out.modified_time = r.decode()?,
                7 => out.version_description = r.decode()?,
                8 => out.version_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionSets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionSets {
    /// `LaunchTemplateVersionSet`.
    #[serde(
        rename = "LaunchTemplateVersionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_set:
        ::std::option::Option<::std::vec::Vec<LaunchTemplateVersionSet>>,
}

impl ::std::fmt::Debug for LaunchTemplateVersionSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateVersionSets",
            &[(
                "launch_template_version_set",
                d::opt(&self.launch_template_version_set),
            )],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateVersionSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateVersionSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateVersionSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_version_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_launch_template_versions`](crate::Client::describe_launch_template_versions) (`DescribeLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplateVersionsResponse {
    /// `LaunchTemplateVersionSets`.
    #[serde(
        rename = "LaunchTemplateVersionSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_sets: ::std::option::Option<LaunchTemplateVersionSets>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `3989ED0C-20A1-4351-A127-2067FF8390AX`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeLaunchTemplateVersionsResponse {
    /// The items of `LaunchTemplateVersionSets` (through its wrapper), empty when absent.
    pub fn launch_template_version_sets(&self) -> &[LaunchTemplateVersionSet] {
        self.launch_template_version_sets
            .as_ref()
            .and_then(|w| w.launch_template_version_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeLaunchTemplateVersionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLaunchTemplateVersionsResponse",
            &[
                (
                    "launch_template_version_sets",
                    d::opt(&self.launch_template_version_sets),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLaunchTemplateVersionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LaunchTemplateVersionSets",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeLaunchTemplateVersionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_version_sets = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeLaunchTemplateVersionsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeLaunchTemplateVersions` pages (by `PageNumber`), for [`Client::describe_launch_template_versions_paginator`](crate::Client::describe_launch_template_versions_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeLaunchTemplateVersionsRequest {
    type Response = DescribeLaunchTemplateVersionsResponse;
    type Item = LaunchTemplateVersionSet;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeLaunchTemplateVersionsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeLaunchTemplateVersionsResponse) -> usize {
        page.launch_template_version_sets
            .as_ref()
            .and_then(|x| x.launch_template_version_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeLaunchTemplateVersionsResponse,
    ) -> ::std::vec::Vec<LaunchTemplateVersionSet> {
        page.launch_template_version_sets
            .and_then(|x| x.launch_template_version_set)
            .unwrap_or_default()
    }
}
