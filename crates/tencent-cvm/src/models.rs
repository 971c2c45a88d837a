//! Objects shared by the operations' requests and responses.

/// The `AccountQuota` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for AccountQuota {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AccountQuota",
            &[
                ("post_paid_quota_set", d::opt(&self.post_paid_quota_set)),
                ("pre_paid_quota_set", d::opt(&self.pre_paid_quota_set)),
                ("spot_paid_quota_set", d::opt(&self.spot_paid_quota_set)),
                ("image_quota_set", d::opt(&self.image_quota_set)),
                (
                    "disaster_recover_group_quota_set",
                    d::opt(&self.disaster_recover_group_quota_set),
                ),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccountQuotaOverview {
    /// `Region`.
    ///
    /// Example: `ap-guangzhou`.
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

impl ::std::fmt::Debug for AccountQuotaOverview {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AccountQuotaOverview",
            &[
                ("region", d::opt(&self.region)),
                ("account_quota", d::opt(&self.account_quota)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ActionTimer {
    /// `TimerAction`.
    ///
    /// Example: `TerminateInstances`.
    #[serde(
        rename = "TimerAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timer_action: ::std::option::Option<::yun_core::Text>,
    /// `ActionTime`.
    ///
    /// Example: `2024-05-29T11:26:40Z`.
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
    ///
    /// Example: `57z0f8ef-8112-460f-8203-fab753580f68`.
    #[serde(
        rename = "ActionTimerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `UNDO`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `ins-dpa3e3at`.
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

impl ::std::fmt::Debug for ActionTimer {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ActionTimer",
            &[
                ("timer_action", d::opt(&self.timer_action)),
                ("action_time", d::opt(&self.action_time)),
                ("externals", d::opt(&self.externals)),
                ("action_timer_id", d::opt(&self.action_timer_id)),
                ("status", d::opt(&self.status)),
                ("instance_id", d::opt(&self.instance_id)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Attribute {
    /// `UserData`.
    ///
    /// Example: `TXlVc2VyRGF0YQo=`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Attribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Attribute", &[("user_data", d::opt(&self.user_data))])
    }
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
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ChargePrepaid {
    /// `Period`. Required.
    ///
    /// Example: `1`.
    #[serde(rename = "Period")]
    pub period: u64,
    /// `RenewFlag`.
    ///
    /// Example: `NOTIFY_AND_AUTO_RENEW`.
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

impl ::std::fmt::Debug for ChargePrepaid {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ChargePrepaid",
            &[
                ("period", d::req(&self.period)),
                ("renew_flag", d::opt(&self.renew_flag)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ChcDeployExtraConfig {
    /// `MiniOsType`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `public`.
    #[serde(
        rename = "MiniOsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mini_os_type: ::std::option::Option<::yun_core::Text>,
    /// `BootType`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `x86_legacy`.
    #[serde(
        rename = "BootType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_type: ::std::option::Option<::yun_core::Text>,
    /// `BootFile`.
    ///
    /// Example: `pxelinux.0`.
    #[serde(
        rename = "BootFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_file: ::std::option::Option<::yun_core::Text>,
    /// `NextServerAddress`.
    ///
    /// Example: `169.254.68.10`.
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

impl ::std::fmt::Debug for ChcDeployExtraConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ChcDeployExtraConfig",
            &[
                ("mini_os_type", d::opt(&self.mini_os_type)),
                ("boot_type", d::opt(&self.boot_type)),
                ("boot_file", d::opt(&self.boot_file)),
                ("next_server_address", d::opt(&self.next_server_address)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ChcHost {
    /// `ChcId`.
    ///
    /// Example: `chc-1a2b3c4d`.
    #[serde(
        rename = "ChcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `托管服务器1`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `SerialNumber`.
    ///
    /// Example: `sn34asdfabd`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::yun_core::Text>,
    /// `InstanceState`.
    ///
    /// Example: `ONLINE`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::yun_core::Text>,
    /// `DeviceType`.
    ///
    /// Example: `CHC_HS1`.
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
    ///
    /// Example: `10.12.10.34`.
    #[serde(
        rename = "BmcIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_ip: ::std::option::Option<::yun_core::Text>,
    /// `BmcSecurityGroupIds`.
    ///
    /// Example: `["sg-1a2b34af"]`.
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
    ///
    /// Example: `10.12.10.34`.
    #[serde(
        rename = "DeployIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_ip: ::std::option::Option<::yun_core::Text>,
    /// `DeploySecurityGroupIds`.
    ///
    /// Example: `["sg-1a2b34af"]`.
    #[serde(
        rename = "DeploySecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_security_group_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CvmInstanceId`.
    ///
    /// Example: `ins-34as43at`.
    #[serde(
        rename = "CvmInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_instance_id: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    ///
    /// Example: `2020-03-10T02:43:51Z`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `HardwareDescription`.
    ///
    /// Example: `128C 384GB 10T Disk`.
    #[serde(
        rename = "HardwareDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hardware_description: ::std::option::Option<::yun_core::Text>,
    /// `CPU`.
    ///
    /// Example: `128`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    ///
    /// Example: `384`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `Disk`.
    ///
    /// Example: `10T`.
    #[serde(
        rename = "Disk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<::yun_core::Text>,
    /// `BmcMAC`.
    ///
    /// Example: `51:94:20:9C:B1:CB`.
    #[serde(
        rename = "BmcMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_mac: ::std::option::Option<::yun_core::Text>,
    /// `DeployMAC`.
    ///
    /// Example: `51:94:20:9C:B1:CB`.
    #[serde(
        rename = "DeployMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_mac: ::std::option::Option<::yun_core::Text>,
    /// `TenantType`.
    ///
    /// Example: `HOSTING`.
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
    ///
    /// Example: `2 * NVIDIA P40`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<::yun_core::Text>,
    /// `NetworkCard`.
    ///
    /// Example: `ConnectX-5`.
    #[serde(
        rename = "NetworkCard",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card: ::std::option::Option<::yun_core::Text>,
    /// `IsPredefinedType`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsPredefinedType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_predefined_type: ::std::option::Option<bool>,
    /// `ChcInstanceType`.
    ///
    /// Example: `CHCS5.128C256M`.
    #[serde(
        rename = "ChcInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_type: ::std::option::Option<::yun_core::Text>,
    /// `ChcInstanceFamily`.
    ///
    /// Example: `CHCS5`.
    #[serde(
        rename = "ChcInstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family: ::std::option::Option<::yun_core::Text>,
    /// `ChcInstanceFamilyName`.
    ///
    /// Example: `标准型CHCS5`.
    #[serde(
        rename = "ChcInstanceFamilyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family_name: ::std::option::Option<::yun_core::Text>,
    /// `ResaleAppId`.
    ///
    /// Example: `12510001001`.
    #[serde(
        rename = "ResaleAppId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_app_id: ::std::option::Option<::yun_core::Text>,
    /// `ResaleAccountId`.
    ///
    /// Example: `100002300442`.
    #[serde(
        rename = "ResaleAccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_account_id: ::std::option::Option<::yun_core::Text>,
    /// `SaleStatus`.
    ///
    /// Example: `SOLD`.
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
    ///
    /// Example: `ChcPrepare`.
    #[serde(
        rename = "LatestOperation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationErrorCode`.
    ///
    /// Example: `IpmiFailed`.
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
    ///
    /// Example: `带外检查失败`.
    #[serde(
        rename = "LatestOperationName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_name: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationState`.
    ///
    /// Example: `FAILED`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::yun_core::Text>,
    /// `ChcGatewayId`.
    ///
    /// Example: `chcgw-cluster-jy6853yh-1`.
    #[serde(
        rename = "ChcGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_gateway_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedClusterId`.
    ///
    /// Example: `cluster-34afsd9x`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `NetworkMode`.
    ///
    /// Example: `BUSINESS`.
    #[serde(
        rename = "NetworkMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_mode: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ChcHost {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ChcHost",
            &[
                ("chc_id", d::opt(&self.chc_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("serial_number", d::opt(&self.serial_number)),
                ("instance_state", d::opt(&self.instance_state)),
                ("device_type", d::opt(&self.device_type)),
                ("placement", d::opt(&self.placement)),
                (
                    "bmc_virtual_private_cloud",
                    d::opt(&self.bmc_virtual_private_cloud),
                ),
                ("bmc_ip", d::opt(&self.bmc_ip)),
                (
                    "bmc_security_group_ids",
                    d::opt(&self.bmc_security_group_ids),
                ),
                (
                    "deploy_virtual_private_cloud",
                    d::opt(&self.deploy_virtual_private_cloud),
                ),
                ("deploy_ip", d::opt(&self.deploy_ip)),
                (
                    "deploy_security_group_ids",
                    d::opt(&self.deploy_security_group_ids),
                ),
                ("cvm_instance_id", d::opt(&self.cvm_instance_id)),
                ("created_time", d::opt(&self.created_time)),
                ("hardware_description", d::opt(&self.hardware_description)),
                ("cpu", d::opt(&self.cpu)),
                ("memory", d::opt(&self.memory)),
                ("disk", d::opt(&self.disk)),
                ("bmc_mac", d::opt(&self.bmc_mac)),
                ("deploy_mac", d::opt(&self.deploy_mac)),
                ("tenant_type", d::opt(&self.tenant_type)),
                ("deploy_extra_config", d::opt(&self.deploy_extra_config)),
                ("gpu", d::opt(&self.gpu)),
                ("network_card", d::opt(&self.network_card)),
                ("is_predefined_type", d::opt(&self.is_predefined_type)),
                ("chc_instance_type", d::opt(&self.chc_instance_type)),
                ("chc_instance_family", d::opt(&self.chc_instance_family)),
                (
                    "chc_instance_family_name",
                    d::opt(&self.chc_instance_family_name),
                ),
                ("resale_app_id", d::opt(&self.resale_app_id)),
                ("resale_account_id", d::opt(&self.resale_account_id)),
                ("sale_status", d::opt(&self.sale_status)),
                ("tags", d::opt(&self.tags)),
                ("latest_operation", d::opt(&self.latest_operation)),
                (
                    "latest_operation_error_code",
                    d::opt(&self.latest_operation_error_code),
                ),
                (
                    "latest_operation_error_msg",
                    d::opt(&self.latest_operation_error_msg),
                ),
                ("latest_operation_name", d::opt(&self.latest_operation_name)),
                (
                    "latest_operation_state",
                    d::opt(&self.latest_operation_state),
                ),
                ("chc_gateway_id", d::opt(&self.chc_gateway_id)),
                ("dedicated_cluster_id", d::opt(&self.dedicated_cluster_id)),
                ("network_mode", d::opt(&self.network_mode)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ChcHostDeniedActions {
    /// `ChcId`.
    ///
    /// Example: `“chc-123456fd”`.
    #[serde(
        rename = "ChcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_id: ::std::option::Option<::yun_core::Text>,
    /// `State`.
    ///
    /// Example: `"ONLINE"`.
    #[serde(
        rename = "State",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<::yun_core::Text>,
    /// `DenyActions`.
    ///
    /// Example: `["ConfigureChcAssistVpc']`.
    #[serde(
        rename = "DenyActions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deny_actions: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ChcHostDeniedActions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ChcHostDeniedActions",
            &[
                ("chc_id", d::opt(&self.chc_id)),
                ("state", d::opt(&self.state)),
                ("deny_actions", d::opt(&self.deny_actions)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CpuTopology {
    /// `CoreCount`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "CoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub core_count: ::std::option::Option<i64>,
    /// `ThreadPerCore`.
    ///
    /// Example: `2`.
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

impl ::std::fmt::Debug for CpuTopology {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CpuTopology",
            &[
                ("core_count", d::opt(&self.core_count)),
                ("thread_per_core", d::opt(&self.thread_per_core)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DataDisk {
    /// `DiskSize`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `50`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
    /// `DiskType`.
    ///
    /// Example: `CLOUD_SSD`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    ///
    /// Example: `disk-ciezoimt`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `DeleteWithInstance`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
    /// `SnapshotId`.
    ///
    /// Example: `snap-6yczrj8x`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `Encrypt`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
    /// `KmsKeyId`.
    ///
    /// Example: `kms-abcd1234`.
    #[serde(
        rename = "KmsKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::yun_core::Text>,
    /// `ThroughputPerformance`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "ThroughputPerformance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throughput_performance: ::std::option::Option<i64>,
    /// `CdcId`.
    ///
    /// Example: `cdc-1648zauv`.
    #[serde(
        rename = "CdcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cdc_id: ::std::option::Option<::yun_core::Text>,
    /// `BurstPerformance`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "BurstPerformance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub burst_performance: ::std::option::Option<bool>,
    /// `DiskName`.
    ///
    /// Example: `MyDiskName`.
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

impl ::std::fmt::Debug for DataDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DataDisk",
            &[
                ("disk_size", d::opt(&self.disk_size)),
                ("disk_type", d::opt(&self.disk_type)),
                ("disk_id", d::opt(&self.disk_id)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("encrypt", d::opt(&self.encrypt)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                (
                    "throughput_performance",
                    d::opt(&self.throughput_performance),
                ),
                ("cdc_id", d::opt(&self.cdc_id)),
                ("burst_performance", d::opt(&self.burst_performance)),
                ("disk_name", d::opt(&self.disk_name)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisasterRecoverGroup {
    /// `DisasterRecoverGroupId`.
    ///
    /// Example: `ps-n4becvb9`.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `myGroup`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Type`.
    ///
    /// Example: `"HOST"`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `CvmQuotaTotal`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "CvmQuotaTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_quota_total: ::std::option::Option<i64>,
    /// `CurrentNum`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `InstanceIds`.
    ///
    /// Example: `["ins-19029pru"]`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CreateTime`.
    ///
    /// Example: `2025-03-17T03:50:41Z`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `Affinity`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<i64>,
    /// `Strategy`.
    ///
    /// Example: `SPREAD`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::yun_core::Text>,
    /// `PartitionCount`.
    ///
    /// Example: `2`.
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

impl ::std::fmt::Debug for DisasterRecoverGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DisasterRecoverGroup",
            &[
                (
                    "disaster_recover_group_id",
                    d::opt(&self.disaster_recover_group_id),
                ),
                ("name", d::opt(&self.name)),
                ("type", d::opt(&self.r#type)),
                ("cvm_quota_total", d::opt(&self.cvm_quota_total)),
                ("current_num", d::opt(&self.current_num)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("create_time", d::opt(&self.create_time)),
                ("affinity", d::opt(&self.affinity)),
                ("strategy", d::opt(&self.strategy)),
                ("partition_count", d::opt(&self.partition_count)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisasterRecoverGroupQuota {
    /// `GroupQuota`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "GroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_quota: ::std::option::Option<i64>,
    /// `CurrentNum`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<i64>,
    /// `CvmInHostGroupQuota`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "CvmInHostGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_host_group_quota: ::std::option::Option<i64>,
    /// `CvmInSwitchGroupQuota`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "CvmInSwitchGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_switch_group_quota: ::std::option::Option<i64>,
    /// `CvmInRackGroupQuota`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "CvmInRackGroupQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_in_rack_group_quota: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for DisasterRecoverGroupQuota {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DisasterRecoverGroupQuota",
            &[
                ("group_quota", d::opt(&self.group_quota)),
                ("current_num", d::opt(&self.current_num)),
                (
                    "cvm_in_host_group_quota",
                    d::opt(&self.cvm_in_host_group_quota),
                ),
                (
                    "cvm_in_switch_group_quota",
                    d::opt(&self.cvm_in_switch_group_quota),
                ),
                (
                    "cvm_in_rack_group_quota",
                    d::opt(&self.cvm_in_rack_group_quota),
                ),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EnhancedService {
    /// `SecurityService`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "SecurityService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_service: ::std::option::Option<crate::models::RunSecurityServiceEnabled>,
    /// `MonitorService`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "MonitorService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub monitor_service: ::std::option::Option<crate::models::RunMonitorServiceEnabled>,
    /// `AutomationService`.
    ///
    /// Example: `true`.
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

impl ::std::fmt::Debug for EnhancedService {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EnhancedService",
            &[
                ("security_service", d::opt(&self.security_service)),
                ("monitor_service", d::opt(&self.monitor_service)),
                ("automation_service", d::opt(&self.automation_service)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Externals {
    /// `ReleaseAddress`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "ReleaseAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_address: ::std::option::Option<bool>,
    /// `UnsupportNetworks`.
    ///
    /// Example: `VPC1.0`.
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

impl ::std::fmt::Debug for Externals {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Externals",
            &[
                ("release_address", d::opt(&self.release_address)),
                ("unsupport_networks", d::opt(&self.unsupport_networks)),
                ("storage_block_attr", d::opt(&self.storage_block_attr)),
            ],
        )
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
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct Filter {
    /// `Name`. Required.
    ///
    /// Example: `zone`.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Values`. Required.
    ///
    /// Example: `["ap-guangzhou-6"]`.
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

impl ::std::fmt::Debug for Filter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Filter",
            &[
                ("name", d::req(&self.name)),
                ("values", d::req(&self.values)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct GpuInfo {
    /// `GPUCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "GPUCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_count: ::std::option::Option<f64>,
    /// `GPUId`.
    ///
    /// Example: `['0000:18:00.0','0000:18:00.1']`.
    #[serde(
        rename = "GPUId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `GPUType`.
    ///
    /// Example: `NVIDIA T4`.
    #[serde(
        rename = "GPUType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for GpuInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "GpuInfo",
            &[
                ("gpu_count", d::opt(&self.gpu_count)),
                ("gpu_id", d::opt(&self.gpu_id)),
                ("gpu_type", d::opt(&self.gpu_type)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HostItem {
    /// `Placement`.
    ///
    /// Example: `{     "Zone": "ap-guangzhou-4",     "ProjectId": 0 }`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `HostId`.
    ///
    /// Example: `host-6154dm9w`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::yun_core::Text>,
    /// `HostType`.
    ///
    /// Example: `HS50`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::yun_core::Text>,
    /// `HostName`.
    ///
    /// Example: `myHost`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `HostChargeType`.
    ///
    /// Example: `PREPAID`.
    #[serde(
        rename = "HostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `RenewFlag`.
    ///
    /// Example: `NOTIFY_AND_AUTO_RENEW`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    ///
    /// Example: `2024-11-03T09:47:00Z`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    ///
    /// Example: `2024-12-03T09:47:00Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceIds`.
    ///
    /// Example: `ins-bv6i4xxx`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `HostState`.
    ///
    /// Example: `RUNNING`.
    #[serde(
        rename = "HostState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_state: ::std::option::Option<::yun_core::Text>,
    /// `HostIp`.
    ///
    /// Example: `10.0.0.6`.
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
    ///
    /// Example: `cage-gz-1-2`.
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

impl ::std::fmt::Debug for HostItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HostItem",
            &[
                ("placement", d::opt(&self.placement)),
                ("host_id", d::opt(&self.host_id)),
                ("host_type", d::opt(&self.host_type)),
                ("host_name", d::opt(&self.host_name)),
                ("host_charge_type", d::opt(&self.host_charge_type)),
                ("renew_flag", d::opt(&self.renew_flag)),
                ("created_time", d::opt(&self.created_time)),
                ("expired_time", d::opt(&self.expired_time)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("host_state", d::opt(&self.host_state)),
                ("host_ip", d::opt(&self.host_ip)),
                ("host_resource", d::opt(&self.host_resource)),
                ("cage_id", d::opt(&self.cage_id)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HostPriceInfo {
    /// `HostPrice`.
    #[serde(
        rename = "HostPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_price: ::std::option::Option<crate::models::ItemPrice>,
}

impl ::std::fmt::Debug for HostPriceInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HostPriceInfo",
            &[("host_price", d::opt(&self.host_price))],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HostResource {
    /// `CpuTotal`.
    ///
    /// Example: `32`.
    #[serde(
        rename = "CpuTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_total: ::std::option::Option<u64>,
    /// `CpuAvailable`.
    ///
    /// Example: `32`.
    #[serde(
        rename = "CpuAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_available: ::std::option::Option<u64>,
    /// `MemTotal`.
    ///
    /// Example: `96`.
    #[serde(
        rename = "MemTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mem_total: ::std::option::Option<f64>,
    /// `MemAvailable`.
    ///
    /// Example: `96`.
    #[serde(
        rename = "MemAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mem_available: ::std::option::Option<f64>,
    /// `DiskTotal`.
    ///
    /// Example: `1000`.
    #[serde(
        rename = "DiskTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_total: ::std::option::Option<u64>,
    /// `DiskAvailable`.
    ///
    /// Example: `1000`.
    #[serde(
        rename = "DiskAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_available: ::std::option::Option<u64>,
    /// `DiskType`.
    ///
    /// Example: `"LOCAL_SSD"`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::yun_core::Text>,
    /// `GpuTotal`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "GpuTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_total: ::std::option::Option<u64>,
    /// `GpuAvailable`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "GpuAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_available: ::std::option::Option<u64>,
    /// `ExclusiveOwner`.
    ///
    /// Example: `12300021`.
    #[serde(
        rename = "ExclusiveOwner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclusive_owner: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for HostResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HostResource",
            &[
                ("cpu_total", d::opt(&self.cpu_total)),
                ("cpu_available", d::opt(&self.cpu_available)),
                ("mem_total", d::opt(&self.mem_total)),
                ("mem_available", d::opt(&self.mem_available)),
                ("disk_total", d::opt(&self.disk_total)),
                ("disk_available", d::opt(&self.disk_available)),
                ("disk_type", d::opt(&self.disk_type)),
                ("gpu_total", d::opt(&self.gpu_total)),
                ("gpu_available", d::opt(&self.gpu_available)),
                ("exclusive_owner", d::opt(&self.exclusive_owner)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HpcClusterInfo {
    /// `HpcClusterId`.
    ///
    /// Example: `hpc-07b1c`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `myCluster`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Remark`.
    ///
    /// Example: `HCCPNV6`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::yun_core::Text>,
    /// `CvmQuotaTotal`.
    ///
    /// Example: `1600`.
    #[serde(
        rename = "CvmQuotaTotal",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_quota_total: ::std::option::Option<u64>,
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-6`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `CurrentNum`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "CurrentNum",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_num: ::std::option::Option<u64>,
    /// `CreateTime`.
    ///
    /// Example: `2023-10-05T14:30:00Z`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceIds`.
    ///
    /// Example: `["ins-xxxxx"]`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `HpcClusterType`.
    ///
    /// Example: `STANDARD`.
    #[serde(
        rename = "HpcClusterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_type: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterBusinessId`.
    ///
    /// Example: `cluster-1f6vxxx`.
    #[serde(
        rename = "HpcClusterBusinessId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_business_id: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterNetMode`.
    ///
    /// Example: `30`.
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

impl ::std::fmt::Debug for HpcClusterInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HpcClusterInfo",
            &[
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("name", d::opt(&self.name)),
                ("remark", d::opt(&self.remark)),
                ("cvm_quota_total", d::opt(&self.cvm_quota_total)),
                ("zone", d::opt(&self.zone)),
                ("current_num", d::opt(&self.current_num)),
                ("create_time", d::opt(&self.create_time)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("hpc_cluster_type", d::opt(&self.hpc_cluster_type)),
                (
                    "hpc_cluster_business_id",
                    d::opt(&self.hpc_cluster_business_id),
                ),
                ("hpc_cluster_net_mode", d::opt(&self.hpc_cluster_net_mode)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Image {
    /// `ImageId`.
    ///
    /// Example: `img-19mu3fy3`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `OsName`.
    ///
    /// Example: `CentOS 8.0 64位`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `ImageType`.
    ///
    /// Example: `PRIVATE_IMAGE`.
    #[serde(
        rename = "ImageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_type: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    ///
    /// Example: `2022-03-21T08:41:45Z`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `ImageName`.
    ///
    /// Example: `myImg`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::yun_core::Text>,
    /// `ImageDescription`.
    ///
    /// Example: `tencentcloud`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::yun_core::Text>,
    /// `ImageSize`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "ImageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_size: ::std::option::Option<i64>,
    /// `Architecture`.
    ///
    /// Example: `x86_64`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::yun_core::Text>,
    /// `ImageState`.
    ///
    /// Example: `NORMAL`.
    #[serde(
        rename = "ImageState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_state: ::std::option::Option<::yun_core::Text>,
    /// `Platform`.
    ///
    /// Example: `CentOS`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::yun_core::Text>,
    /// `ImageCreator`.
    ///
    /// Example: `tencentcloud`.
    #[serde(
        rename = "ImageCreator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_creator: ::std::option::Option<::yun_core::Text>,
    /// `ImageSource`.
    ///
    /// Example: `CREATE_IMAGE`.
    #[serde(
        rename = "ImageSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_source: ::std::option::Option<::yun_core::Text>,
    /// `SyncPercent`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "SyncPercent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sync_percent: ::std::option::Option<i64>,
    /// `IsSupportCloudinit`.
    ///
    /// Example: `true`.
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
    ///
    /// Example: `TencentCloud`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::yun_core::Text>,
    /// `ImageFamily`.
    ///
    /// Example: `business-daily-update`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::yun_core::Text>,
    /// `ImageDeprecated`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ImageDeprecated",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_deprecated: ::std::option::Option<bool>,
    /// `CdcCacheStatus`.
    ///
    /// Example: `CACHED`.
    #[serde(
        rename = "CdcCacheStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cdc_cache_status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Image {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Image",
            &[
                ("image_id", d::opt(&self.image_id)),
                ("os_name", d::opt(&self.os_name)),
                ("image_type", d::opt(&self.image_type)),
                ("created_time", d::opt(&self.created_time)),
                ("image_name", d::opt(&self.image_name)),
                ("image_description", d::opt(&self.image_description)),
                ("image_size", d::opt(&self.image_size)),
                ("architecture", d::opt(&self.architecture)),
                ("image_state", d::opt(&self.image_state)),
                ("platform", d::opt(&self.platform)),
                ("image_creator", d::opt(&self.image_creator)),
                ("image_source", d::opt(&self.image_source)),
                ("sync_percent", d::opt(&self.sync_percent)),
                ("is_support_cloudinit", d::opt(&self.is_support_cloudinit)),
                ("snapshot_set", d::opt(&self.snapshot_set)),
                ("tags", d::opt(&self.tags)),
                ("license_type", d::opt(&self.license_type)),
                ("image_family", d::opt(&self.image_family)),
                ("image_deprecated", d::opt(&self.image_deprecated)),
                ("cdc_cache_status", d::opt(&self.cdc_cache_status)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageOsList {
    /// `Windows`.
    ///
    /// Example: `Windows Server 2019`.
    #[serde(
        rename = "Windows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub windows: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Linux`.
    ///
    /// Example: `CentOS`.
    #[serde(
        rename = "Linux",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub linux: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ImageOsList {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImageOsList",
            &[
                ("windows", d::opt(&self.windows)),
                ("linux", d::opt(&self.linux)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageQuota {
    /// `UsedQuota`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
}

impl ::std::fmt::Debug for ImageQuota {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImageQuota",
            &[
                ("used_quota", d::opt(&self.used_quota)),
                ("total_quota", d::opt(&self.total_quota)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportImageDataDisk {
    /// `ImageUrl`. Required.
    ///
    /// Example: `https://import-img.cos.ap-guangzhou.myqcloud.com/import-img.vpc`.
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

impl ::std::fmt::Debug for ImportImageDataDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImportImageDataDisk",
            &[("image_url", d::req(&self.image_url))],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `InstanceId`.
    ///
    /// Example: `ins-9bxebleo`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `S1.SMALL1`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `CPU`.
    ///
    /// Example: `1`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `RestrictState`.
    ///
    /// Example: `NORMAL`.
    #[serde(
        rename = "RestrictState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub restrict_state: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `测试实例`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PREPAID`.
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
    ///
    /// Example: `["172.16.32.78"]`.
    #[serde(
        rename = "PrivateIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `PublicIpAddresses`.
    ///
    /// Example: `["110.207.11.190"]`.
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
    ///
    /// Example: `img-9qabwvbn`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `RenewFlag`.
    ///
    /// Example: `NOTIFY_AND_MANUAL_RENEW`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::yun_core::Text>,
    /// `CreatedTime`.
    ///
    /// Example: `2020-03-10T02:43:51Z`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    ///
    /// Example: `2020-04-10T02:47:36Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `OsName`.
    ///
    /// Example: `CentOS 7.6 64bit`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    ///
    /// Example: `["sg-p1ezv4wz"]`.
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
    ///
    /// Example: `RUNNING`.
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
    ///
    /// Example: `NOT_APPLICABLE`.
    #[serde(
        rename = "StopChargingMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_charging_mode: ::std::option::Option<::yun_core::Text>,
    /// `Uuid`.
    ///
    /// Example: `68b510db-b4c1-4630-a62b-73d0c7c970f9`.
    #[serde(
        rename = "Uuid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uuid: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperation`.
    ///
    /// Example: `RenewInstances`.
    #[serde(
        rename = "LatestOperation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationState`.
    ///
    /// Example: `SUCCESS`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::yun_core::Text>,
    /// `LatestOperationRequestId`.
    ///
    /// Example: `3554eb5b-1cfa-471a-ae76-dc436c9d43e8`.
    #[serde(
        rename = "LatestOperationRequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_request_id: ::std::option::Option<::yun_core::Text>,
    /// `DisasterRecoverGroupId`. Deprecated by the vendor.
    ///
    /// Example: `ps-l7sdunxx`.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::yun_core::Text>,
    /// `IPv6Addresses`.
    ///
    /// Example: `["xx.xxxxx.xxx"]`.
    #[serde(
        rename = "IPv6Addresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CamRoleName`.
    ///
    /// Example: `admin`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterId`.
    ///
    /// Example: `hpc-4dxxetpt`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `RdmaIpAddresses`.
    ///
    /// Example: `["xx.xxxxx.xxx"]`.
    #[serde(
        rename = "RdmaIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `DedicatedClusterId`.
    ///
    /// Example: `cluster-du3jken`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `IsolatedSource`.
    ///
    /// Example: `NOTISOLATED`.
    #[serde(
        rename = "IsolatedSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub isolated_source: ::std::option::Option<::yun_core::Text>,
    /// `DisasterRecoverGroupIds`.
    ///
    /// Example: `["ps-l7sdunxx"]`.
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
    ///
    /// Example: `TencentCloud`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::yun_core::Text>,
    /// `DisableApiTermination`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DisableApiTermination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_api_termination: ::std::option::Option<bool>,
    /// `HostName`.
    ///
    /// Example: `VM-4-18-ubuntu`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `DefaultLoginUser`.
    ///
    /// Example: `root`.
    #[serde(
        rename = "DefaultLoginUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_login_user: ::std::option::Option<::yun_core::Text>,
    /// `DefaultLoginPort`.
    ///
    /// Example: `22`.
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
    ///
    /// Example: `true`.
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
    ///
    /// Example: `["240d:c000:f000:ac00:5460:6340:16aa:6"]`.
    #[serde(
        rename = "PublicIPv6Addresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ipv6_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CpuTopology`.
    #[serde(
        rename = "CpuTopology",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_topology: ::std::option::Option<crate::models::CpuTopology>,
    /// `PartitionNumber`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "PartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_number: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Instance",
            &[
                ("placement", d::opt(&self.placement)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("cpu", d::opt(&self.cpu)),
                ("memory", d::opt(&self.memory)),
                ("restrict_state", d::opt(&self.restrict_state)),
                ("instance_name", d::opt(&self.instance_name)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("system_disk", d::opt(&self.system_disk)),
                ("data_disks", d::opt(&self.data_disks)),
                ("private_ip_addresses", d::opt(&self.private_ip_addresses)),
                ("public_ip_addresses", d::opt(&self.public_ip_addresses)),
                ("internet_accessible", d::opt(&self.internet_accessible)),
                ("virtual_private_cloud", d::opt(&self.virtual_private_cloud)),
                ("image_id", d::opt(&self.image_id)),
                ("renew_flag", d::opt(&self.renew_flag)),
                ("created_time", d::opt(&self.created_time)),
                ("expired_time", d::opt(&self.expired_time)),
                ("os_name", d::opt(&self.os_name)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("login_settings", d::opt(&self.login_settings)),
                ("instance_state", d::opt(&self.instance_state)),
                ("tags", d::opt(&self.tags)),
                ("stop_charging_mode", d::opt(&self.stop_charging_mode)),
                ("uuid", d::opt(&self.uuid)),
                ("latest_operation", d::opt(&self.latest_operation)),
                (
                    "latest_operation_state",
                    d::opt(&self.latest_operation_state),
                ),
                (
                    "latest_operation_request_id",
                    d::opt(&self.latest_operation_request_id),
                ),
                (
                    "disaster_recover_group_id",
                    d::opt(&self.disaster_recover_group_id),
                ),
                ("ipv6_addresses", d::opt(&self.ipv6_addresses)),
                ("cam_role_name", d::opt(&self.cam_role_name)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("rdma_ip_addresses", d::opt(&self.rdma_ip_addresses)),
                ("dedicated_cluster_id", d::opt(&self.dedicated_cluster_id)),
                ("isolated_source", d::opt(&self.isolated_source)),
                (
                    "disaster_recover_group_ids",
                    d::opt(&self.disaster_recover_group_ids),
                ),
                ("gpu_info", d::opt(&self.gpu_info)),
                ("license_type", d::opt(&self.license_type)),
                (
                    "disable_api_termination",
                    d::opt(&self.disable_api_termination),
                ),
                ("host_name", d::opt(&self.host_name)),
                ("default_login_user", d::opt(&self.default_login_user)),
                ("default_login_port", d::opt(&self.default_login_port)),
                (
                    "latest_operation_error_msg",
                    d::opt(&self.latest_operation_error_msg),
                ),
                ("enable_jumbo_frame", d::opt(&self.enable_jumbo_frame)),
                ("metadata", d::opt(&self.metadata)),
                ("public_ipv6_addresses", d::opt(&self.public_ipv6_addresses)),
                ("cpu_topology", d::opt(&self.cpu_topology)),
                ("partition_number", d::opt(&self.partition_number)),
            ],
        )
    }
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
                29 => out.ipv6_addresses = r.decode()?,
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
                45 => out.public_ipv6_addresses = r.decode()?,
                46 => out.cpu_topology = r.decode()?,
                47 => out.partition_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceAttribute` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceAttribute {
    /// `InstanceId`.
    ///
    /// Example: `ins-lyxxskp2`.
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

impl ::std::fmt::Debug for InstanceAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceAttribute",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("attributes", d::opt(&self.attributes)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceChargePrepaid {
    /// `Period`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i64>,
    /// `RenewFlag`.
    ///
    /// Example: `DISABLE_NOTIFY_AND_MANUAL_RENEW`.
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

impl ::std::fmt::Debug for InstanceChargePrepaid {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceChargePrepaid",
            &[
                ("period", d::opt(&self.period)),
                ("renew_flag", d::opt(&self.renew_flag)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceFamilyConfig {
    /// `InstanceFamilyName`.
    ///
    /// Example: `高IO型I1`.
    #[serde(
        rename = "InstanceFamilyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceFamily`.
    ///
    /// Example: `I1`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceFamilyConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceFamilyConfig",
            &[
                ("instance_family_name", d::opt(&self.instance_family_name)),
                ("instance_family", d::opt(&self.instance_family)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceMarketOptionsRequest {
    /// `SpotOptions`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `0.12`.
    #[serde(
        rename = "SpotOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_options: ::std::option::Option<crate::models::SpotMarketOptions>,
    /// `MarketType`.
    ///
    /// Example: `spot`.
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

impl ::std::fmt::Debug for InstanceMarketOptionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceMarketOptionsRequest",
            &[
                ("spot_options", d::opt(&self.spot_options)),
                ("market_type", d::opt(&self.market_type)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRefund {
    /// `InstanceId`.
    ///
    /// Example: `"ins-fxqy3xmq"`.
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

impl ::std::fmt::Debug for InstanceRefund {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceRefund",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("refunds", d::opt(&self.refunds)),
                ("price_detail", d::opt(&self.price_detail)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceStatus {
    /// `InstanceId`.
    ///
    /// Example: `ins-g4c6xxxx`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceState`.
    ///
    /// Example: `RUNNING`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceStatus",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_state", d::opt(&self.instance_state)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeConfig {
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-6`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `S5.LARGE4`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceFamily`.
    ///
    /// Example: `S5`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
    /// `GPU`.
    ///
    /// Example: `1`.
    #[serde(rename = "GPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<i64>,
    /// `CPU`.
    ///
    /// Example: `4`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `FPGA`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "FPGA",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fpga: ::std::option::Option<i64>,
    /// `GpuCount`.
    ///
    /// Example: `1.0`.
    #[serde(
        rename = "GpuCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_count: ::std::option::Option<f64>,
    /// `GpuType`.
    ///
    /// Example: `N88a`.
    #[serde(
        rename = "GpuType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_type: ::std::option::Option<::yun_core::Text>,
    /// `GpuMemory`.
    ///
    /// Example: `8`.
    #[serde(
        rename = "GpuMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_memory: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for InstanceTypeConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypeConfig",
            &[
                ("zone", d::opt(&self.zone)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_family", d::opt(&self.instance_family)),
                ("gpu", d::opt(&self.gpu)),
                ("cpu", d::opt(&self.cpu)),
                ("memory", d::opt(&self.memory)),
                ("fpga", d::opt(&self.fpga)),
                ("gpu_count", d::opt(&self.gpu_count)),
                ("gpu_type", d::opt(&self.gpu_type)),
                ("gpu_memory", d::opt(&self.gpu_memory)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeConfigStatus {
    /// `Status`.
    ///
    /// Example: `"UNAVAILABLE"`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Message`.
    ///
    /// Example: `"The instance does not support tuning to SA3 instance family."`.
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

impl ::std::fmt::Debug for InstanceTypeConfigStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypeConfigStatus",
            &[
                ("status", d::opt(&self.status)),
                ("message", d::opt(&self.message)),
                ("instance_type_config", d::opt(&self.instance_type_config)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeQuotaItem {
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-6`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `S5.LARGE4`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PREPAID`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `NetworkCard`.
    ///
    /// Example: `25`.
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
    ///
    /// Example: `4`.
    #[serde(rename = "Cpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `Memory`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `InstanceFamily`.
    ///
    /// Example: `S5`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
    /// `TypeName`.
    ///
    /// Example: `标准型S5`.
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
    ///
    /// Example: `SELL`.
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
    ///
    /// Example: `ResourcesSoldOut.SpecifiedInstanceType`.
    #[serde(
        rename = "SoldOutReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sold_out_reason: ::std::option::Option<::yun_core::Text>,
    /// `InstanceBandwidth`.
    ///
    /// Example: `10.0`.
    #[serde(
        rename = "InstanceBandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_bandwidth: ::std::option::Option<f64>,
    /// `InstancePps`.
    ///
    /// Example: `80`.
    #[serde(
        rename = "InstancePps",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_pps: ::std::option::Option<i64>,
    /// `StorageBlockAmount`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "StorageBlockAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_block_amount: ::std::option::Option<i64>,
    /// `CpuType`.
    ///
    /// Example: `Intel Xeon Cascade Lake 8255C`.
    #[serde(
        rename = "CpuType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_type: ::std::option::Option<::yun_core::Text>,
    /// `Gpu`.
    ///
    /// Example: `1`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<i64>,
    /// `Fpga`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Fpga",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fpga: ::std::option::Option<i64>,
    /// `Remark`.
    ///
    /// Example: `搭载1 块 11176 GB  SATA HDD 本地硬盘`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::yun_core::Text>,
    /// `GpuCount`.
    ///
    /// Example: `1.0`.
    #[serde(
        rename = "GpuCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_count: ::std::option::Option<f64>,
    /// `Frequency`.
    ///
    /// Example: `-/3.1GHz`.
    #[serde(
        rename = "Frequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frequency: ::std::option::Option<::yun_core::Text>,
    /// `StatusCategory`.
    ///
    /// Example: `EnoughStock`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceTypeQuotaItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypeQuotaItem",
            &[
                ("zone", d::opt(&self.zone)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("network_card", d::opt(&self.network_card)),
                ("externals", d::opt(&self.externals)),
                ("cpu", d::opt(&self.cpu)),
                ("memory", d::opt(&self.memory)),
                ("instance_family", d::opt(&self.instance_family)),
                ("type_name", d::opt(&self.type_name)),
                ("local_disk_type_list", d::opt(&self.local_disk_type_list)),
                ("status", d::opt(&self.status)),
                ("price", d::opt(&self.price)),
                ("sold_out_reason", d::opt(&self.sold_out_reason)),
                ("instance_bandwidth", d::opt(&self.instance_bandwidth)),
                ("instance_pps", d::opt(&self.instance_pps)),
                ("storage_block_amount", d::opt(&self.storage_block_amount)),
                ("cpu_type", d::opt(&self.cpu_type)),
                ("gpu", d::opt(&self.gpu)),
                ("fpga", d::opt(&self.fpga)),
                ("remark", d::opt(&self.remark)),
                ("gpu_count", d::opt(&self.gpu_count)),
                ("frequency", d::opt(&self.frequency)),
                ("status_category", d::opt(&self.status_category)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InternetAccessible {
    /// `InternetChargeType`.
    ///
    /// Example: `BANDWIDTH_PREPAID`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetMaxBandwidthOut`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i64>,
    /// `PublicIpAssigned`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "PublicIpAssigned",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_assigned: ::std::option::Option<bool>,
    /// `BandwidthPackageId`.
    ///
    /// Example: `bwp-h1ro`.
    #[serde(
        rename = "BandwidthPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth_package_id: ::std::option::Option<::yun_core::Text>,
    /// `InternetServiceProvider`.
    ///
    /// Example: `BGP`.
    #[serde(
        rename = "InternetServiceProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_service_provider: ::std::option::Option<::yun_core::Text>,
    /// `IPv4AddressType`.
    ///
    /// Example: `WanIP`.
    #[serde(
        rename = "IPv4AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_address_type: ::std::option::Option<::yun_core::Text>,
    /// `IPv6AddressType`.
    ///
    /// Example: `EIPv6`.
    #[serde(
        rename = "IPv6AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_type: ::std::option::Option<::yun_core::Text>,
    /// `AntiDDoSPackageId`.
    ///
    /// Example: `bgp-00000000`.
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
            ipv4_address_type: ::std::option::Option::None,
            ipv6_address_type: ::std::option::Option::None,
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
    pub fn ipv4_address_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.ipv4_address_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IPv6AddressType`.
    pub fn ipv6_address_type(mut self, value: impl ::std::convert::Into<::yun_core::Text>) -> Self {
        self.ipv6_address_type = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for InternetAccessible {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InternetAccessible",
            &[
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                ("public_ip_assigned", d::opt(&self.public_ip_assigned)),
                ("bandwidth_package_id", d::opt(&self.bandwidth_package_id)),
                (
                    "internet_service_provider",
                    d::opt(&self.internet_service_provider),
                ),
                ("ipv4_address_type", d::opt(&self.ipv4_address_type)),
                ("ipv6_address_type", d::opt(&self.ipv6_address_type)),
                (
                    "anti_d_do_s_package_id",
                    d::opt(&self.anti_d_do_s_package_id),
                ),
            ],
        )
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
                5 => out.ipv4_address_type = r.decode()?,
                6 => out.ipv6_address_type = r.decode()?,
                7 => out.anti_d_do_s_package_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InternetBandwidthConfig` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InternetBandwidthConfig {
    /// `StartTime`.
    ///
    /// Example: `2023-10-05T14:30:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2023-11-05T14:30:00Z`.
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

impl ::std::fmt::Debug for InternetBandwidthConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InternetBandwidthConfig",
            &[
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
                ("internet_accessible", d::opt(&self.internet_accessible)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InternetChargeTypeConfig {
    /// `InternetChargeType`.
    ///
    /// Example: `TRAFFIC_POSTPAID_BY_HOUR`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `postpaid monthly`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InternetChargeTypeConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InternetChargeTypeConfig",
            &[
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ItemPrice {
    /// `UnitPrice`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "UnitPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price: ::std::option::Option<f64>,
    /// `ChargeUnit`.
    ///
    /// Example: `HOUR`.
    #[serde(
        rename = "ChargeUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_unit: ::std::option::Option<::yun_core::Text>,
    /// `OriginalPrice`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `DiscountPrice`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `Discount`.
    ///
    /// Example: `20.0`.
    #[serde(
        rename = "Discount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount: ::std::option::Option<f64>,
    /// `UnitPriceDiscount`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "UnitPriceDiscount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_discount: ::std::option::Option<f64>,
    /// `UnitPriceSecondStep`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "UnitPriceSecondStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_second_step: ::std::option::Option<f64>,
    /// `UnitPriceDiscountSecondStep`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "UnitPriceDiscountSecondStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_discount_second_step: ::std::option::Option<f64>,
    /// `UnitPriceThirdStep`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "UnitPriceThirdStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_third_step: ::std::option::Option<f64>,
    /// `UnitPriceDiscountThirdStep`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "UnitPriceDiscountThirdStep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit_price_discount_third_step: ::std::option::Option<f64>,
    /// `OriginalPriceThreeYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "OriginalPriceThreeYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price_three_year: ::std::option::Option<f64>,
    /// `DiscountPriceThreeYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "DiscountPriceThreeYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price_three_year: ::std::option::Option<f64>,
    /// `DiscountThreeYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "DiscountThreeYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_three_year: ::std::option::Option<f64>,
    /// `OriginalPriceFiveYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "OriginalPriceFiveYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price_five_year: ::std::option::Option<f64>,
    /// `DiscountPriceFiveYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "DiscountPriceFiveYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price_five_year: ::std::option::Option<f64>,
    /// `DiscountFiveYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "DiscountFiveYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_five_year: ::std::option::Option<f64>,
    /// `OriginalPriceOneYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "OriginalPriceOneYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price_one_year: ::std::option::Option<f64>,
    /// `DiscountPriceOneYear`.
    ///
    /// Example: `35.5`.
    #[serde(
        rename = "DiscountPriceOneYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price_one_year: ::std::option::Option<f64>,
    /// `DiscountOneYear`.
    ///
    /// Example: `20.0`.
    #[serde(
        rename = "DiscountOneYear",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_one_year: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for ItemPrice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ItemPrice",
            &[
                ("unit_price", d::opt(&self.unit_price)),
                ("charge_unit", d::opt(&self.charge_unit)),
                ("original_price", d::opt(&self.original_price)),
                ("discount_price", d::opt(&self.discount_price)),
                ("discount", d::opt(&self.discount)),
                ("unit_price_discount", d::opt(&self.unit_price_discount)),
                (
                    "unit_price_second_step",
                    d::opt(&self.unit_price_second_step),
                ),
                (
                    "unit_price_discount_second_step",
                    d::opt(&self.unit_price_discount_second_step),
                ),
                ("unit_price_third_step", d::opt(&self.unit_price_third_step)),
                (
                    "unit_price_discount_third_step",
                    d::opt(&self.unit_price_discount_third_step),
                ),
                (
                    "original_price_three_year",
                    d::opt(&self.original_price_three_year),
                ),
                (
                    "discount_price_three_year",
                    d::opt(&self.discount_price_three_year),
                ),
                ("discount_three_year", d::opt(&self.discount_three_year)),
                (
                    "original_price_five_year",
                    d::opt(&self.original_price_five_year),
                ),
                (
                    "discount_price_five_year",
                    d::opt(&self.discount_price_five_year),
                ),
                ("discount_five_year", d::opt(&self.discount_five_year)),
                (
                    "original_price_one_year",
                    d::opt(&self.original_price_one_year),
                ),
                (
                    "discount_price_one_year",
                    d::opt(&self.discount_price_one_year),
                ),
                ("discount_one_year", d::opt(&self.discount_one_year)),
            ],
        )
    }
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
    ///
    /// Example: `skey-q29u65hu`.
    #[serde(
        rename = "KeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_id: ::std::option::Option<::yun_core::Text>,
    /// `KeyName`.
    ///
    /// Example: `mySkey`.
    #[serde(
        rename = "KeyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::yun_core::Text>,
    /// `ProjectId`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "ProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<i64>,
    /// `Description`.
    ///
    /// Example: `mySkey`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `PublicKey`.
    ///
    /// Example: `ssh-rsa AAAAB3N......59LPzXah+r+d skey-0mjpcb19`.
    #[serde(
        rename = "PublicKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_key: ::std::option::Option<::yun_core::Text>,
    /// `PrivateKey`.
    ///
    /// Example: `-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAzDC......WCvOBGeKHg==\n-----END RSA PRIVATE KEY-----`.
    #[serde(
        rename = "PrivateKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_key: ::std::option::Option<::yun_core::Text>,
    /// `AssociatedInstanceIds`.
    ///
    /// Example: `["ins-syht65r4"]`.
    #[serde(
        rename = "AssociatedInstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instance_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `CreatedTime`.
    ///
    /// Example: `2022-03-21T08:41:45Z`.
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
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "KeyPair",
            &[
                ("key_id", d::opt(&self.key_id)),
                ("key_name", d::opt(&self.key_name)),
                ("project_id", d::opt(&self.project_id)),
                ("description", d::opt(&self.description)),
                ("public_key", d::opt(&self.public_key)),
                ("private_key", d::secret(&self.private_key)),
                (
                    "associated_instance_ids",
                    d::opt(&self.associated_instance_ids),
                ),
                ("created_time", d::opt(&self.created_time)),
                ("tags", d::opt(&self.tags)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplate {
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-rf6ogz48`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateVersion`.
    ///
    /// Example: `1`.
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

impl ::std::fmt::Debug for LaunchTemplate {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplate",
            &[
                ("launch_template_id", d::opt(&self.launch_template_id)),
                (
                    "launch_template_version",
                    d::opt(&self.launch_template_version),
                ),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateInfo {
    /// `LatestVersionNumber`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "LatestVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_version_number: ::std::option::Option<u64>,
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-rf6ogz49`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateName`.
    ///
    /// Example: `foobar`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::yun_core::Text>,
    /// `DefaultVersionNumber`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "DefaultVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_version_number: ::std::option::Option<u64>,
    /// `LaunchTemplateVersionCount`.
    ///
    /// Example: `8`.
    #[serde(
        rename = "LaunchTemplateVersionCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_count: ::std::option::Option<u64>,
    /// `CreatedBy`.
    ///
    /// Example: `1230000`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2020-12-17T01:54:31Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for LaunchTemplateInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateInfo",
            &[
                ("latest_version_number", d::opt(&self.latest_version_number)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
                (
                    "default_version_number",
                    d::opt(&self.default_version_number),
                ),
                (
                    "launch_template_version_count",
                    d::opt(&self.launch_template_version_count),
                ),
                ("created_by", d::opt(&self.created_by)),
                ("creation_time", d::opt(&self.creation_time)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionData {
    /// `Placement`.
    #[serde(
        rename = "Placement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub placement: ::std::option::Option<crate::models::Placement>,
    /// `InstanceType`.
    ///
    /// Example: `S1.SMALL2`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `MyInstance`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PREPAID`.
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
    ///
    /// Example: `img-pi0aa46r`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    ///
    /// Example: `["sg-rf6ogz49"]`.
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
    ///
    /// Example: `testroleName001`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterId`.
    ///
    /// Example: `hpc-a5n666lo`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceCount`.
    ///
    /// Example: `1`.
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
    ///
    /// Example: `TXlVc2VyRGF0YQo=`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::yun_core::Text>,
    /// `DisasterRecoverGroupIds`.
    ///
    /// Example: `["ps-3p88qhfo"]`.
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
    ///
    /// Example: `MyHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `ClientToken`.
    ///
    /// Example: `system-f3827db9-c58a-49cc-bf10-33fc1923a34a`.
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
    ///
    /// Example: `false`.
    #[serde(
        rename = "DisableApiTermination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_api_termination: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for LaunchTemplateVersionData {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateVersionData",
            &[
                ("placement", d::opt(&self.placement)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_name", d::opt(&self.instance_name)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("system_disk", d::opt(&self.system_disk)),
                ("data_disks", d::opt(&self.data_disks)),
                ("internet_accessible", d::opt(&self.internet_accessible)),
                ("virtual_private_cloud", d::opt(&self.virtual_private_cloud)),
                ("image_id", d::opt(&self.image_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("login_settings", d::opt(&self.login_settings)),
                ("cam_role_name", d::opt(&self.cam_role_name)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("instance_count", d::opt(&self.instance_count)),
                ("enhanced_service", d::opt(&self.enhanced_service)),
                ("user_data", d::opt(&self.user_data)),
                (
                    "disaster_recover_group_ids",
                    d::opt(&self.disaster_recover_group_ids),
                ),
                ("action_timer", d::opt(&self.action_timer)),
                (
                    "instance_market_options",
                    d::opt(&self.instance_market_options),
                ),
                ("host_name", d::opt(&self.host_name)),
                ("client_token", d::opt(&self.client_token)),
                (
                    "instance_charge_prepaid",
                    d::opt(&self.instance_charge_prepaid),
                ),
                ("tag_specification", d::opt(&self.tag_specification)),
                (
                    "disable_api_termination",
                    d::opt(&self.disable_api_termination),
                ),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionInfo {
    /// `LaunchTemplateVersion`.
    ///
    /// Example: `1`.
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
    ///
    /// Example: `2020-12-17T01:54:31Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-b8v1kcyq`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `IsDefaultVersion`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsDefaultVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_default_version: ::std::option::Option<bool>,
    /// `LaunchTemplateVersionDescription`.
    ///
    /// Example: `MyVersion`.
    #[serde(
        rename = "LaunchTemplateVersionDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_description: ::std::option::Option<::yun_core::Text>,
    /// `CreatedBy`.
    ///
    /// Example: `251001234`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for LaunchTemplateVersionInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateVersionInfo",
            &[
                (
                    "launch_template_version",
                    d::opt(&self.launch_template_version),
                ),
                (
                    "launch_template_version_data",
                    d::opt(&self.launch_template_version_data),
                ),
                ("creation_time", d::opt(&self.creation_time)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("is_default_version", d::opt(&self.is_default_version)),
                (
                    "launch_template_version_description",
                    d::opt(&self.launch_template_version_description),
                ),
                ("created_by", d::opt(&self.created_by)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LocalDiskType {
    /// `Type`.
    ///
    /// Example: `LOCAL_BASIC`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `PartitionType`.
    ///
    /// Example: `ROOT`.
    #[serde(
        rename = "PartitionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_type: ::std::option::Option<::yun_core::Text>,
    /// `MinSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MinSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_size: ::std::option::Option<i64>,
    /// `MaxSize`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "MaxSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_size: ::std::option::Option<i64>,
    /// `Required`.
    ///
    /// Example: `REQUIRED`.
    #[serde(
        rename = "Required",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for LocalDiskType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LocalDiskType",
            &[
                ("type", d::opt(&self.r#type)),
                ("partition_type", d::opt(&self.partition_type)),
                ("min_size", d::opt(&self.min_size)),
                ("max_size", d::opt(&self.max_size)),
                ("required", d::opt(&self.required)),
            ],
        )
    }
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
    ///
    /// Example: `123456@ABC`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::yun_core::Text>,
    /// `KeyIds`.
    ///
    /// Example: `["skey-3glfot13"]`.
    #[serde(
        rename = "KeyIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `KeepImageLogin`.
    ///
    /// Example: `true`.
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
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LoginSettings",
            &[
                ("password", d::secret(&self.password)),
                ("key_ids", d::opt(&self.key_ids)),
                ("keep_image_login", d::opt(&self.keep_image_login)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Metadata {
    /// `Items`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `[{"Key": "key", "Value": "value"}]`.
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

impl ::std::fmt::Debug for Metadata {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Metadata", &[("items", d::opt(&self.items))])
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetadataItem {
    /// `Key`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `"key"`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::yun_core::Text>,
    /// `Value`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `"value"`.
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

impl ::std::fmt::Debug for MetadataItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MetadataItem",
            &[("key", d::opt(&self.key)), ("value", d::opt(&self.value))],
        )
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
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfaces {
    /// `InterfaceType`. Required.
    ///
    /// Example: `PRIMARY`.
    #[serde(rename = "InterfaceType")]
    pub interface_type: ::std::string::String,
    /// `VpcId`. Required.
    ///
    /// Example: `vpc-h2rxr2iv`.
    #[serde(rename = "VpcId")]
    pub vpc_id: ::std::string::String,
    /// `SubnetId`. Required.
    ///
    /// Example: `subnet-bshmz62m`.
    #[serde(rename = "SubnetId")]
    pub subnet_id: ::std::string::String,
    /// `PrivateIpv4AddressCount`. Required.
    ///
    /// Example: `1`.
    #[serde(rename = "PrivateIpv4AddressCount")]
    pub private_ipv4_address_count: i64,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-l6gdyio1`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    ///
    /// Example: `["sg-os13k3gt"]`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DeleteWithInstance`.
    ///
    /// Example: `false`.
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

impl ::std::fmt::Debug for NetworkInterfaces {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfaces",
            &[
                ("interface_type", d::req(&self.interface_type)),
                ("vpc_id", d::req(&self.vpc_id)),
                ("subnet_id", d::req(&self.subnet_id)),
                (
                    "private_ipv4_address_count",
                    d::req(&self.private_ipv4_address_count),
                ),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationCountLimit {
    /// `Operation`.
    ///
    /// Example: `INSTANCE_DEGRADE`.
    #[serde(
        rename = "Operation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `ins-xxxxx`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `CurrentCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "CurrentCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_count: ::std::option::Option<i64>,
    /// `LimitCount`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "LimitCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit_count: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for OperationCountLimit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OperationCountLimit",
            &[
                ("operation", d::opt(&self.operation)),
                ("instance_id", d::opt(&self.instance_id)),
                ("current_count", d::opt(&self.current_count)),
                ("limit_count", d::opt(&self.limit_count)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OsVersion {
    /// `OsName`.
    ///
    /// Example: `CentOS`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `OsVersions`.
    ///
    /// Example: `["9"]`.
    #[serde(
        rename = "OsVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_versions: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Architecture`.
    ///
    /// Example: `x86_64`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for OsVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OsVersion",
            &[
                ("os_name", d::opt(&self.os_name)),
                ("os_versions", d::opt(&self.os_versions)),
                ("architecture", d::opt(&self.architecture)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Placement {
    /// `Zone`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `ap-guangzhou-4`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `ProjectId`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "ProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<i64>,
    /// `HostIds`.
    ///
    /// Example: `["host-o5i742go"]`.
    #[serde(
        rename = "HostIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `HostId`.
    ///
    /// Example: `host-o5i742go`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedResourcePackTenancy`.
    ///
    /// Example: `ResourcePool`.
    #[serde(
        rename = "DedicatedResourcePackTenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_tenancy: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedResourcePackIds`.
    ///
    /// Example: `["rpp-7eumgm3l"]`.
    #[serde(
        rename = "DedicatedResourcePackIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `RackId`.
    ///
    /// Example: `3F3327994BA4C23134DDCBD7828CD4CC`.
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

impl ::std::fmt::Debug for Placement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Placement",
            &[
                ("zone", d::opt(&self.zone)),
                ("project_id", d::opt(&self.project_id)),
                ("host_ids", d::opt(&self.host_ids)),
                ("host_id", d::opt(&self.host_id)),
                (
                    "dedicated_resource_pack_tenancy",
                    d::opt(&self.dedicated_resource_pack_tenancy),
                ),
                (
                    "dedicated_resource_pack_ids",
                    d::opt(&self.dedicated_resource_pack_ids),
                ),
                ("rack_id", d::opt(&self.rack_id)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PostPaidQuota {
    /// `UsedQuota`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `RemainingQuota`.
    ///
    /// Example: `90`.
    #[serde(
        rename = "RemainingQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-1`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PostPaidQuota {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PostPaidQuota",
            &[
                ("used_quota", d::opt(&self.used_quota)),
                ("remaining_quota", d::opt(&self.remaining_quota)),
                ("total_quota", d::opt(&self.total_quota)),
                ("zone", d::opt(&self.zone)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrePaidQuota {
    /// `UsedQuota`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `OnceQuota`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "OnceQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub once_quota: ::std::option::Option<u64>,
    /// `RemainingQuota`.
    ///
    /// Example: `90`.
    #[serde(
        rename = "RemainingQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
    /// `Zone`.
    ///
    /// Example: `ap-nanjing-1`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PrePaidQuota {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PrePaidQuota",
            &[
                ("used_quota", d::opt(&self.used_quota)),
                ("once_quota", d::opt(&self.once_quota)),
                ("remaining_quota", d::opt(&self.remaining_quota)),
                ("total_quota", d::opt(&self.total_quota)),
                ("zone", d::opt(&self.zone)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for Price {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Price",
            &[
                ("instance_price", d::opt(&self.instance_price)),
                ("bandwidth_price", d::opt(&self.bandwidth_price)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RegionInfo {
    /// `Region`.
    ///
    /// Example: `ap-guangzhou`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::yun_core::Text>,
    /// `RegionName`.
    ///
    /// Example: `华南地区(广州)`.
    #[serde(
        rename = "RegionName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::yun_core::Text>,
    /// `RegionState`.
    ///
    /// Example: `AVAILABLE`.
    #[serde(
        rename = "RegionState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_state: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RegionInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RegionInfo",
            &[
                ("region", d::opt(&self.region)),
                ("region_name", d::opt(&self.region_name)),
                ("region_state", d::opt(&self.region_state)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RepairTaskInfo {
    /// `TaskId`.
    ///
    /// Example: `rep-xxxxxxxx`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `ins-xxxxxxxx`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Alias`.
    ///
    /// Example: `myTask`.
    #[serde(
        rename = "Alias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alias: ::std::option::Option<::yun_core::Text>,
    /// `TaskTypeId`.
    ///
    /// Example: `101`.
    #[serde(
        rename = "TaskTypeId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_type_id: ::std::option::Option<u64>,
    /// `TaskTypeName`.
    ///
    /// Example: `实例运行隐患`.
    #[serde(
        rename = "TaskTypeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_type_name: ::std::option::Option<::yun_core::Text>,
    /// `TaskStatus`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TaskStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_status: ::std::option::Option<u64>,
    /// `DeviceStatus`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "DeviceStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_status: ::std::option::Option<u64>,
    /// `OperateStatus`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "OperateStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operate_status: ::std::option::Option<u64>,
    /// `CreateTime`.
    ///
    /// Example: `2017-01-01 12:00:00`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `AuthTime`.
    ///
    /// Example: `2017-01-03 12:00:00`.
    #[serde(
        rename = "AuthTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2017-01-03 14:00:00`.
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
    ///
    /// Example: `ap-guangzhou-7`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `Region`.
    ///
    /// Example: `ap-guangzhou`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `vpc-xxxxxxxx`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcName`.
    ///
    /// Example: `Default-VPC`.
    #[serde(
        rename = "VpcName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::yun_core::Text>,
    /// `SubnetId`.
    ///
    /// Example: `subnet-xxxxxxxx`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::yun_core::Text>,
    /// `SubnetName`.
    ///
    /// Example: `Default-Subnet`.
    #[serde(
        rename = "SubnetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_name: ::std::option::Option<::yun_core::Text>,
    /// `WanIp`.
    ///
    /// Example: `11.22.33.44`.
    #[serde(
        rename = "WanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wan_ip: ::std::option::Option<::yun_core::Text>,
    /// `LanIp`.
    ///
    /// Example: `10.10.1.9`.
    #[serde(
        rename = "LanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lan_ip: ::std::option::Option<::yun_core::Text>,
    /// `Product`.
    ///
    /// Example: `CVM`.
    #[serde(
        rename = "Product",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product: ::std::option::Option<::yun_core::Text>,
    /// `TaskSubType`.
    ///
    /// Example: `unconfirmed`.
    #[serde(
        rename = "TaskSubType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_sub_type: ::std::option::Option<::yun_core::Text>,
    /// `AuthType`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "AuthType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_type: ::std::option::Option<u64>,
    /// `AuthSource`.
    ///
    /// Example: `Customer_auth`.
    #[serde(
        rename = "AuthSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_source: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RepairTaskInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RepairTaskInfo",
            &[
                ("task_id", d::opt(&self.task_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("alias", d::opt(&self.alias)),
                ("task_type_id", d::opt(&self.task_type_id)),
                ("task_type_name", d::opt(&self.task_type_name)),
                ("task_status", d::opt(&self.task_status)),
                ("device_status", d::opt(&self.device_status)),
                ("operate_status", d::opt(&self.operate_status)),
                ("create_time", d::opt(&self.create_time)),
                ("auth_time", d::opt(&self.auth_time)),
                ("end_time", d::opt(&self.end_time)),
                ("task_detail", d::opt(&self.task_detail)),
                ("zone", d::opt(&self.zone)),
                ("region", d::opt(&self.region)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("vpc_name", d::opt(&self.vpc_name)),
                ("subnet_id", d::opt(&self.subnet_id)),
                ("subnet_name", d::opt(&self.subnet_name)),
                ("wan_ip", d::opt(&self.wan_ip)),
                ("lan_ip", d::opt(&self.lan_ip)),
                ("product", d::opt(&self.product)),
                ("task_sub_type", d::opt(&self.task_sub_type)),
                ("auth_type", d::opt(&self.auth_type)),
                ("auth_source", d::opt(&self.auth_source)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourceCount {
    /// `Cpu`.
    ///
    /// Example: `16`.
    #[serde(rename = "Cpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<u64>,
    /// `Memory`.
    ///
    /// Example: `64`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<u64>,
    /// `Gpu`.
    ///
    /// Example: `0`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<u64>,
    /// `Disk`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Disk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<u64>,
}

impl ::std::fmt::Debug for ResourceCount {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResourceCount",
            &[
                ("cpu", d::opt(&self.cpu)),
                ("memory", d::opt(&self.memory)),
                ("gpu", d::opt(&self.gpu)),
                ("disk", d::opt(&self.disk)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourcePoolPack {
    /// `DedicatedResourcePackId`.
    ///
    /// Example: `rpp-mzeh03bj`.
    #[serde(
        rename = "DedicatedResourcePackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedResourcePackName`.
    ///
    /// Example: `自动放置池测试`.
    #[serde(
        rename = "DedicatedResourcePackName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_name: ::std::option::Option<::yun_core::Text>,
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-2`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `SA9.96XLARGE1152`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceFamily`.
    ///
    /// Example: `SA9`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
    /// `ResourcePoolPackType`.
    ///
    /// Example: `EXCLUSIVE`.
    #[serde(
        rename = "ResourcePoolPackType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_pool_pack_type: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `ACTIVE`.
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
    ///
    /// Example: `3E7A16039D8E141849DE7C837DE70ECC`.
    #[serde(
        rename = "HostIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_ip: ::std::option::Option<::yun_core::Text>,
    /// `RackId`.
    ///
    /// Example: `3E5BA837F9B5FFD91DCC02DBF501C7A7`.
    #[serde(
        rename = "RackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack_id: ::std::option::Option<::yun_core::Text>,
    /// `SwitchId`.
    ///
    /// Example: `7E87DEECE245155C880A7CF5355CD81F`.
    #[serde(
        rename = "SwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub switch_id: ::std::option::Option<::yun_core::Text>,
    /// `AutoPlacement`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoPlacement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_placement: ::std::option::Option<bool>,
    /// `RenewFlag`.
    ///
    /// Example: `NOTIFY_AND_MANUAL_RENEW`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2026-01-14T06:47:14Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2026-01-14T06:47:14Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResourcePoolPack {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResourcePoolPack",
            &[
                (
                    "dedicated_resource_pack_id",
                    d::opt(&self.dedicated_resource_pack_id),
                ),
                (
                    "dedicated_resource_pack_name",
                    d::opt(&self.dedicated_resource_pack_name),
                ),
                ("zone", d::opt(&self.zone)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_family", d::opt(&self.instance_family)),
                (
                    "resource_pool_pack_type",
                    d::opt(&self.resource_pool_pack_type),
                ),
                ("status", d::opt(&self.status)),
                ("total_capacity", d::opt(&self.total_capacity)),
                ("available_capacity", d::opt(&self.available_capacity)),
                ("host_ip", d::opt(&self.host_ip)),
                ("rack_id", d::opt(&self.rack_id)),
                ("switch_id", d::opt(&self.switch_id)),
                ("auto_placement", d::opt(&self.auto_placement)),
                ("renew_flag", d::opt(&self.renew_flag)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourcePoolPackInstance {
    /// `DedicatedResourcePackId`.
    ///
    /// Example: `rpp-fb7bzcyt`.
    #[serde(
        rename = "DedicatedResourcePackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceIdSet`.
    ///
    /// Example: `["ins-5u8lxsum"]`.
    #[serde(
        rename = "InstanceIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_set: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `InstanceFamily`.
    ///
    /// Example: `SA9`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `SA9.96XLARGE1152`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-2`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResourcePoolPackInstance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResourcePoolPackInstance",
            &[
                (
                    "dedicated_resource_pack_id",
                    d::opt(&self.dedicated_resource_pack_id),
                ),
                ("instance_id_set", d::opt(&self.instance_id_set)),
                ("instance_family", d::opt(&self.instance_family)),
                ("instance_type", d::opt(&self.instance_type)),
                ("zone", d::opt(&self.zone)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunAutomationServiceEnabled {
    /// `Enabled`.
    ///
    /// Example: `true`.
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

impl ::std::fmt::Debug for RunAutomationServiceEnabled {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunAutomationServiceEnabled",
            &[("enabled", d::opt(&self.enabled))],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunMonitorServiceEnabled {
    /// `Enabled`.
    ///
    /// Example: `true`.
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

impl ::std::fmt::Debug for RunMonitorServiceEnabled {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunMonitorServiceEnabled",
            &[("enabled", d::opt(&self.enabled))],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RunSecurityServiceEnabled {
    /// `Enabled`.
    ///
    /// Example: `false`.
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

impl ::std::fmt::Debug for RunSecurityServiceEnabled {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RunSecurityServiceEnabled",
            &[("enabled", d::opt(&self.enabled))],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SharePermission {
    /// `CreatedTime`.
    ///
    /// Example: `2023-10-05T14:30:00Z`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::yun_core::Text>,
    /// `AccountId`.
    ///
    /// Example: `2700036`.
    #[serde(
        rename = "AccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SharePermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SharePermission",
            &[
                ("created_time", d::opt(&self.created_time)),
                ("account_id", d::opt(&self.account_id)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Snapshot {
    /// `SnapshotId`.
    ///
    /// Example: `snap-2y1v`.
    #[serde(
        rename = "SnapshotId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_id: ::std::option::Option<::yun_core::Text>,
    /// `DiskUsage`.
    ///
    /// Example: `SYSTEM_DISK`.
    #[serde(
        rename = "DiskUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_usage: ::std::option::Option<::yun_core::Text>,
    /// `DiskSize`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Snapshot",
            &[
                ("snapshot_id", d::opt(&self.snapshot_id)),
                ("disk_usage", d::opt(&self.disk_usage)),
                ("disk_size", d::opt(&self.disk_size)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotMarketOptions {
    /// `MaxPrice`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `0.01`.
    #[serde(
        rename = "MaxPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_price: ::std::option::Option<::yun_core::Text>,
    /// `SpotInstanceType`.
    ///
    /// Example: `one-time`.
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

impl ::std::fmt::Debug for SpotMarketOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SpotMarketOptions",
            &[
                ("max_price", d::opt(&self.max_price)),
                ("spot_instance_type", d::opt(&self.spot_instance_type)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotPaidQuota {
    /// `UsedQuota`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "UsedQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_quota: ::std::option::Option<u64>,
    /// `RemainingQuota`.
    ///
    /// Example: `90`.
    #[serde(
        rename = "RemainingQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_quota: ::std::option::Option<u64>,
    /// `TotalQuota`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "TotalQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_quota: ::std::option::Option<u64>,
    /// `Zone`.
    ///
    /// Example: `ap-nanjing-1`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SpotPaidQuota {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SpotPaidQuota",
            &[
                ("used_quota", d::opt(&self.used_quota)),
                ("remaining_quota", d::opt(&self.remaining_quota)),
                ("total_quota", d::opt(&self.total_quota)),
                ("zone", d::opt(&self.zone)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageBlock {
    /// `Type`.
    ///
    /// Example: `LOCAL_PRO`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `MinSize`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "MinSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_size: ::std::option::Option<i64>,
    /// `MaxSize`.
    ///
    /// Example: `200`.
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

impl ::std::fmt::Debug for StorageBlock {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StorageBlock",
            &[
                ("type", d::opt(&self.r#type)),
                ("min_size", d::opt(&self.min_size)),
                ("max_size", d::opt(&self.max_size)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SyncImage {
    /// `ImageId`.
    ///
    /// Example: `img-xxxxxxxx`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `Region`.
    ///
    /// Example: `ap-guangzhou`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SyncImage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SyncImage",
            &[
                ("image_id", d::opt(&self.image_id)),
                ("region", d::opt(&self.region)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SystemDisk {
    /// `DiskType`.
    ///
    /// Example: `CLOUD_HSSD`.
    #[serde(
        rename = "DiskType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_type: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    ///
    /// Example: `disk-xyzw1a3x`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `DiskSize`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
    /// `CdcId`.
    ///
    /// Example: `cdc-xxxxxx`.
    #[serde(
        rename = "CdcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cdc_id: ::std::option::Option<::yun_core::Text>,
    /// `DiskName`.
    ///
    /// Example: `name`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::yun_core::Text>,
    /// `Encrypt`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
    /// `KmsKeyId`.
    ///
    /// Example: `kms-abcd1234`.
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

impl ::std::fmt::Debug for SystemDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SystemDisk",
            &[
                ("disk_type", d::opt(&self.disk_type)),
                ("disk_id", d::opt(&self.disk_id)),
                ("disk_size", d::opt(&self.disk_size)),
                ("cdc_id", d::opt(&self.cdc_id)),
                ("disk_name", d::opt(&self.disk_name)),
                ("encrypt", d::opt(&self.encrypt)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `myKey`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::yun_core::Text>,
    /// `Value`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `myValue`.
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

/// The `TagSpecification` object.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagSpecification {
    /// `ResourceType`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::yun_core::Text>,
    /// `Tags`. Required in a request that sends this object (checked before any I/O).
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

impl ::std::fmt::Debug for TagSpecification {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TagSpecification",
            &[
                ("resource_type", d::opt(&self.resource_type)),
                ("tags", d::opt(&self.tags)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TargetOs {
    /// `TargetOSType`.
    ///
    /// Example: `TencentOS`.
    #[serde(
        rename = "TargetOSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_type: ::std::option::Option<::yun_core::Text>,
    /// `TargetOSVersion`.
    ///
    /// Example: `2.4`.
    #[serde(
        rename = "TargetOSVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_version: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for TargetOs {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TargetOs",
            &[
                ("target_os_type", d::opt(&self.target_os_type)),
                ("target_os_version", d::opt(&self.target_os_version)),
            ],
        )
    }
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VirtualPrivateCloud {
    /// `VpcId`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `vpc-2ij`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `SubnetId`. Required in a request that sends this object (checked before any I/O).
    ///
    /// Example: `subnet-2ks`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::yun_core::Text>,
    /// `AsVpcGateway`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "AsVpcGateway",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub as_vpc_gateway: ::std::option::Option<bool>,
    /// `PrivateIpAddresses`.
    ///
    /// Example: `["10.0.0.1"]`.
    #[serde(
        rename = "PrivateIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `Ipv6AddressCount`.
    ///
    /// Example: `1`.
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

impl ::std::fmt::Debug for VirtualPrivateCloud {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "VirtualPrivateCloud",
            &[
                ("vpc_id", d::opt(&self.vpc_id)),
                ("subnet_id", d::opt(&self.subnet_id)),
                ("as_vpc_gateway", d::opt(&self.as_vpc_gateway)),
                ("private_ip_addresses", d::opt(&self.private_ip_addresses)),
                ("ipv6_address_count", d::opt(&self.ipv6_address_count)),
            ],
        )
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
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ZoneInfo {
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-3`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::yun_core::Text>,
    /// `ZoneName`.
    ///
    /// Example: `广州三区`.
    #[serde(
        rename = "ZoneName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_name: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `100003`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneState`.
    ///
    /// Example: `AVAILABLE`.
    #[serde(
        rename = "ZoneState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_state: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ZoneInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ZoneInfo",
            &[
                ("zone", d::opt(&self.zone)),
                ("zone_name", d::opt(&self.zone_name)),
                ("zone_id", d::opt(&self.zone_id)),
                ("zone_state", d::opt(&self.zone_state)),
            ],
        )
    }
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
