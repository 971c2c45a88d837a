//! `ListTagResources`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ListTagResources>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ListTagResources",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
    };
/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `TagFilter` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagFilter {
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValues`.
    ///
    /// At most 5 items.
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
    pub fn tag_values(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tag_values = ::std::option::Option::Some(value);
        self
    }
}
/// The request of [`Client::list_tag_resources`](crate::Client::list_tag_resources) (`ListTagResources`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListTagResourcesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `ResourceType` (query). Required.
    #[serde(rename = "ResourceType")]
    pub resource_type: ::std::string::String,
    /// `ResourceId` (query, sent as `ResourceId.1`, `ResourceId.2`, …).
    ///
    /// At most 51 items.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
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
    pub fn resource_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
    /// Sets `TagFilter`.
    pub fn tag_filter(mut self, value: ::std::vec::Vec<TagFilter>) -> Self {
        self.tag_filter = ::std::option::Option::Some(value);
        self
    }
}
/// The `TagResources.TagResource` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagResource {
    /// `ResourceId`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `ResourceType`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}
/// The `TagResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagResources {
    /// `TagResource`.
    #[serde(
        rename = "TagResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_resource: ::std::option::Option<::std::vec::Vec<TagResource>>,
}
/// The response of [`Client::list_tag_resources`](crate::Client::list_tag_resources) (`ListTagResources`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListTagResourcesResponse {
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TagResources`.
    #[serde(
        rename = "TagResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_resources: ::std::option::Option<TagResources>,
}
