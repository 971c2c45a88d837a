//! `DeleteInstancesActionTimer`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesActionTimer>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteInstancesActionTimer",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::delete_instances_action_timer`](crate::Client::delete_instances_action_timer) (`DeleteInstancesActionTimer`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteInstancesActionTimerRequest {
    /// `ActionTimerIds`. Required.
    ///
    /// Example: `["865d042d-0219-46c3-9821-6028c96cfb7c"]`.
    #[serde(rename = "ActionTimerIds")]
    pub action_timer_ids: ::std::vec::Vec<::std::string::String>,
}

impl DeleteInstancesActionTimerRequest {
    /// A `DeleteInstancesActionTimerRequest` with its required members: `ActionTimerIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        action_timer_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            action_timer_ids: action_timer_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for DeleteInstancesActionTimerRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteInstancesActionTimerRequest",
            &[("action_timer_ids", d::req(&self.action_timer_ids))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteInstancesActionTimerRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ActionTimerIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_action_timer_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_action_timer_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteInstancesActionTimerRequest {
            action_timer_ids: m_action_timer_ids.ok_or_else(|| r.missing("ActionTimerIds"))?,
        })
    }
}

/// The response of [`Client::delete_instances_action_timer`](crate::Client::delete_instances_action_timer) (`DeleteInstancesActionTimer`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteInstancesActionTimerResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteInstancesActionTimerResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteInstancesActionTimerResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteInstancesActionTimerResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteInstancesActionTimerResponse::default();
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
