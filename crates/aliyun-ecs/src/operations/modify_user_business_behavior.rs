//! `ModifyUserBusinessBehavior`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyUserBusinessBehavior>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyUserBusinessBehavior",
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
                name: "statusKey",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "statusValue",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_user_business_behavior`](crate::Client::modify_user_business_behavior) (`ModifyUserBusinessBehavior`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyUserBusinessBehaviorRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `statusKey` (query). Required.
    #[serde(rename = "statusKey")]
    pub status_key: ::std::string::String,
    /// `statusValue` (query). Required.
    #[serde(rename = "statusValue")]
    pub status_value: ::std::string::String,
}

impl ModifyUserBusinessBehaviorRequest {
    /// A `ModifyUserBusinessBehaviorRequest` with its required members: `statusKey`, `statusValue`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        status_key: impl ::std::convert::Into<::std::string::String>,
        status_value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            status_key: status_key.into(),
            status_value: status_value.into(),
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyUserBusinessBehaviorRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyUserBusinessBehaviorRequest",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("status_key", d::req(&self.status_key)),
                ("status_value", d::req(&self.status_value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyUserBusinessBehaviorRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "statusKey", "statusValue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status_value: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_status_key = r.decode()?,
                2 => m_status_value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyUserBusinessBehaviorRequest {
            region_id: m_region_id,
            status_key: m_status_key.ok_or_else(|| r.missing("statusKey"))?,
            status_value: m_status_value.ok_or_else(|| r.missing("statusValue"))?,
        })
    }
}

/// The response of [`Client::modify_user_business_behavior`](crate::Client::modify_user_business_behavior) (`ModifyUserBusinessBehavior`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyUserBusinessBehaviorResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyUserBusinessBehaviorResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyUserBusinessBehaviorResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyUserBusinessBehaviorResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyUserBusinessBehaviorResponse::default();
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
