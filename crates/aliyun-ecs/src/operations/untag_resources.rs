//! `UntagResources`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UntagResources>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "UntagResources",
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
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "All",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TagKey",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::untag_resources`](crate::Client::untag_resources) (`UntagResources`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct UntagResourcesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceType` (query). Required.
    ///
    /// Example: `instance`.
    #[serde(rename = "ResourceType")]
    pub resource_type: ::std::string::String,
    /// `All` (query).
    ///
    /// Example: `false`.
    #[serde(rename = "All", skip_serializing_if = "::std::option::Option::is_none")]
    pub all: ::std::option::Option<bool>,
    /// `ResourceId` (query, sent as `ResourceId.1`, `ResourceId.2`, …). Required.
    ///
    /// At most 51 items.
    ///
    /// Example: `i-bp67acfmxazb4ph****`.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::vec::Vec<::std::string::String>,
    /// `TagKey` (query, sent as `TagKey.1`, `TagKey.2`, …).
    ///
    /// At most 21 items.
    ///
    /// Example: `TestKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl UntagResourcesRequest {
    /// A `UntagResourcesRequest` with its required members: `RegionId`, `ResourceType`, `ResourceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_type: resource_type.into(),
            all: ::std::option::Option::None,
            resource_id: resource_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            tag_key: ::std::option::Option::None,
        }
    }

    /// Sets `All`.
    pub fn all(mut self, value: bool) -> Self {
        self.all = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TagKey`.
    pub fn tag_key(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.tag_key = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for UntagResourcesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "UntagResourcesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_type", d::req(&self.resource_type)),
                ("all", d::opt(&self.all)),
                ("resource_id", d::req(&self.resource_id)),
                ("tag_key", d::opt(&self.tag_key)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for UntagResourcesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ResourceType", "All", "ResourceId", "TagKey"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_all: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag_key: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_type = r.decode()?,
                2 => m_all = r.decode()?,
                3 => m_resource_id = r.decode()?,
                4 => m_tag_key = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(UntagResourcesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_type: m_resource_type.ok_or_else(|| r.missing("ResourceType"))?,
            all: m_all,
            resource_id: m_resource_id.ok_or_else(|| r.missing("ResourceId"))?,
            tag_key: m_tag_key,
        })
    }
}

/// The response of [`Client::untag_resources`](crate::Client::untag_resources) (`UntagResources`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UntagResourcesResponse {
    /// `RequestId`.
    ///
    /// Example: `C46FF5A8-C5F0-4024-8262-B16B639225A0`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for UntagResourcesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "UntagResourcesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for UntagResourcesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = UntagResourcesResponse::default();
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
