//! `ModifyChcNetworkMode`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcNetworkMode>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyChcNetworkMode",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_chc_network_mode`](crate::Client::modify_chc_network_mode) (`ModifyChcNetworkMode`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyChcNetworkModeRequest {
    /// `ChcIds`. Required.
    ///
    /// Example: `["chc-nzufwq77"]`.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `NetworkMode`. Required.
    ///
    /// Example: `DEPLOY`.
    #[serde(rename = "NetworkMode")]
    pub network_mode: ::std::string::String,
}

impl ModifyChcNetworkModeRequest {
    /// A `ModifyChcNetworkModeRequest` with its required members: `ChcIds`, `NetworkMode`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
        network_mode: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            chc_ids: chc_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            network_mode: network_mode.into(),
        }
    }
}

impl ::std::fmt::Debug for ModifyChcNetworkModeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyChcNetworkModeRequest",
            &[
                ("chc_ids", d::req(&self.chc_ids)),
                ("network_mode", d::req(&self.network_mode)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyChcNetworkModeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ChcIds", "NetworkMode"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_network_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_chc_ids = r.decode()?,
                1 => m_network_mode = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyChcNetworkModeRequest {
            chc_ids: m_chc_ids.ok_or_else(|| r.missing("ChcIds"))?,
            network_mode: m_network_mode.ok_or_else(|| r.missing("NetworkMode"))?,
        })
    }
}

/// The response of [`Client::modify_chc_network_mode`](crate::Client::modify_chc_network_mode) (`ModifyChcNetworkMode`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyChcNetworkModeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyChcNetworkModeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyChcNetworkModeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyChcNetworkModeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyChcNetworkModeResponse::default();
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
