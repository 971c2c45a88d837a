//! `DescribeCloudAssistantSettings`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCloudAssistantSettings>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeCloudAssistantSettings",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "SettingType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_cloud_assistant_settings`](crate::Client::describe_cloud_assistant_settings) (`DescribeCloudAssistantSettings`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCloudAssistantSettingsRequest {
    /// `SettingType` (query, sent as `SettingType.1`, `SettingType.2`, …). Required.
    ///
    /// At most 100 items.
    #[serde(rename = "SettingType")]
    pub setting_type: ::std::vec::Vec<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl DescribeCloudAssistantSettingsRequest {
    /// A `DescribeCloudAssistantSettingsRequest` with its required members: `SettingType`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        setting_type: ::std::vec::Vec<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            setting_type,
            region_id: region_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeCloudAssistantSettingsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeCloudAssistantSettingsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeCloudAssistantSettingsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeCloudAssistantSettingsRequest, A::Error>
            {
                let mut m_setting_type: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SettingType" => m_setting_type = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeCloudAssistantSettingsRequest {
                    setting_type: m_setting_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("SettingType")
                    })?,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AgentUpgradeConfig.AllowedUpgradeWindows` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllowedUpgradeWindows {
    /// `AllowedUpgradeWindow`.
    #[serde(
        rename = "AllowedUpgradeWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_upgrade_window: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for AllowedUpgradeWindows {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AllowedUpgradeWindows;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AllowedUpgradeWindows` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AllowedUpgradeWindows, A::Error> {
                let mut out = AllowedUpgradeWindows::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllowedUpgradeWindow" => {
                            out.allowed_upgrade_window = map.next_value()?;
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

/// The `AgentUpgradeConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AgentUpgradeConfig {
    /// `AllowedUpgradeWindows`.
    #[serde(
        rename = "AllowedUpgradeWindows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_upgrade_windows: ::std::option::Option<AllowedUpgradeWindows>,
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// `TimeZone`.
    #[serde(
        rename = "TimeZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_zone: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AgentUpgradeConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AgentUpgradeConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AgentUpgradeConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AgentUpgradeConfig, A::Error> {
                let mut out = AgentUpgradeConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllowedUpgradeWindows" => {
                            out.allowed_upgrade_windows = map.next_value()?;
                        }

                        "Enabled" => out.enabled = map.next_value()?,
                        "TimeZone" => out.time_zone = map.next_value()?,
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

/// The `OssDeliveryConfigs.OssDeliveryConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OssDeliveryConfig {
    /// `BucketName`.
    #[serde(
        rename = "BucketName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// `DeliveryType`.
    #[serde(
        rename = "DeliveryType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_type: ::std::option::Option<::std::string::String>,
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// `EncryptionAlgorithm`.
    #[serde(
        rename = "EncryptionAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_algorithm: ::std::option::Option<::std::string::String>,
    /// `EncryptionKeyId`.
    #[serde(
        rename = "EncryptionKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_id: ::std::option::Option<::std::string::String>,
    /// `EncryptionType`.
    #[serde(
        rename = "EncryptionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_type: ::std::option::Option<::std::string::String>,
    /// `Prefix`.
    #[serde(
        rename = "Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for OssDeliveryConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OssDeliveryConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OssDeliveryConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OssDeliveryConfig, A::Error> {
                let mut out = OssDeliveryConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "BucketName" => out.bucket_name = map.next_value()?,
                        "DeliveryType" => out.delivery_type = map.next_value()?,
                        "Enabled" => out.enabled = map.next_value()?,
                        "EncryptionAlgorithm" => {
                            out.encryption_algorithm = map.next_value()?;
                        }

                        "EncryptionKeyId" => out.encryption_key_id = map.next_value()?,
                        "EncryptionType" => out.encryption_type = map.next_value()?,
                        "Prefix" => out.prefix = map.next_value()?,
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

/// The `OssDeliveryConfigs` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OssDeliveryConfigs {
    /// `OssDeliveryConfig`.
    #[serde(
        rename = "OssDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_delivery_config: ::std::option::Option<::std::vec::Vec<OssDeliveryConfig>>,
}

impl<'de> ::serde::Deserialize<'de> for OssDeliveryConfigs {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OssDeliveryConfigs;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OssDeliveryConfigs` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OssDeliveryConfigs, A::Error> {
                let mut out = OssDeliveryConfigs::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OssDeliveryConfig" => {
                            out.oss_delivery_config = map.next_value()?;
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

/// The `SlsDeliveryConfigs.SlsDeliveryConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SlsDeliveryConfig {
    /// `DeliveryType`.
    #[serde(
        rename = "DeliveryType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_type: ::std::option::Option<::std::string::String>,
    /// `Enabled`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// `LogstoreName`.
    #[serde(
        rename = "LogstoreName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logstore_name: ::std::option::Option<::std::string::String>,
    /// `ProjectName`.
    #[serde(
        rename = "ProjectName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_name: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SlsDeliveryConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SlsDeliveryConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SlsDeliveryConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SlsDeliveryConfig, A::Error> {
                let mut out = SlsDeliveryConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DeliveryType" => out.delivery_type = map.next_value()?,
                        "Enabled" => out.enabled = map.next_value()?,
                        "LogstoreName" => out.logstore_name = map.next_value()?,
                        "ProjectName" => out.project_name = map.next_value()?,
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

/// The `SlsDeliveryConfigs` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SlsDeliveryConfigs {
    /// `SlsDeliveryConfig`.
    #[serde(
        rename = "SlsDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sls_delivery_config: ::std::option::Option<::std::vec::Vec<SlsDeliveryConfig>>,
}

impl<'de> ::serde::Deserialize<'de> for SlsDeliveryConfigs {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SlsDeliveryConfigs;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SlsDeliveryConfigs` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SlsDeliveryConfigs, A::Error> {
                let mut out = SlsDeliveryConfigs::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SlsDeliveryConfig" => {
                            out.sls_delivery_config = map.next_value()?;
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

/// The response of [`Client::describe_cloud_assistant_settings`](crate::Client::describe_cloud_assistant_settings) (`DescribeCloudAssistantSettings`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCloudAssistantSettingsResponse {
    /// `AgentUpgradeConfig`.
    #[serde(
        rename = "AgentUpgradeConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_upgrade_config: ::std::option::Option<AgentUpgradeConfig>,
    /// `OssDeliveryConfigs`.
    #[serde(
        rename = "OssDeliveryConfigs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_delivery_configs: ::std::option::Option<OssDeliveryConfigs>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SlsDeliveryConfigs`.
    #[serde(
        rename = "SlsDeliveryConfigs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sls_delivery_configs: ::std::option::Option<SlsDeliveryConfigs>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeCloudAssistantSettingsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeCloudAssistantSettingsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeCloudAssistantSettingsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeCloudAssistantSettingsResponse, A::Error>
            {
                let mut out = DescribeCloudAssistantSettingsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AgentUpgradeConfig" => {
                            out.agent_upgrade_config = map.next_value()?;
                        }

                        "OssDeliveryConfigs" => {
                            out.oss_delivery_configs = map.next_value()?;
                        }

                        "RequestId" => out.request_id = map.next_value()?,
                        "SlsDeliveryConfigs" => {
                            out.sls_delivery_configs = map.next_value()?;
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
