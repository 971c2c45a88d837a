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

impl<'de> ::serde::Deserialize<'de> for AccountQuota {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AccountQuota;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AccountQuota` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AccountQuota, A::Error> {
                let mut out = AccountQuota::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "PostPaidQuotaSet" => out.post_paid_quota_set = map.next_value()?,
                        "PrePaidQuotaSet" => out.pre_paid_quota_set = map.next_value()?,
                        "SpotPaidQuotaSet" => out.spot_paid_quota_set = map.next_value()?,
                        "ImageQuotaSet" => out.image_quota_set = map.next_value()?,
                        "DisasterRecoverGroupQuotaSet" => {
                            out.disaster_recover_group_quota_set = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub region: ::std::option::Option<::std::string::String>,
    /// `AccountQuota`.
    #[serde(
        rename = "AccountQuota",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_quota: ::std::option::Option<crate::models::AccountQuota>,
}

impl<'de> ::serde::Deserialize<'de> for AccountQuotaOverview {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AccountQuotaOverview;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AccountQuotaOverview` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AccountQuotaOverview, A::Error> {
                let mut out = AccountQuotaOverview::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Region" => out.region = map.next_value()?,
                        "AccountQuota" => out.account_quota = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub timer_action: ::std::option::Option<::std::string::String>,
    /// `ActionTime`.
    #[serde(
        rename = "ActionTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_time: ::std::option::Option<::std::string::String>,
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
    pub action_timer_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ActionTimer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ActionTimer;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ActionTimer` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ActionTimer, A::Error> {
                let mut out = ActionTimer::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TimerAction" => out.timer_action = map.next_value()?,
                        "ActionTime" => out.action_time = map.next_value()?,
                        "Externals" => out.externals = map.next_value()?,
                        "ActionTimerId" => out.action_timer_id = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub user_data: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Attribute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Attribute;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Attribute` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Attribute, A::Error> {
                let mut out = Attribute::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "UserData" => out.user_data = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for ChargePrepaid {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ChargePrepaid;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ChargePrepaid` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ChargePrepaid, A::Error> {
                let mut m_period: ::std::option::Option<u64> = ::std::option::Option::None;
                let mut m_renew_flag: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Period" => m_period = map.next_value()?,
                        "RenewFlag" => m_renew_flag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ChargePrepaid {
                    period: m_period.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Period")
                    })?,
                    renew_flag: m_renew_flag,
                })
            }
        }

        deserializer.deserialize_map(Members)
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
    pub mini_os_type: ::std::option::Option<::std::string::String>,
    /// `BootType`.
    #[serde(
        rename = "BootType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_type: ::std::option::Option<::std::string::String>,
    /// `BootFile`.
    #[serde(
        rename = "BootFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_file: ::std::option::Option<::std::string::String>,
    /// `NextServerAddress`.
    #[serde(
        rename = "NextServerAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_server_address: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ChcDeployExtraConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ChcDeployExtraConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ChcDeployExtraConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ChcDeployExtraConfig, A::Error> {
                let mut out = ChcDeployExtraConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "MiniOsType" => out.mini_os_type = map.next_value()?,
                        "BootType" => out.boot_type = map.next_value()?,
                        "BootFile" => out.boot_file = map.next_value()?,
                        "NextServerAddress" => {
                            out.next_server_address = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub chc_id: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `SerialNumber`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::std::string::String>,
    /// `InstanceState`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::std::string::String>,
    /// `DeviceType`.
    #[serde(
        rename = "DeviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
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
    pub bmc_ip: ::std::option::Option<::std::string::String>,
    /// `BmcSecurityGroupIds`.
    #[serde(
        rename = "BmcSecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
    pub deploy_ip: ::std::option::Option<::std::string::String>,
    /// `DeploySecurityGroupIds`.
    #[serde(
        rename = "DeploySecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CvmInstanceId`.
    #[serde(
        rename = "CvmInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cvm_instance_id: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `HardwareDescription`.
    #[serde(
        rename = "HardwareDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hardware_description: ::std::option::Option<::std::string::String>,
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
    pub disk: ::std::option::Option<::std::string::String>,
    /// `BmcMAC`.
    #[serde(
        rename = "BmcMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_mac: ::std::option::Option<::std::string::String>,
    /// `DeployMAC`.
    #[serde(
        rename = "DeployMAC",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_mac: ::std::option::Option<::std::string::String>,
    /// `TenantType`.
    #[serde(
        rename = "TenantType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenant_type: ::std::option::Option<::std::string::String>,
    /// `DeployExtraConfig`.
    #[serde(
        rename = "DeployExtraConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_extra_config: ::std::option::Option<crate::models::ChcDeployExtraConfig>,
    /// `Gpu`.
    #[serde(rename = "Gpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu: ::std::option::Option<::std::string::String>,
    /// `NetworkCard`.
    #[serde(
        rename = "NetworkCard",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card: ::std::option::Option<::std::string::String>,
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
    pub chc_instance_type: ::std::option::Option<::std::string::String>,
    /// `ChcInstanceFamily`.
    #[serde(
        rename = "ChcInstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family: ::std::option::Option<::std::string::String>,
    /// `ChcInstanceFamilyName`.
    #[serde(
        rename = "ChcInstanceFamilyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_instance_family_name: ::std::option::Option<::std::string::String>,
    /// `ResaleAppId`.
    #[serde(
        rename = "ResaleAppId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_app_id: ::std::option::Option<::std::string::String>,
    /// `ResaleAccountId`.
    #[serde(
        rename = "ResaleAccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resale_account_id: ::std::option::Option<::std::string::String>,
    /// `SaleStatus`.
    #[serde(
        rename = "SaleStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sale_status: ::std::option::Option<::std::string::String>,
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
    pub latest_operation: ::std::option::Option<::std::string::String>,
    /// `LatestOperationErrorCode`.
    #[serde(
        rename = "LatestOperationErrorCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_error_code: ::std::option::Option<::std::string::String>,
    /// `LatestOperationErrorMsg`.
    #[serde(
        rename = "LatestOperationErrorMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_error_msg: ::std::option::Option<::std::string::String>,
    /// `LatestOperationName`.
    #[serde(
        rename = "LatestOperationName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_name: ::std::option::Option<::std::string::String>,
    /// `LatestOperationState`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::std::string::String>,
    /// `ChcGatewayId`.
    #[serde(
        rename = "ChcGatewayId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_gateway_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedClusterId`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::std::string::String>,
    /// `NetworkMode`.
    #[serde(
        rename = "NetworkMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_mode: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ChcHost {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ChcHost;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ChcHost` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ChcHost, A::Error> {
                let mut out = ChcHost::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ChcId" => out.chc_id = map.next_value()?,
                        "InstanceName" => out.instance_name = map.next_value()?,
                        "SerialNumber" => out.serial_number = map.next_value()?,
                        "InstanceState" => out.instance_state = map.next_value()?,
                        "DeviceType" => out.device_type = map.next_value()?,
                        "Placement" => out.placement = map.next_value()?,
                        "BmcVirtualPrivateCloud" => {
                            out.bmc_virtual_private_cloud = map.next_value()?;
                        }

                        "BmcIp" => out.bmc_ip = map.next_value()?,
                        "BmcSecurityGroupIds" => {
                            out.bmc_security_group_ids = map.next_value()?;
                        }

                        "DeployVirtualPrivateCloud" => {
                            out.deploy_virtual_private_cloud = map.next_value()?;
                        }

                        "DeployIp" => out.deploy_ip = map.next_value()?,
                        "DeploySecurityGroupIds" => {
                            out.deploy_security_group_ids = map.next_value()?;
                        }

                        "CvmInstanceId" => out.cvm_instance_id = map.next_value()?,
                        "CreatedTime" => out.created_time = map.next_value()?,
                        "HardwareDescription" => {
                            out.hardware_description = map.next_value()?;
                        }

                        "CPU" => out.cpu = map.next_value()?,
                        "Memory" => out.memory = map.next_value()?,
                        "Disk" => out.disk = map.next_value()?,
                        "BmcMAC" => out.bmc_mac = map.next_value()?,
                        "DeployMAC" => out.deploy_mac = map.next_value()?,
                        "TenantType" => out.tenant_type = map.next_value()?,
                        "DeployExtraConfig" => {
                            out.deploy_extra_config = map.next_value()?;
                        }

                        "Gpu" => out.gpu = map.next_value()?,
                        "NetworkCard" => out.network_card = map.next_value()?,
                        "IsPredefinedType" => out.is_predefined_type = map.next_value()?,
                        "ChcInstanceType" => out.chc_instance_type = map.next_value()?,
                        "ChcInstanceFamily" => {
                            out.chc_instance_family = map.next_value()?;
                        }

                        "ChcInstanceFamilyName" => {
                            out.chc_instance_family_name = map.next_value()?;
                        }

                        "ResaleAppId" => out.resale_app_id = map.next_value()?,
                        "ResaleAccountId" => out.resale_account_id = map.next_value()?,
                        "SaleStatus" => out.sale_status = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "LatestOperation" => out.latest_operation = map.next_value()?,
                        "LatestOperationErrorCode" => {
                            out.latest_operation_error_code = map.next_value()?;
                        }

                        "LatestOperationErrorMsg" => {
                            out.latest_operation_error_msg = map.next_value()?;
                        }

                        "LatestOperationName" => {
                            out.latest_operation_name = map.next_value()?;
                        }

                        "LatestOperationState" => {
                            out.latest_operation_state = map.next_value()?;
                        }

                        "ChcGatewayId" => out.chc_gateway_id = map.next_value()?,
                        "DedicatedClusterId" => {
                            out.dedicated_cluster_id = map.next_value()?;
                        }

                        "NetworkMode" => out.network_mode = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub chc_id: ::std::option::Option<::std::string::String>,
    /// `State`.
    #[serde(
        rename = "State",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<::std::string::String>,
    /// `DenyActions`.
    #[serde(
        rename = "DenyActions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deny_actions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for ChcHostDeniedActions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ChcHostDeniedActions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ChcHostDeniedActions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ChcHostDeniedActions, A::Error> {
                let mut out = ChcHostDeniedActions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ChcId" => out.chc_id = map.next_value()?,
                        "State" => out.state = map.next_value()?,
                        "DenyActions" => out.deny_actions = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for CpuTopology {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CpuTopology;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CpuTopology` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CpuTopology, A::Error> {
                let mut out = CpuTopology::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CoreCount" => out.core_count = map.next_value()?,
                        "ThreadPerCore" => out.thread_per_core = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub disk_type: ::std::option::Option<::std::string::String>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
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
    pub snapshot_id: ::std::option::Option<::std::string::String>,
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
    pub kms_key_id: ::std::option::Option<::std::string::String>,
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
    pub cdc_id: ::std::option::Option<::std::string::String>,
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
    pub disk_name: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DataDisk {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DataDisk;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DataDisk` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DataDisk, A::Error> {
                let mut out = DataDisk::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskSize" => out.disk_size = map.next_value()?,
                        "DiskType" => out.disk_type = map.next_value()?,
                        "DiskId" => out.disk_id = map.next_value()?,
                        "DeleteWithInstance" => {
                            out.delete_with_instance = map.next_value()?;
                        }

                        "SnapshotId" => out.snapshot_id = map.next_value()?,
                        "Encrypt" => out.encrypt = map.next_value()?,
                        "KmsKeyId" => out.kms_key_id = map.next_value()?,
                        "ThroughputPerformance" => {
                            out.throughput_performance = map.next_value()?;
                        }

                        "CdcId" => out.cdc_id = map.next_value()?,
                        "BurstPerformance" => out.burst_performance = map.next_value()?,
                        "DiskName" => out.disk_name = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub disaster_recover_group_id: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
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
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
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
    pub strategy: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for DisasterRecoverGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DisasterRecoverGroup;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DisasterRecoverGroup` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DisasterRecoverGroup, A::Error> {
                let mut out = DisasterRecoverGroup::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DisasterRecoverGroupId" => {
                            out.disaster_recover_group_id = map.next_value()?;
                        }

                        "Name" => out.name = map.next_value()?,
                        "Type" => out.r#type = map.next_value()?,
                        "CvmQuotaTotal" => out.cvm_quota_total = map.next_value()?,
                        "CurrentNum" => out.current_num = map.next_value()?,
                        "InstanceIds" => out.instance_ids = map.next_value()?,
                        "CreateTime" => out.create_time = map.next_value()?,
                        "Affinity" => out.affinity = map.next_value()?,
                        "Strategy" => out.strategy = map.next_value()?,
                        "PartitionCount" => out.partition_count = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for DisasterRecoverGroupQuota {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DisasterRecoverGroupQuota;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DisasterRecoverGroupQuota` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DisasterRecoverGroupQuota, A::Error> {
                let mut out = DisasterRecoverGroupQuota::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "GroupQuota" => out.group_quota = map.next_value()?,
                        "CurrentNum" => out.current_num = map.next_value()?,
                        "CvmInHostGroupQuota" => {
                            out.cvm_in_host_group_quota = map.next_value()?;
                        }

                        "CvmInSwitchGroupQuota" => {
                            out.cvm_in_switch_group_quota = map.next_value()?;
                        }

                        "CvmInRackGroupQuota" => {
                            out.cvm_in_rack_group_quota = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for EnhancedService {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EnhancedService;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EnhancedService` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EnhancedService, A::Error> {
                let mut out = EnhancedService::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SecurityService" => out.security_service = map.next_value()?,
                        "MonitorService" => out.monitor_service = map.next_value()?,
                        "AutomationService" => out.automation_service = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub unsupport_networks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `StorageBlockAttr`.
    #[serde(
        rename = "StorageBlockAttr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_block_attr: ::std::option::Option<crate::models::StorageBlock>,
}

impl<'de> ::serde::Deserialize<'de> for Externals {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Externals;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Externals` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Externals, A::Error> {
                let mut out = Externals::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ReleaseAddress" => out.release_address = map.next_value()?,
                        "UnsupportNetworks" => out.unsupport_networks = map.next_value()?,
                        "StorageBlockAttr" => out.storage_block_attr = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
        values: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            name: name.into(),
            values,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for Filter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Filter;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Filter` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Filter, A::Error> {
                let mut m_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_values: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Name" => m_name = map.next_value()?,
                        "Values" => m_values = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(Filter {
                    name: m_name.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Name")
                    })?,
                    values: m_values.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Values")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
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
    pub gpu_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `GPUType`.
    #[serde(
        rename = "GPUType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for GpuInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = GpuInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `GpuInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<GpuInfo, A::Error> {
                let mut out = GpuInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "GPUCount" => out.gpu_count = map.next_value()?,
                        "GPUId" => out.gpu_id = map.next_value()?,
                        "GPUType" => out.gpu_type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub host_id: ::std::option::Option<::std::string::String>,
    /// `HostType`.
    #[serde(
        rename = "HostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_type: ::std::option::Option<::std::string::String>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `HostChargeType`.
    #[serde(
        rename = "HostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_charge_type: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `HostState`.
    #[serde(
        rename = "HostState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_state: ::std::option::Option<::std::string::String>,
    /// `HostIp`.
    #[serde(
        rename = "HostIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_ip: ::std::option::Option<::std::string::String>,
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
    pub cage_id: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl<'de> ::serde::Deserialize<'de> for HostItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = HostItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `HostItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<HostItem, A::Error> {
                let mut out = HostItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Placement" => out.placement = map.next_value()?,
                        "HostId" => out.host_id = map.next_value()?,
                        "HostType" => out.host_type = map.next_value()?,
                        "HostName" => out.host_name = map.next_value()?,
                        "HostChargeType" => out.host_charge_type = map.next_value()?,
                        "RenewFlag" => out.renew_flag = map.next_value()?,
                        "CreatedTime" => out.created_time = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "InstanceIds" => out.instance_ids = map.next_value()?,
                        "HostState" => out.host_state = map.next_value()?,
                        "HostIp" => out.host_ip = map.next_value()?,
                        "HostResource" => out.host_resource = map.next_value()?,
                        "CageId" => out.cage_id = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for HostPriceInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = HostPriceInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `HostPriceInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<HostPriceInfo, A::Error> {
                let mut out = HostPriceInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HostPrice" => out.host_price = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub disk_type: ::std::option::Option<::std::string::String>,
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
    pub exclusive_owner: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for HostResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = HostResource;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `HostResource` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<HostResource, A::Error> {
                let mut out = HostResource::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CpuTotal" => out.cpu_total = map.next_value()?,
                        "CpuAvailable" => out.cpu_available = map.next_value()?,
                        "MemTotal" => out.mem_total = map.next_value()?,
                        "MemAvailable" => out.mem_available = map.next_value()?,
                        "DiskTotal" => out.disk_total = map.next_value()?,
                        "DiskAvailable" => out.disk_available = map.next_value()?,
                        "DiskType" => out.disk_type = map.next_value()?,
                        "GpuTotal" => out.gpu_total = map.next_value()?,
                        "GpuAvailable" => out.gpu_available = map.next_value()?,
                        "ExclusiveOwner" => out.exclusive_owner = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Remark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
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
    pub zone: ::std::option::Option<::std::string::String>,
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
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `HpcClusterType`.
    #[serde(
        rename = "HpcClusterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_type: ::std::option::Option<::std::string::String>,
    /// `HpcClusterBusinessId`.
    #[serde(
        rename = "HpcClusterBusinessId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_business_id: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for HpcClusterInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = HpcClusterInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `HpcClusterInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<HpcClusterInfo, A::Error> {
                let mut out = HpcClusterInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HpcClusterId" => out.hpc_cluster_id = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
                        "Remark" => out.remark = map.next_value()?,
                        "CvmQuotaTotal" => out.cvm_quota_total = map.next_value()?,
                        "Zone" => out.zone = map.next_value()?,
                        "CurrentNum" => out.current_num = map.next_value()?,
                        "CreateTime" => out.create_time = map.next_value()?,
                        "InstanceIds" => out.instance_ids = map.next_value()?,
                        "HpcClusterType" => out.hpc_cluster_type = map.next_value()?,
                        "HpcClusterBusinessId" => {
                            out.hpc_cluster_business_id = map.next_value()?;
                        }

                        "HpcClusterNetMode" => {
                            out.hpc_cluster_net_mode = map.next_value()?;
                        }

                        "Tags" => out.tags = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `ImageType`.
    #[serde(
        rename = "ImageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_type: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `ImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageDescription`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
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
    pub architecture: ::std::option::Option<::std::string::String>,
    /// `ImageState`.
    #[serde(
        rename = "ImageState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_state: ::std::option::Option<::std::string::String>,
    /// `Platform`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `ImageCreator`.
    #[serde(
        rename = "ImageCreator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_creator: ::std::option::Option<::std::string::String>,
    /// `ImageSource`.
    #[serde(
        rename = "ImageSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_source: ::std::option::Option<::std::string::String>,
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
    pub license_type: ::std::option::Option<::std::string::String>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
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
    pub cdc_cache_status: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Image {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Image;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Image` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Image, A::Error> {
                let mut out = Image::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageId" => out.image_id = map.next_value()?,
                        "OsName" => out.os_name = map.next_value()?,
                        "ImageType" => out.image_type = map.next_value()?,
                        "CreatedTime" => out.created_time = map.next_value()?,
                        "ImageName" => out.image_name = map.next_value()?,
                        "ImageDescription" => out.image_description = map.next_value()?,
                        "ImageSize" => out.image_size = map.next_value()?,
                        "Architecture" => out.architecture = map.next_value()?,
                        "ImageState" => out.image_state = map.next_value()?,
                        "Platform" => out.platform = map.next_value()?,
                        "ImageCreator" => out.image_creator = map.next_value()?,
                        "ImageSource" => out.image_source = map.next_value()?,
                        "SyncPercent" => out.sync_percent = map.next_value()?,
                        "IsSupportCloudinit" => {
                            out.is_support_cloudinit = map.next_value()?;
                        }

                        "SnapshotSet" => out.snapshot_set = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "LicenseType" => out.license_type = map.next_value()?,
                        "ImageFamily" => out.image_family = map.next_value()?,
                        "ImageDeprecated" => out.image_deprecated = map.next_value()?,
                        "CdcCacheStatus" => out.cdc_cache_status = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub windows: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Linux`.
    #[serde(
        rename = "Linux",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub linux: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for ImageOsList {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImageOsList;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImageOsList` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImageOsList, A::Error> {
                let mut out = ImageOsList::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Windows" => out.windows = map.next_value()?,
                        "Linux" => out.linux = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for ImageQuota {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImageQuota;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImageQuota` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImageQuota, A::Error> {
                let mut out = ImageQuota::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "UsedQuota" => out.used_quota = map.next_value()?,
                        "TotalQuota" => out.total_quota = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for ImportImageDataDisk {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImportImageDataDisk;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImportImageDataDisk` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImportImageDataDisk, A::Error> {
                let mut m_image_url: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageUrl" => m_image_url = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ImportImageDataDisk {
                    image_url: m_image_url.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageUrl")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
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
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
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
    pub restrict_state: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
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
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PublicIpAddresses`.
    #[serde(
        rename = "PublicIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `OsName`.
    #[serde(
        rename = "OsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
    pub instance_state: ::std::option::Option<::std::string::String>,
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
    pub stop_charging_mode: ::std::option::Option<::std::string::String>,
    /// `Uuid`.
    #[serde(
        rename = "Uuid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub uuid: ::std::option::Option<::std::string::String>,
    /// `LatestOperation`.
    #[serde(
        rename = "LatestOperation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation: ::std::option::Option<::std::string::String>,
    /// `LatestOperationState`.
    #[serde(
        rename = "LatestOperationState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_state: ::std::option::Option<::std::string::String>,
    /// `LatestOperationRequestId`.
    #[serde(
        rename = "LatestOperationRequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_operation_request_id: ::std::option::Option<::std::string::String>,
    /// `DisasterRecoverGroupId`. Deprecated by the vendor.
    #[serde(
        rename = "DisasterRecoverGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_id: ::std::option::Option<::std::string::String>,
    /// `IPv6Addresses`.
    #[serde(
        rename = "IPv6Addresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv6_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CamRoleName`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `RdmaIpAddresses`.
    #[serde(
        rename = "RdmaIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DedicatedClusterId`.
    #[serde(
        rename = "DedicatedClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_cluster_id: ::std::option::Option<::std::string::String>,
    /// `IsolatedSource`.
    #[serde(
        rename = "IsolatedSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub isolated_source: ::std::option::Option<::std::string::String>,
    /// `DisasterRecoverGroupIds`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
    pub license_type: ::std::option::Option<::std::string::String>,
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
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `DefaultLoginUser`.
    #[serde(
        rename = "DefaultLoginUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_login_user: ::std::option::Option<::std::string::String>,
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
    pub latest_operation_error_msg: ::std::option::Option<::std::string::String>,
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
    pub public_i_pv6_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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

impl<'de> ::serde::Deserialize<'de> for Instance {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Instance;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Instance` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Instance, A::Error> {
                let mut out = Instance::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Placement" => out.placement = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "CPU" => out.cpu = map.next_value()?,
                        "Memory" => out.memory = map.next_value()?,
                        "RestrictState" => out.restrict_state = map.next_value()?,
                        "InstanceName" => out.instance_name = map.next_value()?,
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "SystemDisk" => out.system_disk = map.next_value()?,
                        "DataDisks" => out.data_disks = map.next_value()?,
                        "PrivateIpAddresses" => {
                            out.private_ip_addresses = map.next_value()?;
                        }

                        "PublicIpAddresses" => {
                            out.public_ip_addresses = map.next_value()?;
                        }

                        "InternetAccessible" => {
                            out.internet_accessible = map.next_value()?;
                        }

                        "VirtualPrivateCloud" => {
                            out.virtual_private_cloud = map.next_value()?;
                        }

                        "ImageId" => out.image_id = map.next_value()?,
                        "RenewFlag" => out.renew_flag = map.next_value()?,
                        "CreatedTime" => out.created_time = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "OsName" => out.os_name = map.next_value()?,
                        "SecurityGroupIds" => out.security_group_ids = map.next_value()?,
                        "LoginSettings" => out.login_settings = map.next_value()?,
                        "InstanceState" => out.instance_state = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "StopChargingMode" => out.stop_charging_mode = map.next_value()?,
                        "Uuid" => out.uuid = map.next_value()?,
                        "LatestOperation" => out.latest_operation = map.next_value()?,
                        "LatestOperationState" => {
                            out.latest_operation_state = map.next_value()?;
                        }

                        "LatestOperationRequestId" => {
                            out.latest_operation_request_id = map.next_value()?;
                        }

                        "DisasterRecoverGroupId" => {
                            out.disaster_recover_group_id = map.next_value()?;
                        }

                        "IPv6Addresses" => out.i_pv6_addresses = map.next_value()?,
                        "CamRoleName" => out.cam_role_name = map.next_value()?,
                        "HpcClusterId" => out.hpc_cluster_id = map.next_value()?,
                        "RdmaIpAddresses" => out.rdma_ip_addresses = map.next_value()?,
                        "DedicatedClusterId" => {
                            out.dedicated_cluster_id = map.next_value()?;
                        }

                        "IsolatedSource" => out.isolated_source = map.next_value()?,
                        "DisasterRecoverGroupIds" => {
                            out.disaster_recover_group_ids = map.next_value()?;
                        }

                        "GPUInfo" => out.gpu_info = map.next_value()?,
                        "LicenseType" => out.license_type = map.next_value()?,
                        "DisableApiTermination" => {
                            out.disable_api_termination = map.next_value()?;
                        }

                        "HostName" => out.host_name = map.next_value()?,
                        "DefaultLoginUser" => out.default_login_user = map.next_value()?,
                        "DefaultLoginPort" => out.default_login_port = map.next_value()?,
                        "LatestOperationErrorMsg" => {
                            out.latest_operation_error_msg = map.next_value()?;
                        }

                        "EnableJumboFrame" => out.enable_jumbo_frame = map.next_value()?,
                        "Metadata" => out.metadata = map.next_value()?,
                        "PublicIPv6Addresses" => {
                            out.public_i_pv6_addresses = map.next_value()?;
                        }

                        "CpuTopology" => out.cpu_topology = map.next_value()?,
                        "PartitionNumber" => out.partition_number = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Attributes`.
    #[serde(
        rename = "Attributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes: ::std::option::Option<crate::models::Attribute>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceAttribute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceAttribute;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceAttribute` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceAttribute, A::Error> {
                let mut out = InstanceAttribute::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "Attributes" => out.attributes = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub renew_flag: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceChargePrepaid {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceChargePrepaid;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceChargePrepaid` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceChargePrepaid, A::Error> {
                let mut out = InstanceChargePrepaid::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Period" => out.period = map.next_value()?,
                        "RenewFlag" => out.renew_flag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub instance_family_name: ::std::option::Option<::std::string::String>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceFamilyConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceFamilyConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceFamilyConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceFamilyConfig, A::Error> {
                let mut out = InstanceFamilyConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceFamilyName" => {
                            out.instance_family_name = map.next_value()?;
                        }

                        "InstanceFamily" => out.instance_family = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub market_type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceMarketOptionsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceMarketOptionsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceMarketOptionsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceMarketOptionsRequest, A::Error> {
                let mut out = InstanceMarketOptionsRequest::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SpotOptions" => out.spot_options = map.next_value()?,
                        "MarketType" => out.market_type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub instance_id: ::std::option::Option<::std::string::String>,
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
    pub price_detail: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceRefund {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceRefund;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceRefund` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceRefund, A::Error> {
                let mut out = InstanceRefund::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "Refunds" => out.refunds = map.next_value()?,
                        "PriceDetail" => out.price_detail = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceState`.
    #[serde(
        rename = "InstanceState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_state: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceStatus;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceStatus` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceStatus, A::Error> {
                let mut out = InstanceStatus::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InstanceState" => out.instance_state = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub zone: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
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
    pub gpu_type: ::std::option::Option<::std::string::String>,
    /// `GpuMemory`.
    #[serde(
        rename = "GpuMemory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_memory: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceTypeConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceTypeConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceTypeConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceTypeConfig, A::Error> {
                let mut out = InstanceTypeConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Zone" => out.zone = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "InstanceFamily" => out.instance_family = map.next_value()?,
                        "GPU" => out.gpu = map.next_value()?,
                        "CPU" => out.cpu = map.next_value()?,
                        "Memory" => out.memory = map.next_value()?,
                        "FPGA" => out.fpga = map.next_value()?,
                        "GpuCount" => out.gpu_count = map.next_value()?,
                        "GpuType" => out.gpu_type = map.next_value()?,
                        "GpuMemory" => out.gpu_memory = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub status: ::std::option::Option<::std::string::String>,
    /// `Message`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeConfig`.
    #[serde(
        rename = "InstanceTypeConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_config: ::std::option::Option<crate::models::InstanceTypeConfig>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceTypeConfigStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceTypeConfigStatus;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceTypeConfigStatus` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceTypeConfigStatus, A::Error> {
                let mut out = InstanceTypeConfigStatus::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Status" => out.status = map.next_value()?,
                        "Message" => out.message = map.next_value()?,
                        "InstanceTypeConfig" => {
                            out.instance_type_config = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub zone: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
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
    pub instance_family: ::std::option::Option<::std::string::String>,
    /// `TypeName`.
    #[serde(
        rename = "TypeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub type_name: ::std::option::Option<::std::string::String>,
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
    pub status: ::std::option::Option<::std::string::String>,
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
    pub sold_out_reason: ::std::option::Option<::std::string::String>,
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
    pub cpu_type: ::std::option::Option<::std::string::String>,
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
    pub remark: ::std::option::Option<::std::string::String>,
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
    pub frequency: ::std::option::Option<::std::string::String>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceTypeQuotaItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceTypeQuotaItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceTypeQuotaItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceTypeQuotaItem, A::Error> {
                let mut out = InstanceTypeQuotaItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Zone" => out.zone = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "NetworkCard" => out.network_card = map.next_value()?,
                        "Externals" => out.externals = map.next_value()?,
                        "Cpu" => out.cpu = map.next_value()?,
                        "Memory" => out.memory = map.next_value()?,
                        "InstanceFamily" => out.instance_family = map.next_value()?,
                        "TypeName" => out.type_name = map.next_value()?,
                        "LocalDiskTypeList" => {
                            out.local_disk_type_list = map.next_value()?;
                        }

                        "Status" => out.status = map.next_value()?,
                        "Price" => out.price = map.next_value()?,
                        "SoldOutReason" => out.sold_out_reason = map.next_value()?,
                        "InstanceBandwidth" => out.instance_bandwidth = map.next_value()?,
                        "InstancePps" => out.instance_pps = map.next_value()?,
                        "StorageBlockAmount" => {
                            out.storage_block_amount = map.next_value()?;
                        }

                        "CpuType" => out.cpu_type = map.next_value()?,
                        "Gpu" => out.gpu = map.next_value()?,
                        "Fpga" => out.fpga = map.next_value()?,
                        "Remark" => out.remark = map.next_value()?,
                        "GpuCount" => out.gpu_count = map.next_value()?,
                        "Frequency" => out.frequency = map.next_value()?,
                        "StatusCategory" => out.status_category = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
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
    pub bandwidth_package_id: ::std::option::Option<::std::string::String>,
    /// `InternetServiceProvider`.
    #[serde(
        rename = "InternetServiceProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_service_provider: ::std::option::Option<::std::string::String>,
    /// `IPv4AddressType`.
    #[serde(
        rename = "IPv4AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv4_address_type: ::std::option::Option<::std::string::String>,
    /// `IPv6AddressType`.
    #[serde(
        rename = "IPv6AddressType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub i_pv6_address_type: ::std::option::Option<::std::string::String>,
    /// `AntiDDoSPackageId`.
    #[serde(
        rename = "AntiDDoSPackageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub anti_d_do_s_package_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InternetAccessible {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InternetAccessible;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InternetAccessible` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InternetAccessible, A::Error> {
                let mut out = InternetAccessible::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InternetChargeType" => {
                            out.internet_charge_type = map.next_value()?;
                        }

                        "InternetMaxBandwidthOut" => {
                            out.internet_max_bandwidth_out = map.next_value()?;
                        }

                        "PublicIpAssigned" => out.public_ip_assigned = map.next_value()?,
                        "BandwidthPackageId" => {
                            out.bandwidth_package_id = map.next_value()?;
                        }

                        "InternetServiceProvider" => {
                            out.internet_service_provider = map.next_value()?;
                        }

                        "IPv4AddressType" => out.i_pv4_address_type = map.next_value()?,
                        "IPv6AddressType" => out.i_pv6_address_type = map.next_value()?,
                        "AntiDDoSPackageId" => {
                            out.anti_d_do_s_package_id = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `InternetAccessible`.
    #[serde(
        rename = "InternetAccessible",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_accessible: ::std::option::Option<crate::models::InternetAccessible>,
}

impl<'de> ::serde::Deserialize<'de> for InternetBandwidthConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InternetBandwidthConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InternetBandwidthConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InternetBandwidthConfig, A::Error> {
                let mut out = InternetBandwidthConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "StartTime" => out.start_time = map.next_value()?,
                        "EndTime" => out.end_time = map.next_value()?,
                        "InternetAccessible" => {
                            out.internet_accessible = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InternetChargeTypeConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InternetChargeTypeConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InternetChargeTypeConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InternetChargeTypeConfig, A::Error> {
                let mut out = InternetChargeTypeConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InternetChargeType" => {
                            out.internet_charge_type = map.next_value()?;
                        }

                        "Description" => out.description = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub charge_unit: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for ItemPrice {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ItemPrice;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ItemPrice` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ItemPrice, A::Error> {
                let mut out = ItemPrice::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "UnitPrice" => out.unit_price = map.next_value()?,
                        "ChargeUnit" => out.charge_unit = map.next_value()?,
                        "OriginalPrice" => out.original_price = map.next_value()?,
                        "DiscountPrice" => out.discount_price = map.next_value()?,
                        "Discount" => out.discount = map.next_value()?,
                        "UnitPriceDiscount" => {
                            out.unit_price_discount = map.next_value()?;
                        }

                        "UnitPriceSecondStep" => {
                            out.unit_price_second_step = map.next_value()?;
                        }

                        "UnitPriceDiscountSecondStep" => {
                            out.unit_price_discount_second_step = map.next_value()?;
                        }

                        "UnitPriceThirdStep" => {
                            out.unit_price_third_step = map.next_value()?;
                        }

                        "UnitPriceDiscountThirdStep" => {
                            out.unit_price_discount_third_step = map.next_value()?;
                        }

                        "OriginalPriceThreeYear" => {
                            out.original_price_three_year = map.next_value()?;
                        }

                        "DiscountPriceThreeYear" => {
                            out.discount_price_three_year = map.next_value()?;
                        }

                        "DiscountThreeYear" => {
                            out.discount_three_year = map.next_value()?;
                        }

                        "OriginalPriceFiveYear" => {
                            out.original_price_five_year = map.next_value()?;
                        }

                        "DiscountPriceFiveYear" => {
                            out.discount_price_five_year = map.next_value()?;
                        }

                        "DiscountFiveYear" => out.discount_five_year = map.next_value()?,
                        "OriginalPriceOneYear" => {
                            out.original_price_one_year = map.next_value()?;
                        }

                        "DiscountPriceOneYear" => {
                            out.discount_price_one_year = map.next_value()?;
                        }

                        "DiscountOneYear" => out.discount_one_year = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub key_id: ::std::option::Option<::std::string::String>,
    /// `KeyName`.
    #[serde(
        rename = "KeyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
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
    pub description: ::std::option::Option<::std::string::String>,
    /// `PublicKey`.
    #[serde(
        rename = "PublicKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_key: ::std::option::Option<::std::string::String>,
    /// `PrivateKey`.
    #[serde(
        rename = "PrivateKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_key: ::std::option::Option<::std::string::String>,
    /// `AssociatedInstanceIds`.
    #[serde(
        rename = "AssociatedInstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CreatedTime`.
    #[serde(
        rename = "CreatedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_time: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for KeyPair {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = KeyPair;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `KeyPair` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<KeyPair, A::Error> {
                let mut out = KeyPair::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "KeyId" => out.key_id = map.next_value()?,
                        "KeyName" => out.key_name = map.next_value()?,
                        "ProjectId" => out.project_id = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "PublicKey" => out.public_key = map.next_value()?,
                        "PrivateKey" => out.private_key = map.next_value()?,
                        "AssociatedInstanceIds" => {
                            out.associated_instance_ids = map.next_value()?;
                        }

                        "CreatedTime" => out.created_time = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for LaunchTemplate {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplate;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplate` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplate, A::Error> {
                let mut out = LaunchTemplate::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateId" => out.launch_template_id = map.next_value()?,
                        "LaunchTemplateVersion" => {
                            out.launch_template_version = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateName`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::string::String>,
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
    pub created_by: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateInfo, A::Error> {
                let mut out = LaunchTemplateInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LatestVersionNumber" => {
                            out.latest_version_number = map.next_value()?;
                        }

                        "LaunchTemplateId" => out.launch_template_id = map.next_value()?,
                        "LaunchTemplateName" => {
                            out.launch_template_name = map.next_value()?;
                        }

                        "DefaultVersionNumber" => {
                            out.default_version_number = map.next_value()?;
                        }

                        "LaunchTemplateVersionCount" => {
                            out.launch_template_version_count = map.next_value()?;
                        }

                        "CreatedBy" => out.created_by = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
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
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
    pub cam_role_name: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
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
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `DisasterRecoverGroupIds`.
    #[serde(
        rename = "DisasterRecoverGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disaster_recover_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `ClientToken`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateVersionData {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateVersionData;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateVersionData` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateVersionData, A::Error> {
                let mut out = LaunchTemplateVersionData::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Placement" => out.placement = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "InstanceName" => out.instance_name = map.next_value()?,
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "SystemDisk" => out.system_disk = map.next_value()?,
                        "DataDisks" => out.data_disks = map.next_value()?,
                        "InternetAccessible" => {
                            out.internet_accessible = map.next_value()?;
                        }

                        "VirtualPrivateCloud" => {
                            out.virtual_private_cloud = map.next_value()?;
                        }

                        "ImageId" => out.image_id = map.next_value()?,
                        "SecurityGroupIds" => out.security_group_ids = map.next_value()?,
                        "LoginSettings" => out.login_settings = map.next_value()?,
                        "CamRoleName" => out.cam_role_name = map.next_value()?,
                        "HpcClusterId" => out.hpc_cluster_id = map.next_value()?,
                        "InstanceCount" => out.instance_count = map.next_value()?,
                        "EnhancedService" => out.enhanced_service = map.next_value()?,
                        "UserData" => out.user_data = map.next_value()?,
                        "DisasterRecoverGroupIds" => {
                            out.disaster_recover_group_ids = map.next_value()?;
                        }

                        "ActionTimer" => out.action_timer = map.next_value()?,
                        "InstanceMarketOptions" => {
                            out.instance_market_options = map.next_value()?;
                        }

                        "HostName" => out.host_name = map.next_value()?,
                        "ClientToken" => out.client_token = map.next_value()?,
                        "InstanceChargePrepaid" => {
                            out.instance_charge_prepaid = map.next_value()?;
                        }

                        "TagSpecification" => out.tag_specification = map.next_value()?,
                        "DisableApiTermination" => {
                            out.disable_api_termination = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
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
    pub launch_template_version_description: ::std::option::Option<::std::string::String>,
    /// `CreatedBy`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateVersionInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateVersionInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateVersionInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateVersionInfo, A::Error> {
                let mut out = LaunchTemplateVersionInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateVersion" => {
                            out.launch_template_version = map.next_value()?;
                        }

                        "LaunchTemplateVersionData" => {
                            out.launch_template_version_data = map.next_value()?;
                        }

                        "CreationTime" => out.creation_time = map.next_value()?,
                        "LaunchTemplateId" => out.launch_template_id = map.next_value()?,
                        "IsDefaultVersion" => out.is_default_version = map.next_value()?,
                        "LaunchTemplateVersionDescription" => {
                            out.launch_template_version_description = map.next_value()?;
                        }

                        "CreatedBy" => out.created_by = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `PartitionType`.
    #[serde(
        rename = "PartitionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partition_type: ::std::option::Option<::std::string::String>,
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
    pub required: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for LocalDiskType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LocalDiskType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LocalDiskType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LocalDiskType, A::Error> {
                let mut out = LocalDiskType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Type" => out.r#type = map.next_value()?,
                        "PartitionType" => out.partition_type = map.next_value()?,
                        "MinSize" => out.min_size = map.next_value()?,
                        "MaxSize" => out.max_size = map.next_value()?,
                        "Required" => out.required = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub password: ::std::option::Option<::std::string::String>,
    /// `KeyIds`.
    #[serde(
        rename = "KeyIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `KeepImageLogin`.
    #[serde(
        rename = "KeepImageLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub keep_image_login: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for LoginSettings {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LoginSettings;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LoginSettings` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LoginSettings, A::Error> {
                let mut out = LoginSettings::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Password" => out.password = map.next_value()?,
                        "KeyIds" => out.key_ids = map.next_value()?,
                        "KeepImageLogin" => out.keep_image_login = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for Metadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Metadata;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Metadata` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Metadata, A::Error> {
                let mut out = Metadata::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Items" => out.items = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `MetadataItem` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetadataItem {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for MetadataItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = MetadataItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `MetadataItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<MetadataItem, A::Error> {
                let mut out = MetadataItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub fn security_group_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_group_ids = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for NetworkInterfaces {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NetworkInterfaces;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NetworkInterfaces` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NetworkInterfaces, A::Error> {
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
                let mut m_delete_with_instance: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InterfaceType" => m_interface_type = map.next_value()?,
                        "VpcId" => m_vpc_id = map.next_value()?,
                        "SubnetId" => m_subnet_id = map.next_value()?,
                        "PrivateIpv4AddressCount" => {
                            m_private_ipv4_address_count = map.next_value()?;
                        }

                        "NetworkInterfaceId" => {
                            m_network_interface_id = map.next_value()?;
                        }

                        "SecurityGroupIds" => m_security_group_ids = map.next_value()?,
                        "DeleteWithInstance" => {
                            m_delete_with_instance = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(NetworkInterfaces {
                    interface_type: m_interface_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InterfaceType")
                    })?,
                    vpc_id: m_vpc_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("VpcId")
                    })?,
                    subnet_id: m_subnet_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("SubnetId")
                    })?,
                    private_ipv4_address_count: m_private_ipv4_address_count.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "PrivateIpv4AddressCount",
                        )
                    })?,
                    network_interface_id: m_network_interface_id,
                    security_group_ids: m_security_group_ids,
                    delete_with_instance: m_delete_with_instance,
                })
            }
        }

        deserializer.deserialize_map(Members)
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
    pub operation: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for OperationCountLimit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationCountLimit;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationCountLimit` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationCountLimit, A::Error> {
                let mut out = OperationCountLimit::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Operation" => out.operation = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "CurrentCount" => out.current_count = map.next_value()?,
                        "LimitCount" => out.limit_count = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `OsVersions`.
    #[serde(
        rename = "OsVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Architecture`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for OsVersion {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OsVersion;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OsVersion` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OsVersion, A::Error> {
                let mut out = OsVersion::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OsName" => out.os_name = map.next_value()?,
                        "OsVersions" => out.os_versions = map.next_value()?,
                        "Architecture" => out.architecture = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub zone: ::std::option::Option<::std::string::String>,
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
    pub host_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `HostId`.
    #[serde(
        rename = "HostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedResourcePackTenancy`.
    #[serde(
        rename = "DedicatedResourcePackTenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_tenancy: ::std::option::Option<::std::string::String>,
    /// `DedicatedResourcePackIds`.
    #[serde(
        rename = "DedicatedResourcePackIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RackId`.
    #[serde(
        rename = "RackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Placement {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Placement;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Placement` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Placement, A::Error> {
                let mut out = Placement::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Zone" => out.zone = map.next_value()?,
                        "ProjectId" => out.project_id = map.next_value()?,
                        "HostIds" => out.host_ids = map.next_value()?,
                        "HostId" => out.host_id = map.next_value()?,
                        "DedicatedResourcePackTenancy" => {
                            out.dedicated_resource_pack_tenancy = map.next_value()?;
                        }

                        "DedicatedResourcePackIds" => {
                            out.dedicated_resource_pack_ids = map.next_value()?;
                        }

                        "RackId" => out.rack_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub zone: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for PostPaidQuota {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PostPaidQuota;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PostPaidQuota` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PostPaidQuota, A::Error> {
                let mut out = PostPaidQuota::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "UsedQuota" => out.used_quota = map.next_value()?,
                        "RemainingQuota" => out.remaining_quota = map.next_value()?,
                        "TotalQuota" => out.total_quota = map.next_value()?,
                        "Zone" => out.zone = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub zone: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for PrePaidQuota {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PrePaidQuota;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PrePaidQuota` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PrePaidQuota, A::Error> {
                let mut out = PrePaidQuota::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "UsedQuota" => out.used_quota = map.next_value()?,
                        "OnceQuota" => out.once_quota = map.next_value()?,
                        "RemainingQuota" => out.remaining_quota = map.next_value()?,
                        "TotalQuota" => out.total_quota = map.next_value()?,
                        "Zone" => out.zone = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for Price {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Price;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Price` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Price, A::Error> {
                let mut out = Price::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstancePrice" => out.instance_price = map.next_value()?,
                        "BandwidthPrice" => out.bandwidth_price = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub region: ::std::option::Option<::std::string::String>,
    /// `RegionName`.
    #[serde(
        rename = "RegionName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_name: ::std::option::Option<::std::string::String>,
    /// `RegionState`.
    #[serde(
        rename = "RegionState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_state: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RegionInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RegionInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RegionInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RegionInfo, A::Error> {
                let mut out = RegionInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Region" => out.region = map.next_value()?,
                        "RegionName" => out.region_name = map.next_value()?,
                        "RegionState" => out.region_state = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub task_id: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Alias`.
    #[serde(
        rename = "Alias",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alias: ::std::option::Option<::std::string::String>,
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
    pub task_type_name: ::std::option::Option<::std::string::String>,
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
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `AuthTime`.
    #[serde(
        rename = "AuthTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `TaskDetail`.
    #[serde(
        rename = "TaskDetail",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_detail: ::std::option::Option<::std::string::String>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `VpcName`.
    #[serde(
        rename = "VpcName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::std::string::String>,
    /// `SubnetId`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    /// `SubnetName`.
    #[serde(
        rename = "SubnetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_name: ::std::option::Option<::std::string::String>,
    /// `WanIp`.
    #[serde(
        rename = "WanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wan_ip: ::std::option::Option<::std::string::String>,
    /// `LanIp`.
    #[serde(
        rename = "LanIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lan_ip: ::std::option::Option<::std::string::String>,
    /// `Product`.
    #[serde(
        rename = "Product",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product: ::std::option::Option<::std::string::String>,
    /// `TaskSubType`.
    #[serde(
        rename = "TaskSubType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_sub_type: ::std::option::Option<::std::string::String>,
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
    pub auth_source: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RepairTaskInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RepairTaskInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RepairTaskInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RepairTaskInfo, A::Error> {
                let mut out = RepairTaskInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TaskId" => out.task_id = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "Alias" => out.alias = map.next_value()?,
                        "TaskTypeId" => out.task_type_id = map.next_value()?,
                        "TaskTypeName" => out.task_type_name = map.next_value()?,
                        "TaskStatus" => out.task_status = map.next_value()?,
                        "DeviceStatus" => out.device_status = map.next_value()?,
                        "OperateStatus" => out.operate_status = map.next_value()?,
                        "CreateTime" => out.create_time = map.next_value()?,
                        "AuthTime" => out.auth_time = map.next_value()?,
                        "EndTime" => out.end_time = map.next_value()?,
                        "TaskDetail" => out.task_detail = map.next_value()?,
                        "Zone" => out.zone = map.next_value()?,
                        "Region" => out.region = map.next_value()?,
                        "VpcId" => out.vpc_id = map.next_value()?,
                        "VpcName" => out.vpc_name = map.next_value()?,
                        "SubnetId" => out.subnet_id = map.next_value()?,
                        "SubnetName" => out.subnet_name = map.next_value()?,
                        "WanIp" => out.wan_ip = map.next_value()?,
                        "LanIp" => out.lan_ip = map.next_value()?,
                        "Product" => out.product = map.next_value()?,
                        "TaskSubType" => out.task_sub_type = map.next_value()?,
                        "AuthType" => out.auth_type = map.next_value()?,
                        "AuthSource" => out.auth_source = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for ResourceCount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResourceCount;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResourceCount` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResourceCount, A::Error> {
                let mut out = ResourceCount::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Cpu" => out.cpu = map.next_value()?,
                        "Memory" => out.memory = map.next_value()?,
                        "Gpu" => out.gpu = map.next_value()?,
                        "Disk" => out.disk = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub dedicated_resource_pack_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedResourcePackName`.
    #[serde(
        rename = "DedicatedResourcePackName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_name: ::std::option::Option<::std::string::String>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
    /// `ResourcePoolPackType`.
    #[serde(
        rename = "ResourcePoolPackType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_pool_pack_type: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
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
    pub host_ip: ::std::option::Option<::std::string::String>,
    /// `RackId`.
    #[serde(
        rename = "RackId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rack_id: ::std::option::Option<::std::string::String>,
    /// `SwitchId`.
    #[serde(
        rename = "SwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub switch_id: ::std::option::Option<::std::string::String>,
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
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ResourcePoolPack {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResourcePoolPack;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResourcePoolPack` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResourcePoolPack, A::Error> {
                let mut out = ResourcePoolPack::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedResourcePackId" => {
                            out.dedicated_resource_pack_id = map.next_value()?;
                        }

                        "DedicatedResourcePackName" => {
                            out.dedicated_resource_pack_name = map.next_value()?;
                        }

                        "Zone" => out.zone = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "InstanceFamily" => out.instance_family = map.next_value()?,
                        "ResourcePoolPackType" => {
                            out.resource_pool_pack_type = map.next_value()?;
                        }

                        "Status" => out.status = map.next_value()?,
                        "TotalCapacity" => out.total_capacity = map.next_value()?,
                        "AvailableCapacity" => out.available_capacity = map.next_value()?,
                        "HostIp" => out.host_ip = map.next_value()?,
                        "RackId" => out.rack_id = map.next_value()?,
                        "SwitchId" => out.switch_id = map.next_value()?,
                        "AutoPlacement" => out.auto_placement = map.next_value()?,
                        "RenewFlag" => out.renew_flag = map.next_value()?,
                        "StartTime" => out.start_time = map.next_value()?,
                        "EndTime" => out.end_time = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub dedicated_resource_pack_id: ::std::option::Option<::std::string::String>,
    /// `InstanceIdSet`.
    #[serde(
        rename = "InstanceIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id_set: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceFamily`.
    #[serde(
        rename = "InstanceFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Zone`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ResourcePoolPackInstance {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResourcePoolPackInstance;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResourcePoolPackInstance` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResourcePoolPackInstance, A::Error> {
                let mut out = ResourcePoolPackInstance::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedResourcePackId" => {
                            out.dedicated_resource_pack_id = map.next_value()?;
                        }

                        "InstanceIdSet" => out.instance_id_set = map.next_value()?,
                        "InstanceFamily" => out.instance_family = map.next_value()?,
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "Zone" => out.zone = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for RunAutomationServiceEnabled {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RunAutomationServiceEnabled;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RunAutomationServiceEnabled` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RunAutomationServiceEnabled, A::Error> {
                let mut out = RunAutomationServiceEnabled::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Enabled" => out.enabled = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for RunMonitorServiceEnabled {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RunMonitorServiceEnabled;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RunMonitorServiceEnabled` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RunMonitorServiceEnabled, A::Error> {
                let mut out = RunMonitorServiceEnabled::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Enabled" => out.enabled = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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

impl<'de> ::serde::Deserialize<'de> for RunSecurityServiceEnabled {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RunSecurityServiceEnabled;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RunSecurityServiceEnabled` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RunSecurityServiceEnabled, A::Error> {
                let mut out = RunSecurityServiceEnabled::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Enabled" => out.enabled = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub created_time: ::std::option::Option<::std::string::String>,
    /// `AccountId`.
    #[serde(
        rename = "AccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SharePermission {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SharePermission;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SharePermission` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SharePermission, A::Error> {
                let mut out = SharePermission::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CreatedTime" => out.created_time = map.next_value()?,
                        "AccountId" => out.account_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    /// `DiskUsage`.
    #[serde(
        rename = "DiskUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_usage: ::std::option::Option<::std::string::String>,
    /// `DiskSize`.
    #[serde(
        rename = "DiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_size: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Snapshot {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Snapshot;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Snapshot` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Snapshot, A::Error> {
                let mut out = Snapshot::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SnapshotId" => out.snapshot_id = map.next_value()?,
                        "DiskUsage" => out.disk_usage = map.next_value()?,
                        "DiskSize" => out.disk_size = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub max_price: ::std::option::Option<::std::string::String>,
    /// `SpotInstanceType`.
    #[serde(
        rename = "SpotInstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_instance_type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SpotMarketOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SpotMarketOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SpotMarketOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SpotMarketOptions, A::Error> {
                let mut out = SpotMarketOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "MaxPrice" => out.max_price = map.next_value()?,
                        "SpotInstanceType" => out.spot_instance_type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub zone: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SpotPaidQuota {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SpotPaidQuota;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SpotPaidQuota` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SpotPaidQuota, A::Error> {
                let mut out = SpotPaidQuota::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "UsedQuota" => out.used_quota = map.next_value()?,
                        "RemainingQuota" => out.remaining_quota = map.next_value()?,
                        "TotalQuota" => out.total_quota = map.next_value()?,
                        "Zone" => out.zone = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub r#type: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for StorageBlock {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = StorageBlock;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `StorageBlock` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<StorageBlock, A::Error> {
                let mut out = StorageBlock::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Type" => out.r#type = map.next_value()?,
                        "MinSize" => out.min_size = map.next_value()?,
                        "MaxSize" => out.max_size = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SyncImage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SyncImage;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SyncImage` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SyncImage, A::Error> {
                let mut out = SyncImage::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageId" => out.image_id = map.next_value()?,
                        "Region" => out.region = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub disk_type: ::std::option::Option<::std::string::String>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
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
    pub cdc_id: ::std::option::Option<::std::string::String>,
    /// `DiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::std::string::String>,
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
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SystemDisk {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SystemDisk;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SystemDisk` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SystemDisk, A::Error> {
                let mut out = SystemDisk::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiskType" => out.disk_type = map.next_value()?,
                        "DiskId" => out.disk_id = map.next_value()?,
                        "DiskSize" => out.disk_size = map.next_value()?,
                        "CdcId" => out.cdc_id = map.next_value()?,
                        "DiskName" => out.disk_name = map.next_value()?,
                        "Encrypt" => out.encrypt = map.next_value()?,
                        "KmsKeyId" => out.kms_key_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Tag` object.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl<'de> ::serde::Deserialize<'de> for TagSpecification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TagSpecification;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TagSpecification` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TagSpecification, A::Error> {
                let mut out = TagSpecification::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ResourceType" => out.resource_type = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub target_os_type: ::std::option::Option<::std::string::String>,
    /// `TargetOSVersion`.
    #[serde(
        rename = "TargetOSVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_os_version: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for TargetOs {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TargetOs;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TargetOs` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TargetOs, A::Error> {
                let mut out = TargetOs::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TargetOSType" => out.target_os_type = map.next_value()?,
                        "TargetOSVersion" => out.target_os_version = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `SubnetId`.
    #[serde(
        rename = "SubnetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub subnet_id: ::std::option::Option<::std::string::String>,
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
    pub private_ip_addresses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6AddressCount`.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<u64>,
}

impl<'de> ::serde::Deserialize<'de> for VirtualPrivateCloud {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = VirtualPrivateCloud;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `VirtualPrivateCloud` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<VirtualPrivateCloud, A::Error> {
                let mut out = VirtualPrivateCloud::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "VpcId" => out.vpc_id = map.next_value()?,
                        "SubnetId" => out.subnet_id = map.next_value()?,
                        "AsVpcGateway" => out.as_vpc_gateway = map.next_value()?,
                        "PrivateIpAddresses" => {
                            out.private_ip_addresses = map.next_value()?;
                        }

                        "Ipv6AddressCount" => out.ipv6_address_count = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
    pub zone: ::std::option::Option<::std::string::String>,
    /// `ZoneName`.
    #[serde(
        rename = "ZoneName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_name: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `ZoneState`.
    #[serde(
        rename = "ZoneState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_state: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ZoneInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ZoneInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ZoneInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ZoneInfo, A::Error> {
                let mut out = ZoneInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Zone" => out.zone = map.next_value()?,
                        "ZoneName" => out.zone_name = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
                        "ZoneState" => out.zone_state = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
