//! `ModifyImageSharePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageSharePermission>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyImageSharePermission",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionRequest {
    /// `ImageId`. Required.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `AccountIds`. Required.
    #[serde(rename = "AccountIds")]
    pub account_ids: ::std::vec::Vec<::std::string::String>,
    /// `Permission`. Required.
    #[serde(rename = "Permission")]
    pub permission: ::std::string::String,
}

impl ModifyImageSharePermissionRequest {
    /// A `ModifyImageSharePermissionRequest` with its required members: `ImageId`, `AccountIds`, `Permission`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_id: impl ::std::convert::Into<::std::string::String>,
        account_ids: ::std::vec::Vec<::std::string::String>,
        permission: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            image_id: image_id.into(),
            account_ids,
            permission: permission.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyImageSharePermissionRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyImageSharePermissionRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyImageSharePermissionRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyImageSharePermissionRequest, A::Error> {
                let mut m_image_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_account_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_permission: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageId" => m_image_id = map.next_value()?,
                        "AccountIds" => m_account_ids = map.next_value()?,
                        "Permission" => m_permission = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyImageSharePermissionRequest {
                    image_id: m_image_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageId")
                    })?,
                    account_ids: m_account_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("AccountIds")
                    })?,
                    permission: m_permission.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Permission")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyImageSharePermissionResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyImageSharePermissionResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyImageSharePermissionResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyImageSharePermissionResponse, A::Error> {
                let mut out = ModifyImageSharePermissionResponse::default();
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
