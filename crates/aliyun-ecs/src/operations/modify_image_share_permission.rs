//! `ModifyImageSharePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyImageSharePermission>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyImageSharePermission",
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
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchPermission",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AddAccount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoveAccount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsPublic",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query). Required.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `LaunchPermission` (query).
    #[serde(
        rename = "LaunchPermission",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_permission: ::std::option::Option<::std::string::String>,
    /// `AddAccount` (query, sent as `AddAccount.1`, `AddAccount.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "AddAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_account: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RemoveAccount` (query, sent as `RemoveAccount.1`, `RemoveAccount.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "RemoveAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_account: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `IsPublic` (query).
    #[serde(
        rename = "IsPublic",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_public: ::std::option::Option<bool>,
}

impl ModifyImageSharePermissionRequest {
    /// A `ModifyImageSharePermissionRequest` with its required members: `RegionId`, `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: image_id.into(),
            launch_permission: ::std::option::Option::None,
            add_account: ::std::option::Option::None,
            remove_account: ::std::option::Option::None,
            is_public: ::std::option::Option::None,
        }
    }

    /// Sets `LaunchPermission`.
    pub fn launch_permission(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.launch_permission = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AddAccount`.
    pub fn add_account(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.add_account = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RemoveAccount`.
    pub fn remove_account(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.remove_account = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IsPublic`.
    pub fn is_public(mut self, value: bool) -> Self {
        self.is_public = ::std::option::Option::Some(value);
        self
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
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_launch_permission: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_add_account: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_remove_account: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_is_public: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ImageId" => m_image_id = map.next_value()?,
                        "LaunchPermission" => m_launch_permission = map.next_value()?,
                        "AddAccount" => m_add_account = map.next_value()?,
                        "RemoveAccount" => m_remove_account = map.next_value()?,
                        "IsPublic" => m_is_public = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyImageSharePermissionRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    image_id: m_image_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageId")
                    })?,
                    launch_permission: m_launch_permission,
                    add_account: m_add_account,
                    remove_account: m_remove_account,
                    is_public: m_is_public,
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
