//! `ModifyDisasterRecoverGroupAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyDisasterRecoverGroupAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyDisasterRecoverGroupAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_disaster_recover_group_attribute`](crate::Client::modify_disaster_recover_group_attribute) (`ModifyDisasterRecoverGroupAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDisasterRecoverGroupAttributeRequest {
    /// `DisasterRecoverGroupId`. Required.
    ///
    /// Example: `ps-58l1hu01`.
    #[serde(rename = "DisasterRecoverGroupId")]
    pub disaster_recover_group_id: ::std::string::String,
    /// `Name`. Required.
    ///
    /// Example: `物理机容灾组1`.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Affinity`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<i64>,
}

impl ModifyDisasterRecoverGroupAttributeRequest {
    /// A `ModifyDisasterRecoverGroupAttributeRequest` with its required members: `DisasterRecoverGroupId`, `Name`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        disaster_recover_group_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            disaster_recover_group_id: disaster_recover_group_id.into(),
            name: name.into(),
            affinity: ::std::option::Option::None,
        }
    }

    /// Sets `Affinity`.
    pub fn affinity(mut self, value: i64) -> Self {
        self.affinity = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyDisasterRecoverGroupAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDisasterRecoverGroupAttributeRequest",
            &[
                (
                    "disaster_recover_group_id",
                    d::req(&self.disaster_recover_group_id),
                ),
                ("name", d::req(&self.name)),
                ("affinity", d::opt(&self.affinity)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDisasterRecoverGroupAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DisasterRecoverGroupId", "Name", "Affinity"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_disaster_recover_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_affinity: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disaster_recover_group_id = r.decode()?,
                1 => m_name = r.decode()?,
                2 => m_affinity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDisasterRecoverGroupAttributeRequest {
            disaster_recover_group_id: m_disaster_recover_group_id
                .ok_or_else(|| r.missing("DisasterRecoverGroupId"))?,
            name: m_name.ok_or_else(|| r.missing("Name"))?,
            affinity: m_affinity,
        })
    }
}

/// The response of [`Client::modify_disaster_recover_group_attribute`](crate::Client::modify_disaster_recover_group_attribute) (`ModifyDisasterRecoverGroupAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDisasterRecoverGroupAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDisasterRecoverGroupAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDisasterRecoverGroupAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDisasterRecoverGroupAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyDisasterRecoverGroupAttributeResponse::default();
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
