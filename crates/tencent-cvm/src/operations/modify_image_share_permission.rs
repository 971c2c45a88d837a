//! `ModifyImageSharePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageSharePermission>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyImageSharePermission",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionRequest {
    /// `ImageId`. Required.
    ///
    /// Example: `img-6pb6lrmy`.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `AccountIds`. Required.
    ///
    /// Example: `["103849387508"]`.
    #[serde(rename = "AccountIds")]
    pub account_ids: ::std::vec::Vec<::std::string::String>,
    /// `Permission`. Required.
    ///
    /// Example: `SHARE`.
    #[serde(rename = "Permission")]
    pub permission: ::std::string::String,
}

impl ModifyImageSharePermissionRequest {
    /// A `ModifyImageSharePermissionRequest` with its required members: `ImageId`, `AccountIds`, `Permission`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_id: impl ::std::convert::Into<::std::string::String>,
        account_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        permission: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            image_id: image_id.into(),
            account_ids: account_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            permission: permission.into(),
        }
    }
}

impl ::std::fmt::Debug for ModifyImageSharePermissionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyImageSharePermissionRequest",
            &[
                ("image_id", d::req(&self.image_id)),
                ("account_ids", d::req(&self.account_ids)),
                ("permission", d::req(&self.permission)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageSharePermissionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageId", "AccountIds", "Permission"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_account_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_permission: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_id = r.decode()?,
                1 => m_account_ids = r.decode()?,
                2 => m_permission = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyImageSharePermissionRequest {
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            account_ids: m_account_ids.ok_or_else(|| r.missing("AccountIds"))?,
            permission: m_permission.ok_or_else(|| r.missing("Permission"))?,
        })
    }
}

/// The response of [`Client::modify_image_share_permission`](crate::Client::modify_image_share_permission) (`ModifyImageSharePermission`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageSharePermissionResponse {
    /// `RequestId`.
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
