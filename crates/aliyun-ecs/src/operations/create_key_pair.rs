//! `CreateKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateKeyPair>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateKeyPair",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateKeyPairRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `KeyPairName` (query). Required.
    ///
    /// Example: `testKeyPairName`.
    #[serde(rename = "KeyPairName")]
    pub key_pair_name: ::std::string::String,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl CreateKeyPairRequest {
    /// A `CreateKeyPairRequest` with its required members: `RegionId`, `KeyPairName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        key_pair_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            key_pair_name: key_pair_name.into(),
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
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
                ("region_id", d::req(&self.region_id)),
                ("key_pair_name", d::req(&self.key_pair_name)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateKeyPairRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "KeyPairName", "ResourceGroupId", "Tag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_key_pair_name = r.decode()?,
                2 => m_resource_group_id = r.decode()?,
                3 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateKeyPairRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            key_pair_name: m_key_pair_name.ok_or_else(|| r.missing("KeyPairName"))?,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
        })
    }
}

/// The response of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateKeyPairResponse {
    /// `KeyPairFingerPrint`.
    ///
    /// Example: `89:f0:ba:62:ac:b8:aa:e1:61:5e:fd:81:69:86:6d:6b:f0:c0:5a:**`.
    #[serde(
        rename = "KeyPairFingerPrint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_finger_print: ::std::option::Option<::yun_core::Text>,
    /// `KeyPairId`.
    ///
    /// Example: `ssh-bp67acfmxazb4p****`.
    #[serde(
        rename = "KeyPairId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_id: ::std::option::Option<::yun_core::Text>,
    /// `KeyPairName`.
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::yun_core::Text>,
    /// `PrivateKeyBody`.
    ///
    /// Example: `MIIEpAIBAAKCAQEAtReyMzLIcBH78EV2zj****`.
    #[serde(
        rename = "PrivateKeyBody",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_key_body: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
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
                ("key_pair_finger_print", d::opt(&self.key_pair_finger_print)),
                ("key_pair_id", d::opt(&self.key_pair_id)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("private_key_body", d::secret(&self.private_key_body)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateKeyPairResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "KeyPairFingerPrint",
            "KeyPairId",
            "KeyPairName",
            "PrivateKeyBody",
            "RequestId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = CreateKeyPairResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key_pair_finger_print = r.decode()?,
                1 => out.key_pair_id = r.decode()?,
                2 => out.key_pair_name = r.decode()?,
                3 => out.private_key_body = r.decode()?,
                4 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
