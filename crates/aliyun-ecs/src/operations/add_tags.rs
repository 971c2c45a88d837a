//! `AddTags`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AddTags>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AddTags",
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
                name: "ResourceId",
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

/// The request of [`Client::add_tags`](crate::Client::add_tags) (`AddTags`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AddTagsRequest {
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
    /// `ResourceId` (query). Required.
    ///
    /// Example: `i-bp1gtjxuuvwj17zr****`.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::string::String,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …). Required.
    ///
    /// At most 20 items.
    #[serde(rename = "Tag")]
    pub tag: ::std::vec::Vec<crate::models::Tag>,
}

impl AddTagsRequest {
    /// A `AddTagsRequest` with its required members: `RegionId`, `ResourceType`, `ResourceId`, `Tag`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
        tag: ::std::vec::Vec<crate::models::Tag>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_type: resource_type.into(),
            resource_id: resource_id.into(),
            tag,
        }
    }
}

impl ::std::fmt::Debug for AddTagsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AddTagsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_type", d::req(&self.resource_type)),
                ("resource_id", d::req(&self.resource_id)),
                ("tag", d::req(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AddTagsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ResourceType", "ResourceId", "Tag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_type = r.decode()?,
                2 => m_resource_id = r.decode()?,
                3 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AddTagsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_type: m_resource_type.ok_or_else(|| r.missing("ResourceType"))?,
            resource_id: m_resource_id.ok_or_else(|| r.missing("ResourceId"))?,
            tag: m_tag.ok_or_else(|| r.missing("Tag"))?,
        })
    }
}

/// The response of [`Client::add_tags`](crate::Client::add_tags) (`AddTags`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AddTagsResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AddTagsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AddTagsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for AddTagsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AddTagsResponse::default();
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
