//! `DescribeCloudAssistantSettings`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCloudAssistantSettings>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeCloudAssistantSettings",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `AgentUpgradeConfig.AllowedUpgradeWindows` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AllowedUpgradeWindows {
    /// `AllowedUpgradeWindow`.
    #[serde(
        rename = "AllowedUpgradeWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_upgrade_window: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `AgentUpgradeConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `OssDeliveryConfigs.OssDeliveryConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `OssDeliveryConfigs` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OssDeliveryConfigs {
    /// `OssDeliveryConfig`.
    #[serde(
        rename = "OssDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_delivery_config: ::std::option::Option<::std::vec::Vec<OssDeliveryConfig>>,
}
/// The `SlsDeliveryConfigs.SlsDeliveryConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `SlsDeliveryConfigs` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SlsDeliveryConfigs {
    /// `SlsDeliveryConfig`.
    #[serde(
        rename = "SlsDeliveryConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sls_delivery_config: ::std::option::Option<::std::vec::Vec<SlsDeliveryConfig>>,
}
/// The response of [`Client::describe_cloud_assistant_settings`](crate::Client::describe_cloud_assistant_settings) (`DescribeCloudAssistantSettings`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
