//! `ModifyLaunchTemplateDefaultVersion`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyLaunchTemplateDefaultVersion>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyLaunchTemplateDefaultVersion",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionRequest {
    /// `LaunchTemplateId`. Required.
    #[serde(rename = "LaunchTemplateId")]
    pub launch_template_id: ::std::string::String,
    /// `DefaultVersion`. Required.
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

impl<'de> ::serde::Deserialize<'de> for ModifyLaunchTemplateDefaultVersionRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyLaunchTemplateDefaultVersionRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyLaunchTemplateDefaultVersionRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyLaunchTemplateDefaultVersionRequest, A::Error>
            {
                let mut m_launch_template_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_default_version: ::std::option::Option<i64> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateId" => m_launch_template_id = map.next_value()?,
                        "DefaultVersion" => m_default_version = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyLaunchTemplateDefaultVersionRequest {
                    launch_template_id: m_launch_template_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "LaunchTemplateId",
                        )
                    })?,
                    default_version: m_default_version.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("DefaultVersion")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_launch_template_default_version`](crate::Client::modify_launch_template_default_version) (`ModifyLaunchTemplateDefaultVersion`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyLaunchTemplateDefaultVersionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyLaunchTemplateDefaultVersionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyLaunchTemplateDefaultVersionResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyLaunchTemplateDefaultVersionResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyLaunchTemplateDefaultVersionResponse, A::Error>
            {
                let mut out = ModifyLaunchTemplateDefaultVersionResponse::default();
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
