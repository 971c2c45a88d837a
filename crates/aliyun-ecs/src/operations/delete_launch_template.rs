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
    };

/// The request of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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

impl<'de> ::serde::Deserialize<'de> for DeleteLaunchTemplateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteLaunchTemplateRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteLaunchTemplateRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteLaunchTemplateRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
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
                        "LaunchTemplateId" => m_launch_template_id = map.next_value()?,
                        "LaunchTemplateName" => {
                            m_launch_template_name = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteLaunchTemplateRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    launch_template_id: m_launch_template_id,
                    launch_template_name: m_launch_template_name,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `LaunchTemplateVersionNumbers` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateVersionNumbers {
    /// `versionNumbers`.
    #[serde(
        rename = "versionNumbers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_numbers: ::std::option::Option<::std::vec::Vec<i64>>,
}

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateVersionNumbers {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateVersionNumbers;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateVersionNumbers` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateVersionNumbers, A::Error> {
                let mut out = LaunchTemplateVersionNumbers::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "versionNumbers" => out.version_numbers = map.next_value()?,
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

/// The response of [`Client::delete_launch_template`](crate::Client::delete_launch_template) (`DeleteLaunchTemplate`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateResponse {
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateVersionNumbers`.
    #[serde(
        rename = "LaunchTemplateVersionNumbers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version_numbers: ::std::option::Option<LaunchTemplateVersionNumbers>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteLaunchTemplateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteLaunchTemplateResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteLaunchTemplateResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteLaunchTemplateResponse, A::Error> {
                let mut out = DeleteLaunchTemplateResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateId" => out.launch_template_id = map.next_value()?,
                        "LaunchTemplateVersionNumbers" => {
                            out.launch_template_version_numbers = map.next_value()?;
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
