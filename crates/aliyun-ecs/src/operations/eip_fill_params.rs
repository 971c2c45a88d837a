//! `EipFillParams`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/EipFillParams>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "EipFillParams",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "data",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UserCidr",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::eip_fill_params`](crate::Client::eip_fill_params) (`EipFillParams`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipFillParamsRequest {
    /// `data` (query). Required.
    #[serde(rename = "data")]
    pub data: ::std::string::String,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `UserCidr` (query).
    #[serde(
        rename = "UserCidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidr: ::std::option::Option<::std::string::String>,
}

impl EipFillParamsRequest {
    /// A `EipFillParamsRequest` with its required members: `data`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(data: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            data: data.into(),
            client_token: ::std::option::Option::None,
            user_cidr: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserCidr`.
    pub fn user_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_cidr = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for EipFillParamsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipFillParamsRequest",
            &[
                ("data", d::req(&self.data)),
                ("client_token", d::opt(&self.client_token)),
                ("user_cidr", d::opt(&self.user_cidr)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EipFillParamsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["data", "ClientToken", "UserCidr"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_data: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_cidr: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_data = r.decode()?,
                1 => m_client_token = r.decode()?,
                2 => m_user_cidr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(EipFillParamsRequest {
            data: m_data.ok_or_else(|| r.missing("data"))?,
            client_token: m_client_token,
            user_cidr: m_user_cidr,
        })
    }
}

/// The response of [`Client::eip_fill_params`](crate::Client::eip_fill_params) (`EipFillParams`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipFillParamsResponse {
    /// `code`.
    #[serde(
        rename = "code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::yun_core::Text>,
    /// `data`.
    #[serde(
        rename = "data",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data: ::std::option::Option<::yun_core::Text>,
    /// `message`.
    #[serde(
        rename = "message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `requestId`.
    #[serde(
        rename = "requestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `success`.
    #[serde(
        rename = "success",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for EipFillParamsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipFillParamsResponse",
            &[
                ("code", d::opt(&self.code)),
                ("data", d::opt(&self.data)),
                ("message", d::opt(&self.message)),
                ("request_id", d::opt(&self.request_id)),
                ("success", d::opt(&self.success)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EipFillParamsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["code", "data", "message", "requestId", "success"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = EipFillParamsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.code = r.decode()?,
                1 => out.data = r.decode()?,
                2 => out.message = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.success = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
