//! `StopInstance`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StopInstance>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "StopInstance",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ConfirmStop",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ForceStop",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StoppedMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Hibernate",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::stop_instance`](crate::Client::stop_instance) (`StopInstance`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstanceRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4ph****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `ConfirmStop` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "ConfirmStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub confirm_stop: ::std::option::Option<bool>,
    /// `ForceStop` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `StoppedMode` (query).
    ///
    /// Example: `KeepCharging`.
    #[serde(
        rename = "StoppedMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stopped_mode: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `Hibernate` (query).
    #[serde(
        rename = "Hibernate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hibernate: ::std::option::Option<bool>,
}

impl StopInstanceRequest {
    /// A `StopInstanceRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            confirm_stop: ::std::option::Option::None,
            force_stop: ::std::option::Option::None,
            stopped_mode: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            hibernate: ::std::option::Option::None,
        }
    }

    /// Sets `ConfirmStop`.
    pub fn confirm_stop(mut self, value: bool) -> Self {
        self.confirm_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StoppedMode`.
    pub fn stopped_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stopped_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Hibernate`.
    pub fn hibernate(mut self, value: bool) -> Self {
        self.hibernate = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for StopInstanceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StopInstanceRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("confirm_stop", d::opt(&self.confirm_stop)),
                ("force_stop", d::opt(&self.force_stop)),
                ("stopped_mode", d::opt(&self.stopped_mode)),
                ("dry_run", d::opt(&self.dry_run)),
                ("hibernate", d::opt(&self.hibernate)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StopInstanceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "ConfirmStop",
            "ForceStop",
            "StoppedMode",
            "DryRun",
            "Hibernate",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_confirm_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_stopped_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_hibernate: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_confirm_stop = r.decode()?,
                2 => m_force_stop = r.decode()?,
                3 => m_stopped_mode = r.decode()?,
                4 => m_dry_run = r.decode()?,
                5 => m_hibernate = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(StopInstanceRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            confirm_stop: m_confirm_stop,
            force_stop: m_force_stop,
            stopped_mode: m_stopped_mode,
            dry_run: m_dry_run,
            hibernate: m_hibernate,
        })
    }
}

/// The response of [`Client::stop_instance`](crate::Client::stop_instance) (`StopInstance`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstanceResponse {
    /// `RequestId`.
    ///
    /// Example: `1C488B66-B819-4D14-8711-C4EAAA13AC01`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for StopInstanceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StopInstanceResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for StopInstanceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = StopInstanceResponse::default();
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
