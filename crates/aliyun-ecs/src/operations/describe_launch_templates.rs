//! `DescribeLaunchTemplates`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeLaunchTemplates>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeLaunchTemplates",
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
                name: "TemplateTag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TemplateResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_launch_templates`](crate::Client::describe_launch_templates) (`DescribeLaunchTemplates`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplatesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `TemplateTag` (query, sent as `TemplateTag.1`, `TemplateTag.2`, …).
    ///
    /// At most 20 items.
    #[serde(
        rename = "TemplateTag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `PageNumber` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `TemplateResourceGroupId` (query).
    ///
    /// Example: `rg-acfmxazb4p****`.
    #[serde(
        rename = "TemplateResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub template_resource_group_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateId` (query, sent as `LaunchTemplateId.1`, `LaunchTemplateId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `lt-m5e3ofjr1zn1aw7q****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `LaunchTemplateName` (query, sent as `LaunchTemplateName.1`, `LaunchTemplateName.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `wd-152630748****`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeLaunchTemplatesRequest {
    /// A `DescribeLaunchTemplatesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            template_tag: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            template_resource_group_id: ::std::option::Option::None,
            launch_template_id: ::std::option::Option::None,
            launch_template_name: ::std::option::Option::None,
        }
    }

    /// Sets `TemplateTag`.
    pub fn template_tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.template_tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TemplateResourceGroupId`.
    pub fn template_resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LaunchTemplateId`.
    pub fn launch_template_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.launch_template_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `LaunchTemplateName`.
    pub fn launch_template_name(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.launch_template_name = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeLaunchTemplatesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLaunchTemplatesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("template_tag", d::opt(&self.template_tag)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                (
                    "template_resource_group_id",
                    d::opt(&self.template_resource_group_id),
                ),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLaunchTemplatesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "TemplateTag",
            "PageNumber",
            "PageSize",
            "TemplateResourceGroupId",
            "LaunchTemplateId",
            "LaunchTemplateName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_template_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_template_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_launch_template_name: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_template_tag = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                4 => m_template_resource_group_id = r.decode()?,
                5 => m_launch_template_id = r.decode()?,
                6 => m_launch_template_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeLaunchTemplatesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            template_tag: m_template_tag,
            page_number: m_page_number,
            page_size: m_page_size,
            template_resource_group_id: m_template_resource_group_id,
            launch_template_id: m_launch_template_id,
            launch_template_name: m_launch_template_name,
        })
    }
}

/// The `LaunchTemplateSets.LaunchTemplateSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateSet {
    /// `CreateTime`.
    ///
    /// Example: `2018-05-14T14:18:00Z`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `CreatedBy`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "CreatedBy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_by: ::std::option::Option<::yun_core::Text>,
    /// `DefaultVersionNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "DefaultVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_version_number: ::std::option::Option<i64>,
    /// `LatestVersionNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "LatestVersionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_version_number: ::std::option::Option<i64>,
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-m5e3ofjr1zn1aw7q****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateName`.
    ///
    /// Example: `wd-152630748****`.
    #[serde(
        rename = "LaunchTemplateName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_name: ::std::option::Option<::yun_core::Text>,
    /// `ModifiedTime`.
    ///
    /// Example: `2018-05-14T14:18:00Z`.
    #[serde(
        rename = "ModifiedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modified_time: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
}

impl LaunchTemplateSet {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for LaunchTemplateSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateSet",
            &[
                ("create_time", d::opt(&self.create_time)),
                ("created_by", d::opt(&self.created_by)),
                (
                    "default_version_number",
                    d::opt(&self.default_version_number),
                ),
                ("latest_version_number", d::opt(&self.latest_version_number)),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                ("launch_template_name", d::opt(&self.launch_template_name)),
                ("modified_time", d::opt(&self.modified_time)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreateTime",
            "CreatedBy",
            "DefaultVersionNumber",
            "LatestVersionNumber",
            "LaunchTemplateId",
            "LaunchTemplateName",
            "ModifiedTime",
            "ResourceGroupId",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.create_time = r.decode()?,
                1 => out.created_by = r.decode()?,
                2 => out.default_version_number = r.decode()?,
                3 => out.latest_version_number = r.decode()?,
                4 => out.launch_template_id = r.decode()?,
                5 => out.launch_template_name = r.decode()?,
                6 => out.modified_time = r.decode()?,
                7 => out.resource_group_id = r.decode()?,
                8 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `LaunchTemplateSets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateSets {
    /// `LaunchTemplateSet`.
    #[serde(
        rename = "LaunchTemplateSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_set: ::std::option::Option<::std::vec::Vec<LaunchTemplateSet>>,
}

impl ::std::fmt::Debug for LaunchTemplateSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateSets",
            &[("launch_template_set", d::opt(&self.launch_template_set))],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_launch_templates`](crate::Client::describe_launch_templates) (`DescribeLaunchTemplates`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeLaunchTemplatesResponse {
    /// `LaunchTemplateSets`.
    #[serde(
        rename = "LaunchTemplateSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_sets: ::std::option::Option<LaunchTemplateSets>,
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
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `04F0F334-1335-436C-A1D7-6C044FE12CBA`.
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

impl DescribeLaunchTemplatesResponse {
    /// The items of `LaunchTemplateSets` (through its wrapper), empty when absent.
    pub fn launch_template_sets(&self) -> &[LaunchTemplateSet] {
        self.launch_template_sets
            .as_ref()
            .and_then(|w| w.launch_template_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeLaunchTemplatesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeLaunchTemplatesResponse",
            &[
                ("launch_template_sets", d::opt(&self.launch_template_sets)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeLaunchTemplatesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "LaunchTemplateSets",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeLaunchTemplatesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_sets = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeLaunchTemplatesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeLaunchTemplates` pages (by `PageNumber`), for [`Client::describe_launch_templates_paginator`](crate::Client::describe_launch_templates_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeLaunchTemplatesRequest {
    type Response = DescribeLaunchTemplatesResponse;
    type Item = LaunchTemplateSet;
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

    fn total_count(page: &DescribeLaunchTemplatesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeLaunchTemplatesResponse) -> usize {
        page.launch_template_sets
            .as_ref()
            .and_then(|x| x.launch_template_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeLaunchTemplatesResponse) -> ::std::vec::Vec<LaunchTemplateSet> {
        page.launch_template_sets
            .and_then(|x| x.launch_template_set)
            .unwrap_or_default()
    }
}
