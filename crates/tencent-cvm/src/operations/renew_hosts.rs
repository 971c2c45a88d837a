//! `RenewHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RenewHosts>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RenewHosts",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["HostChargePrepaid.Period"],
    };

/// The request of [`Client::renew_hosts`](crate::Client::renew_hosts) (`RenewHosts`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewHostsRequest {
    /// `HostIds`. Required.
    ///
    /// Example: `["host-ey16rkyg"]`.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostChargePrepaid`. Required.
    #[serde(rename = "HostChargePrepaid")]
    pub host_charge_prepaid: crate::models::ChargePrepaid,
}

impl RenewHostsRequest {
    /// A `RenewHostsRequest` with its required members: `HostIds`, `HostChargePrepaid`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        host_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        host_charge_prepaid: crate::models::ChargePrepaid,
    ) -> Self {
        Self {
            host_ids: host_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            host_charge_prepaid,
        }
    }
}

impl ::std::fmt::Debug for RenewHostsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewHostsRequest",
            &[
                ("host_ids", d::req(&self.host_ids)),
                ("host_charge_prepaid", d::req(&self.host_charge_prepaid)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RenewHostsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HostIds", "HostChargePrepaid"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_host_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_host_charge_prepaid: ::std::option::Option<crate::models::ChargePrepaid> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_host_ids = r.decode()?,
                1 => m_host_charge_prepaid = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RenewHostsRequest {
            host_ids: m_host_ids.ok_or_else(|| r.missing("HostIds"))?,
            host_charge_prepaid: m_host_charge_prepaid
                .ok_or_else(|| r.missing("HostChargePrepaid"))?,
        })
    }
}

/// The response of [`Client::renew_hosts`](crate::Client::renew_hosts) (`RenewHosts`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewHostsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RenewHostsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewHostsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for RenewHostsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RenewHostsResponse::default();
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
