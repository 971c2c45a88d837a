//! `ConfigureChcDeployVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ConfigureChcDeployVpc>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ConfigureChcDeployVpc",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[
            "DeployVirtualPrivateCloud.VpcId",
            "DeployVirtualPrivateCloud.SubnetId",
            "ChcDeployExtraConfig.MiniOsType",
            "ChcDeployExtraConfig.BootType",
        ],
    };

/// The request of [`Client::configure_chc_deploy_vpc`](crate::Client::configure_chc_deploy_vpc) (`ConfigureChcDeployVpc`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConfigureChcDeployVpcRequest {
    /// `ChcIds`. Required.
    ///
    /// Example: `["chc-123a4d5f"]`.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `DeployVirtualPrivateCloud`. Required.
    #[serde(rename = "DeployVirtualPrivateCloud")]
    pub deploy_virtual_private_cloud: crate::models::VirtualPrivateCloud,
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

impl ConfigureChcDeployVpcRequest {
    /// A `ConfigureChcDeployVpcRequest` with its required members: `ChcIds`, `DeployVirtualPrivateCloud`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
        deploy_virtual_private_cloud: crate::models::VirtualPrivateCloud,
    ) -> Self {
        Self {
            chc_ids: chc_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            deploy_virtual_private_cloud,
            deploy_security_group_ids: ::std::option::Option::None,
            chc_deploy_extra_config: ::std::option::Option::None,
        }
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

impl ::std::fmt::Debug for ConfigureChcDeployVpcRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConfigureChcDeployVpcRequest",
            &[
                ("chc_ids", d::req(&self.chc_ids)),
                (
                    "deploy_virtual_private_cloud",
                    d::req(&self.deploy_virtual_private_cloud),
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

impl ::yun_core::json::Decode for ConfigureChcDeployVpcRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ChcIds",
            "DeployVirtualPrivateCloud",
            "DeploySecurityGroupIds",
            "ChcDeployExtraConfig",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
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
                1 => m_deploy_virtual_private_cloud = r.decode()?,
                2 => m_deploy_security_group_ids = r.decode()?,
                3 => m_chc_deploy_extra_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ConfigureChcDeployVpcRequest {
            chc_ids: m_chc_ids.ok_or_else(|| r.missing("ChcIds"))?,
            deploy_virtual_private_cloud: m_deploy_virtual_private_cloud
                .ok_or_else(|| r.missing("DeployVirtualPrivateCloud"))?,
            deploy_security_group_ids: m_deploy_security_group_ids,
            chc_deploy_extra_config: m_chc_deploy_extra_config,
        })
    }
}

/// The response of [`Client::configure_chc_deploy_vpc`](crate::Client::configure_chc_deploy_vpc) (`ConfigureChcDeployVpc`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConfigureChcDeployVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ConfigureChcDeployVpcResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConfigureChcDeployVpcResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ConfigureChcDeployVpcResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ConfigureChcDeployVpcResponse::default();
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
