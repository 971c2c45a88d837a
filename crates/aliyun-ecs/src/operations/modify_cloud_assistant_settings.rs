//! `ModifyCloudAssistantSettings`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyCloudAssistantSettings>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyCloudAssistantSettings",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SettingType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OssDeliveryConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Json,
            },
            ::yun_core::internal::Field {
                name: "SlsDeliveryConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Json,
            },
            ::yun_core::internal::Field {
                name: "AgentUpgradeConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Json,
            },
        ],
    };

/// The `OssDeliveryConfig` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OssDeliveryConfig {
    /// `BucketName`.
    #[serde(
        rename = "BucketName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bucket_name: ::std::option::Option<::std::string::String>,
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

impl OssDeliveryConfig {
    /// An empty `OssDeliveryConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            bucket_name: ::std::option::Option::None,
            enabled: ::std::option::Option::None,
            encryption_algorithm: ::std::option::Option::None,
            encryption_key_id: ::std::option::Option::None,
            encryption_type: ::std::option::Option::None,
            prefix: ::std::option::Option::None,
        }
    }

    /// Sets `BucketName`.
    pub fn bucket_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.bucket_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EncryptionAlgorithm`.
    pub fn encryption_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption_algorithm = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EncryptionKeyId`.
    pub fn encryption_key_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EncryptionType`.
    pub fn encryption_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encryption_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Prefix`.
    pub fn prefix(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.prefix = ::std::option::Option::Some(value.into());
        self
    }
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

/// The `SlsDeliveryConfig` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SlsDeliveryConfig {
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

impl SlsDeliveryConfig {
    /// An empty `SlsDeliveryConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            enabled: ::std::option::Option::None,
            logstore_name: ::std::option::Option::None,
            project_name: ::std::option::Option::None,
        }
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LogstoreName`.
    pub fn logstore_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logstore_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ProjectName`.
    pub fn project_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.project_name = ::std::option::Option::Some(value.into());
        self
    }
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

/// The `AgentUpgradeConfig` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AgentUpgradeConfig {
    /// `AllowedUpgradeWindow`.
    ///
    /// At most 6 items.
    #[serde(
        rename = "AllowedUpgradeWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_upgrade_window: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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

impl AgentUpgradeConfig {
    /// An empty `AgentUpgradeConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            allowed_upgrade_window: ::std::option::Option::None,
            enabled: ::std::option::Option::None,
            time_zone: ::std::option::Option::None,
        }
    }

    /// Sets `AllowedUpgradeWindow`.
    pub fn allowed_upgrade_window(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.allowed_upgrade_window = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Enabled`.
    pub fn enabled(mut self, value: bool) -> Self {
        self.enabled = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TimeZone`.
    pub fn time_zone(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.time_zone = ::std::option::Option::Some(value.into());
        self
    }
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
                        "AllowedUpgradeWindow" => {
                            out.allowed_upgrade_window = map.next_value()?;
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

/// The request of [`Client::modify_cloud_assistant_settings`](crate::Client::modify_cloud_assistant_settings) (`ModifyCloudAssistantSettings`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCloudAssistantSettingsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SettingType` (query). Required.
    #[serde(rename = "SettingType")]
    pub setting_type: ::std::string::String,
    /// `OssDeliveryConfig` (query, sent as JSON text).
    #[serde(
        rename = "OssDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_delivery_config: ::std::option::Option<OssDeliveryConfig>,
    /// `SlsDeliveryConfig` (query, sent as JSON text).
    #[serde(
        rename = "SlsDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sls_delivery_config: ::std::option::Option<SlsDeliveryConfig>,
    /// `AgentUpgradeConfig` (query, sent as JSON text).
    #[serde(
        rename = "AgentUpgradeConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_upgrade_config: ::std::option::Option<AgentUpgradeConfig>,
}

impl ModifyCloudAssistantSettingsRequest {
    /// A `ModifyCloudAssistantSettingsRequest` with its required members: `RegionId`, `SettingType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        setting_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            setting_type: setting_type.into(),
            oss_delivery_config: ::std::option::Option::None,
            sls_delivery_config: ::std::option::Option::None,
            agent_upgrade_config: ::std::option::Option::None,
        }
    }

    /// Sets `OssDeliveryConfig`.
    pub fn oss_delivery_config(mut self, value: OssDeliveryConfig) -> Self {
        self.oss_delivery_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SlsDeliveryConfig`.
    pub fn sls_delivery_config(mut self, value: SlsDeliveryConfig) -> Self {
        self.sls_delivery_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AgentUpgradeConfig`.
    pub fn agent_upgrade_config(mut self, value: AgentUpgradeConfig) -> Self {
        self.agent_upgrade_config = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyCloudAssistantSettingsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyCloudAssistantSettingsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyCloudAssistantSettingsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyCloudAssistantSettingsRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_setting_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_oss_delivery_config: ::std::option::Option<OssDeliveryConfig> =
                    ::std::option::Option::None;
                let mut m_sls_delivery_config: ::std::option::Option<SlsDeliveryConfig> =
                    ::std::option::Option::None;
                let mut m_agent_upgrade_config: ::std::option::Option<AgentUpgradeConfig> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "SettingType" => m_setting_type = map.next_value()?,
                        "OssDeliveryConfig" => m_oss_delivery_config = map.next_value()?,
                        "SlsDeliveryConfig" => m_sls_delivery_config = map.next_value()?,
                        "AgentUpgradeConfig" => {
                            m_agent_upgrade_config = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyCloudAssistantSettingsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    setting_type: m_setting_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("SettingType")
                    })?,
                    oss_delivery_config: m_oss_delivery_config,
                    sls_delivery_config: m_sls_delivery_config,
                    agent_upgrade_config: m_agent_upgrade_config,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_cloud_assistant_settings`](crate::Client::modify_cloud_assistant_settings) (`ModifyCloudAssistantSettings`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCloudAssistantSettingsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyCloudAssistantSettingsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyCloudAssistantSettingsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyCloudAssistantSettingsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyCloudAssistantSettingsResponse, A::Error> {
                let mut out = ModifyCloudAssistantSettingsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
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
