//! `DescribeImagePipelines`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeImagePipelines>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeImagePipelines",
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
                name: "ImagePipelineId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_image_pipelines`](crate::Client::describe_image_pipelines) (`DescribeImagePipelines`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagePipelinesRequest {
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
    /// Example: `testImagePipeline`.
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
    /// `ImagePipelineId` (query, sent as `ImagePipelineId.1`, `ImagePipelineId.2`, …).
    ///
    /// At most 21 items.
    ///
    /// Example: `ip-2ze5tsl5bp6nf2b3****`.
    #[serde(
        rename = "ImagePipelineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeImagePipelinesRequest {
    /// A `DescribeImagePipelinesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            name: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            image_pipeline_id: ::std::option::Option::None,
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

    /// Sets `ImagePipelineId`.
    pub fn image_pipeline_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.image_pipeline_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeImagePipelinesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagePipelinesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("name", d::opt(&self.name)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("image_pipeline_id", d::opt(&self.image_pipeline_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagePipelinesRequest {
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
            "ImagePipelineId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
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
        let mut m_image_pipeline_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_tag = r.decode()?,
                3 => m_name = r.decode()?,
                4 => m_next_token = r.decode()?,
                5 => m_max_results = r.decode()?,
                6 => m_image_pipeline_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeImagePipelinesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            name: m_name,
            next_token: m_next_token,
            max_results: m_max_results,
            image_pipeline_id: m_image_pipeline_id,
        })
    }
}

/// The `ImagePipeline.ImagePipelineSet.AddAccounts` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AddAccounts {
    /// `AddAccount`.
    #[serde(
        rename = "AddAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_account: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for AddAccounts {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AddAccounts",
            &[("add_account", d::opt(&self.add_account))],
        )
    }
}

impl ::yun_core::json::Decode for AddAccounts {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AddAccount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AddAccounts::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.add_account = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImagePipeline.ImagePipelineSet.ToRegionIds` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ToRegionIds {
    /// `ToRegionId`.
    #[serde(
        rename = "ToRegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_region_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for ToRegionIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ToRegionIds",
            &[("to_region_id", d::opt(&self.to_region_id))],
        )
    }
}

impl ::yun_core::json::Decode for ToRegionIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ToRegionId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ToRegionIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.to_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImagePipeline.ImagePipelineSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImagePipelineSet {
    /// `AddAccounts`.
    #[serde(
        rename = "AddAccounts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_accounts: ::std::option::Option<AddAccounts>,
    /// `BaseImage`.
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(
        rename = "BaseImage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_image: ::std::option::Option<::yun_core::Text>,
    /// `BaseImageType`.
    ///
    /// Example: `IMAGE`.
    #[serde(
        rename = "BaseImageType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_image_type: ::std::option::Option<::yun_core::Text>,
    /// `BuildContent`.
    ///
    /// Example: `FROM IMAGE:m-bp67acfmxazb4p****`.
    #[serde(
        rename = "BuildContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub build_content: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2020-11-24T06:00:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DeleteInstanceOnFailure`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteInstanceOnFailure",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_instance_on_failure: ::std::option::Option<bool>,
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `ImageName`.
    ///
    /// Example: `testImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::yun_core::Text>,
    /// `ImagePipelineId`.
    ///
    /// Example: `ip-2ze5tsl5bp6nf2b3****`.
    #[serde(
        rename = "ImagePipelineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetMaxBandwidthOut`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i64>,
    /// `Name`.
    ///
    /// Example: `testImagePipeline`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SystemDiskSize`.
    ///
    /// Example: `40`.
    #[serde(
        rename = "SystemDiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size: ::std::option::Option<i64>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `ToRegionIds`.
    #[serde(
        rename = "ToRegionIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_region_ids: ::std::option::Option<ToRegionIds>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-bp67acfmxazb4p****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
}

impl ImagePipelineSet {
    /// The items of `AddAccounts` (through its wrapper), empty when absent.
    pub fn add_accounts(&self) -> &[::yun_core::Text] {
        self.add_accounts
            .as_ref()
            .and_then(|w| w.add_account.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `ToRegionIds` (through its wrapper), empty when absent.
    pub fn to_region_ids(&self) -> &[::yun_core::Text] {
        self.to_region_ids
            .as_ref()
            .and_then(|w| w.to_region_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ImagePipelineSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImagePipelineSet",
            &[
                ("add_accounts", d::opt(&self.add_accounts)),
                ("base_image", d::opt(&self.base_image)),
                ("base_image_type", d::opt(&self.base_image_type)),
                ("build_content", d::opt(&self.build_content)),
                ("creation_time", d::opt(&self.creation_time)),
                (
                    "delete_instance_on_failure",
                    d::opt(&self.delete_instance_on_failure),
                ),
                ("description", d::opt(&self.description)),
                ("image_name", d::opt(&self.image_name)),
                ("image_pipeline_id", d::opt(&self.image_pipeline_id)),
                ("instance_type", d::opt(&self.instance_type)),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                ("name", d::opt(&self.name)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("system_disk_size", d::opt(&self.system_disk_size)),
                ("tags", d::opt(&self.tags)),
                ("to_region_ids", d::opt(&self.to_region_ids)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImagePipelineSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AddAccounts",
            "BaseImage",
            "BaseImageType",
            "BuildContent",
            "CreationTime",
            "DeleteInstanceOnFailure",
            "Description",
            "ImageName",
            "ImagePipelineId",
            "InstanceType",
            "InternetMaxBandwidthOut",
            "Name",
            "ResourceGroupId",
            "SystemDiskSize",
            "Tags",
            "ToRegionIds",
            "VSwitchId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 18] = ::yun_core::json::member_order();
        let mut out = ImagePipelineSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.add_accounts = r.decode()?,
                1 => out.base_image = r.decode()?,
                2 => out.base_image_type = r.decode()?,
                3 => out.build_content = r.decode()?,
                4 => out.creation_time = r.decode()?,
                5 => out.delete_instance_on_failure = r.decode()?,
                6 => out.description = r.decode()?,
                7 => out.image_name = r.decode()?,
                8 => out.image_pipeline_id = r.decode()?,
                9 => out.instance_type = r.decode()?,
                10 => out.internet_max_bandwidth_out = r.decode()?,
                11 => out.name = r.decode()?,
                12 => out.resource_group_id = r.decode()?,
                13 => out.system_disk_size = r.decode()?,
                14 => out.tags = r.decode()?,
                15 => out.to_region_ids = r.decode()?,
                16 => out.v_switch_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ImagePipeline` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImagePipeline {
    /// `ImagePipelineSet`.
    #[serde(
        rename = "ImagePipelineSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_set: ::std::option::Option<::std::vec::Vec<ImagePipelineSet>>,
}

impl ::std::fmt::Debug for ImagePipeline {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImagePipeline",
            &[("image_pipeline_set", d::opt(&self.image_pipeline_set))],
        )
    }
}

impl ::yun_core::json::Decode for ImagePipeline {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImagePipelineSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ImagePipeline::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_pipeline_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_image_pipelines`](crate::Client::describe_image_pipelines) (`DescribeImagePipelines`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeImagePipelinesResponse {
    /// `ImagePipeline`.
    #[serde(
        rename = "ImagePipeline",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline: ::std::option::Option<ImagePipeline>,
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

impl DescribeImagePipelinesResponse {
    /// The items of `ImagePipeline` (through its wrapper), empty when absent.
    pub fn image_pipeline(&self) -> &[ImagePipelineSet] {
        self.image_pipeline
            .as_ref()
            .and_then(|w| w.image_pipeline_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeImagePipelinesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeImagePipelinesResponse",
            &[
                ("image_pipeline", d::opt(&self.image_pipeline)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeImagePipelinesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImagePipeline",
            "MaxResults",
            "NextToken",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeImagePipelinesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_pipeline = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeImagePipelinesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeImagePipelines` pages (by `NextToken`), for [`Client::describe_image_pipelines_paginator`](crate::Client::describe_image_pipelines_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeImagePipelinesRequest {
    type Response = DescribeImagePipelinesResponse;
    type Item = ImagePipelineSet;
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

    fn next_token(page: &DescribeImagePipelinesResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeImagePipelinesResponse) -> usize {
        page.image_pipeline
            .as_ref()
            .and_then(|x| x.image_pipeline_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeImagePipelinesResponse) -> ::std::vec::Vec<ImagePipelineSet> {
        page.image_pipeline
            .and_then(|x| x.image_pipeline_set)
            .unwrap_or_default()
    }
}
