//! `RunInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RunInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RunInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        multipart: false,
        nested_required: &[
            "InstanceChargePrepaid.Period",
            "Placement.Zone",
            "DataDisks.DiskSize",
            "VirtualPrivateCloud.VpcId",
            "VirtualPrivateCloud.SubnetId",
            "TagSpecification.ResourceType",
            "TagSpecification.Tags",
            "TagSpecification.Tags.Key",
            "TagSpecification.Tags.Value",
            "InstanceMarketOptions.SpotOptions",
            "InstanceMarketOptions.SpotOptions.MaxPrice",
            "Metadata.Items",
            "Metadata.Items.Key",
            "Metadata.Items.Value",
            "NetworkInterfaces.InterfaceType",
            "NetworkInterfaces.VpcId",
            "NetworkInterfaces.SubnetId",
            "NetworkInterfaces.PrivateIpv4AddressCount",
        ],
    };

/// The request of [`Client::run_instances`](crate::Client::run_instances) (`RunInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunInstancesRequest {
    /// `InstanceChargeType`.
    ///
    /// Example: `POSTPAID_BY_HOUR`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `InstanceChargePrepaid`.
    #[serde(
        rename = "InstanceChargePrepaid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_prepaid: ::std::option::Option<crate::models::InstanceChargePrepaid>,
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `InstanceType`.
    ///
    /// Example: `S5.LARGE4`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `ImageId`.
    ///
    /// Example: `img-irmer45l`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
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
    /// `VirtualPrivateCloud`.
    #[serde(
        rename = "VirtualPrivateCloud",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud>,
    /// `InternetAccessible`.
    #[serde(
        rename = "InternetAccessible",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_accessible: ::std::option::Option<crate::models::InternetAccessible>,
    /// `InstanceCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "InstanceCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_count: ::std::option::Option<i64>,
    /// `MinCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "MinCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_count: ::std::option::Option<i64>,
    /// `InstanceName`.
    ///
    /// Example: `server_{R:3}、server_{R:3,F:3}`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `LoginSettings`.
    #[serde(
        rename = "LoginSettings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_settings: ::std::option::Option<crate::models::LoginSettings>,
    /// `SecurityGroupIds`.
    ///
    /// Example: `["sg-ajhn9qtq"]`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `EnhancedService`.
    #[serde(
        rename = "EnhancedService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enhanced_service: ::std::option::Option<crate::models::EnhancedService>,
    /// `ClientToken`.
    ///
    /// Example: `system-f3827db9-c58a-49cc-bf10-33fc1923a34a`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `HostName`.
    ///
    /// Example: `MyHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `ActionTimer`.
    #[serde(
        rename = "ActionTimer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer: ::std::option::Option<crate::models::ActionTimer>,
    /// `DisasterRecoverGroupIds`.
    ///
    /// Example: `["sg-efil73jd"]`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
    /// `InstanceMarketOptions`.
    #[serde(
        rename = "InstanceMarketOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_market_options: ::std::option::Option<crate::models::InstanceMarketOptionsRequest>,
    /// `UserData`.
    ///
    /// Example: `TXlVc2VyRGF0YQo=`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `Metadata`.
    #[serde(
        rename = "Metadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata: ::std::option::Option<crate::models::Metadata>,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `CpuTopology`.
    #[serde(
        rename = "CpuTopology",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_topology: ::std::option::Option<crate::models::CpuTopology>,
    /// `CamRoleName`.
    ///
    /// Example: `testroleName001`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId`.
    ///
    /// Example: `hpc-a5n666lo`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplate`.
    #[serde(
        rename = "LaunchTemplate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template: ::std::option::Option<crate::models::LaunchTemplate>,
    /// `DedicatedClusterId`.
    ///
    /// Example: `cluster-gbo27yc4`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::std::string::String>,
    /// `ChcIds`.
    ///
    /// Example: `["chc-kwf9mhzf"]`.
    #[serde(
        rename = "ChcIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PartitionNumber`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "PartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_number: ::std::option::Option<i64>,
    /// `DisableApiTermination`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DisableApiTermination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_api_termination: ::std::option::Option<bool>,
    /// `EnableJumboFrame`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableJumboFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_jumbo_frame: ::std::option::Option<bool>,
    /// `NetworkInterfaces`.
    #[serde(
        rename = "NetworkInterfaces",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interfaces:
        ::std::option::Option<::std::vec::Vec<crate::models::NetworkInterfaces>>,
}

impl RunInstancesRequest {
    /// An empty `RunInstancesRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            instance_charge_type: ::std::option::Option::None,
            instance_charge_prepaid: ::std::option::Option::None,
            placement: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            image_id: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
            data_disks: ::std::option::Option::None,
            virtual_private_cloud: ::std::option::Option::None,
            internet_accessible: ::std::option::Option::None,
            instance_count: ::std::option::Option::None,
            min_count: ::std::option::Option::None,
            instance_name: ::std::option::Option::None,
            login_settings: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            enhanced_service: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            host_name: ::std::option::Option::None,
            action_timer: ::std::option::Option::None,
            disaster_recover_group_ids: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
            instance_market_options: ::std::option::Option::None,
            user_data: ::std::option::Option::None,
            metadata: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            cpu_topology: ::std::option::Option::None,
            cam_role_name: ::std::option::Option::None,
            hpc_cluster_id: ::std::option::Option::None,
            launch_template: ::std::option::Option::None,
            dedicated_cluster_id: ::std::option::Option::None,
            chc_ids: ::std::option::Option::None,
            partition_number: ::std::option::Option::None,
            disable_api_termination: ::std::option::Option::None,
            enable_jumbo_frame: ::std::option::Option::None,
            network_interfaces: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceChargePrepaid`.
    pub fn instance_charge_prepaid(mut self, value: crate::models::InstanceChargePrepaid) -> Self {
        self.instance_charge_prepaid = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Placement`.
    pub fn placement(mut self, value: crate::models::Placement) -> Self {
        self.placement = ::std::option::Option::Some(value);
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

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: crate::models::SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: ::std::vec::Vec<crate::models::DataDisk>) -> Self {
        self.data_disks = ::std::option::Option::Some(value);
        self
    }

    /// Sets `VirtualPrivateCloud`.
    pub fn virtual_private_cloud(mut self, value: crate::models::VirtualPrivateCloud) -> Self {
        self.virtual_private_cloud = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InternetAccessible`.
    pub fn internet_accessible(mut self, value: crate::models::InternetAccessible) -> Self {
        self.internet_accessible = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceCount`.
    pub fn instance_count(mut self, value: i64) -> Self {
        self.instance_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinCount`.
    pub fn min_count(mut self, value: i64) -> Self {
        self.min_count = ::std::option::Option::Some(value);
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

    /// Sets `LoginSettings`.
    pub fn login_settings(mut self, value: crate::models::LoginSettings) -> Self {
        self.login_settings = ::std::option::Option::Some(value);
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

    /// Sets `EnhancedService`.
    pub fn enhanced_service(mut self, value: crate::models::EnhancedService) -> Self {
        self.enhanced_service = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ActionTimer`.
    pub fn action_timer(mut self, value: crate::models::ActionTimer) -> Self {
        self.action_timer = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DisasterRecoverGroupIds`.
    pub fn disaster_recover_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.disaster_recover_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceMarketOptions`.
    pub fn instance_market_options(
        mut self,
        value: crate::models::InstanceMarketOptionsRequest,
    ) -> Self {
        self.instance_market_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Metadata`.
    pub fn metadata(mut self, value: crate::models::Metadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CpuTopology`.
    pub fn cpu_topology(mut self, value: crate::models::CpuTopology) -> Self {
        self.cpu_topology = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CamRoleName`.
    pub fn cam_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cam_role_name = ::std::option::Option::Some(value.into());
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

    /// Sets `LaunchTemplate`.
    pub fn launch_template(mut self, value: crate::models::LaunchTemplate) -> Self {
        self.launch_template = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DedicatedClusterId`.
    pub fn dedicated_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ChcIds`.
    pub fn chc_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.chc_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `PartitionNumber`.
    pub fn partition_number(mut self, value: i64) -> Self {
        self.partition_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DisableApiTermination`.
    pub fn disable_api_termination(mut self, value: bool) -> Self {
        self.disable_api_termination = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EnableJumboFrame`.
    pub fn enable_jumbo_frame(mut self, value: bool) -> Self {
        self.enable_jumbo_frame = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkInterfaces`.
    pub fn network_interfaces(
        mut self,
        value: ::std::vec::Vec<crate::models::NetworkInterfaces>,
    ) -> Self {
        self.network_interfaces = ::std::option::Option::Some(value);
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
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                (
                    "instance_charge_prepaid",
                    d::opt(&self.instance_charge_prepaid),
                ),
                ("placement", d::opt(&self.placement)),
                ("instance_type", d::opt(&self.instance_type)),
                ("image_id", d::opt(&self.image_id)),
                ("system_disk", d::opt(&self.system_disk)),
                ("data_disks", d::opt(&self.data_disks)),
                ("virtual_private_cloud", d::opt(&self.virtual_private_cloud)),
                ("internet_accessible", d::opt(&self.internet_accessible)),
                ("instance_count", d::opt(&self.instance_count)),
                ("min_count", d::opt(&self.min_count)),
                ("instance_name", d::opt(&self.instance_name)),
                ("login_settings", d::opt(&self.login_settings)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("enhanced_service", d::opt(&self.enhanced_service)),
                ("client_token", d::opt(&self.client_token)),
                ("host_name", d::opt(&self.host_name)),
                ("action_timer", d::opt(&self.action_timer)),
                (
                    "disaster_recover_group_ids",
                    d::opt(&self.disaster_recover_group_ids),
                ),
                ("tag_specification", d::opt(&self.tag_specification)),
                (
                    "instance_market_options",
                    d::opt(&self.instance_market_options),
                ),
                ("user_data", d::opt(&self.user_data)),
                ("metadata", d::opt(&self.metadata)),
                ("dry_run", d::opt(&self.dry_run)),
                ("cpu_topology", d::opt(&self.cpu_topology)),
                ("cam_role_name", d::opt(&self.cam_role_name)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("launch_template", d::opt(&self.launch_template)),
                ("dedicated_cluster_id", d::opt(&self.dedicated_cluster_id)),
                ("chc_ids", d::opt(&self.chc_ids)),
                ("partition_number", d::opt(&self.partition_number)),
                (
                    "disable_api_termination",
                    d::opt(&self.disable_api_termination),
                ),
                ("enable_jumbo_frame", d::opt(&self.enable_jumbo_frame)),
                ("network_interfaces", d::opt(&self.network_interfaces)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RunInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceChargeType",
            "InstanceChargePrepaid",
            "Placement",
            "InstanceType",
            "ImageId",
            "SystemDisk",
            "DataDisks",
            "VirtualPrivateCloud",
            "InternetAccessible",
            "InstanceCount",
            "MinCount",
            "InstanceName",
            "LoginSettings",
            "SecurityGroupIds",
            "EnhancedService",
            "ClientToken",
            "HostName",
            "ActionTimer",
            "DisasterRecoverGroupIds",
            "TagSpecification",
            "InstanceMarketOptions",
            "UserData",
            "Metadata",
            "DryRun",
            "CpuTopology",
            "CamRoleName",
            "HpcClusterId",
            "LaunchTemplate",
            "DedicatedClusterId",
            "ChcIds",
            "PartitionNumber",
            "DisableApiTermination",
            "EnableJumboFrame",
            "NetworkInterfaces",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 35] = ::yun_core::json::member_order();
        let mut out = RunInstancesRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_charge_type = r.decode()?,
                1 => out.instance_charge_prepaid = r.decode()?,
                2 => out.placement = r.decode()?,
                3 => out.instance_type = r.decode()?,
                4 => out.image_id = r.decode()?,
                5 => out.system_disk = r.decode()?,
                6 => out.data_disks = r.decode()?,
                7 => out.virtual_private_cloud = r.decode()?,
                8 => out.internet_accessible = r.decode()?,
                9 => out.instance_count = r.decode()?,
                10 => out.min_count = r.decode()?,
                11 => out.instance_name = r.decode()?,
                12 => out.login_settings = r.decode()?,
                13 => out.security_group_ids = r.decode()?,
                14 => out.enhanced_service = r.decode()?,
                15 => out.client_token = r.decode()?,
                16 => out.host_name = r.decode()?,
                17 => out.action_timer = r.decode()?,
                18 => out.disaster_recover_group_ids = r.decode()?,
                19 => out.tag_specification = r.decode()?,
                20 => out.instance_market_options = r.decode()?,
                21 => out.user_data = r.decode()?,
                22 => out.metadata = r.decode()?,
                23 => out.dry_run = r.decode()?,
                24 => out.cpu_topology = r.decode()?,
                25 => out.cam_role_name = r.decode()?,
                26 => out.hpc_cluster_id = r.decode()?,
                27 => out.launch_template = r.decode()?,
                28 => out.dedicated_cluster_id = r.decode()?,
                29 => out.chc_ids = r.decode()?,
                30 => out.partition_number = r.decode()?,
                31 => out.disable_api_termination = r.decode()?,
                32 => out.enable_jumbo_frame = r.decode()?,
                33 => out.network_interfaces = r.decode()?,
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
    /// `InstanceIdSet`.
    ///
    /// Example: `["ins-rn79mzt1"]`.
    #[serde(
        rename = "InstanceIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_set: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RunInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunInstancesResponse",
            &[
                ("instance_id_set", d::opt(&self.instance_id_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RunInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIdSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RunInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
