//! `ModifyInstancesAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyInstancesAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_instances_attribute`](crate::Client::modify_instances_attribute) (`ModifyInstancesAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesAttributeRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-rf6ogz49"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceName`.
    ///
    /// Example: `MyInsName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `UserData`.
    ///
    /// Example: `TXlVc2VyRGF0YQo`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `SecurityGroups`.
    ///
    /// Example: `["sg-rf6ogz49"]`.
    #[serde(
        rename = "SecurityGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `CamRoleName`.
    ///
    /// Example: `TKE_QCSLinkedRoleInPrometheusService`.
    #[serde(
        rename = "CamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_name: ::std::option::Option<::std::string::String>,
    /// `HostName`.
    ///
    /// Example: `myhostname`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `DisableApiTermination`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DisableApiTermination",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_api_termination: ::std::option::Option<bool>,
    /// `CamRoleType`.
    ///
    /// Example: `user`.
    #[serde(
        rename = "CamRoleType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cam_role_type: ::std::option::Option<::std::string::String>,
    /// `AutoReboot`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoReboot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_reboot: ::std::option::Option<bool>,
    /// `EnableJumboFrame`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableJumboFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_jumbo_frame: ::std::option::Option<bool>,
}

impl ModifyInstancesAttributeRequest {
    /// A `ModifyInstancesAttributeRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            instance_name: ::std::option::Option::None,
            user_data: ::std::option::Option::None,
            security_groups: ::std::option::Option::None,
            cam_role_name: ::std::option::Option::None,
            host_name: ::std::option::Option::None,
            disable_api_termination: ::std::option::Option::None,
            cam_role_type: ::std::option::Option::None,
            auto_reboot: ::std::option::Option::None,
            enable_jumbo_frame: ::std::option::Option::None,
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

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroups`.
    pub fn security_groups(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.security_groups = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `CamRoleName`.
    pub fn cam_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cam_role_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DisableApiTermination`.
    pub fn disable_api_termination(mut self, value: bool) -> Self {
        self.disable_api_termination = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CamRoleType`.
    pub fn cam_role_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cam_role_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoReboot`.
    pub fn auto_reboot(mut self, value: bool) -> Self {
        self.auto_reboot = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EnableJumboFrame`.
    pub fn enable_jumbo_frame(mut self, value: bool) -> Self {
        self.enable_jumbo_frame = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyInstancesAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesAttributeRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("instance_name", d::opt(&self.instance_name)),
                ("user_data", d::opt(&self.user_data)),
                ("security_groups", d::opt(&self.security_groups)),
                ("cam_role_name", d::opt(&self.cam_role_name)),
                ("host_name", d::opt(&self.host_name)),
                (
                    "disable_api_termination",
                    d::opt(&self.disable_api_termination),
                ),
                ("cam_role_type", d::opt(&self.cam_role_type)),
                ("auto_reboot", d::opt(&self.auto_reboot)),
                ("enable_jumbo_frame", d::opt(&self.enable_jumbo_frame)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceIds",
            "InstanceName",
            "UserData",
            "SecurityGroups",
            "CamRoleName",
            "HostName",
            "DisableApiTermination",
            "CamRoleType",
            "AutoReboot",
            "EnableJumboFrame",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_cam_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disable_api_termination: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_cam_role_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_reboot: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_enable_jumbo_frame: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_instance_name = r.decode()?,
                2 => m_user_data = r.decode()?,
                3 => m_security_groups = r.decode()?,
                4 => m_cam_role_name = r.decode()?,
                5 => m_host_name = r.decode()?,
                6 => m_disable_api_termination = r.decode()?,
                7 => m_cam_role_type = r.decode()?,
                8 => m_auto_reboot = r.decode()?,
                9 => m_enable_jumbo_frame = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstancesAttributeRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            instance_name: m_instance_name,
            user_data: m_user_data,
            security_groups: m_security_groups,
            cam_role_name: m_cam_role_name,
            host_name: m_host_name,
            disable_api_termination: m_disable_api_termination,
            cam_role_type: m_cam_role_type,
            auto_reboot: m_auto_reboot,
            enable_jumbo_frame: m_enable_jumbo_frame,
        })
    }
}

/// The response of [`Client::modify_instances_attribute`](crate::Client::modify_instances_attribute) (`ModifyInstancesAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstancesAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstancesAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstancesAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstancesAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstancesAttributeResponse::default();
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
