//! `ModifyInstanceAttachmentAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAttachmentAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceAttachmentAttributes",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.MatchCriteria",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.Id",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_attachment_attributes`](crate::Client::modify_instance_attachment_attributes) (`ModifyInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttachmentAttributesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `PrivatePoolOptions.MatchCriteria` (query). Required.
    ///
    /// Example: `Open`.
    #[serde(rename = "PrivatePoolOptions.MatchCriteria")]
    pub private_pool_options_match_criteria: ::std::string::String,
    /// `PrivatePoolOptions.Id` (query).
    ///
    /// Example: `eap-bp67acfmxazb4****`.
    #[serde(
        rename = "PrivatePoolOptions.Id",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::std::string::String>,
}

impl ModifyInstanceAttachmentAttributesRequest {
    /// A `ModifyInstanceAttachmentAttributesRequest` with its required members: `RegionId`, `InstanceId`, `PrivatePoolOptions.MatchCriteria`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        private_pool_options_match_criteria: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            private_pool_options_match_criteria: private_pool_options_match_criteria.into(),
            private_pool_options_id: ::std::option::Option::None,
        }
    }

    /// Sets `PrivatePoolOptions.Id`.
    pub fn private_pool_options_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceAttachmentAttributesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAttachmentAttributesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                (
                    "private_pool_options_match_criteria",
                    d::req(&self.private_pool_options_match_criteria),
                ),
                (
                    "private_pool_options_id",
                    d::opt(&self.private_pool_options_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAttachmentAttributesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "PrivatePoolOptions.MatchCriteria",
            "PrivatePoolOptions.Id",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_match_criteria: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_private_pool_options_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_private_pool_options_match_criteria = r.decode()?,
                3 => m_private_pool_options_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceAttachmentAttributesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            private_pool_options_match_criteria: m_private_pool_options_match_criteria
                .ok_or_else(|| r.missing("PrivatePoolOptions.MatchCriteria"))?,
            private_pool_options_id: m_private_pool_options_id,
        })
    }
}

/// The response of [`Client::modify_instance_attachment_attributes`](crate::Client::modify_instance_attachment_attributes) (`ModifyInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttachmentAttributesResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceAttachmentAttributesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAttachmentAttributesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAttachmentAttributesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceAttachmentAttributesResponse::default();
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
