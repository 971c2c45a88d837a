//! `ModifyImageShareGroupPermission`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyImageShareGroupPermission>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyImageShareGroupPermission",
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
                name: "AddGroup.1",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoveGroup.1",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_image_share_group_permission`](crate::Client::modify_image_share_group_permission) (`ModifyImageShareGroupPermission`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageShareGroupPermissionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query). Required.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `AddGroup.1` (query).
    #[serde(
        rename = "AddGroup.1",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_group_1: ::std::option::Option<::std::string::String>,
    /// `RemoveGroup.1` (query).
    #[serde(
        rename = "RemoveGroup.1",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_group_1: ::std::option::Option<::std::string::String>,
}

impl ModifyImageShareGroupPermissionRequest {
    /// A `ModifyImageShareGroupPermissionRequest` with its required members: `RegionId`, `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: image_id.into(),
            add_group_1: ::std::option::Option::None,
            remove_group_1: ::std::option::Option::None,
        }
    }

    /// Sets `AddGroup.1`.
    pub fn add_group_1(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.add_group_1 = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RemoveGroup.1`.
    pub fn remove_group_1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remove_group_1 = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyImageShareGroupPermissionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyImageShareGroupPermissionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::req(&self.image_id)),
                ("add_group_1", d::opt(&self.add_group_1)),
                ("remove_group_1", d::opt(&self.remove_group_1)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageShareGroupPermissionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ImageId", "AddGroup.1", "RemoveGroup.1"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_add_group_1: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_remove_group_1: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_add_group_1 = r.decode()?,
                3 => m_remove_group_1 = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyImageShareGroupPermissionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            add_group_1: m_add_group_1,
            remove_group_1: m_remove_group_1,
        })
    }
}

/// The response of [`Client::modify_image_share_group_permission`](crate::Client::modify_image_share_group_permission) (`ModifyImageShareGroupPermission`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageShareGroupPermissionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyImageShareGroupPermissionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyImageShareGroupPermissionResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageShareGroupPermissionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyImageShareGroupPermissionResponse::default();
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
