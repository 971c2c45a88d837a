//! `DescribeImageComponents`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImageComponents>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImageComponents",
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
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Owner",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageComponentId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_image_components`](crate::Client::describe_image_components) (`DescribeImageComponents`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageComponentsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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
    /// `Name` (query).
    ///
    /// Example: `testComponent`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 500.
    ///
    /// Default: `50`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `Owner` (query).
    ///
    /// Example: `SELF`.
    #[serde(
        rename = "Owner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::std::string::String>,
    /// `ImageComponentId` (query, sent as `ImageComponentId.1`, `ImageComponentId.2`, …).
    ///
    /// At most 21 items.
    ///
    /// Example: `ic-bp67acfmxazb4p****`.
    #[serde(
        rename = "ImageComponentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_component_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeImageComponentsRequest {
    /// A `DescribeImageComponentsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            name: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            owner: ::std::option::Option::None,
            image_component_id: ::std::option::Option::None,
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

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Owner`.
    pub fn owner(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageComponentId`.
    pub fn image_component_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.image_component_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeImageComponentsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageComponentsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("name", d::opt(&self.name)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("owner", d::opt(&self.owner)),
                ("image_component_id", d::opt(&self.image_component_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageComponentsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "Tag",
            "Name",
            "NextToken",
            "MaxResults",
            "Owner",
            "ImageComponentId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_owner: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_image_component_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_tag = r.decode()?,
                3 => m_name = r.decode()?,
                4 => m_next_token = r.decode()?,
                5 => m_max_results = r.decode()?,
                6 => m_owner = r.decode()?,
                7 => m_image_component_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeImageComponentsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            name: m_name,
            next_token: m_next_token,
            max_results: m_max_results,
            owner: m_owner,
            image_component_id: m_image_component_id,
        })
    }
}

/// The `ImageComponent.ImageComponentSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageComponentSet {
    /// `ComponentType`.
    ///
    /// Example: `Build`.
    #[serde(
        rename = "ComponentType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub component_type: ::std::option::Option<::yun_core::Text>,
    /// `Content`.
    ///
    /// Example: `RESTART`.
    #[serde(
        rename = "Content",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2020-11-24T06:00:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `ImageComponentId`.
    ///
    /// Example: `ic-bp67acfmxazb4p****`.
    #[serde(
        rename = "ImageComponentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_component_id: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `testComponent`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `Owner`.
    ///
    /// Example: `SELF`.
    #[serde(
        rename = "Owner",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SystemType`.
    ///
    /// Example: `Linux`.
    #[serde(
        rename = "SystemType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_type: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
}

impl ImageComponentSet {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ImageComponentSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImageComponentSet",
            &[
                ("component_type", d::opt(&self.component_type)),
                ("content", d::opt(&self.content)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("image_component_id", d::opt(&self.image_component_id)),
                ("name", d::opt(&self.name)),
                ("owner", d::opt(&self.owner)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("system_type", d::opt(&self.system_type)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImageComponentSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ComponentType",
            "Content",
            "CreationTime",
            "Description",
            "ImageComponentId",
            "Name",
            "Owner",
            "ResourceGroupId",
            "SystemType",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut out = ImageComponentSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.component_type = r.decode()?,
                1 => out.content = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.image_component_id = r.decode()?,
                5 => out.name = r.decode()?,
                6 => out.owner = r.decode()?,
                7 => out.resource_group_id = r.decode()?,
                8 => out.system_type = r.decode()?,
                9 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImageComponent` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageComponent {
    /// `ImageComponentSet`.
    #[serde(
        rename = "ImageComponentSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_component_set: ::std::option::Option<::std::vec::Vec<ImageComponentSet>>,
}

impl ::std::fmt::Debug for ImageComponent {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImageComponent",
            &[("image_component_set", d::opt(&self.image_component_set))],
        )
    }
}

impl ::yun_core::json::Decode for ImageComponent {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageComponentSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ImageComponent::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_component_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_image_components`](crate::Client::describe_image_components) (`DescribeImageComponents`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImageComponentsResponse {
    /// `ImageComponent`.
    #[serde(
        rename = "ImageComponent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_component: ::std::option::Option<ImageComponent>,
    /// `MaxResults`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeImageComponentsResponse {
    /// The items of `ImageComponent` (through its wrapper), empty when absent.
    pub fn image_component(&self) -> &[ImageComponentSet] {
        self.image_component
            .as_ref()
            .and_then(|w| w.image_component_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeImageComponentsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImageComponentsResponse",
            &[
                ("image_component", d::opt(&self.image_component)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImageComponentsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImageComponent",
            "MaxResults",
            "NextToken",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeImageComponentsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_component = r.decode()?,
                1 => out.max_results = r.decode()?,
                2 => out.next_token = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeImageComponentsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeImageComponents` pages (by `NextToken`), for [`Client::describe_image_components_paginator`](crate::Client::describe_image_components_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeImageComponentsRequest {
    type Response = DescribeImageComponentsResponse;
    type Item = ImageComponentSet;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
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

    fn next_token(page: &DescribeImageComponentsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeImageComponentsResponse) -> usize {
        page.image_component
            .as_ref()
            .and_then(|x| x.image_component_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeImageComponentsResponse) -> ::std::vec::Vec<ImageComponentSet> {
        page.image_component
            .and_then(|x| x.image_component_set)
            .unwrap_or_default()
    }
}
