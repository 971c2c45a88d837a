//! `DescribeTags`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeTags>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeTags",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
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
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Category",
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

/// The request of [`Client::describe_tags`](crate::Client::describe_tags) (`DescribeTags`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTagsRequest {
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `50`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `ResourceType` (query).
    ///
    /// Example: `snapshot`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `ResourceId` (query).
    ///
    /// Example: `s-946ntx4wr****`.
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Category` (query).
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeTagsRequest {
    /// A `DescribeTagsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            page_size: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            resource_type: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            region_id: region_id.into(),
            category: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceId`.
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeTagsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTagsRequest",
            &[
                ("page_size", d::opt(&self.page_size)),
                ("page_number", d::opt(&self.page_number)),
                ("resource_type", d::opt(&self.resource_type)),
                ("resource_id", d::opt(&self.resource_id)),
                ("region_id", d::req(&self.region_id)),
                ("category", d::opt(&self.category)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTagsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageSize",
            "PageNumber",
            "ResourceType",
            "ResourceId",
            "RegionId",
            "Category",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_page_size = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_resource_type = r.decode()?,
                3 => m_resource_id = r.decode()?,
                4 => m_region_id = r.decode()?,
                5 => m_category = r.decode()?,
                6 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeTagsRequest {
            page_size: m_page_size,
            page_number: m_page_number,
            resource_type: m_resource_type,
            resource_id: m_resource_id,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            category: m_category,
            tag: m_tag,
        })
    }
}

/// The `Tags.Tag.ResourceTypeCount` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourceTypeCount {
    /// `Ddh`.
    ///
    /// Example: `1`.
    #[serde(rename = "Ddh", skip_serializing_if = "::std::option::Option::is_none")]
    pub ddh: ::std::option::Option<i64>,
    /// `Disk`.
    ///
    /// Example: `15`.
    #[serde(
        rename = "Disk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<i64>,
    /// `Eni`.
    ///
    /// Example: `5`.
    #[serde(rename = "Eni", skip_serializing_if = "::std::option::Option::is_none")]
    pub eni: ::std::option::Option<i64>,
    /// `Image`.
    ///
    /// Example: `6`.
    #[serde(
        rename = "Image",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image: ::std::option::Option<i64>,
    /// `Instance`.
    ///
    /// Example: `45`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<i64>,
    /// `KeyPair`.
    ///
    /// Example: `17`.
    #[serde(
        rename = "KeyPair",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair: ::std::option::Option<i64>,
    /// `LaunchTemplate`.
    ///
    /// Example: `6`.
    #[serde(
        rename = "LaunchTemplate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template: ::std::option::Option<i64>,
    /// `ReservedInstance`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "ReservedInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance: ::std::option::Option<i64>,
    /// `Securitygroup`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "Securitygroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub securitygroup: ::std::option::Option<i64>,
    /// `Snapshot`.
    ///
    /// Example: `15`.
    #[serde(
        rename = "Snapshot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot: ::std::option::Option<i64>,
    /// `SnapshotPolicy`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "SnapshotPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_policy: ::std::option::Option<i64>,
    /// `Volume`.
    ///
    /// Example: `6`.
    #[serde(
        rename = "Volume",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub volume: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for ResourceTypeCount {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResourceTypeCount",
            &[
                ("ddh", d::opt(&self.ddh)),
                ("disk", d::opt(&self.disk)),
                ("eni", d::opt(&self.eni)),
                ("image", d::opt(&self.image)),
                ("instance", d::opt(&self.instance)),
                ("key_pair", d::opt(&self.key_pair)),
                ("launch_template", d::opt(&self.launch_template)),
                ("reserved_instance", d::opt(&self.reserved_instance)),
                ("securitygroup", d::opt(&self.securitygroup)),
                ("snapshot", d::opt(&self.snapshot)),
                ("snapshot_policy", d::opt(&self.snapshot_policy)),
                ("volume", d::opt(&self.volume)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResourceTypeCount {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Ddh",
            "Disk",
            "Eni",
            "Image",
            "Instance",
            "KeyPair",
            "LaunchTemplate",
            "ReservedInstance",
            "Securitygroup",
            "Snapshot",
            "SnapshotPolicy",
            "Volume",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = ResourceTypeCount::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ddh = r.decode()?,
                1 => out.disk = r.decode()?,
                2 => out.eni = r.decode()?,
                3 => out.image = r.decode()?,
                4 => out.instance = r.decode()?,
                5 => out.key_pair = r.decode()?,
                6 => out.launch_template = r.decode()?,
                7 => out.reserved_instance = r.decode()?,
                8 => out.securitygroup = r.decode()?,
                9 => out.snapshot = r.decode()?,
                10 => out.snapshot_policy = r.decode()?,
                11 => out.volume = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseTag2 {
    /// `ResourceTypeCount`.
    #[serde(
        rename = "ResourceTypeCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type_count: ::std::option::Option<ResourceTypeCount>,
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

impl ::std::fmt::Debug for ResponseTag2 {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseTag2",
            &[
                ("resource_type_count", d::opt(&self.resource_type_count)),
                ("tag_key", d::opt(&self.tag_key)),
                ("tag_value", d::opt(&self.tag_value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponseTag2 {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ResourceTypeCount", "TagKey", "TagValue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ResponseTag2::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.resource_type_count = r.decode()?,
                1 => out.tag_key = r.decode()?,
                2 => out.tag_value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Tags` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseTags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<ResponseTag2>>,
}

impl ::std::fmt::Debug for ResponseTags {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "ResponseTags", &[("tag", d::opt(&self.tag))])
    }
}

impl ::yun_core::json::Decode for ResponseTags {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Tag"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ResponseTags::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_tags`](crate::Client::describe_tags) (`DescribeTags`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeTagsResponse {
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `B04B8CF3-4489-432D-83BA-6F128E4F2295`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<ResponseTags>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeTagsResponse {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[ResponseTag2] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeTagsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeTagsResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("tags", d::opt(&self.tags)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeTagsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PageNumber", "PageSize", "RequestId", "Tags", "TotalCount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeTagsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.tags = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeTagsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeTags` pages (by `PageNumber`), for [`Client::describe_tags_paginator`](crate::Client::describe_tags_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeTagsRequest {
    type Response = DescribeTagsResponse;
    type Item = ResponseTag2;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeTagsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeTagsResponse) -> usize {
        page.tags
            .as_ref()
            .and_then(|x| x.tag.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeTagsResponse) -> ::std::vec::Vec<ResponseTag2> {
        page.tags.and_then(|x| x.tag).unwrap_or_default()
    }
}
