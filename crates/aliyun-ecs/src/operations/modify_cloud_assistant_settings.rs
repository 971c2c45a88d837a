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
        anonymous: false,
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
        nested_required: &[],
    };

/// The `OssDeliveryConfig` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OssDeliveryConfig {
    /// `BucketName`.
    ///
    /// Example: `example-bucket`.
    #[serde(
        rename = "BucketName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bucket_name: ::std::option::Option<::std::string::String>,
    /// `Enabled`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// `EncryptionAlgorithm`.
    ///
    /// Example: `AES256`.
    #[serde(
        rename = "EncryptionAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_algorithm: ::std::option::Option<::std::string::String>,
    /// `EncryptionKeyId`.
    ///
    /// Example: `a807****7a70e`.
    #[serde(
        rename = "EncryptionKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_id: ::std::option::Option<::std::string::String>,
    /// `EncryptionType`.
    ///
    /// Example: `Inherit`.
    #[serde(
        rename = "EncryptionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_type: ::std::option::Option<::std::string::String>,
    /// `Prefix`.
    ///
    /// Example: `sessionmanager/audit`.
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

impl ::std::fmt::Debug for OssDeliveryConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OssDeliveryConfig",
            &[
                ("bucket_name", d::opt(&self.bucket_name)),
                ("enabled", d::opt(&self.enabled)),
                ("encryption_algorithm", d::opt(&self.encryption_algorithm)),
                ("encryption_key_id", d::opt(&self.encryption_key_id)),
                ("encryption_type", d::opt(&self.encryption_type)),
                ("prefix", d::opt(&self.prefix)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for OssDeliveryConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BucketName",
            "Enabled",
            "EncryptionAlgorithm",
            "EncryptionKeyId",
            "EncryptionType",
            "Prefix",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = OssDeliveryConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bucket_name = r.decode()?,
                1 => out.enabled = r.decode()?,
                2 => out.encryption_algorithm = r.decode()?,
                3 => out.encryption_key_id = r.decode()?,
                4 => out.encryption_type = r.decode()?,
                5 => out.prefix = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SlsDeliveryConfig` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SlsDeliveryConfig {
    /// `Enabled`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// `LogstoreName`.
    ///
    /// Example: `example-logstore`.
    #[serde(
        rename = "LogstoreName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logstore_name: ::std::option::Option<::std::string::String>,
    /// `ProjectName`.
    ///
    /// Example: `example-project`.
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

impl ::std::fmt::Debug for SlsDeliveryConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SlsDeliveryConfig",
            &[
                ("enabled", d::opt(&self.enabled)),
                ("logstore_name", d::opt(&self.logstore_name)),
                ("project_name", d::opt(&self.project_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SlsDeliveryConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Enabled", "LogstoreName", "ProjectName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = SlsDeliveryConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.enabled = r.decode()?,
                1 => out.logstore_name = r.decode()?,
                2 => out.project_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AgentUpgradeConfig` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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
    ///
    /// Example: `true`.
    #[serde(
        rename = "Enabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enabled: ::std::option::Option<bool>,
    /// `TimeZone`.
    ///
    /// Example: `Asia/Shanghai`.
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
    pub fn allowed_upgrade_window(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.allowed_upgrade_window = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
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

impl ::std::fmt::Debug for AgentUpgradeConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AgentUpgradeConfig",
            &[
                (
                    "allowed_upgrade_window",
                    d::opt(&self.allowed_upgrade_window),
                ),
                ("enabled", d::opt(&self.enabled)),
                ("time_zone", d::opt(&self.time_zone)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AgentUpgradeConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AllowedUpgradeWindow", "Enabled", "TimeZone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = AgentUpgradeConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allowed_upgrade_window = r.decode()?,
                1 => out.enabled = r.decode()?,
                2 => out.time_zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::modify_cloud_assistant_settings`](crate::Client::modify_cloud_assistant_settings) (`ModifyCloudAssistantSettings`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCloudAssistantSettingsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SettingType` (query). Required.
    ///
    /// Example: `SessionManagerDelivery`.
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

impl ::std::fmt::Debug for ModifyCloudAssistantSettingsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyCloudAssistantSettingsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("setting_type", d::req(&self.setting_type)),
                ("oss_delivery_config", d::opt(&self.oss_delivery_config)),
                ("sls_delivery_config", d::opt(&self.sls_delivery_config)),
                ("agent_upgrade_config", d::opt(&self.agent_upgrade_config)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyCloudAssistantSettingsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "SettingType",
            "OssDeliveryConfig",
            "SlsDeliveryConfig",
            "AgentUpgradeConfig",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
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
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_setting_type = r.decode()?,
                2 => m_oss_delivery_config = r.decode()?,
                3 => m_sls_delivery_config = r.decode()?,
                4 => m_agent_upgrade_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyCloudAssistantSettingsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            setting_type: m_setting_type.ok_or_else(|| r.missing("SettingType"))?,
            oss_delivery_config: m_oss_delivery_config,
            sls_delivery_config: m_sls_delivery_config,
            agent_upgrade_config: m_agent_upgrade_config,
        })
    }
}

/// The response of [`Client::modify_cloud_assistant_settings`](crate::Client::modify_cloud_assistant_settings) (`ModifyCloudAssistantSettings`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyCloudAssistantSettingsResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyCloudAssistantSettingsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyCloudAssistantSettingsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyCloudAssistantSettingsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyCloudAssistantSettingsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
