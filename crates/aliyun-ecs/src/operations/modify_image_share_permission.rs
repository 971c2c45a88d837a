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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query). Required.
    ///
    /// Example: `m-bp18ygjuqnwhechc****`.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `LaunchPermission` (query).
    ///
    /// Example: `hide`.
    #[serde(
        rename = "LaunchPermission",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_permission: ::std::option::Option<::std::string::String>,
    /// `AddAccount` (query, sent as `AddAccount.1`, `AddAccount.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "AddAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_account: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RemoveAccount` (query, sent as `RemoveAccount.1`, `RemoveAccount.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "RemoveAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_account: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `IsPublic` (query).
    ///
    /// Example: `false`.
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
    pub fn add_account(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.add_account = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `RemoveAccount`.
    pub fn remove_account(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.remove_account = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `IsPublic`.
    pub fn is_public(mut self, value: bool) -> Self {
        self.is_public = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyImageSharePermissionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyImageSharePermissionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::req(&self.image_id)),
                ("launch_permission", d::opt(&self.launch_permission)),
                ("add_account", d::opt(&self.add_account)),
                ("remove_account", d::opt(&self.remove_account)),
                ("is_public", d::opt(&self.is_public)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageSharePermissionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ImageId",
            "LaunchPermission",
            "AddAccount",
            "RemoveAccount",
            "IsPublic",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_permission: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_add_account: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_remove_account: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_is_public: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_launch_permission = r.decode()?,
                3 => m_add_account = r.decode()?,
                4 => m_remove_account = r.decode()?,
                5 => m_is_public = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyImageSharePermissionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            launch_permission: m_launch_permission,
            add_account: m_add_account,
            remove_account: m_remove_account,
            is_public: m_is_public,
        })
    }
}

/// The response of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyImageSharePermissionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyImageSharePermissionResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageSharePermissionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyImageSharePermissionResponse::default();
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
