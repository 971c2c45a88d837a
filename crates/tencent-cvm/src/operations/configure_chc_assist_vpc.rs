//! `ConfigureChcAssistVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcAssistVpc>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ConfigureChcAssistVpc",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[
            "BmcVirtualPrivateCloud.VpcId",
            "BmcVirtualPrivateCloud.SubnetId",
            "DeployVirtualPrivateCloud.VpcId",
            "DeployVirtualPrivateCloud.SubnetId",
            "ChcDeployExtraConfig.MiniOsType",
            "ChcDeployExtraConfig.BootType",
        ],
    };

/// The request of [`Client::configure_chc_assist_vpc`](crate::Client::configure_chc_assist_vpc) (`ConfigureChcAssistVpc`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConfigureChcAssistVpcRequest {
    /// `ChcIds`. Required.
    ///
    /// Example: `["chc-123a4d5f"]`.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `BmcVirtualPrivateCloud`. Required.
    #[serde(rename = "BmcVirtualPrivateCloud")]
    pub bmc_virtual_private_cloud: crate::models::VirtualPrivateCloud,
    /// `BmcSecurityGroupIds`.
    ///
    /// Example: `["sg-asda324a"]`.
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
    /// `DeploySecurityGroupIds`.
    ///
    /// Example: `["sg-asda324a"]`.
    #[serde(
        rename = "DeploySecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deploy_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ChcDeployExtraConfig`.
    #[serde(
        rename = "ChcDeployExtraConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_deploy_extra_config: ::std::option::Option<crate::models::ChcDeployExtraConfig>,
}

impl ConfigureChcAssistVpcRequest {
    /// A `ConfigureChcAssistVpcRequest` with its required members: `ChcIds`, `BmcVirtualPrivateCloud`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
        bmc_virtual_private_cloud: crate::models::VirtualPrivateCloud,
    ) -> Self {
        Self {
            chc_ids: chc_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            bmc_virtual_private_cloud,
            bmc_security_group_ids: ::std::option::Option::None,
            deploy_virtual_private_cloud: ::std::option::Option::None,
            deploy_security_group_ids: ::std::option::Option::None,
            chc_deploy_extra_config: ::std::option::Option::None,
        }
    }

    /// Sets `BmcSecurityGroupIds`.
    pub fn bmc_security_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.bmc_security_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `DeployVirtualPrivateCloud`.
    pub fn deploy_virtual_private_cloud(
        mut self,
        value: crate::models::VirtualPrivateCloud,
    ) -> Self {
        self.deploy_virtual_private_cloud = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeploySecurityGroupIds`.
    pub fn deploy_security_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.deploy_security_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `ChcDeployExtraConfig`.
    pub fn chc_deploy_extra_config(mut self, value: crate::models::ChcDeployExtraConfig) -> Self {
        self.chc_deploy_extra_config = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ConfigureChcAssistVpcRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConfigureChcAssistVpcRequest",
            &[
                ("chc_ids", d::req(&self.chc_ids)),
                (
                    "bmc_virtual_private_cloud",
                    d::req(&self.bmc_virtual_private_cloud),
                ),
                (
                    "bmc_security_group_ids",
                    d::opt(&self.bmc_security_group_ids),
                ),
                (
                    "deploy_virtual_private_cloud",
                    d::opt(&self.deploy_virtual_private_cloud),
                ),
                (
                    "deploy_security_group_ids",
                    d::opt(&self.deploy_security_group_ids),
                ),
                (
                    "chc_deploy_extra_config",
                    d::opt(&self.chc_deploy_extra_config),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ConfigureChcAssistVpcRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ChcIds",
            "BmcVirtualPrivateCloud",
            "BmcSecurityGroupIds",
            "DeployVirtualPrivateCloud",
            "DeploySecurityGroupIds",
            "ChcDeployExtraConfig",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_bmc_virtual_private_cloud: ::std::option::Option<
            crate::models::VirtualPrivateCloud,
        > = ::std::option::Option::None;
        let mut m_bmc_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_deploy_virtual_private_cloud: ::std::option::Option<
            crate::models::VirtualPrivateCloud,
        > = ::std::option::Option::None;
        let mut m_deploy_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_chc_deploy_extra_config: ::std::option::Option<
            crate::models::ChcDeployExtraConfig,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_chc_ids = r.decode()?,
                1 => m_bmc_virtual_private_cloud = r.decode()?,
                2 => m_bmc_security_group_ids = r.decode()?,
                3 => m_deploy_virtual_private_cloud = r.decode()?,
                4 => m_deploy_security_group_ids = r.decode()?,
                5 => m_chc_deploy_extra_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ConfigureChcAssistVpcRequest {
            chc_ids: m_chc_ids.ok_or_else(|| r.missing("ChcIds"))?,
            bmc_virtual_private_cloud: m_bmc_virtual_private_cloud
                .ok_or_else(|| r.missing("BmcVirtualPrivateCloud"))?,
            bmc_security_group_ids: m_bmc_security_group_ids,
            deploy_virtual_private_cloud: m_deploy_virtual_private_cloud,
            deploy_security_group_ids: m_deploy_security_group_ids,
            chc_deploy_extra_config: m_chc_deploy_extra_config,
        })
    }
}

/// The response of [`Client::configure_chc_assist_vpc`](crate::Client::configure_chc_assist_vpc) (`ConfigureChcAssistVpc`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConfigureChcAssistVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ConfigureChcAssistVpcResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConfigureChcAssistVpcResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ConfigureChcAssistVpcResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ConfigureChcAssistVpcResponse::default();
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
