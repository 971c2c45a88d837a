//! `ListTagResources`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ListTagResources>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ListTagResources",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
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
            ::yun_core::internal::Field {
                name: "TagFilter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `TagFilter` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagFilter {
    /// `TagKey`.
    ///
    /// Example: `env`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValues`.
    ///
    /// At most 5 items.
    ///
    /// Example: `TestTagFilter`.
    #[serde(
        rename = "TagValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl TagFilter {
    /// An empty `TagFilter`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            tag_key: ::std::option::Option::None,
            tag_values: ::std::option::Option::None,
        }
    }

    /// Sets `TagKey`.
    pub fn tag_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `TagValues`.
    pub fn tag_values(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.tag_values = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for TagFilter {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TagFilter",
            &[
                ("tag_key", d::opt(&self.tag_key)),
                ("tag_values", d::opt(&self.tag_values)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for TagFilter {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TagKey", "TagValues"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = TagFilter::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tag_key = r.decode()?,
                1 => out.tag_values = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::list_tag_resources`](crate::Client::list_tag_resources) (`ListTagResources`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListTagResourcesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NextToken` (query).
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `ResourceType` (query). Required.
    ///
    /// Example: `instance`.
    #[serde(rename = "ResourceType")]
    pub resource_type: ::std::string::String,
    /// `ResourceId` (query, sent as `ResourceId.1`, `ResourceId.2`, …).
    ///
    /// At most 51 items.
    ///
    /// Example: `i-bp1j6qtvdm8w0z1o****`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `TagFilter` (query, sent as `TagFilter.1`, `TagFilter.2`, …).
    ///
    /// At most 5 items.
    #[serde(
        rename = "TagFilter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_filter: ::std::option::Option<::std::vec::Vec<TagFilter>>,
}

impl ListTagResourcesRequest {
    /// A `ListTagResourcesRequest` with its required members: `RegionId`, `ResourceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            next_token: ::std::option::Option::None,
            resource_type: resource_type.into(),
            resource_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            tag_filter: ::std::option::Option::None,
        }
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceId`.
    pub fn resource_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.resource_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TagFilter`.
    pub fn tag_filter(mut self, value: ::std::vec::Vec<TagFilter>) -> Self {
        self.tag_filter = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ListTagResourcesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ListTagResourcesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("next_token", d::opt(&self.next_token)),
                ("resource_type", d::req(&self.resource_type)),
                ("resource_id", d::opt(&self.resource_id)),
                ("tag", d::opt(&self.tag)),
                ("tag_filter", d::opt(&self.tag_filter)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ListTagResourcesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NextToken",
            "ResourceType",
            "ResourceId",
            "Tag",
            "TagFilter",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_tag_filter: ::std::option::Option<::std::vec::Vec<TagFilter>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_next_token = r.decode()?,
                2 => m_resource_type = r.decode()?,
                3 => m_resource_id = r.decode()?,
                4 => m_tag = r.decode()?,
                5 => m_tag_filter = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ListTagResourcesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            next_token: m_next_token,
            resource_type: m_resource_type.ok_or_else(|| r.missing("ResourceType"))?,
            resource_id: m_resource_id,
            tag: m_tag,
            tag_filter: m_tag_filter,
        })
    }
}

/// The `TagResources.TagResource` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagResource {
    /// `ResourceId`.
    ///
    /// Example: `i-bp1j6qtvdm8w0z1o****`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceType`.
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::yun_core::Text>,
    /// `TagKey`.
    ///
    /// Example: `TestKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::yun_core::Text>,
    /// `TagValue`.
    ///
    /// Example: `TestValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for TagResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TagResource",
            &[
                ("resource_id", d::opt(&self.resource_id)),
                ("resource_type", d::opt(&self.resource_type)),
                ("tag_key", d::opt(&self.tag_key)),
                ("tag_value", d::opt(&self.tag_value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for TagResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ResourceId", "ResourceType", "TagKey", "TagValue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = TagResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.resource_id = r.decode()?,
                1 => out.resource_type = r.decode()?,
                2 => out.tag_key = r.decode()?,
                3 => out.tag_value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `TagResources` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagResources {
    /// `TagResource`.
    #[serde(
        rename = "TagResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_resource: ::std::option::Option<::std::vec::Vec<TagResource>>,
}

impl ::std::fmt::Debug for TagResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TagResources",
            &[("tag_resource", d::opt(&self.tag_resource))],
        )
    }
}

impl ::yun_core::json::Decode for TagResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TagResource"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = TagResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tag_resource = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::list_tag_resources`](crate::Client::list_tag_resources) (`ListTagResources`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ListTagResourcesResponse {
    /// `NextToken`.
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `484256DA-D816-44D2-9D86-B6EE4D5BA78C`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TagResources`.
    #[serde(
        rename = "TagResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_resources: ::std::option::Option<TagResources>,
}

impl ListTagResourcesResponse {
    /// The items of `TagResources` (through its wrapper), empty when absent.
    pub fn tag_resources(&self) -> &[TagResource] {
        self.tag_resources
            .as_ref()
            .and_then(|w| w.tag_resource.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ListTagResourcesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ListTagResourcesResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("tag_resources", d::opt(&self.tag_resources)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ListTagResourcesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NextToken", "RequestId", "TagResources"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ListTagResourcesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.tag_resources = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for ListTagResourcesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `ListTagResources` pages (by `NextToken`), for [`Client::list_tag_resources_paginator`](crate::Client::list_tag_resources_paginator).
impl ::yun_core::paginate::PagedRequest for ListTagResourcesRequest {
    type Response = ListTagResourcesResponse;
    type Item = TagResource;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        ::std::option::Option::None
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &ListTagResourcesResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &ListTagResourcesResponse) -> usize {
        page.tag_resources
            .as_ref()
            .and_then(|x| x.tag_resource.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: ListTagResourcesResponse) -> ::std::vec::Vec<TagResource> {
        page.tag_resources
            .and_then(|x| x.tag_resource)
            .unwrap_or_default()
    }
}
