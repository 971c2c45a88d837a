//! `CreateKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateKeyPair>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "CreateKeyPair",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[
            "TagSpecification.ResourceType",
            "TagSpecification.Tags",
            "TagSpecification.Tags.Key",
            "TagSpecification.Tags.Value",
        ],
    };

/// The request of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateKeyPairRequest {
    /// `KeyName`. Required.
    ///
    /// Example: `Tencent`.
    #[serde(rename = "KeyName")]
    pub key_name: ::std::string::String,
    /// `ProjectId`. Required.
    ///
    /// Example: `0`.
    #[serde(rename = "ProjectId")]
    pub project_id: i64,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}

impl CreateKeyPairRequest {
    /// A `CreateKeyPairRequest` with its required members: `KeyName`, `ProjectId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        key_name: impl ::std::convert::Into<::std::string::String>,
        project_id: i64,
    ) -> Self {
        Self {
            key_name: key_name.into(),
            project_id,
            tag_specification: ::std::option::Option::None,
        }
    }

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateKeyPairRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateKeyPairRequest",
            &[
                ("key_name", d::req(&self.key_name)),
                ("project_id", d::req(&self.project_id)),
                ("tag_specification", d::opt(&self.tag_specification)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateKeyPairRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["KeyName", "ProjectId", "TagSpecification"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_key_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_project_id: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_key_name = r.decode()?,
                1 => m_project_id = r.decode()?,
                2 => m_tag_specification = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateKeyPairRequest {
            key_name: m_key_name.ok_or_else(|| r.missing("KeyName"))?,
            project_id: m_project_id.ok_or_else(|| r.missing("ProjectId"))?,
            tag_specification: m_tag_specification,
        })
    }
}

/// The response of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateKeyPairResponse {
    /// `KeyPair`.
    #[serde(
        rename = "KeyPair",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair: ::std::option::Option<crate::models::KeyPair>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateKeyPairResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateKeyPairResponse",
            &[
                ("key_pair", d::opt(&self.key_pair)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateKeyPairResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["KeyPair", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateKeyPairResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key_pair = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
