//! `DescribeChcDeniedActions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcDeniedActions>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeChcDeniedActions",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_chc_denied_actions`](crate::Client::describe_chc_denied_actions) (`DescribeChcDeniedActions`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeChcDeniedActionsRequest {
    /// `ChcIds`. Required.
    ///
    /// Example: `[“chc-123456fd”]`.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
}

impl DescribeChcDeniedActionsRequest {
    /// A `DescribeChcDeniedActionsRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        Self {
            chc_ids: chc_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for DescribeChcDeniedActionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeChcDeniedActionsRequest",
            &[("chc_ids", d::req(&self.chc_ids))],
        )
    }
}

impl ::yun_core::json::Decode for DescribeChcDeniedActionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ChcIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_chc_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeChcDeniedActionsRequest {
            chc_ids: m_chc_ids.ok_or_else(|| r.missing("ChcIds"))?,
        })
    }
}

/// The response of [`Client::describe_chc_denied_actions`](crate::Client::describe_chc_denied_actions) (`DescribeChcDeniedActions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeChcDeniedActionsResponse {
    /// `ChcHostDeniedActionSet`.
    #[serde(
        rename = "ChcHostDeniedActionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_host_denied_action_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ChcHostDeniedActions>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeChcDeniedActionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeChcDeniedActionsResponse",
            &[
                (
                    "chc_host_denied_action_set",
                    d::opt(&self.chc_host_denied_action_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeChcDeniedActionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ChcHostDeniedActionSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeChcDeniedActionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.chc_host_denied_action_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
