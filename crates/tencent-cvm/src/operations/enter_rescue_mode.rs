//! `EnterRescueMode`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=EnterRescueMode>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "EnterRescueMode",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::enter_rescue_mode`](crate::Client::enter_rescue_mode) (`EnterRescueMode`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct EnterRescueModeRequest {
    /// `InstanceId`. Required.
    ///
    /// Example: `ins-abcdefg`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `Password`. Required.
    ///
    /// Example: `hello123456789`.
    #[serde(rename = "Password")]
    pub password: ::std::string::String,
    /// `Username`.
    ///
    /// Example: `root`.
    #[serde(
        rename = "Username",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub username: ::std::option::Option<::std::string::String>,
    /// `ForceStop`. Deprecated by the vendor.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `StopType`.
    ///
    /// Example: `HARD`.
    #[serde(
        rename = "StopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_type: ::std::option::Option<::std::string::String>,
}

impl EnterRescueModeRequest {
    /// A `EnterRescueModeRequest` with its required members: `InstanceId`, `Password`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            password: password.into(),
            username: ::std::option::Option::None,
            force_stop: ::std::option::Option::None,
            stop_type: ::std::option::Option::None,
        }
    }

    /// Sets `Username`.
    pub fn username(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.username = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ForceStop`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stop_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for EnterRescueModeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EnterRescueModeRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("password", d::hidden(&self.password)),
                ("username", d::opt(&self.username)),
                ("force_stop", d::opt(&self.force_stop)),
                ("stop_type", d::opt(&self.stop_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EnterRescueModeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "Password",
            "Username",
            "ForceStop",
            "StopType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_username: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_stop_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_password = r.decode()?,
                2 => m_username = r.decode()?,
                3 => m_force_stop = r.decode()?,
                4 => m_stop_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(EnterRescueModeRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            password: m_password.ok_or_else(|| r.missing("Password"))?,
            username: m_username,
            force_stop: m_force_stop,
            stop_type: m_stop_type,
        })
    }
}

/// The response of [`Client::enter_rescue_mode`](crate::Client::enter_rescue_mode) (`EnterRescueMode`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EnterRescueModeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for EnterRescueModeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EnterRescueModeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for EnterRescueModeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = EnterRescueModeResponse::default();
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
