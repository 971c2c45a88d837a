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
    };

/// The request of [`Client::delete_launch_template_version`](crate::Client::delete_launch_template_version) (`DeleteLaunchTemplateVersion`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DeleteVersion` (query, sent as `DeleteVersion.1`, `DeleteVersion.2`, …). Required.
    ///
    /// At most 1000 items.
    #[serde(rename = "DeleteVersion")]
    pub delete_version: ::std::vec::Vec<i64>,
    /// `LaunchTemplateId` (query).
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateName` (query).
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

impl<'de> ::serde::Deserialize<'de> for DeleteLaunchTemplateVersionRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteLaunchTemplateVersionRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteLaunchTemplateVersionRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteLaunchTemplateVersionRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_delete_version: ::std::option::Option<::std::vec::Vec<i64>> =
                    ::std::option::Option::None;
                let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_launch_template_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "DeleteVersion" => m_delete_version = map.next_value()?,
                        "LaunchTemplateId" => m_launch_template_id = map.next_value()?,
                        "LaunchTemplateName" => {
                            m_launch_template_name = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteLaunchTemplateVersionRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    delete_version: m_delete_version.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("DeleteVersion")
                    })?,
                    launch_template_id: m_launch_template_id,
                    launch_template_name: m_launch_template_name,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `LaunchTemplateVersions.LaunchTemplateVersion` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersion {
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateVersionNumber`.
    #[serde(
        rename = "LaunchTemplateVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_number: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateVersion {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateVersion;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateVersion` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateVersion, A::Error> {
                let mut out = LaunchTemplateVersion::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateId" => out.launch_template_id = map.next_value()?,
                        "LaunchTemplateVersionNumber" => {
                            out.launch_template_version_number = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `LaunchTemplateVersions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersions {
    /// `LaunchTemplateVersion`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<::std::vec::Vec<LaunchTemplateVersion>>,
}

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateVersions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateVersions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateVersions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateVersions, A::Error> {
                let mut out = LaunchTemplateVersions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateVersion" => {
                            out.launch_template_version = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::delete_launch_template_version`](crate::Client::delete_launch_template_version) (`DeleteLaunchTemplateVersion`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionResponse {
    /// `LaunchTemplateVersions`.
    #[serde(
        rename = "LaunchTemplateVersions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_versions: ::std::option::Option<LaunchTemplateVersions>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteLaunchTemplateVersionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteLaunchTemplateVersionResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteLaunchTemplateVersionResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteLaunchTemplateVersionResponse, A::Error> {
                let mut out = DeleteLaunchTemplateVersionResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateVersions" => {
                            out.launch_template_versions = map.next_value()?;
                        }

                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
