//! `DeleteLaunchTemplate`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteLaunchTemplate>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteLaunchTemplate",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `LaunchTemplateId` (query).
    ///
    /// Example: `lt-bp1apo0bbbkuy0rj****`.
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
}

impl DeleteLaunchTemplateRequest {
    /// A `DeleteLaunchTemplateRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            launch_template_id: ::std::option::Option::None,
            launch_template_name: ::std::option::Option::None,
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

impl ::std::fmt::Debug for DeleteLaunchTemplateRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteLaunchTemplateRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteLaunchTemplateRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "LaunchTemplateId", "LaunchTemplateName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_launch_template_id = r.decode()?,
                2 => m_launch_template_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteLaunchTemplateRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            launch_template_id: m_launch_template_id,
            launch_template_name: m_launch_template_name,
        })
    }
}

/// The `LaunchTemplateVersionNumbers` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionNumbers {
    /// `versionNumbers`.
    #[serde(
        rename = "versionNumbers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_numbers: ::std::option::Option<::std::vec::Vec<i64>>,
}

impl ::std::fmt::Debug for LaunchTemplateVersionNumbers {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateVersionNumbers",
            &[("version_numbers", d::opt(&self.version_numbers))],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateVersionNumbers {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["versionNumbers"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateVersionNumbers::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.version_numbers = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateResponse {
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-bp1apo0bbbkuy0rj****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateVersionNumbers`.
    #[serde(
        rename = "LaunchTemplateVersionNumbers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_numbers: ::std::option::Option<LaunchTemplateVersionNumbers>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DeleteLaunchTemplateResponse {
    /// The items of `LaunchTemplateVersionNumbers` (through its wrapper), empty when absent.
    pub fn launch_template_version_numbers(&self) -> &[i64] {
        self.launch_template_version_numbers
            .as_ref()
            .and_then(|w| w.version_numbers.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DeleteLaunchTemplateResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteLaunchTemplateResponse",
            &[
                ("launch_template_id", d::opt(&self.launch_template_id)),
                (
                    "launch_template_version_numbers",
                    d::opt(&self.launch_template_version_numbers),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteLaunchTemplateResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LaunchTemplateId",
            "LaunchTemplateVersionNumbers",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DeleteLaunchTemplateResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_id = r.decode()?,
                1 => out.launch_template_version_numbers = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
