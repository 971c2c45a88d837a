//! `ModifyInstanceMetadataOptions`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceMetadataOptions>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceMetadataOptions",
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
                name: "HttpEndpoint",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpTokens",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpPutResponseHopLimit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceMetadataTags",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_metadata_options`](crate::Client::modify_instance_metadata_options) (`ModifyInstanceMetadataOptions`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceMetadataOptionsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp67acfmxaz****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `HttpEndpoint` (query). Required.
    ///
    /// Example: `enabled`.
    #[serde(rename = "HttpEndpoint")]
    pub http_endpoint: ::std::string::String,
    /// `HttpTokens` (query).
    ///
    /// Example: `optional`.
    #[serde(
        rename = "HttpTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_tokens: ::std::option::Option<::std::string::String>,
    /// `HttpPutResponseHopLimit` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "HttpPutResponseHopLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_put_response_hop_limit: ::std::option::Option<i32>,
    /// `InstanceMetadataTags` (query).
    #[serde(
        rename = "InstanceMetadataTags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_metadata_tags: ::std::option::Option<::std::string::String>,
}

impl ModifyInstanceMetadataOptionsRequest {
    /// A `ModifyInstanceMetadataOptionsRequest` with its required members: `RegionId`, `HttpEndpoint`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        http_endpoint: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            http_endpoint: http_endpoint.into(),
            http_tokens: ::std::option::Option::None,
            http_put_response_hop_limit: ::std::option::Option::None,
            instance_metadata_tags: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HttpTokens`.
    pub fn http_tokens(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.http_tokens = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HttpPutResponseHopLimit`.
    pub fn http_put_response_hop_limit(mut self, value: i32) -> Self {
        self.http_put_response_hop_limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceMetadataTags`.
    pub fn instance_metadata_tags(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_metadata_tags = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceMetadataOptionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceMetadataOptionsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("http_endpoint", d::req(&self.http_endpoint)),
                ("http_tokens", d::opt(&self.http_tokens)),
                (
                    "http_put_response_hop_limit",
                    d::opt(&self.http_put_response_hop_limit),
                ),
                (
                    "instance_metadata_tags",
                    d::opt(&self.instance_metadata_tags),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceMetadataOptionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "HttpEndpoint",
            "HttpTokens",
            "HttpPutResponseHopLimit",
            "InstanceMetadataTags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_http_endpoint: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_http_tokens: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_http_put_response_hop_limit: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_instance_metadata_tags: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_http_endpoint = r.decode()?,
                3 => m_http_tokens = r.decode()?,
                4 => m_http_put_response_hop_limit = r.decode()?,
                5 => m_instance_metadata_tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceMetadataOptionsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id,
            http_endpoint: m_http_endpoint.ok_or_else(|| r.missing("HttpEndpoint"))?,
            http_tokens: m_http_tokens,
            http_put_response_hop_limit: m_http_put_response_hop_limit,
            instance_metadata_tags: m_instance_metadata_tags,
        })
    }
}

/// The response of [`Client::modify_instance_metadata_options`](crate::Client::modify_instance_metadata_options) (`ModifyInstanceMetadataOptions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceMetadataOptionsResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceMetadataOptionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceMetadataOptionsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceMetadataOptionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceMetadataOptionsResponse::default();
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
