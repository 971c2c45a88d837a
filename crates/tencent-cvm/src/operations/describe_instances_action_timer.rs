//! `DescribeInstancesActionTimer`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesActionTimer>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstancesActionTimer",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_instances_action_timer`](crate::Client::describe_instances_action_timer) (`DescribeInstancesActionTimer`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesActionTimerRequest {
    /// `ActionTimerIds`.
    ///
    /// Example: `59337876-b254-4c21-847f-7d57d840d227`.
    #[serde(
        rename = "ActionTimerIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InstanceIds`.
    ///
    /// Example: `["ins-37qv3ucj"]`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `TimerAction`.
    ///
    /// Example: `TerminateInstances`.
    #[serde(
        rename = "TimerAction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timer_action: ::std::option::Option<::std::string::String>,
    /// `EndActionTime`.
    ///
    /// Example: `2024-11-06T08:00:32Z`.
    #[serde(
        rename = "EndActionTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_action_time: ::std::option::Option<::std::string::String>,
    /// `StartActionTime`.
    ///
    /// Example: `2024-11-06T08:00:32Z`.
    #[serde(
        rename = "StartActionTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_action_time: ::std::option::Option<::std::string::String>,
    /// `StatusList`.
    ///
    /// Example: `UNDO`.
    #[serde(
        rename = "StatusList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeInstancesActionTimerRequest {
    /// An empty `DescribeInstancesActionTimerRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            action_timer_ids: ::std::option::Option::None,
            instance_ids: ::std::option::Option::None,
            timer_action: ::std::option::Option::None,
            end_action_time: ::std::option::Option::None,
            start_action_time: ::std::option::Option::None,
            status_list: ::std::option::Option::None,
        }
    }

    /// Sets `ActionTimerIds`.
    pub fn action_timer_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.action_timer_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `InstanceIds`.
    pub fn instance_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `TimerAction`.
    pub fn timer_action(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.timer_action = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndActionTime`.
    pub fn end_action_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_action_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StartActionTime`.
    pub fn start_action_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_action_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StatusList`.
    pub fn status_list(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.status_list = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeInstancesActionTimerRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesActionTimerRequest",
            &[
                ("action_timer_ids", d::opt(&self.action_timer_ids)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("timer_action", d::opt(&self.timer_action)),
                ("end_action_time", d::opt(&self.end_action_time)),
                ("start_action_time", d::opt(&self.start_action_time)),
                ("status_list", d::opt(&self.status_list)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesActionTimerRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActionTimerIds",
            "InstanceIds",
            "TimerAction",
            "EndActionTime",
            "StartActionTime",
            "StatusList",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeInstancesActionTimerRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.action_timer_ids = r.decode()?,
                1 => out.instance_ids = r.decode()?,
                2 => out.timer_action = r.decode()?,
                3 => out.end_action_time = r.decode()?,
                4 => out.start_action_time = r.decode()?,
                5 => out.status_list = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instances_action_timer`](crate::Client::describe_instances_action_timer) (`DescribeInstancesActionTimer`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesActionTimerResponse {
    /// `ActionTimers`.
    #[serde(
        rename = "ActionTimers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timers: ::std::option::Option<::std::vec::Vec<crate::models::ActionTimer>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInstancesActionTimerResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesActionTimerResponse",
            &[
                ("action_timers", d::opt(&self.action_timers)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesActionTimerResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ActionTimers", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstancesActionTimerResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.action_timers = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
