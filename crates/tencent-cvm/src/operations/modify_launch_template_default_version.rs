//! `ModifyLaunchTemplateDefaultVersion`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyLaunchTemplateDefaultVersion>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyLaunchTemplateDefaultVersion",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionRequest {
    /// `LaunchTemplateId`. Required.
    ///
    /// Example: `lt-irmer45l`.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
    /// `DefaultVersion`. Required.
    ///
    /// Example: `2`.
    #[serde(rename = "DefaultVersion")]
    pub default_version: i64,
}

impl ModifyLaunchTemplateDefaultVersionRequest {
    /// A `ModifyLaunchTemplateDefaultVersionRequest` with its required members: `LaunchTemplateId`, `DefaultVersion`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        launch_template_id: impl ::std::convert::Into<::std::string::String>,
        default_version: i64,
    ) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            default_version,
        }
    }
}

impl ::std::fmt::Debug for ModifyLaunchTemplateDefaultVersionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyLaunchTemplateDefaultVersionRequest",
            &[
                ("launch_template_id", d::req(&self.launch_template_id)),
                ("default_version", d::req(&self.default_version)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyLaunchTemplateDefaultVersionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateId", "DefaultVersion"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_default_version: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_launch_template_id = r.decode()?,
                1 => m_default_version = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyLaunchTemplateDefaultVersionRequest {
            launch_template_id: m_launch_template_id
                .ok_or_else(|| r.missing("LaunchTemplateId"))?,
            default_version: m_default_version.ok_or_else(|| r.missing("DefaultVersion"))?,
        })
    }
}

/// The response of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyLaunchTemplateDefaultVersionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyLaunchTemplateDefaultVersionResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyLaunchTemplateDefaultVersionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyLaunchTemplateDefaultVersionResponse::default();
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
