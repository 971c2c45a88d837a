//! `ImportInstancesActionTimer`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportInstancesActionTimer>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ImportInstancesActionTimer",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::import_instances_action_timer`](crate::Client::import_instances_action_timer) (`ImportInstancesActionTimer`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportInstancesActionTimerRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-37qv3ucj"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ActionTimer`. Required.
    #[serde(rename = "ActionTimer")]
    pub action_timer: crate::models::ActionTimer,
}

impl ImportInstancesActionTimerRequest {
    /// A `ImportInstancesActionTimerRequest` with its required members: `InstanceIds`, `ActionTimer`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        action_timer: crate::models::ActionTimer,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            action_timer,
        }
    }
}

impl ::std::fmt::Debug for ImportInstancesActionTimerRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImportInstancesActionTimerRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("action_timer", d::req(&self.action_timer)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImportInstancesActionTimerRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "ActionTimer"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_action_timer: ::std::option::Option<crate::models::ActionTimer> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_action_timer = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ImportInstancesActionTimerRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            action_timer: m_action_timer.ok_or_else(|| r.missing("ActionTimer"))?,
        })
    }
}

/// The response of [`Client::import_instances_action_timer`](crate::Client::import_instances_action_timer) (`ImportInstancesActionTimer`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportInstancesActionTimerResponse {
    /// `ActionTimerIds`.
    ///
    /// Example: `["865d042d-0219-46c3-9821-6028c96cfb7c"]`.
    #[serde(
        rename = "ActionTimerIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer_ids: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ImportInstancesActionTimerResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImportInstancesActionTimerResponse",
            &[
                ("action_timer_ids", d::opt(&self.action_timer_ids)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImportInstancesActionTimerResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ActionTimerIds", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ImportInstancesActionTimerResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.action_timer_ids = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
