//! `DeleteLaunchTemplateVersions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteLaunchTemplateVersions>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteLaunchTemplateVersions",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::delete_launch_template_versions`](crate::Client::delete_launch_template_versions) (`DeleteLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionsRequest {
    /// `LaunchTemplateId`. Required.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
    /// `LaunchTemplateVersions`. Required.
    #[serde(rename = "LaunchTemplateVersions")]
    pub launch_template_versions: ::std::vec::Vec<i64>,
}

impl DeleteLaunchTemplateVersionsRequest {
    /// A `DeleteLaunchTemplateVersionsRequest` with its required members: `LaunchTemplateId`, `LaunchTemplateVersions`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        launch_template_id: impl ::std::convert::Into<::std::string::String>,
        launch_template_versions: ::std::vec::Vec<i64>,
    ) -> Self {
        Self {
            launch_template_id: launch_template_id.into(),
            launch_template_versions,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DeleteLaunchTemplateVersionsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteLaunchTemplateVersionsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteLaunchTemplateVersionsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteLaunchTemplateVersionsRequest, A::Error> {
                let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_launch_template_versions: ::std::option::Option<::std::vec::Vec<i64>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateId" => m_launch_template_id = map.next_value()?,
                        "LaunchTemplateVersions" => {
                            m_launch_template_versions = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteLaunchTemplateVersionsRequest {
                    launch_template_id: m_launch_template_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "LaunchTemplateId",
                        )
                    })?,
                    launch_template_versions: m_launch_template_versions.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "LaunchTemplateVersions",
                        )
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::delete_launch_template_versions`](crate::Client::delete_launch_template_versions) (`DeleteLaunchTemplateVersions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteLaunchTemplateVersionsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteLaunchTemplateVersionsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteLaunchTemplateVersionsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteLaunchTemplateVersionsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteLaunchTemplateVersionsResponse, A::Error> {
                let mut out = DeleteLaunchTemplateVersionsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
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
