//! `DescribeLimitation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeLimitation>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeLimitation",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "Limitation",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::describe_limitation`](crate::Client::describe_limitation) (`DescribeLimitation`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLimitationRequest {
    /// `Limitation` (query). Required.
    #[serde(rename = "Limitation")]
    pub limitation: ::std::string::String,
}

impl DescribeLimitationRequest {
    /// A `DescribeLimitationRequest` with its required members: `Limitation`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(limitation: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            limitation: limitation.into(),
        }
    }
}

impl ::std::fmt::Debug for DescribeLimitationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLimitationRequest",
            &[("limitation", d::req(&self.limitation))],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLimitationRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Limitation"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_limitation: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_limitation = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeLimitationRequest {
            limitation: m_limitation.ok_or_else(|| r.missing("Limitation"))?,
        })
    }
}

/// The response of [`Client::describe_limitation`](crate::Client::describe_limitation) (`DescribeLimitation`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLimitationResponse {
    /// `Limitation`.
    #[serde(
        rename = "Limitation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limitation: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeLimitationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLimitationResponse",
            &[
                ("limitation", d::opt(&self.limitation)),
                ("request_id", d::opt(&self.request_id)),
                ("value", d::opt(&self.value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLimitationResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Limitation", "RequestId", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeLimitationResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.limitation = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
