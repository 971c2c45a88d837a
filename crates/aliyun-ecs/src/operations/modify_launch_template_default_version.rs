//! `ModifyLaunchTemplateDefaultVersion`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyLaunchTemplateDefaultVersion>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyLaunchTemplateDefaultVersion",
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
                name: "LaunchTemplateId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DefaultVersionNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `LaunchTemplateId` (query).
    ///
    /// Example: `lt-s-bp177juajht6****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateName` (query).
    ///
    /// Example: `testLaunchTemplateName`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::string::String>,
    /// `DefaultVersionNumber` (query). Required.
    ///
    /// Example: `2`.
    #[serde(rename = "DefaultVersionNumber")]
    pub default_version_number: i64,
}

impl ModifyLaunchTemplateDefaultVersionRequest {
    /// A `ModifyLaunchTemplateDefaultVersionRequest` with its required members: `RegionId`, `DefaultVersionNumber`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        default_version_number: i64,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            launch_template_id: ::std::option::Option::None,
            launch_template_name: ::std::option::Option::None,
            default_version_number,
        }
    }

    /// Sets `LaunchTemplateId`.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchTemplateName`.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_template_name = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyLaunchTemplateDefaultVersionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyLaunchTemplateDefaultVersionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
                (
                    "default_version_number",
                    d::req(&self.default_version_number),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyLaunchTemplateDefaultVersionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "LaunchTemplateId",
            "LaunchTemplateName",
            "DefaultVersionNumber",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_default_version_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_launch_template_id = r.decode()?,
                2 => m_launch_template_name = r.decode()?,
                3 => m_default_version_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyLaunchTemplateDefaultVersionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            launch_template_id: m_launch_template_id,
            launch_template_name: m_launch_template_name,
            default_version_number: m_default_version_number
                .ok_or_else(|| r.missing("DefaultVersionNumber"))?,
        })
    }
}

/// The response of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionResponse {
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-bp1apo0bbbkuy0rj****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
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
            &[
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyLaunchTemplateDefaultVersionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ModifyLaunchTemplateDefaultVersionResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
