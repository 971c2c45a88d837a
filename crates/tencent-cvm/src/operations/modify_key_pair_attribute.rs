//! `ModifyKeyPairAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyKeyPairAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyKeyPairAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_key_pair_attribute`](crate::Client::modify_key_pair_attribute) (`ModifyKeyPairAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyKeyPairAttributeRequest {
    /// `KeyId`. Required.
    ///
    /// Example: `skey-mv9yzyjj`.
    #[serde(rename = "KeyId")]
    pub key_id: ::std::string::String,
    /// `KeyName`.
    ///
    /// Example: `Tencent`.
    #[serde(
        rename = "KeyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// `Description`.
    ///
    /// Example: `KeyPair`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl ModifyKeyPairAttributeRequest {
    /// A `ModifyKeyPairAttributeRequest` with its required members: `KeyId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(key_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            key_id: key_id.into(),
            key_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }

    /// Sets `KeyName`.
    pub fn key_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyKeyPairAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyKeyPairAttributeRequest",
            &[
                ("key_id", d::req(&self.key_id)),
                ("key_name", d::opt(&self.key_name)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyKeyPairAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["KeyId", "KeyName", "Description"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_key_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_key_id = r.decode()?,
                1 => m_key_name = r.decode()?,
                2 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyKeyPairAttributeRequest {
            key_id: m_key_id.ok_or_else(|| r.missing("KeyId"))?,
            key_name: m_key_name,
            description: m_description,
        })
    }
}

/// The response of [`Client::modify_key_pair_attribute`](crate::Client::modify_key_pair_attribute) (`ModifyKeyPairAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyKeyPairAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyKeyPairAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyKeyPairAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyKeyPairAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyKeyPairAttributeResponse::default();
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
