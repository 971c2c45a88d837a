//! `AttachKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachKeyPair>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AttachKeyPair",
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
                name: "InstanceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::attach_key_pair`](crate::Client::attach_key_pair) (`AttachKeyPair`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachKeyPairRequest {
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
    /// `InstanceIds` (query). Required.
    ///
    /// Example: `["i-bp1gtjxuuvwj17zr****", "i-bp17b7zrsbjwvmfy****", … "i-bp1h6jmbefj1ytos****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::string::String,
}

impl AttachKeyPairRequest {
    /// A `AttachKeyPairRequest` with its required members: `RegionId`, `KeyPairName`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        key_pair_name: impl ::std::convert::Into<::std::string::String>,
        instance_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            key_pair_name: key_pair_name.into(),
            instance_ids: instance_ids.into(),
        }
    }
}

impl ::std::fmt::Debug for AttachKeyPairRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachKeyPairRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("key_pair_name", d::req(&self.key_pair_name)),
                ("instance_ids", d::req(&self.instance_ids)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AttachKeyPairRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "KeyPairName", "InstanceIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_key_pair_name = r.decode()?,
                2 => m_instance_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AttachKeyPairRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            key_pair_name: m_key_pair_name.ok_or_else(|| r.missing("KeyPairName"))?,
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
        })
    }
}

/// The response of [`Client::attach_key_pair`](crate::Client::attach_key_pair) (`AttachKeyPair`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachKeyPairResponse {
    /// `FailCount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "FailCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fail_count: ::std::option::Option<::yun_core::Text>,
    /// `KeyPairName`.
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Results`.
    #[serde(
        rename = "Results",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub results: ::std::option::Option<crate::models::Results>,
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<::yun_core::Text>,
}

impl AttachKeyPairResponse {
    /// The items of `Results` (through its wrapper), empty when absent.
    pub fn results(&self) -> &[crate::models::ResultModel] {
        self.results
            .as_ref()
            .and_then(|w| w.result.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AttachKeyPairResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachKeyPairResponse",
            &[
                ("fail_count", d::opt(&self.fail_count)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("request_id", d::opt(&self.request_id)),
                ("results", d::opt(&self.results)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AttachKeyPairResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "FailCount",
            "KeyPairName",
            "RequestId",
            "Results",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = AttachKeyPairResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.fail_count = r.decode()?,
                1 => out.key_pair_name = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.results = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
