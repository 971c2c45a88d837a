//! Objects shared by the operations' requests and responses.

/// The `AccountQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for AccountQuota {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PostPaidQuotaSet",
            "PrePaidQuotaSet",
            "SpotPaidQuotaSet",
            "ImageQuotaSet",
            "DisasterRecoverGroupQuotaSet",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = AccountQuota::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.post_paid_quota_set = r.decode()?,
                1 => out.pre_paid_quota_set = r.decode()?,
                2 => out.spot_paid_quota_set = r.decode()?,
                3 => out.image_quota_set = r.decode()?,
                4 => out.disaster_recover_group_quota_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AccountQuotaOverview` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccountQuotaOverview {
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::yun_core::Text>,
    /// `AccountQuota`.
    #[serde(
        rename = "AccountQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_quota: ::std::option::Option<crate::models::AccountQuota>,
}

impl ::yun_core::json::Decode for AccountQuotaOverview {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Region", "AccountQuota"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AccountQuotaOverview::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.region = r.decode()?,
                1 => out.account_quota = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ActionTimer` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ActionTimer {
    /// `TimerAction`.
    #[serde(
        rename = "TimerAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timer_action: ::std::option::Option<::yun_core::Text>,
    /// `ActionTime`.
    #[serde(
        rename = "ActionTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_time: ::std::option::Option<::yun_core::Text>,
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
    pub action_timer_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
}

impl ActionTimer {
    /// An empty `ActionTimer`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            timer_action: ::std::option::Option::None,
            action_time: ::std::option::Option::None,
            externals: ::std::option::Option::None,
            action_timer_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
    }

    /// Sets `TimerAction`.
    pub fn timer_action(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.timer_action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ActionTime`.
    pub fn action_time(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.action_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Externals`.
    pub fn externals(mut self, value: crate::models::Externals) -> Self {
        self.externals = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ActionTimerId`.
    pub fn action_timer_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.action_timer_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for ActionTimer {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "TimerAction",
            "ActionTime",
            "Externals",
            "ActionTimerId",
            "Status",
            "InstanceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = ActionTimer::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.timer_action = r.decode()?,
                1 => out.action_time = r.decode()?,
                2 => out.externals = r.decode()?,
                3 => out.action_timer_id = r.decode()?,
                4 => out.status = r.decode()?,
                5 => out.instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Attribute` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Attribute {
    /// `UserData`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for Attribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["UserData"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Attribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.user_data = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ChargePrepaid` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for ChargePrepaid {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Period", "RenewFlag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_period: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut m_renew_flag: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_period = r.decode()?,
                1 => m_renew_flag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ChargePrepaid {
            period: m_period.ok_or_else(|| r.missing("Period"))?,
            renew_flag: m_renew_flag,
        })
    }
}

/// The `ChcDeployExtraConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ChcDeployExtraConfig {
    /// `MiniOsType`.
    #[serde(
        rename = "MiniOsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mini_os_type: ::std::option::Option<::yun_core::Text>,
    /// `BootType`.
    #[serde(
        rename = "BootType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_type: ::std::option::Option<::yun_core::Text>,
    /// `BootFile`.
    #[serde(
        rename = "BootFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_file: ::std::option::Option<::yun_core::Text>,
    /// `NextServerAddress`.
    #[serde(
        rename = "NextServerAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_server_address: ::std::option::Option<::yun_core::Text>,
}

impl ChcDeployExtraConfig {
    /// A `ChcDeployExtraConfig` with its required members: `MiniOsType`, `BootType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        mini_os_type: impl ::std::convert::Into<::yun_core::Text>,
        boot_type: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        Self {
            mini_os_type: ::std::option::Option::Some(mini_os_type.into()),
            boot_type: ::std::option::Option::Some(boot_type.into()),
            boot_file: ::std::option::Option::None,
            next_server_address: ::std::option::Option::None,
        }
    }

    /// Sets `MiniOsType`.
    pub fn mini_os_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.mini_os_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BootType`.
    pub fn boot_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.boot_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BootFile`.
    pub fn boot_file(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.boot_file = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NextServerAddress`.
    pub fn next_server_address(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.next_server_address = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for ChcDeployExtraConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MiniOsType", "BootType", "BootFile", "NextServerAddress"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ChcDeployExtraConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.mini_os_type = r.decode()?,
                1 => out.boot_type = r.decode()?,
                2 => out.boot_file = r.decode()?,
                3 => out.next_server_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ChcHost` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ChcHost {
    /// `ChcId`.
    #[serde(
        rename = "ChcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `SerialNumber`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::yun_core::Text>,
    /// `InstanceState`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::yun_core::Text>,
    /// `DeviceType`.
    #[serde(
        rename = "DeviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::yun_core::Text>,
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
    pub bmc_ip: ::std::option::Option<::yun_core::Text>,
    /// `BmcSecurityGroupIds`.
    #[serde(
        rename = "BmcSecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_security_group_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
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
    pub deploy_ip: ::std::option::Option<::yun_core::Text>,
    /// `DeploySecurityGroupIds`.
    #[serde(
        rename = "DeploySecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_security_group_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CvmInstanceId`.
    #[serde(
        rename = "CvmInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_instance_id: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `HardwareDescription`.
    #[serde(
        rename = "HardwareDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hardware_description: ::std::option::Option<::yun_core::Text>,
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
    pub disk: ::std::option::Option<::yun_core::Text>,
    /// `BmcMAC`.
    #[serde(
        rename = "BmcMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_mac: ::std::option::Option<::yun_core::Text>,
    /// `DeployMAC`.
    #[serde(
        rename = "DeployMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_mac: ::std::option::Option<::yun_core::Text>,
    /// `TenantType`.
    #[serde(
        rename = "TenantType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_type: ::std::option::Option<::yun_core::Text>,
    /// `DeployExtraConfig`.
    #[serde(
        rename = "DeployExtraConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_extra_config: ::std::option::Option<crate::models::ChcDeployExtraConfig>,
    /// `Gpu`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<::yun_core::Text>,
    /// `NetworkCard`.
    #[serde(
        rename = "NetworkCard",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card: ::std::option::Option<::yun_core::Text>,
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
    pub chc_instance_type: ::std::option::Option<::yun_core::Text>,
    /// `ChcInstanceFamily`.
    #[serde(
        rename = "ChcInstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family: ::std::option::Option<::yun_core::Text>,
    /// `ChcInstanceFamilyName`.
    #[serde(
        rename = "ChcInstanceFamilyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family_name: ::std::option::Option<::yun_core::Text>,
    /// `ResaleAppId`.
    #[serde(
        rename = "ResaleAppId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_app_id: ::std::option::Option<::yun_core::Text>,
    /// `ResaleAccountId`.
    #[serde(
        rename = "ResaleAccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_account_id: ::std::option::Option<::yun_core::Text>,
    /// `SaleStatus`.
    #[serde(
        rename = "SaleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sale_status: ::std::option::Option<::yun_core::Text>,
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
    pub latest_operation: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationErrorCode`.
    #[serde(
        rename = "LatestOperationErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_error_code: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationErrorMsg`.
    #[serde(
        rename = "LatestOperationErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_error_msg: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationName`.
    #[serde(
        rename = "LatestOperationName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_name: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationState`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::yun_core::Text>,
    /// `ChcGatewayId`.
    #[serde(
        rename = "ChcGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_gateway_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedClusterId`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `NetworkMode`.
    #[serde(
        rename = "NetworkMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_mode: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for ChcHost {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ChcId",
            "InstanceName",
            "SerialNumber",
            "InstanceState",
            "DeviceType",
            "Placement",
            "BmcVirtualPrivateCloud",
            "BmcIp",
            "BmcSecurityGroupIds",
            "DeployVirtualPrivateCloud",
            "DeployIp",
            "DeploySecurityGroupIds",
            "CvmInstanceId",
            "CreatedTime",
            "HardwareDescription",
            "CPU",
            "Memory",
            "Disk",
            "BmcMAC",
            "DeployMAC",
            "TenantType",
            "DeployExtraConfig",
            "Gpu",
            "NetworkCard",
            "IsPredefinedType",
            "ChcInstanceType",
            "ChcInstanceFamily",
            "ChcInstanceFamilyName",
            "ResaleAppId",
            "ResaleAccountId",
            "SaleStatus",
            "Tags",
            "LatestOperation",
            "LatestOperationErrorCode",
            "LatestOperationErrorMsg",
            "LatestOperationName",
            "LatestOperationState",
            "ChcGatewayId",
            "DedicatedClusterId",
            "NetworkMode",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 41] = ::yun_core::json::member_order();
        let mut out = ChcHost::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.chc_id = r.decode()?,
                1 => out.instance_name = r.decode()?,
                2 => out.serial_number = r.decode()?,
                3 => out.instance_state = r.decode()?,
                4 => out.device_type = r.decode()?,
                5 => out.placement = r.decode()?,
                6 => out.bmc_virtual_private_cloud = r.decode()?,
                7 => out.bmc_ip = r.decode()?,
                8 => out.bmc_security_group_ids = r.decode()?,
                9 => out.deploy_virtual_private_cloud = r.decode()?,
                10 => out.deploy_ip = r.decode()?,
                11 => out.deploy_security_group_ids = r.decode()?,
                12 => out.cvm_instance_id = r.decode()?,
                13 => out.created_time = r.decode()?,
                14 => out.hardware_description = r.decode()?,
                15 => out.cpu = r.decode()?,
                16 => out.memory = r.decode()?,
                17 => out.disk = r.decode()?,
                18 => out.bmc_mac = r.decode()?,
                19 => out.deploy_mac = r.decode()?,
                20 => out.tenant_type = r.decode()?,
                21 => out.deploy_extra_config = r.decode()?,
                22 => out.gpu = r.decode()?,
                23 => out.network_card = r.decode()?,
                24 => out.is_predefined_type = r.decode()?,
                25 => out.chc_instance_type = r.decode()?,
                26 => out.chc_instance_family = r.decode()?,
                27 => out.chc_instance_family_name = r.decode()?,
                28 => out.resale_app_id = r.decode()?,
                29 => out.resale_account_id = r.decode()?,
                30 => out.sale_status = r.decode()?,
                31 => out.tags = r.decode()?,
                32 => out.latest_operation = r.decode()?,
                33 => out.latest_operation_error_code = r.decode()?,
                34 => out.latest_operation_error_msg = r.decode()?,
                35 => out.latest_operation_name = r.decode()?,
                36 => out.latest_operation_state = r.decode()?,
                37 => out.chc_gateway_id = r.decode()?,
                38 => out.dedicated_cluster_id = r.decode()?,
                39 => out.network_mode = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ChcHostDeniedActions` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ChcHostDeniedActions {
    /// `ChcId`.
    #[serde(
        rename = "ChcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_id: ::std::option::Option<::yun_core::Text>,
    /// `State`.
    #[serde(
        rename = "State",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<::yun_core::Text>,
    /// `DenyActions`.
    #[serde(
        rename = "DenyActions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deny_actions: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::yun_core::json::Decode for ChcHostDeniedActions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ChcId", "State", "DenyActions"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ChcHostDeniedActions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.chc_id = r.decode()?,
                1 => out.state = r.decode()?,
                2 => out.deny_actions = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CpuTopology` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl CpuTopology {
    /// An empty `CpuTopology`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            core_count: ::std::option::Option::None,
            thread_per_core: ::std::option::Option::None,
        }
    }

    /// Sets `CoreCount`.
    pub fn core_count(mut self, value: i64) -> Self {
        self.core_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ThreadPerCore`.
    pub fn thread_per_core(mut self, value: i64) -> Self {
        self.thread_per_core = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for CpuTopology {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CoreCount", "ThreadPerCore"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CpuTopology::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.core_count = r.decode()?,
                1 => out.thread_per_core = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DataDisk` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub disk_type: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
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
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
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
    pub kms_key_id: ::std::option::Option<::yun_core::Text>,
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
    pub cdc_id: ::std::option::Option<::yun_core::Text>,
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
    pub disk_name: ::std::option::Option<::yun_core::Text>,
}

impl DataDisk {
    /// A `DataDisk` with its required members: `DiskSize`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disk_size: i64) -> Self {
        Self {
            disk_size: ::std::option::Option::Some(disk_size),
            disk_type: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            delete_with_instance: ::std::option::Option::None,
            snapshot_id: ::std::option::Option::None,
            encrypt: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            throughput_performance: ::std::option::Option::None,
            cdc_id: ::std::option::Option::None,
            burst_performance: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
        }
    }

    /// Sets `DiskSize`.
    pub fn disk_size(mut self, value: i64) -> Self {
        self.disk_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DiskType`.
    pub fn disk_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.disk_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SnapshotId`.
    pub fn snapshot_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.snapshot_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Encrypt`.
    pub fn encrypt(mut self, value: bool) -> Self {
        self.encrypt = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ThroughputPerformance`.
    pub fn throughput_performance(mut self, value: i64) -> Self {
        self.throughput_performance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CdcId`.
    pub fn cdc_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.cdc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BurstPerformance`.
    pub fn burst_performance(mut self, value: bool) -> Self {
        self.burst_performance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DiskName`.
    pub fn disk_name(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.disk_name = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for DataDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiskSize",
            "DiskType",
            "DiskId",
            "DeleteWithInstance",
            "SnapshotId",
            "Encrypt",
            "KmsKeyId",
            "ThroughputPerformance",
            "CdcId",
            "BurstPerformance",
            "DiskName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = DataDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_size = r.decode()?,
                1 => out.disk_type = r.decode()?,
                2 => out.disk_id = r.decode()?,
                3 => out.delete_with_instance = r.decode()?,
                4 => out.snapshot_id = r.decode()?,
                5 => out.encrypt = r.decode()?,
                6 => out.kms_key_id = r.decode()?,
                7 => out.throughput_performance = r.decode()?,
                8 => out.cdc_id = r.decode()?,
                9 => out.burst_performance = r.decode()?,
                10 => out.disk_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DisasterRecoverGroup` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisasterRecoverGroup {
    /// `DisasterRecoverGroupId`.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
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
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
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
    pub strategy: ::std::option::Option<::yun_core::Text>,
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

impl ::yun_core::json::Decode for DisasterRecoverGroup {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DisasterRecoverGroupId",
            "Name",
            "Type",
            "CvmQuotaTotal",
            "CurrentNum",
            "InstanceIds",
            "CreateTime",
            "Affinity",
            "Strategy",
            "PartitionCount",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = DisasterRecoverGroup::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disaster_recover_group_id = r.decode()?,
                1 => out.name = r.decode()?,
                2 => out.r#type = r.decode()?,
                3 => out.cvm_quota_total = r.decode()?,
                4 => out.current_num = r.decode()?,
                5 => out.instance_ids = r.decode()?,
                6 => out.create_time = r.decode()?,
                7 => out.affinity = r.decode()?,
                8 => out.strategy = r.decode()?,
                9 => out.partition_count = r.decode()?,
                10 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DisasterRecoverGroupQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for DisasterRecoverGroupQuota {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "GroupQuota",
            "CurrentNum",
            "CvmInHostGroupQuota",
            "CvmInSwitchGroupQuota",
            "CvmInRackGroupQuota",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DisasterRecoverGroupQuota::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.group_quota = r.decode()?,
                1 => out.current_num = r.decode()?,
                2 => out.cvm_in_host_group_quota = r.decode()?,
                3 => out.cvm_in_switch_group_quota = r.decode()?,
                4 => out.cvm_in_rack_group_quota = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `EnhancedService` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl EnhancedService {
    /// An empty `EnhancedService`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            security_service: ::std::option::Option::None,
            monitor_service: ::std::option::Option::None,
            automation_service: ::std::option::Option::None,
        }
    }

    /// Sets `SecurityService`.
    pub fn security_service(mut self, value: crate::models::RunSecurityServiceEnabled) -> Self {
        self.security_service = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MonitorService`.
    pub fn monitor_service(mut self, value: crate::models::RunMonitorServiceEnabled) -> Self {
        self.monitor_service = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutomationService`.
    pub fn automation_service(mut self, value: crate::models::RunAutomationServiceEnabled) -> Self {
        self.automation_service = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for EnhancedService {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SecurityService", "MonitorService", "AutomationService"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = EnhancedService::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.security_service = r.decode()?,
                1 => out.monitor_service = r.decode()?,
                2 => out.automation_service = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Externals` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub unsupport_networks: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `StorageBlockAttr`.
    #[serde(
        rename = "StorageBlockAttr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_block_attr: ::std::option::Option<crate::models::StorageBlock>,
}

impl Externals {
    /// An empty `Externals`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            release_address: ::std::option::Option::None,
            unsupport_networks: ::std::option::Option::None,
            storage_block_attr: ::std::option::Option::None,
        }
    }

    /// Sets `ReleaseAddress`.
    pub fn release_address(mut self, value: bool) -> Self {
        self.release_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets `UnsupportNetworks`.
    pub fn unsupport_networks(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::yun_core::Text>>,
    ) -> Self {
        self.unsupport_networks = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `StorageBlockAttr`.
    pub fn storage_block_attr(mut self, value: crate::models::StorageBlock) -> Self {
        self.storage_block_attr = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for Externals {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ReleaseAddress", "UnsupportNetworks", "StorageBlockAttr"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Externals::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.release_address = r.decode()?,
                1 => out.unsupport_networks = r.decode()?,
                2 => out.storage_block_attr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Filter` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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
        values: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        Self {
            name: name.into(),
            values: values.into_iter().map(::std::convert::Into::into).collect(),
        }
    }
}

impl ::yun_core::json::Decode for Filter {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Name", "Values"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_values: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_name = r.decode()?,
                1 => m_values = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(Filter {
            name: m_name.ok_or_else(|| r.missing("Name"))?,
            values: m_values.ok_or_else(|| r.missing("Values"))?,
        })
    }
}

/// The `GPUInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub gpu_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `GPUType`.
    #[serde(
        rename = "GPUType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_type: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for GpuInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["GPUCount", "GPUId", "GPUType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = GpuInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.gpu_count = r.decode()?,
                1 => out.gpu_id = r.decode()?,
                2 => out.gpu_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HostItem` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub host_id: ::std::option::Option<::yun_core::Text>,
    /// `HostType`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::yun_core::Text>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `HostChargeType`.
    #[serde(
        rename = "HostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `HostState`.
    #[serde(
        rename = "HostState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_state: ::std::option::Option<::yun_core::Text>,
    /// `HostIp`.
    #[serde(
        rename = "HostIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_ip: ::std::option::Option<::yun_core::Text>,
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
    pub cage_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl ::yun_core::json::Decode for HostItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Placement",
            "HostId",
            "HostType",
            "HostName",
            "HostChargeType",
            "RenewFlag",
            "CreatedTime",
            "ExpiredTime",
            "InstanceIds",
            "HostState",
            "HostIp",
            "HostResource",
            "CageId",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut out = HostItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.placement = r.decode()?,
                1 => out.host_id = r.decode()?,
                2 => out.host_type = r.decode()?,
                3 => out.host_name = r.decode()?,
                4 => out.host_charge_type = r.decode()?,
                5 => out.renew_flag = r.decode()?,
                6 => out.created_time = r.decode()?,
                7 => out.expired_time = r.decode()?,
                8 => out.instance_ids = r.decode()?,
                9 => out.host_state = r.decode()?,
                10 => out.host_ip = r.decode()?,
                11 => out.host_resource = r.decode()?,
                12 => out.cage_id = r.decode()?,
                13 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HostPriceInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HostPriceInfo {
    /// `HostPrice`.
    #[serde(
        rename = "HostPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_price: ::std::option::Option<crate::models::ItemPrice>,
}

impl ::yun_core::json::Decode for HostPriceInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HostPrice"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = HostPriceInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.host_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HostResource` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub disk_type: ::std::option::Option<::yun_core::Text>,
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
    pub exclusive_owner: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for HostResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CpuTotal",
            "CpuAvailable",
            "MemTotal",
            "MemAvailable",
            "DiskTotal",
            "DiskAvailable",
            "DiskType",
            "GpuTotal",
            "GpuAvailable",
            "ExclusiveOwner",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = HostResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cpu_total = r.decode()?,
                1 => out.cpu_available = r.decode()?,
                2 => out.mem_total = r.decode()?,
                3 => out.mem_available = r.decode()?,
                4 => out.disk_total = r.decode()?,
                5 => out.disk_available = r.decode()?,
                6 => out.disk_type = r.decode()?,
                7 => out.gpu_total = r.decode()?,
                8 => out.gpu_available = r.decode()?,
                9 => out.exclusive_owner = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HpcClusterInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HpcClusterInfo {
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Remark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::yun_core::Text>,
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
    pub zone: ::std::option::Option<::yun_core::Text>,
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
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `HpcClusterType`.
    #[serde(
        rename = "HpcClusterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_type: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterBusinessId`.
    #[serde(
        rename = "HpcClusterBusinessId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_business_id: ::std::option::Option<::yun_core::Text>,
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

impl ::yun_core::json::Decode for HpcClusterInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "HpcClusterId",
            "Name",
            "Remark",
            "CvmQuotaTotal",
            "Zone",
            "CurrentNum",
            "CreateTime",
            "InstanceIds",
            "HpcClusterType",
            "HpcClusterBusinessId",
            "HpcClusterNetMode",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = HpcClusterInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.hpc_cluster_id = r.decode()?,
                1 => out.name = r.decode()?,
                2 => out.remark = r.decode()?,
                3 => out.cvm_quota_total = r.decode()?,
                4 => out.zone = r.decode()?,
                5 => out.current_num = r.decode()?,
                6 => out.create_time = r.decode()?,
                7 => out.instance_ids = r.decode()?,
                8 => out.hpc_cluster_type = r.decode()?,
                9 => out.hpc_cluster_business_id = r.decode()?,
                10 => out.hpc_cluster_net_mode = r.decode()?,
                11 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Image` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Image {
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `ImageType`.
    #[serde(
        rename = "ImageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_type: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `ImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::yun_core::Text>,
    /// `ImageDescription`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::yun_core::Text>,
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
    pub architecture: ::std::option::Option<::yun_core::Text>,
    /// `ImageState`.
    #[serde(
        rename = "ImageState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_state: ::std::option::Option<::yun_core::Text>,
    /// `Platform`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::yun_core::Text>,
    /// `ImageCreator`.
    #[serde(
        rename = "ImageCreator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_creator: ::std::option::Option<::yun_core::Text>,
    /// `ImageSource`.
    #[serde(
        rename = "ImageSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_source: ::std::option::Option<::yun_core::Text>,
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
    pub license_type: ::std::option::Option<::yun_core::Text>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::yun_core::Text>,
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
    pub cdc_cache_status: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for Image {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImageId",
            "OsName",
            "ImageType",
            "CreatedTime",
            "ImageName",
            "ImageDescription",
            "ImageSize",
            "Architecture",
            "ImageState",
            "Platform",
            "ImageCreator",
            "ImageSource",
            "SyncPercent",
            "IsSupportCloudinit",
            "SnapshotSet",
            "Tags",
            "LicenseType",
            "ImageFamily",
            "ImageDeprecated",
            "CdcCacheStatus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 21] = ::yun_core::json::member_order();
        let mut out = Image::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_id = r.decode()?,
                1 => out.os_name = r.decode()?,
                2 => out.image_type = r.decode()?,
                3 => out.created_time = r.decode()?,
                4 => out.image_name = r.decode()?,
                5 => out.image_description = r.decode()?,
                6 => out.image_size = r.decode()?,
                7 => out.architecture = r.decode()?,
                8 => out.image_state = r.decode()?,
                9 => out.platform = r.decode()?,
                10 => out.image_creator = r.decode()?,
                11 => out.image_source = r.decode()?,
                12 => out.sync_percent = r.decode()?,
                13 => out.is_support_cloudinit = r.decode()?,
                14 => out.snapshot_set = r.decode()?,
                15 => out.tags = r.decode()?,
                16 => out.license_type = r.decode()?,
                17 => out.image_family = r.decode()?,
                18 => out.image_deprecated = r.decode()?,
                19 => out.cdc_cache_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImageOsList` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageOsList {
    /// `Windows`.
    #[serde(
        rename = "Windows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub windows: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Linux`.
    #[serde(
        rename = "Linux",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub linux: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::yun_core::json::Decode for ImageOsList {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Windows", "Linux"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ImageOsList::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.windows = r.decode()?,
                1 => out.linux = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImageQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for ImageQuota {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["UsedQuota", "TotalQuota"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ImageQuota::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.used_quota = r.decode()?,
                1 => out.total_quota = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImportImageDataDisk` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for ImportImageDataDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageUrl"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_url = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ImportImageDataDisk {
            image_url: m_image_url.ok_or_else(|| r.missing("ImageUrl"))?,
        })
    }
}

/// The `Instance` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
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
    pub restrict_state: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
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
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `PublicIpAddresses`.
    #[serde(
        rename = "PublicIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
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
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
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
    pub instance_state: ::std::option::Option<::yun_core::Text>,
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
    pub stop_charging_mode: ::std::option::Option<::yun_core::Text>,
    /// `Uuid`.
    #[serde(
        rename = "Uuid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uuid: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperation`.
    #[serde(
        rename = "LatestOperation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationState`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationRequestId`.
    #[serde(
        rename = "LatestOperationRequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_request_id: ::std::option::Option<::yun_core::Text>,
    /// `DisasterRecoverGroupId`. Deprecated by the vendor.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::yun_core::Text>,
    /// `IPv6Addresses`.
    #[serde(
        rename = "IPv6Addresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv6_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CamRoleName`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `RdmaIpAddresses`.
    #[serde(
        rename = "RdmaIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `DedicatedClusterId`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `IsolatedSource`.
    #[serde(
        rename = "IsolatedSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub isolated_source: ::std::option::Option<::yun_core::Text>,
    /// `DisasterRecoverGroupIds`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
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
    pub license_type: ::std::option::Option<::yun_core::Text>,
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
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `DefaultLoginUser`.
    #[serde(
        rename = "DefaultLoginUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_login_user: ::std::option::Option<::yun_core::Text>,
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
    pub latest_operation_error_msg: ::std::option::Option<::yun_core::Text>,
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
    pub public_i_pv6_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
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

impl ::yun_core::json::Decode for Instance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Placement",
            "InstanceId",
            "InstanceType",
            "CPU",
            "Memory",
            "RestrictState",
            "InstanceName",
            "InstanceChargeType",
            "SystemDisk",
            "DataDisks",
            "PrivateIpAddresses",
            "PublicIpAddresses",
            "InternetAccessible",
            "VirtualPrivateCloud",
            "ImageId",
            "RenewFlag",
            "CreatedTime",
            "ExpiredTime",
            "OsName",
            "SecurityGroupIds",
            "LoginSettings",
            "InstanceState",
            "Tags",
            "StopChargingMode",
            "Uuid",
            "LatestOperation",
            "LatestOperationState",
            "LatestOperationRequestId",
            "DisasterRecoverGroupId",
            "IPv6Addresses",
            "CamRoleName",
            "HpcClusterId",
            "RdmaIpAddresses",
            "DedicatedClusterId",
            "IsolatedSource",
            "DisasterRecoverGroupIds",
            "GPUInfo",
            "LicenseType",
            "DisableApiTermination",
            "HostName",
            "DefaultLoginUser",
            "DefaultLoginPort",
            "LatestOperationErrorMsg",
            "EnableJumboFrame",
            "Metadata",
            "PublicIPv6Addresses",
            "CpuTopology",
            "PartitionNumber",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 49] = ::yun_core::json::member_order();
        let mut out = Instance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.placement = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.instance_type = r.decode()?,
                3 => out.cpu = r.decode()?,
                4 => out.memory = r.decode()?,
                5 => out.restrict_state = r.decode()?,
                6 => out.instance_name = r.decode()?,
                7 => out.instance_charge_type = r.decode()?,
                8 => out.system_disk = r.decode()?,
                9 => out.data_disks = r.decode()?,
                10 => out.private_ip_addresses = r.decode()?,
                11 => out.public_ip_addresses = r.decode()?,
                12 => out.internet_accessible = r.decode()?,
                13 => out.virtual_private_cloud = r.decode()?,
                14 => out.image_id = r.decode()?,
                15 => out.renew_flag = r.decode()?,
                16 => out.created_time = r.decode()?,
                17 => out.expired_time = r.decode()?,
                18 => out.os_name = r.decode()?,
                19 => out.security_group_ids = r.decode()?,
                20 => out.login_settings = r.decode()?,
                21 => out.instance_state = r.decode()?,
                22 => out.tags = r.decode()?,
                23 => out.stop_charging_mode = r.decode()?,
                24 => out.uuid = r.decode()?,
                25 => out.latest_operation = r.decode()?,
                26 => out.latest_operation_state = r.decode()?,
                27 => out.latest_operation_request_id = r.decode()?,
                28 => out.disaster_recover_group_id = r.decode()?,
                29 => out.i_pv6_addresses = r.decode()?,
                30 => out.cam_role_name = r.decode()?,
                31 => out.hpc_cluster_id = r.decode()?,
                32 => out.rdma_ip_addresses = r.decode()?,
                33 => out.dedicated_cluster_id = r.decode()?,
                34 => out.isolated_source = r.decode()?,
                35 => out.disaster_recover_group_ids = r.decode()?,
                36 => out.gpu_info = r.decode()?,
                37 => out.license_type = r.decode()?,
                38 => out.disable_api_termination = r.decode()?,
                39 => out.host_name = r.decode()?,
                40 => out.default_login_user = r.decode()?,
                41 => out.default_login_port = r.decode()?,
                42 => out.latest_operation_error_msg = r.decode()?,
                43 => out.enable_jumbo_frame = r.decode()?,
                44 => out.metadata = r.decode()?,
                45 => out.public_i_pv6_addresses = r.decode()?,
                46 => out.cpu_topology = r.decode()?,
                47 => out.partition_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceAttribute` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceAttribute {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Attributes`.
    #[serde(
        rename = "Attributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes: ::std::option::Option<crate::models::Attribute>,
}

impl ::yun_core::json::Decode for InstanceAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "Attributes"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.attributes = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceChargePrepaid` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub renew_flag: ::std::option::Option<::yun_core::Text>,
}

impl InstanceChargePrepaid {
    /// A `InstanceChargePrepaid` with its required members: `Period`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(period: i64) -> Self {
        Self {
            period: ::std::option::Option::Some(period),
            renew_flag: ::std::option::Option::None,
        }
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i64) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RenewFlag`.
    pub fn renew_flag(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.renew_flag = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for InstanceChargePrepaid {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Period", "RenewFlag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceChargePrepaid::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.period = r.decode()?,
                1 => out.renew_flag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceFamilyConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceFamilyConfig {
    /// `InstanceFamilyName`.
    #[serde(
        rename = "InstanceFamilyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for InstanceFamilyConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceFamilyName", "InstanceFamily"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceFamilyConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_family_name = r.decode()?,
                1 => out.instance_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceMarketOptionsRequest` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub market_type: ::std::option::Option<::yun_core::Text>,
}

impl InstanceMarketOptionsRequest {
    /// A `InstanceMarketOptionsRequest` with its required members: `SpotOptions`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(spot_options: crate::models::SpotMarketOptions) -> Self {
        Self {
            spot_options: ::std::option::Option::Some(spot_options),
            market_type: ::std::option::Option::None,
        }
    }

    /// Sets `SpotOptions`.
    pub fn spot_options(mut self, value: crate::models::SpotMarketOptions) -> Self {
        self.spot_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MarketType`.
    pub fn market_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.market_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for InstanceMarketOptionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SpotOptions", "MarketType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceMarketOptionsRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.spot_options = r.decode()?,
                1 => out.market_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceRefund` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRefund {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
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
    pub price_detail: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for InstanceRefund {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "Refunds", "PriceDetail"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = InstanceRefund::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.refunds = r.decode()?,
                2 => out.price_detail = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceStatus` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceStatus {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceState`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for InstanceStatus {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "InstanceState"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceStatus::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_id = r.decode()?,
                1 => out.instance_state = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypeConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeConfig {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
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
    pub gpu_type: ::std::option::Option<::yun_core::Text>,
    /// `GpuMemory`.
    #[serde(
        rename = "GpuMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_memory: ::std::option::Option<f64>,
}

impl ::yun_core::json::Decode for InstanceTypeConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Zone",
            "InstanceType",
            "InstanceFamily",
            "GPU",
            "CPU",
            "Memory",
            "FPGA",
            "GpuCount",
            "GpuType",
            "GpuMemory",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = InstanceTypeConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.zone = r.decode()?,
                1 => out.instance_type = r.decode()?,
                2 => out.instance_family = r.decode()?,
                3 => out.gpu = r.decode()?,
                4 => out.cpu = r.decode()?,
                5 => out.memory = r.decode()?,
                6 => out.fpga = r.decode()?,
                7 => out.gpu_count = r.decode()?,
                8 => out.gpu_type = r.decode()?,
                9 => out.gpu_memory = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypeConfigStatus` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeConfigStatus {
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Message`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `InstanceTypeConfig`.
    #[serde(
        rename = "InstanceTypeConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_config: ::std::option::Option<crate::models::InstanceTypeConfig>,
}

impl ::yun_core::json::Decode for InstanceTypeConfigStatus {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Status", "Message", "InstanceTypeConfig"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = InstanceTypeConfigStatus::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.status = r.decode()?,
                1 => out.message = r.decode()?,
                2 => out.instance_type_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypeQuotaItem` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeQuotaItem {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
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
    pub instance_family: ::std::option::Option<::yun_core::Text>,
    /// `TypeName`.
    #[serde(
        rename = "TypeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_name: ::std::option::Option<::yun_core::Text>,
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
    pub status: ::std::option::Option<::yun_core::Text>,
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
    pub sold_out_reason: ::std::option::Option<::yun_core::Text>,
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
    pub cpu_type: ::std::option::Option<::yun_core::Text>,
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
    pub remark: ::std::option::Option<::yun_core::Text>,
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
    pub frequency: ::std::option::Option<::yun_core::Text>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for InstanceTypeQuotaItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Zone",
            "InstanceType",
            "InstanceChargeType",
            "NetworkCard",
            "Externals",
            "Cpu",
            "Memory",
            "InstanceFamily",
            "TypeName",
            "LocalDiskTypeList",
            "Status",
            "Price",
            "SoldOutReason",
            "InstanceBandwidth",
            "InstancePps",
            "StorageBlockAmount",
            "CpuType",
            "Gpu",
            "Fpga",
            "Remark",
            "GpuCount",
            "Frequency",
            "StatusCategory",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 24] = ::yun_core::json::member_order();
        let mut out = InstanceTypeQuotaItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.zone = r.decode()?,
                1 => out.instance_type = r.decode()?,
                2 => out.instance_charge_type = r.decode()?,
                3 => out.network_card = r.decode()?,
                4 => out.externals = r.decode()?,
                5 => out.cpu = r.decode()?,
                6 => out.memory = r.decode()?,
                7 => out.instance_family = r.decode()?,
                8 => out.type_name = r.decode()?,
                9 => out.local_disk_type_list = r.decode()?,
                10 => out.status = r.decode()?,
                11 => out.price = r.decode()?,
                12 => out.sold_out_reason = r.decode()?,
                13 => out.instance_bandwidth = r.decode()?,
                14 => out.instance_pps = r.decode()?,
                15 => out.storage_block_amount = r.decode()?,
                16 => out.cpu_type = r.decode()?,
                17 => out.gpu = r.decode()?,
                18 => out.fpga = r.decode()?,
                19 => out.remark = r.decode()?,
                20 => out.gpu_count = r.decode()?,
                21 => out.frequency = r.decode()?,
                22 => out.status_category = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InternetAccessible` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InternetAccessible {
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
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
    pub bandwidth_package_id: ::std::option::Option<::yun_core::Text>,
    /// `InternetServiceProvider`.
    #[serde(
        rename = "InternetServiceProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_service_provider: ::std::option::Option<::yun_core::Text>,
    /// `IPv4AddressType`.
    #[serde(
        rename = "IPv4AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv4_address_type: ::std::option::Option<::yun_core::Text>,
    /// `IPv6AddressType`.
    #[serde(
        rename = "IPv6AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv6_address_type: ::std::option::Option<::yun_core::Text>,
    /// `AntiDDoSPackageId`.
    #[serde(
        rename = "AntiDDoSPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anti_d_do_s_package_id: ::std::option::Option<::yun_core::Text>,
}

impl InternetAccessible {
    /// An empty `InternetAccessible`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            internet_charge_type: ::std::option::Option::None,
            internet_max_bandwidth_out: ::std::option::Option::None,
            public_ip_assigned: ::std::option::Option::None,
            bandwidth_package_id: ::std::option::Option::None,
            internet_service_provider: ::std::option::Option::None,
            i_pv4_address_type: ::std::option::Option::None,
            i_pv6_address_type: ::std::option::Option::None,
            anti_d_do_s_package_id: ::std::option::Option::None,
        }
    }

    /// Sets `InternetChargeType`.
    pub fn internet_charge_type(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.internet_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i64) -> Self {
        self.internet_max_bandwidth_out = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PublicIpAssigned`.
    pub fn public_ip_assigned(mut self, value: bool) -> Self {
        self.public_ip_assigned = ::std::option::Option::Some(value);
        self
    }

    /// Sets `BandwidthPackageId`.
    pub fn bandwidth_package_id(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.bandwidth_package_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternetServiceProvider`.
    pub fn internet_service_provider(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.internet_service_provider = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IPv4AddressType`.
    pub fn i_pv4_address_type(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.i_pv4_address_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IPv6AddressType`.
    pub fn i_pv6_address_type(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.i_pv6_address_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AntiDDoSPackageId`.
    pub fn anti_d_do_s_package_id(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.anti_d_do_s_package_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for InternetAccessible {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InternetChargeType",
            "InternetMaxBandwidthOut",
            "PublicIpAssigned",
            "BandwidthPackageId",
            "InternetServiceProvider",
            "IPv4AddressType",
            "IPv6AddressType",
            "AntiDDoSPackageId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = InternetAccessible::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.internet_charge_type = r.decode()?,
                1 => out.internet_max_bandwidth_out = r.decode()?,
                2 => out.public_ip_assigned = r.decode()?,
                3 => out.bandwidth_package_id = r.decode()?,
                4 => out.internet_service_provider = r.decode()?,
                5 => out.i_pv4_address_type = r.decode()?,
                6 => out.i_pv6_address_type = r.decode()?,
                7 => out.anti_d_do_s_package_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InternetBandwidthConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InternetBandwidthConfig {
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `InternetAccessible`.
    #[serde(
        rename = "InternetAccessible",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_accessible: ::std::option::Option<crate::models::InternetAccessible>,
}

impl ::yun_core::json::Decode for InternetBandwidthConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["StartTime", "EndTime", "InternetAccessible"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = InternetBandwidthConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.start_time = r.decode()?,
                1 => out.end_time = r.decode()?,
                2 => out.internet_accessible = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InternetChargeTypeConfig` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InternetChargeTypeConfig {
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for InternetChargeTypeConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InternetChargeType", "Description"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InternetChargeTypeConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.internet_charge_type = r.decode()?,
                1 => out.description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ItemPrice` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub charge_unit: ::std::option::Option<::yun_core::Text>,
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

impl ::yun_core::json::Decode for ItemPrice {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "UnitPrice",
            "ChargeUnit",
            "OriginalPrice",
            "DiscountPrice",
            "Discount",
            "UnitPriceDiscount",
            "UnitPriceSecondStep",
            "UnitPriceDiscountSecondStep",
            "UnitPriceThirdStep",
            "UnitPriceDiscountThirdStep",
            "OriginalPriceThreeYear",
            "DiscountPriceThreeYear",
            "DiscountThreeYear",
            "OriginalPriceFiveYear",
            "DiscountPriceFiveYear",
            "DiscountFiveYear",
            "OriginalPriceOneYear",
            "DiscountPriceOneYear",
            "DiscountOneYear",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 20] = ::yun_core::json::member_order();
        let mut out = ItemPrice::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.unit_price = r.decode()?,
                1 => out.charge_unit = r.decode()?,
                2 => out.original_price = r.decode()?,
                3 => out.discount_price = r.decode()?,
                4 => out.discount = r.decode()?,
                5 => out.unit_price_discount = r.decode()?,
                6 => out.unit_price_second_step = r.decode()?,
                7 => out.unit_price_discount_second_step = r.decode()?,
                8 => out.unit_price_third_step = r.decode()?,
                9 => out.unit_price_discount_third_step = r.decode()?,
                10 => out.original_price_three_year = r.decode()?,
                11 => out.discount_price_three_year = r.decode()?,
                12 => out.discount_three_year = r.decode()?,
                13 => out.original_price_five_year = r.decode()?,
                14 => out.discount_price_five_year = r.decode()?,
                15 => out.discount_five_year = r.decode()?,
                16 => out.original_price_one_year = r.decode()?,
                17 => out.discount_price_one_year = r.decode()?,
                18 => out.discount_one_year = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `KeyPair` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct KeyPair {
    /// `KeyId`.
    #[serde(
        rename = "KeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_id: ::std::option::Option<::yun_core::Text>,
    /// `KeyName`.
    #[serde(
        rename = "KeyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::yun_core::Text>,
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
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `PublicKey`.
    #[serde(
        rename = "PublicKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_key: ::std::option::Option<::yun_core::Text>,
    /// `PrivateKey`.
    #[serde(
        rename = "PrivateKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_key: ::std::option::Option<::yun_core::Text>,
    /// `AssociatedInstanceIds`.
    #[serde(
        rename = "AssociatedInstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
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

impl ::yun_core::json::Decode for KeyPair {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "KeyId",
            "KeyName",
            "ProjectId",
            "Description",
            "PublicKey",
            "PrivateKey",
            "AssociatedInstanceIds",
            "CreatedTime",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = KeyPair::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key_id = r.decode()?,
                1 => out.key_name = r.decode()?,
                2 => out.project_id = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.public_key = r.decode()?,
                5 => out.private_key = r.decode()?,
                6 => out.associated_instance_ids = r.decode()?,
                7 => out.created_time = r.decode()?,
                8 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplate` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for LaunchTemplate {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateId", "LaunchTemplateVersion"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = LaunchTemplate::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_id = r.decode()?,
                1 => out.launch_template_version = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateName`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::yun_core::Text>,
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
    pub created_by: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for LaunchTemplateInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LatestVersionNumber",
            "LaunchTemplateId",
            "LaunchTemplateName",
            "DefaultVersionNumber",
            "LaunchTemplateVersionCount",
            "CreatedBy",
            "CreationTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.latest_version_number = r.decode()?,
                1 => out.launch_template_id = r.decode()?,
                2 => out.launch_template_name = r.decode()?,
                3 => out.default_version_number = r.decode()?,
                4 => out.launch_template_version_count = r.decode()?,
                5 => out.created_by = r.decode()?,
                6 => out.creation_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionData` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
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
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
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
    pub cam_role_name: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
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
    pub user_data: ::std::option::Option<::yun_core::Text>,
    /// `DisasterRecoverGroupIds`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
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
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `ClientToken`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::yun_core::Text>,
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

impl ::yun_core::json::Decode for LaunchTemplateVersionData {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Placement",
            "InstanceType",
            "InstanceName",
            "InstanceChargeType",
            "SystemDisk",
            "DataDisks",
            "InternetAccessible",
            "VirtualPrivateCloud",
            "ImageId",
            "SecurityGroupIds",
            "LoginSettings",
            "CamRoleName",
            "HpcClusterId",
            "InstanceCount",
            "EnhancedService",
            "UserData",
            "DisasterRecoverGroupIds",
            "ActionTimer",
            "InstanceMarketOptions",
            "HostName",
            "ClientToken",
            "InstanceChargePrepaid",
            "TagSpecification",
            "DisableApiTermination",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 25] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateVersionData::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.placement = r.decode()?,
                1 => out.instance_type = r.decode()?,
                2 => out.instance_name = r.decode()?,
                3 => out.instance_charge_type = r.decode()?,
                4 => out.system_disk = r.decode()?,
                5 => out.data_disks = r.decode()?,
                6 => out.internet_accessible = r.decode()?,
                7 => out.virtual_private_cloud = r.decode()?,
                8 => out.image_id = r.decode()?,
                9 => out.security_group_ids = r.decode()?,
                10 => out.login_settings = r.decode()?,
                11 => out.cam_role_name = r.decode()?,
                12 => out.hpc_cluster_id = r.decode()?,
                13 => out.instance_count = r.decode()?,
                14 => out.enhanced_service = r.decode()?,
                15 => out.user_data = r.decode()?,
                16 => out.disaster_recover_group_ids = r.decode()?,
                17 => out.action_timer = r.decode()?,
                18 => out.instance_market_options = r.decode()?,
                19 => out.host_name = r.decode()?,
                20 => out.client_token = r.decode()?,
                21 => out.instance_charge_prepaid = r.decode()?,
                22 => out.tag_specification = r.decode()?,
                23 => out.disable_api_termination = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersionInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
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
    pub launch_template_version_description: ::std::option::Option<::yun_core::Text>,
    /// `CreatedBy`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for LaunchTemplateVersionInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LaunchTemplateVersion",
            "LaunchTemplateVersionData",
            "CreationTime",
            "LaunchTemplateId",
            "IsDefaultVersion",
            "LaunchTemplateVersionDescription",
            "CreatedBy",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateVersionInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_version = r.decode()?,
                1 => out.launch_template_version_data = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.launch_template_id = r.decode()?,
                4 => out.is_default_version = r.decode()?,
                5 => out.launch_template_version_description = r.decode()?,
                6 => out.created_by = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LocalDiskType` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LocalDiskType {
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `PartitionType`.
    #[serde(
        rename = "PartitionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_type: ::std::option::Option<::yun_core::Text>,
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
    pub required: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for LocalDiskType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Type", "PartitionType", "MinSize", "MaxSize", "Required"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = LocalDiskType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.r#type = r.decode()?,
                1 => out.partition_type = r.decode()?,
                2 => out.min_size = r.decode()?,
                3 => out.max_size = r.decode()?,
                4 => out.required = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LoginSettings` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LoginSettings {
    /// `Password`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::yun_core::Text>,
    /// `KeyIds`.
    #[serde(
        rename = "KeyIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `KeepImageLogin`.
    #[serde(
        rename = "KeepImageLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub keep_image_login: ::std::option::Option<::yun_core::Text>,
}

impl LoginSettings {
    /// An empty `LoginSettings`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            password: ::std::option::Option::None,
            key_ids: ::std::option::Option::None,
            keep_image_login: ::std::option::Option::None,
        }
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `KeyIds`.
    pub fn key_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::yun_core::Text>>,
    ) -> Self {
        self.key_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `KeepImageLogin`.
    pub fn keep_image_login(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.keep_image_login = ::std::option::Option::Some(value.into());
        self
    }
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

impl ::yun_core::json::Decode for LoginSettings {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Password", "KeyIds", "KeepImageLogin"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = LoginSettings::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.password = r.decode()?,
                1 => out.key_ids = r.decode()?,
                2 => out.keep_image_login = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Metadata` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// `Items`.
    #[serde(
        rename = "Items",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items: ::std::option::Option<::std::vec::Vec<crate::models::MetadataItem>>,
}

impl Metadata {
    /// A `Metadata` with its required members: `Items`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(items: ::std::vec::Vec<crate::models::MetadataItem>) -> Self {
        Self {
            items: ::std::option::Option::Some(items),
        }
    }

    /// Sets `Items`.
    pub fn items(mut self, value: ::std::vec::Vec<crate::models::MetadataItem>) -> Self {
        self.items = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for Metadata {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Items"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Metadata::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.items = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MetadataItem` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetadataItem {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl MetadataItem {
    /// A `MetadataItem` with its required members: `Key`, `Value`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        key: impl ::std::convert::Into<::yun_core::Text>,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        Self {
            key: ::std::option::Option::Some(key.into()),
            value: ::std::option::Option::Some(value.into()),
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for MetadataItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Key", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = MetadataItem::default();
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

/// The `NetworkInterfaces` object.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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
    pub fn security_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for NetworkInterfaces {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InterfaceType",
            "VpcId",
            "SubnetId",
            "PrivateIpv4AddressCount",
            "NetworkInterfaceId",
            "SecurityGroupIds",
            "DeleteWithInstance",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_interface_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_subnet_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_ipv4_address_count: ::std::option::Option<i64> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_delete_with_instance: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_interface_type = r.decode()?,
                1 => m_vpc_id = r.decode()?,
                2 => m_subnet_id = r.decode()?,
                3 => m_private_ipv4_address_count = r.decode()?,
                4 => m_network_interface_id = r.decode()?,
                5 => m_security_group_ids = r.decode()?,
                6 => m_delete_with_instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(NetworkInterfaces {
            interface_type: m_interface_type.ok_or_else(|| r.missing("InterfaceType"))?,
            vpc_id: m_vpc_id.ok_or_else(|| r.missing("VpcId"))?,
            subnet_id: m_subnet_id.ok_or_else(|| r.missing("SubnetId"))?,
            private_ipv4_address_count: m_private_ipv4_address_count
                .ok_or_else(|| r.missing("PrivateIpv4AddressCount"))?,
            network_interface_id: m_network_interface_id,
            security_group_ids: m_security_group_ids,
            delete_with_instance: m_delete_with_instance,
        })
    }
}

/// The `OperationCountLimit` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationCountLimit {
    /// `Operation`.
    #[serde(
        rename = "Operation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
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

impl ::yun_core::json::Decode for OperationCountLimit {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Operation", "InstanceId", "CurrentCount", "LimitCount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = OperationCountLimit::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.operation = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.current_count = r.decode()?,
                3 => out.limit_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OsVersion` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OsVersion {
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `OsVersions`.
    #[serde(
        rename = "OsVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_versions: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Architecture`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::yun_core::json::Decode for OsVersion {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OsName", "OsVersions", "Architecture"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = OsVersion::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.os_name = r.decode()?,
                1 => out.os_versions = r.decode()?,
                2 => out.architecture = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Placement` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Placement {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
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
    pub host_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `HostId`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedResourcePackTenancy`.
    #[serde(
        rename = "DedicatedResourcePackTenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_tenancy: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedResourcePackIds`.
    #[serde(
        rename = "DedicatedResourcePackIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `RackId`.
    #[serde(
        rename = "RackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack_id: ::std::option::Option<::yun_core::Text>,
}

impl Placement {
    /// A `Placement` with its required members: `Zone`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(zone: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        Self {
            zone: ::std::option::Option::Some(zone.into()),
            project_id: ::std::option::Option::None,
            host_ids: ::std::option::Option::None,
            host_id: ::std::option::Option::None,
            dedicated_resource_pack_tenancy: ::std::option::Option::None,
            dedicated_resource_pack_ids: ::std::option::Option::None,
            rack_id: ::std::option::Option::None,
        }
    }

    /// Sets `Zone`.
    pub fn zone(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.zone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ProjectId`.
    pub fn project_id(mut self, value: i64) -> Self {
        self.project_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HostIds`.
    pub fn host_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::yun_core::Text>>,
    ) -> Self {
        self.host_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `HostId`.
    pub fn host_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.host_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedResourcePackTenancy`.
    pub fn dedicated_resource_pack_tenancy(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.dedicated_resource_pack_tenancy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedResourcePackIds`.
    pub fn dedicated_resource_pack_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::yun_core::Text>>,
    ) -> Self {
        self.dedicated_resource_pack_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `RackId`.
    pub fn rack_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.rack_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for Placement {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Zone",
            "ProjectId",
            "HostIds",
            "HostId",
            "DedicatedResourcePackTenancy",
            "DedicatedResourcePackIds",
            "RackId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = Placement::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.zone = r.decode()?,
                1 => out.project_id = r.decode()?,
                2 => out.host_ids = r.decode()?,
                3 => out.host_id = r.decode()?,
                4 => out.dedicated_resource_pack_tenancy = r.decode()?,
                5 => out.dedicated_resource_pack_ids = r.decode()?,
                6 => out.rack_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PostPaidQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for PostPaidQuota {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["UsedQuota", "RemainingQuota", "TotalQuota", "Zone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = PostPaidQuota::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.used_quota = r.decode()?,
                1 => out.remaining_quota = r.decode()?,
                2 => out.total_quota = r.decode()?,
                3 => out.zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PrePaidQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for PrePaidQuota {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "UsedQuota",
            "OnceQuota",
            "RemainingQuota",
            "TotalQuota",
            "Zone",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = PrePaidQuota::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.used_quota = r.decode()?,
                1 => out.once_quota = r.decode()?,
                2 => out.remaining_quota = r.decode()?,
                3 => out.total_quota = r.decode()?,
                4 => out.zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Price` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for Price {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstancePrice", "BandwidthPrice"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = Price::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_price = r.decode()?,
                1 => out.bandwidth_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RegionInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RegionInfo {
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::yun_core::Text>,
    /// `RegionName`.
    #[serde(
        rename = "RegionName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::yun_core::Text>,
    /// `RegionState`.
    #[serde(
        rename = "RegionState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_state: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for RegionInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Region", "RegionName", "RegionState"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = RegionInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.region = r.decode()?,
                1 => out.region_name = r.decode()?,
                2 => out.region_state = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RepairTaskInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RepairTaskInfo {
    /// `TaskId`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Alias`.
    #[serde(
        rename = "Alias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alias: ::std::option::Option<::yun_core::Text>,
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
    pub task_type_name: ::std::option::Option<::yun_core::Text>,
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
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `AuthTime`.
    #[serde(
        rename = "AuthTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `TaskDetail`.
    #[serde(
        rename = "TaskDetail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_detail: ::std::option::Option<::yun_core::Text>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcName`.
    #[serde(
        rename = "VpcName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::yun_core::Text>,
    /// `SubnetId`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::yun_core::Text>,
    /// `SubnetName`.
    #[serde(
        rename = "SubnetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_name: ::std::option::Option<::yun_core::Text>,
    /// `WanIp`.
    #[serde(
        rename = "WanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wan_ip: ::std::option::Option<::yun_core::Text>,
    /// `LanIp`.
    #[serde(
        rename = "LanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lan_ip: ::std::option::Option<::yun_core::Text>,
    /// `Product`.
    #[serde(
        rename = "Product",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product: ::std::option::Option<::yun_core::Text>,
    /// `TaskSubType`.
    #[serde(
        rename = "TaskSubType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_sub_type: ::std::option::Option<::yun_core::Text>,
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
    pub auth_source: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for RepairTaskInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "TaskId",
            "InstanceId",
            "Alias",
            "TaskTypeId",
            "TaskTypeName",
            "TaskStatus",
            "DeviceStatus",
            "OperateStatus",
            "CreateTime",
            "AuthTime",
            "EndTime",
            "TaskDetail",
            "Zone",
            "Region",
            "VpcId",
            "VpcName",
            "SubnetId",
            "SubnetName",
            "WanIp",
            "LanIp",
            "Product",
            "TaskSubType",
            "AuthType",
            "AuthSource",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 25] = ::yun_core::json::member_order();
        let mut out = RepairTaskInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.task_id = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.alias = r.decode()?,
                3 => out.task_type_id = r.decode()?,
                4 => out.task_type_name = r.decode()?,
                5 => out.task_status = r.decode()?,
                6 => out.device_status = r.decode()?,
                7 => out.operate_status = r.decode()?,
                8 => out.create_time = r.decode()?,
                9 => out.auth_time = r.decode()?,
                10 => out.end_time = r.decode()?,
                11 => out.task_detail = r.decode()?,
                12 => out.zone = r.decode()?,
                13 => out.region = r.decode()?,
                14 => out.vpc_id = r.decode()?,
                15 => out.vpc_name = r.decode()?,
                16 => out.subnet_id = r.decode()?,
                17 => out.subnet_name = r.decode()?,
                18 => out.wan_ip = r.decode()?,
                19 => out.lan_ip = r.decode()?,
                20 => out.product = r.decode()?,
                21 => out.task_sub_type = r.decode()?,
                22 => out.auth_type = r.decode()?,
                23 => out.auth_source = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ResourceCount` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl ::yun_core::json::Decode for ResourceCount {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Cpu", "Memory", "Gpu", "Disk"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ResourceCount::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cpu = r.decode()?,
                1 => out.memory = r.decode()?,
                2 => out.gpu = r.decode()?,
                3 => out.disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ResourcePoolPack` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourcePoolPack {
    /// `DedicatedResourcePackId`.
    #[serde(
        rename = "DedicatedResourcePackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedResourcePackName`.
    #[serde(
        rename = "DedicatedResourcePackName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_name: ::std::option::Option<::yun_core::Text>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
    /// `ResourcePoolPackType`.
    #[serde(
        rename = "ResourcePoolPackType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_pool_pack_type: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
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
    pub host_ip: ::std::option::Option<::yun_core::Text>,
    /// `RackId`.
    #[serde(
        rename = "RackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack_id: ::std::option::Option<::yun_core::Text>,
    /// `SwitchId`.
    #[serde(
        rename = "SwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub switch_id: ::std::option::Option<::yun_core::Text>,
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
    pub renew_flag: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for ResourcePoolPack {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedResourcePackId",
            "DedicatedResourcePackName",
            "Zone",
            "InstanceType",
            "InstanceFamily",
            "ResourcePoolPackType",
            "Status",
            "TotalCapacity",
            "AvailableCapacity",
            "HostIp",
            "RackId",
            "SwitchId",
            "AutoPlacement",
            "RenewFlag",
            "StartTime",
            "EndTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 17] = ::yun_core::json::member_order();
        let mut out = ResourcePoolPack::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_resource_pack_id = r.decode()?,
                1 => out.dedicated_resource_pack_name = r.decode()?,
                2 => out.zone = r.decode()?,
                3 => out.instance_type = r.decode()?,
                4 => out.instance_family = r.decode()?,
                5 => out.resource_pool_pack_type = r.decode()?,
                6 => out.status = r.decode()?,
                7 => out.total_capacity = r.decode()?,
                8 => out.available_capacity = r.decode()?,
                9 => out.host_ip = r.decode()?,
                10 => out.rack_id = r.decode()?,
                11 => out.switch_id = r.decode()?,
                12 => out.auto_placement = r.decode()?,
                13 => out.renew_flag = r.decode()?,
                14 => out.start_time = r.decode()?,
                15 => out.end_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ResourcePoolPackInstance` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourcePoolPackInstance {
    /// `DedicatedResourcePackId`.
    #[serde(
        rename = "DedicatedResourcePackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceIdSet`.
    #[serde(
        rename = "InstanceIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_set: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for ResourcePoolPackInstance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedResourcePackId",
            "InstanceIdSet",
            "InstanceFamily",
            "InstanceType",
            "Zone",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = ResourcePoolPackInstance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_resource_pack_id = r.decode()?,
                1 => out.instance_id_set = r.decode()?,
                2 => out.instance_family = r.decode()?,
                3 => out.instance_type = r.decode()?,
                4 => out.zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RunAutomationServiceEnabled` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunAutomationServiceEnabled {
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}

impl RunAutomationServiceEnabled {
    /// An empty `RunAutomationServiceEnabled`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            enabled: ::std::option::Option::None,
        }
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for RunAutomationServiceEnabled {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Enabled"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RunAutomationServiceEnabled::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.enabled = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RunMonitorServiceEnabled` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunMonitorServiceEnabled {
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}

impl RunMonitorServiceEnabled {
    /// An empty `RunMonitorServiceEnabled`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            enabled: ::std::option::Option::None,
        }
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for RunMonitorServiceEnabled {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Enabled"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RunMonitorServiceEnabled::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.enabled = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `RunSecurityServiceEnabled` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunSecurityServiceEnabled {
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
}

impl RunSecurityServiceEnabled {
    /// An empty `RunSecurityServiceEnabled`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            enabled: ::std::option::Option::None,
        }
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for RunSecurityServiceEnabled {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Enabled"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RunSecurityServiceEnabled::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.enabled = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SharePermission` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SharePermission {
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `AccountId`.
    #[serde(
        rename = "AccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for SharePermission {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CreatedTime", "AccountId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = SharePermission::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.created_time = r.decode()?,
                1 => out.account_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Snapshot` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Snapshot {
    /// `SnapshotId`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `DiskUsage`.
    #[serde(
        rename = "DiskUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_usage: ::std::option::Option<::yun_core::Text>,
    /// `DiskSize`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
}

impl ::yun_core::json::Decode for Snapshot {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SnapshotId", "DiskUsage", "DiskSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Snapshot::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.snapshot_id = r.decode()?,
                1 => out.disk_usage = r.decode()?,
                2 => out.disk_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SpotMarketOptions` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotMarketOptions {
    /// `MaxPrice`.
    #[serde(
        rename = "MaxPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_price: ::std::option::Option<::yun_core::Text>,
    /// `SpotInstanceType`.
    #[serde(
        rename = "SpotInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_instance_type: ::std::option::Option<::yun_core::Text>,
}

impl SpotMarketOptions {
    /// A `SpotMarketOptions` with its required members: `MaxPrice`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(max_price: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        Self {
            max_price: ::std::option::Option::Some(max_price.into()),
            spot_instance_type: ::std::option::Option::None,
        }
    }

    /// Sets `MaxPrice`.
    pub fn max_price(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.max_price = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotInstanceType`.
    pub fn spot_instance_type(
        mut self,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        self.spot_instance_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for SpotMarketOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MaxPrice", "SpotInstanceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = SpotMarketOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.max_price = r.decode()?,
                1 => out.spot_instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SpotPaidQuota` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for SpotPaidQuota {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["UsedQuota", "RemainingQuota", "TotalQuota", "Zone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = SpotPaidQuota::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.used_quota = r.decode()?,
                1 => out.remaining_quota = r.decode()?,
                2 => out.total_quota = r.decode()?,
                3 => out.zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `StorageBlock` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageBlock {
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
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

impl StorageBlock {
    /// An empty `StorageBlock`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            r#type: ::std::option::Option::None,
            min_size: ::std::option::Option::None,
            max_size: ::std::option::Option::None,
        }
    }

    /// Sets `Type`.
    pub fn r#type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MinSize`.
    pub fn min_size(mut self, value: i64) -> Self {
        self.min_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaxSize`.
    pub fn max_size(mut self, value: i64) -> Self {
        self.max_size = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for StorageBlock {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Type", "MinSize", "MaxSize"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = StorageBlock::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.r#type = r.decode()?,
                1 => out.min_size = r.decode()?,
                2 => out.max_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SyncImage` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SyncImage {
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for SyncImage {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageId", "Region"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = SyncImage::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_id = r.decode()?,
                1 => out.region = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SystemDisk` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SystemDisk {
    /// `DiskType`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
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
    pub cdc_id: ::std::option::Option<::yun_core::Text>,
    /// `DiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::yun_core::Text>,
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
    pub kms_key_id: ::std::option::Option<::yun_core::Text>,
}

impl SystemDisk {
    /// An empty `SystemDisk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            disk_type: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            disk_size: ::std::option::Option::None,
            cdc_id: ::std::option::Option::None,
            disk_name: ::std::option::Option::None,
            encrypt: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
        }
    }

    /// Sets `DiskType`.
    pub fn disk_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.disk_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskSize`.
    pub fn disk_size(mut self, value: i64) -> Self {
        self.disk_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CdcId`.
    pub fn cdc_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.cdc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskName`.
    pub fn disk_name(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.disk_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Encrypt`.
    pub fn encrypt(mut self, value: bool) -> Self {
        self.encrypt = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::yun_core::json::Decode for SystemDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiskType", "DiskId", "DiskSize", "CdcId", "DiskName", "Encrypt", "KmsKeyId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = SystemDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_type = r.decode()?,
                1 => out.disk_id = r.decode()?,
                2 => out.disk_size = r.decode()?,
                3 => out.cdc_id = r.decode()?,
                4 => out.disk_name = r.decode()?,
                5 => out.encrypt = r.decode()?,
                6 => out.kms_key_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Tag` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl Tag {
    /// A `Tag` with its required members: `Key`, `Value`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        key: impl ::std::convert::Into<::yun_core::Text>,
        value: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        Self {
            key: ::std::option::Option::Some(key.into()),
            value: ::std::option::Option::Some(value.into()),
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
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

/// The `TagSpecification` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagSpecification {
    /// `ResourceType`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl TagSpecification {
    /// A `TagSpecification` with its required members: `ResourceType`, `Tags`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        resource_type: impl ::std::convert::Into<::yun_core::Text>,
        tags: ::std::vec::Vec<crate::models::Tag>,
    ) -> Self {
        Self {
            resource_type: ::std::option::Option::Some(resource_type.into()),
            tags: ::std::option::Option::Some(tags),
        }
    }

    /// Sets `ResourceType`.
    pub fn resource_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tags`.
    pub fn tags(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tags = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for TagSpecification {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ResourceType", "Tags"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = TagSpecification::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.resource_type = r.decode()?,
                1 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `TargetOS` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TargetOs {
    /// `TargetOSType`.
    #[serde(
        rename = "TargetOSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_type: ::std::option::Option<::yun_core::Text>,
    /// `TargetOSVersion`.
    #[serde(
        rename = "TargetOSVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_version: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for TargetOs {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TargetOSType", "TargetOSVersion"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = TargetOs::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.target_os_type = r.decode()?,
                1 => out.target_os_version = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `VirtualPrivateCloud` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualPrivateCloud {
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `SubnetId`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::yun_core::Text>,
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
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Ipv6AddressCount`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<u64>,
}

impl VirtualPrivateCloud {
    /// A `VirtualPrivateCloud` with its required members: `VpcId`, `SubnetId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        vpc_id: impl ::std::convert::Into<::yun_core::Text>,
        subnet_id: impl ::std::convert::Into<::yun_core::Text>,
    ) -> Self {
        Self {
            vpc_id: ::std::option::Option::Some(vpc_id.into()),
            subnet_id: ::std::option::Option::Some(subnet_id.into()),
            as_vpc_gateway: ::std::option::Option::None,
            private_ip_addresses: ::std::option::Option::None,
            ipv6_address_count: ::std::option::Option::None,
        }
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SubnetId`.
    pub fn subnet_id(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.subnet_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AsVpcGateway`.
    pub fn as_vpc_gateway(mut self, value: bool) -> Self {
        self.as_vpc_gateway = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::yun_core::Text>>,
    ) -> Self {
        self.private_ip_addresses = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: u64) -> Self {
        self.ipv6_address_count = ::std::option::Option::Some(value);
        self
    }
}

impl ::yun_core::json::Decode for VirtualPrivateCloud {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "VpcId",
            "SubnetId",
            "AsVpcGateway",
            "PrivateIpAddresses",
            "Ipv6AddressCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = VirtualPrivateCloud::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.vpc_id = r.decode()?,
                1 => out.subnet_id = r.decode()?,
                2 => out.as_vpc_gateway = r.decode()?,
                3 => out.private_ip_addresses = r.decode()?,
                4 => out.ipv6_address_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ZoneInfo` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ZoneInfo {
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `ZoneName`.
    #[serde(
        rename = "ZoneName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_name: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneState`.
    #[serde(
        rename = "ZoneState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_state: ::std::option::Option<::yun_core::Text>,
}

impl ::yun_core::json::Decode for ZoneInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Zone", "ZoneName", "ZoneId", "ZoneState"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ZoneInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.zone = r.decode()?,
                1 => out.zone_name = r.decode()?,
                2 => out.zone_id = r.decode()?,
                3 => out.zone_state = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
