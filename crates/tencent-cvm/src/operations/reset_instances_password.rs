//! `ResetInstancesPassword`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesPassword>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ResetInstancesPassword",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::reset_instances_password`](crate::Client::reset_instances_password) (`ResetInstancesPassword`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetInstancesPasswordRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-r8hr2upy","ins-5d8a23rs"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `Password`. Required.
    ///
    /// Example: `abc123ABC!@#`.
    #[serde(rename = "Password")]
    pub password: ::std::string::String,
    /// `UserName`.
    ///
    /// Example: `asdc21`.
    #[serde(
        rename = "UserName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_name: ::std::option::Option<::std::string::String>,
    /// `ForceStop`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
}

impl ResetInstancesPasswordRequest {
    /// A `ResetInstancesPasswordRequest` with its required members: `InstanceIds`, `Password`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        password: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            password: password.into(),
            user_name: ::std::option::Option::None,
            force_stop: ::std::option::Option::None,
        }
    }

    /// Sets `UserName`.
    pub fn user_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ResetInstancesPasswordRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetInstancesPasswordRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("password", d::hidden(&self.password)),
                ("user_name", d::opt(&self.user_name)),
                ("force_stop", d::opt(&self.force_stop)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResetInstancesPasswordRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "Password", "UserName", "ForceStop"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_password = r.decode()?,
                2 => m_user_name = r.decode()?,
                3 => m_force_stop = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ResetInstancesPasswordRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            password: m_password.ok_or_else(|| r.missing("Password"))?,
            user_name: m_user_name,
            force_stop: m_force_stop,
        })
    }
}

/// The response of [`Client::reset_instances_password`](crate::Client::reset_instances_password) (`ResetInstancesPassword`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResetInstancesPasswordResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResetInstancesPasswordResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResetInstancesPasswordResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ResetInstancesPasswordResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResetInstancesPasswordResponse::default();
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
