//! `DescribeUserBusinessBehavior`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeUserBusinessBehavior>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeUserBusinessBehavior",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_user_business_behavior`](crate::Client::describe_user_business_behavior) (`DescribeUserBusinessBehavior`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeUserBusinessBehaviorRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `statusKey` (query). Required.
    #[serde(rename = "statusKey")]
    pub status_key: ::std::string::String,
}

impl DescribeUserBusinessBehaviorRequest {
    /// A `DescribeUserBusinessBehaviorRequest` with its required members: `statusKey`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(status_key: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            status_key: status_key.into(),
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeUserBusinessBehaviorRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeUserBusinessBehaviorRequest",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("status_key", d::req(&self.status_key)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeUserBusinessBehaviorRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "statusKey"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status_key: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_status_key = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeUserBusinessBehaviorRequest {
            region_id: m_region_id,
            status_key: m_status_key.ok_or_else(|| r.missing("statusKey"))?,
        })
    }
}

/// The response of [`Client::describe_user_business_behavior`](crate::Client::describe_user_business_behavior) (`DescribeUserBusinessBehavior`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeUserBusinessBehaviorResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `StatusValue`.
    #[serde(
        rename = "StatusValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeUserBusinessBehaviorResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeUserBusinessBehaviorResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("status_value", d::opt(&self.status_value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeUserBusinessBehaviorResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "StatusValue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeUserBusinessBehaviorResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.status_value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
