//! `ModifyHostsAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHostsAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyHostsAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_hosts_attribute`](crate::Client::modify_hosts_attribute) (`ModifyHostsAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHostsAttributeRequest {
    /// `HostIds`. Required.
    ///
    /// Example: `["host-ey16rkyg"]`.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostName`.
    ///
    /// Example: `webserver`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    ///
    /// Example: `NOTIFY_AND_AUTO_RENEW`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `ProjectId`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "ProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<u64>,
}

impl ModifyHostsAttributeRequest {
    /// A `ModifyHostsAttributeRequest` with its required members: `HostIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        host_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            host_ids: host_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            host_name: ::std::option::Option::None,
            renew_flag: ::std::option::Option::None,
            project_id: ::std::option::Option::None,
        }
    }

    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RenewFlag`.
    pub fn renew_flag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.renew_flag = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ProjectId`.
    pub fn project_id(mut self, value: u64) -> Self {
        self.project_id = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyHostsAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyHostsAttributeRequest",
            &[
                ("host_ids", d::req(&self.host_ids)),
                ("host_name", d::opt(&self.host_name)),
                ("renew_flag", d::opt(&self.renew_flag)),
                ("project_id", d::opt(&self.project_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyHostsAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HostIds", "HostName", "RenewFlag", "ProjectId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_host_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_renew_flag: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_project_id: ::std::option::Option<u64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_host_ids = r.decode()?,
                1 => m_host_name = r.decode()?,
                2 => m_renew_flag = r.decode()?,
                3 => m_project_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyHostsAttributeRequest {
            host_ids: m_host_ids.ok_or_else(|| r.missing("HostIds"))?,
            host_name: m_host_name,
            renew_flag: m_renew_flag,
            project_id: m_project_id,
        })
    }
}

/// The response of [`Client::modify_hosts_attribute`](crate::Client::modify_hosts_attribute) (`ModifyHostsAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHostsAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyHostsAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyHostsAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyHostsAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyHostsAttributeResponse::default();
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
