//! `CreateLaunchTemplate`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateLaunchTemplate>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "CreateLaunchTemplate",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        multipart: false,
        nested_required: &[
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
            "InstanceChargePrepaid.Period",
            "LaunchTemplateTagSpecification.ResourceType",
            "LaunchTemplateTagSpecification.Tags",
            "LaunchTemplateTagSpecification.Tags.Key",
            "LaunchTemplateTagSpecification.Tags.Value",
            "Metadata.Items",
            "Metadata.Items.Key",
            "Metadata.Items.Value",
            "NetworkInterfaces.InterfaceType",
            "NetworkInterfaces.VpcId",
            "NetworkInterfaces.SubnetId",
            "NetworkInterfaces.PrivateIpv4AddressCount",
        ],
    };

/// The request of [`Client::create_launch_template`](crate::Client::create_launch_template) (`CreateLaunchTemplate`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateLaunchTemplateRequest {
    /// `LaunchTemplateName`. Required.
    ///
    /// Example: `MyLaunchTemplate`.
    #[serde(rename = "LaunchTemplateName")]
    pub launch_template_name: ::std::string::String,
    /// `Placement`. Required.
    #[serde(rename = "Placement")]
    pub placement: crate::models::Placement,
    /// `ImageId`. Required.
    ///
    /// Example: `img-dkwyg6sr`.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `LaunchTemplateVersionDescription`.
    ///
    /// Example: `MyLaunchTemplateVersionDesc`.
    #[serde(
        rename = "LaunchTemplateVersionDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_description: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    ///
    /// Example: `S5.16XLARGE256`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
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
    /// `InstanceName`.
    ///
    /// Example: `MyInstance`.
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
    /// Example: `["sg-rf6ogz49"]`.
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
    /// Example: `a521b4e4-c903-4d37-9de6-8096e3ad8eb7`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `HostName`.
    ///
    /// Example: `myHost`.
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
    /// Example: `["ps-3p88qhfo"]`.
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
    /// Example: `YmFzZTY0Cg==`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
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
    /// `InstanceChargeType`.
    ///
    /// Example: `PREPAID`.
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
    /// `LaunchTemplateTagSpecification`.
    #[serde(
        rename = "LaunchTemplateTagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_tag_specification:
        ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
    /// `Metadata`.
    #[serde(
        rename = "Metadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata: ::std::option::Option<crate::models::Metadata>,
    /// `TemplateDataModifyAction`.
    ///
    /// Example: `Update`.
    #[serde(
        rename = "TemplateDataModifyAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_data_modify_action: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaces`.
    #[serde(
        rename = "NetworkInterfaces",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interfaces:
        ::std::option::Option<::std::vec::Vec<crate::models::NetworkInterfaces>>,
}

impl CreateLaunchTemplateRequest {
    /// A `CreateLaunchTemplateRequest` with its required members: `LaunchTemplateName`, `Placement`, `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        launch_template_name: impl ::std::convert::Into<::std::string::String>,
        placement: crate::models::Placement,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            launch_template_name: launch_template_name.into(),
            placement,
            image_id: image_id.into(),
            launch_template_version_description: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
            data_disks: ::std::option::Option::None,
            virtual_private_cloud: ::std::option::Option::None,
            internet_accessible: ::std::option::Option::None,
            instance_count: ::std::option::Option::None,
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
            dry_run: ::std::option::Option::None,
            cam_role_name: ::std::option::Option::None,
            hpc_cluster_id: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            instance_charge_prepaid: ::std::option::Option::None,
            disable_api_termination: ::std::option::Option::None,
            enable_jumbo_frame: ::std::option::Option::None,
            launch_template_tag_specification: ::std::option::Option::None,
            metadata: ::std::option::Option::None,
            template_data_modify_action: ::std::option::Option::None,
            network_interfaces: ::std::option::Option::None,
        }
    }

    /// Sets `LaunchTemplateVersionDescription`.
    pub fn launch_template_version_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_version_description = ::std::option::Option::Some(value.into());
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

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
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

    /// Sets `LaunchTemplateTagSpecification`.
    pub fn launch_template_tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.launch_template_tag_specification = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Metadata`.
    pub fn metadata(mut self, value: crate::models::Metadata) -> Self {
        self.metadata = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TemplateDataModifyAction`.
    pub fn template_data_modify_action(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_data_modify_action = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for CreateLaunchTemplateRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateLaunchTemplateRequest",
            &[
                ("launch_template_name", d::req(&self.launch_template_name)),
                ("placement", d::req(&self.placement)),
                ("image_id", d::req(&self.image_id)),
                (
                    "launch_template_version_description",
                    d::opt(&self.launch_template_version_description),
                ),
                ("instance_type", d::opt(&self.instance_type)),
                ("system_disk", d::opt(&self.system_disk)),
                ("data_disks", d::opt(&self.data_disks)),
                ("virtual_private_cloud", d::opt(&self.virtual_private_cloud)),
                ("internet_accessible", d::opt(&self.internet_accessible)),
                ("instance_count", d::opt(&self.instance_count)),
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
                ("dry_run", d::opt(&self.dry_run)),
                ("cam_role_name", d::opt(&self.cam_role_name)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                (
                    "instance_charge_prepaid",
                    d::opt(&self.instance_charge_prepaid),
                ),
                (
                    "disable_api_termination",
                    d::opt(&self.disable_api_termination),
                ),
                ("enable_jumbo_frame", d::opt(&self.enable_jumbo_frame)),
                (
                    "launch_template_tag_specification",
                    d::opt(&self.launch_template_tag_specification),
                ),
                ("metadata", d::opt(&self.metadata)),
                (
                    "template_data_modify_action",
                    d::opt(&self.template_data_modify_action),
                ),
                ("network_interfaces", d::opt(&self.network_interfaces)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateLaunchTemplateRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LaunchTemplateName",
            "Placement",
            "ImageId",
            "LaunchTemplateVersionDescription",
            "InstanceType",
            "SystemDisk",
            "DataDisks",
            "VirtualPrivateCloud",
            "InternetAccessible",
            "InstanceCount",
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
            "DryRun",
            "CamRoleName",
            "HpcClusterId",
            "InstanceChargeType",
            "InstanceChargePrepaid",
            "DisableApiTermination",
            "EnableJumboFrame",
            "LaunchTemplateTagSpecification",
            "Metadata",
            "TemplateDataModifyAction",
            "NetworkInterfaces",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 33] = ::yun_core::json::member_order();
        let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_placement: ::std::option::Option<crate::models::Placement> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_version_description: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk: ::std::option::Option<crate::models::SystemDisk> =
            ::std::option::Option::None;
        let mut m_data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>> =
            ::std::option::Option::None;
        let mut m_virtual_private_cloud: ::std::option::Option<crate::models::VirtualPrivateCloud> =
            ::std::option::Option::None;
        let mut m_internet_accessible: ::std::option::Option<crate::models::InternetAccessible> =
            ::std::option::Option::None;
        let mut m_instance_count: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_login_settings: ::std::option::Option<crate::models::LoginSettings> =
            ::std::option::Option::None;
        let mut m_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_enhanced_service: ::std::option::Option<crate::models::EnhancedService> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_action_timer: ::std::option::Option<crate::models::ActionTimer> =
            ::std::option::Option::None;
        let mut m_disaster_recover_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut m_instance_market_options: ::std::option::Option<
            crate::models::InstanceMarketOptionsRequest,
        > = ::std::option::Option::None;
        let mut m_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_cam_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_prepaid: ::std::option::Option<
            crate::models::InstanceChargePrepaid,
        > = ::std::option::Option::None;
        let mut m_disable_api_termination: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_enable_jumbo_frame: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_launch_template_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut m_metadata: ::std::option::Option<crate::models::Metadata> =
            ::std::option::Option::None;
        let mut m_template_data_modify_action: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interfaces: ::std::option::Option<
            ::std::vec::Vec<crate::models::NetworkInterfaces>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_launch_template_name = r.decode()?,
                1 => m_placement = r.decode()?,
                2 => m_image_id = r.decode()?,
                3 => m_launch_template_version_description = r.decode()?,
                4 => m_instance_type = r.decode()?,
                5 => m_system_disk = r.decode()?,
                6 => m_data_disks = r.decode()?,
                7 => m_virtual_private_cloud = r.decode()?,
                8 => m_internet_accessible = r.decode()?,
                9 => m_instance_count = r.decode()?,
                10 => m_instance_name = r.decode()?,
                11 => m_login_settings = r.decode()?,
                12 => m_security_group_ids = r.decode()?,
                13 => m_enhanced_service = r.decode()?,
                14 => m_client_token = r.decode()?,
                15 => m_host_name = r.decode()?,
                16 => m_action_timer = r.decode()?,
                17 => m_disaster_recover_group_ids = r.decode()?,
                18 => m_tag_specification = r.decode()?,
                19 => m_instance_market_options = r.decode()?,
                20 => m_user_data = r.decode()?,
                21 => m_dry_run = r.decode()?,
                22 => m_cam_role_name = r.decode()?,
                23 => m_hpc_cluster_id = r.decode()?,
                24 => m_instance_charge_type = r.decode()?,
                25 => m_instance_charge_prepaid = r.decode()?,
                26 => m_disable_api_termination = r.decode()?,
                27 => m_enable_jumbo_frame = r.decode()?,
                28 => m_launch_template_tag_specification = r.decode()?,
                29 => m_metadata = r.decode()?,
                30 => m_template_data_modify_action = r.decode()?,
                31 => m_network_interfaces = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateLaunchTemplateRequest {
            launch_template_name: m_launch_template_name
                .ok_or_else(|| r.missing("LaunchTemplateName"))?,
            placement: m_placement.ok_or_else(|| r.missing("Placement"))?,
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            launch_template_version_description: m_launch_template_version_description,
            instance_type: m_instance_type,
            system_disk: m_system_disk,
            data_disks: m_data_disks,
            virtual_private_cloud: m_virtual_private_cloud,
            internet_accessible: m_internet_accessible,
            instance_count: m_instance_count,
            instance_name: m_instance_name,
            login_settings: m_login_settings,
            security_group_ids: m_security_group_ids,
            enhanced_service: m_enhanced_service,
            client_token: m_client_token,
            host_name: m_host_name,
            action_timer: m_action_timer,
            disaster_recover_group_ids: m_disaster_recover_group_ids,
            tag_specification: m_tag_specification,
            instance_market_options: m_instance_market_options,
            user_data: m_user_data,
            dry_run: m_dry_run,
            cam_role_name: m_cam_role_name,
            hpc_cluster_id: m_hpc_cluster_id,
            instance_charge_type: m_instance_charge_type,
            instance_charge_prepaid: m_instance_charge_prepaid,
            disable_api_termination: m_disable_api_termination,
            enable_jumbo_frame: m_enable_jumbo_frame,
            launch_template_tag_specification: m_launch_template_tag_specification,
            metadata: m_metadata,
            template_data_modify_action: m_template_data_modify_action,
            network_interfaces: m_network_interfaces,
        })
    }
}

/// The response of [`Client::create_launch_template`](crate::Client::create_launch_template) (`CreateLaunchTemplate`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateLaunchTemplateResponse {
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-a5n1305lo`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
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
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateLaunchTemplateResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateLaunchTemplateResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
