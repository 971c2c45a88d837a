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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_cloud_assistant_settings`](crate::Client::describe_cloud_assistant_settings) (`DescribeCloudAssistantSettings`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCloudAssistantSettingsRequest {
    /// `SettingType` (query, sent as `SettingType.1`, `SettingType.2`, …). Required.
    ///
    /// At most 100 items.
    #[serde(rename = "SettingType")]
    pub setting_type: ::std::vec::Vec<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl DescribeCloudAssistantSettingsRequest {
    /// A `DescribeCloudAssistantSettingsRequest` with its required members: `SettingType`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        setting_type: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            setting_type: setting_type
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            region_id: region_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DescribeCloudAssistantSettingsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCloudAssistantSettingsRequest",
            &[
                ("setting_type", d::req(&self.setting_type)),
                ("region_id", d::req(&self.region_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCloudAssistantSettingsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SettingType", "RegionId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_setting_type: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_setting_type = r.decode()?,
                1 => m_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeCloudAssistantSettingsRequest {
            setting_type: m_setting_type.ok_or_else(|| r.missing("SettingType"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
        })
    }
}

/// The `AgentUpgradeConfig.AllowedUpgradeWindows` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllowedUpgradeWindows {
    /// `AllowedUpgradeWindow`.
    #[serde(
        rename = "AllowedUpgradeWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_upgrade_window: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AllowedUpgradeWindows {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllowedUpgradeWindows",
            &[(
                "allowed_upgrade_window",
                d::opt(&self.allowed_upgrade_window),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AllowedUpgradeWindows {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AllowedUpgradeWindow"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AllowedUpgradeWindows::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allowed_upgrade_window = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AgentUpgradeConfig` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AgentUpgradeConfig {
    /// `AllowedUpgradeWindows`.
    #[serde(
        rename = "AllowedUpgradeWindows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_upgrade_windows: ::std::option::Option<AllowedUpgradeWindows>,
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
    pub time_zone: ::std::option::Option<::yun_core::Text>,
}

impl AgentUpgradeConfig {
    /// The items of `AllowedUpgradeWindows` (through its wrapper), empty when absent.
    pub fn allowed_upgrade_windows(&self) -> &[::yun_core::Text] {
        self.allowed_upgrade_windows
            .as_ref()
            .and_then(|w| w.allowed_upgrade_window.as_deref())
            .unwrap_or(&[])
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
                    "allowed_upgrade_windows",
                    d::opt(&self.allowed_upgrade_windows),
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
        const NAMES: &[&str] = &["AllowedUpgradeWindows", "Enabled", "TimeZone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = AgentUpgradeConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allowed_upgrade_windows = r.decode()?,
                1 => out.enabled = r.decode()?,
                2 => out.time_zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OssDeliveryConfigs.OssDeliveryConfig` object of the response.
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
    pub bucket_name: ::std::option::Option<::yun_core::Text>,
    /// `DeliveryType`.
    ///
    /// Example: `SessionManager`.
    #[serde(
        rename = "DeliveryType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_type: ::std::option::Option<::yun_core::Text>,
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
    pub encryption_algorithm: ::std::option::Option<::yun_core::Text>,
    /// `EncryptionKeyId`.
    ///
    /// Example: `a807****7a70e`.
    #[serde(
        rename = "EncryptionKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_key_id: ::std::option::Option<::yun_core::Text>,
    /// `EncryptionType`.
    ///
    /// Example: `Inherit`.
    #[serde(
        rename = "EncryptionType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encryption_type: ::std::option::Option<::yun_core::Text>,
    /// `Prefix`.
    ///
    /// Example: `sessionmanager/audit`.
    #[serde(
        rename = "Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prefix: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for OssDeliveryConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OssDeliveryConfig",
            &[
                ("bucket_name", d::opt(&self.bucket_name)),
                ("delivery_type", d::opt(&self.delivery_type)),
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
            "DeliveryType",
            "Enabled",
            "EncryptionAlgorithm",
            "EncryptionKeyId",
            "EncryptionType",
            "Prefix",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = OssDeliveryConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bucket_name = r.decode()?,
                1 => out.delivery_type = r.decode()?,
                2 => out.enabled = r.decode()?,
                3 => out.encryption_algorithm = r.decode()?,
                4 => out.encryption_key_id = r.decode()?,
                5 => out.encryption_type = r.decode()?,
                6 => out.prefix = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `OssDeliveryConfigs` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OssDeliveryConfigs {
    /// `OssDeliveryConfig`.
    #[serde(
        rename = "OssDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_delivery_config: ::std::option::Option<::std::vec::Vec<OssDeliveryConfig>>,
}

impl ::std::fmt::Debug for OssDeliveryConfigs {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "OssDeliveryConfigs",
            &[("oss_delivery_config", d::opt(&self.oss_delivery_config))],
        )
    }
}

impl ::yun_core::json::Decode for OssDeliveryConfigs {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OssDeliveryConfig"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = OssDeliveryConfigs::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.oss_delivery_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SlsDeliveryConfigs.SlsDeliveryConfig` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SlsDeliveryConfig {
    /// `DeliveryType`.
    ///
    /// Example: `SessionManager`.
    #[serde(
        rename = "DeliveryType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivery_type: ::std::option::Option<::yun_core::Text>,
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
    pub logstore_name: ::std::option::Option<::yun_core::Text>,
    /// `ProjectName`.
    ///
    /// Example: `example-project`.
    #[serde(
        rename = "ProjectName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SlsDeliveryConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SlsDeliveryConfig",
            &[
                ("delivery_type", d::opt(&self.delivery_type)),
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
        const NAMES: &[&str] = &["DeliveryType", "Enabled", "LogstoreName", "ProjectName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = SlsDeliveryConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.delivery_type = r.decode()?,
                1 => out.enabled = r.decode()?,
                2 => out.logstore_name = r.decode()?,
                3 => out.project_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SlsDeliveryConfigs` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SlsDeliveryConfigs {
    /// `SlsDeliveryConfig`.
    #[serde(
        rename = "SlsDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sls_delivery_config: ::std::option::Option<::std::vec::Vec<SlsDeliveryConfig>>,
}

impl ::std::fmt::Debug for SlsDeliveryConfigs {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SlsDeliveryConfigs",
            &[("sls_delivery_config", d::opt(&self.sls_delivery_config))],
        )
    }
}

impl ::yun_core::json::Decode for SlsDeliveryConfigs {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SlsDeliveryConfig"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SlsDeliveryConfigs::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.sls_delivery_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_cloud_assistant_settings`](crate::Client::describe_cloud_assistant_settings) (`DescribeCloudAssistantSettings`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SlsDeliveryConfigs`.
    #[serde(
        rename = "SlsDeliveryConfigs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sls_delivery_configs: ::std::option::Option<SlsDeliveryConfigs>,
}

impl DescribeCloudAssistantSettingsResponse {
    /// The items of `OssDeliveryConfigs` (through its wrapper), empty when absent.
    pub fn oss_delivery_configs(&self) -> &[OssDeliveryConfig] {
        self.oss_delivery_configs
            .as_ref()
            .and_then(|w| w.oss_delivery_config.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SlsDeliveryConfigs` (through its wrapper), empty when absent.
    pub fn sls_delivery_configs(&self) -> &[SlsDeliveryConfig] {
        self.sls_delivery_configs
            .as_ref()
            .and_then(|w| w.sls_delivery_config.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeCloudAssistantSettingsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCloudAssistantSettingsResponse",
            &[
                ("agent_upgrade_config", d::opt(&self.agent_upgrade_config)),
                ("oss_delivery_configs", d::opt(&self.oss_delivery_configs)),
                ("request_id", d::opt(&self.request_id)),
                ("sls_delivery_configs", d::opt(&self.sls_delivery_configs)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCloudAssistantSettingsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AgentUpgradeConfig",
            "OssDeliveryConfigs",
            "RequestId",
            "SlsDeliveryConfigs",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = DescribeCloudAssistantSettingsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.agent_upgrade_config = r.decode()?,
                1 => out.oss_delivery_configs = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.sls_delivery_configs = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
