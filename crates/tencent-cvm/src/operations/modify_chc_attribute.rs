//! `ModifyChcAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyChcAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_chc_attribute`](crate::Client::modify_chc_attribute) (`ModifyChcAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyChcAttributeRequest {
    /// `ChcIds`. Required.
    ///
    /// Example: `["chc-1234abcd"]`.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceName`.
    ///
    /// Example: `服务器名称`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `DeviceType`.
    ///
    /// Example: `CHC_HS1`.
    #[serde(
        rename = "DeviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    /// `BmcUser`.
    ///
    /// Example: `albert`.
    #[serde(
        rename = "BmcUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_user: ::std::option::Option<::std::string::String>,
    /// `Password`.
    ///
    /// Example: `Test@1234`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `BmcSecurityGroupIds`.
    ///
    /// Example: `["sg-1a2b34af"]`.
    #[serde(
        rename = "BmcSecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ModifyChcAttributeRequest {
    /// A `ModifyChcAttributeRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        Self {
            chc_ids: chc_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            instance_name: ::std::option::Option::None,
            device_type: ::std::option::Option::None,
            bmc_user: ::std::option::Option::None,
            password: ::std::option::Option::None,
            bmc_security_group_ids: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceName`.
    pub fn instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeviceType`.
    pub fn device_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BmcUser`.
    pub fn bmc_user(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.bmc_user = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
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
}

impl ::std::fmt::Debug for ModifyChcAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyChcAttributeRequest",
            &[
                ("chc_ids", d::req(&self.chc_ids)),
                ("instance_name", d::opt(&self.instance_name)),
                ("device_type", d::opt(&self.device_type)),
                ("bmc_user", d::opt(&self.bmc_user)),
                ("password", d::secret(&self.password)),
                (
                    "bmc_security_group_ids",
                    d::opt(&self.bmc_security_group_ids),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyChcAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ChcIds",
            "InstanceName",
            "DeviceType",
            "BmcUser",
            "Password",
            "BmcSecurityGroupIds",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_device_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bmc_user: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bmc_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_chc_ids = r.decode()?,
                1 => m_instance_name = r.decode()?,
                2 => m_device_type = r.decode()?,
                3 => m_bmc_user = r.decode()?,
                4 => m_password = r.decode()?,
                5 => m_bmc_security_group_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyChcAttributeRequest {
            chc_ids: m_chc_ids.ok_or_else(|| r.missing("ChcIds"))?,
            instance_name: m_instance_name,
            device_type: m_device_type,
            bmc_user: m_bmc_user,
            password: m_password,
            bmc_security_group_ids: m_bmc_security_group_ids,
        })
    }
}

/// The response of [`Client::modify_chc_attribute`](crate::Client::modify_chc_attribute) (`ModifyChcAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyChcAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyChcAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyChcAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyChcAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyChcAttributeResponse::default();
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
