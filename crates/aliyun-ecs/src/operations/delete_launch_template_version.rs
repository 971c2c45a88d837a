//! `DeleteLaunchTemplateVersion`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteLaunchTemplateVersion>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteLaunchTemplateVersion",
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
                name: "DeleteVersion",
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

/// The request of [`Client::delete_launch_template_version`](crate::Client::delete_launch_template_version) (`DeleteLaunchTemplateVersion`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DeleteVersion` (query, sent as `DeleteVersion.1`, `DeleteVersion.2`, …). Required.
    ///
    /// At most 1000 items.
    ///
    /// Example: `2`.
    #[serde(rename = "DeleteVersion")]
    pub delete_version: ::std::vec::Vec<i64>,
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

impl DeleteLaunchTemplateVersionRequest {
    /// A `DeleteLaunchTemplateVersionRequest` with its required members: `RegionId`, `DeleteVersion`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        delete_version: ::std::vec::Vec<i64>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            delete_version,
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

impl ::std::fmt::Debug for DeleteLaunchTemplateVersionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteLaunchTemplateVersionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("delete_version", d::req(&self.delete_version)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteLaunchTemplateVersionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "DeleteVersion",
            "LaunchTemplateId",
            "LaunchTemplateName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_delete_version: ::std::option::Option<::std::vec::Vec<i64>> =
            ::std::option::Option::None;
        let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_delete_version = r.decode()?,
                2 => m_launch_template_id = r.decode()?,
                3 => m_launch_template_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteLaunchTemplateVersionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            delete_version: m_delete_version.ok_or_else(|| r.missing("DeleteVersion"))?,
            launch_template_id: m_launch_template_id,
            launch_template_name: m_launch_template_name,
        })
    }
}

/// The `LaunchTemplateVersions.LaunchTemplateVersion` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersion {
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-m5eiaupmvm2op9d****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateVersionNumber`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "LaunchTemplateVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_number: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for LaunchTemplateVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateVersion",
            &[
                ("launch_template_id", d::opt(&self.launch_template_id)),
                (
                    "launch_template_version_number",
                    d::opt(&self.launch_template_version_number),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateVersion {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateId", "LaunchTemplateVersionNumber"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateVersion::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_id = r.decode()?,
                1 => out.launch_template_version_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateVersions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersions {
    /// `LaunchTemplateVersion`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<::std::vec::Vec<LaunchTemplateVersion>>,
}

impl ::std::fmt::Debug for LaunchTemplateVersions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateVersions",
            &[(
                "launch_template_version",
                d::opt(&self.launch_template_version),
            )],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateVersions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateVersion"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateVersions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_version = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::delete_launch_template_version`](crate::Client::delete_launch_template_version) (`DeleteLaunchTemplateVersion`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionResponse {
    /// `LaunchTemplateVersions`.
    #[serde(
        rename = "LaunchTemplateVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_versions: ::std::option::Option<LaunchTemplateVersions>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DeleteLaunchTemplateVersionResponse {
    /// The items of `LaunchTemplateVersions` (through its wrapper), empty when absent.
    pub fn launch_template_versions(&self) -> &[LaunchTemplateVersion] {
        self.launch_template_versions
            .as_ref()
            .and_then(|w| w.launch_template_version.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DeleteLaunchTemplateVersionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteLaunchTemplateVersionResponse",
            &[
                (
                    "launch_template_versions",
                    d::opt(&self.launch_template_versions),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteLaunchTemplateVersionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateVersions", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DeleteLaunchTemplateVersionResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_versions = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
