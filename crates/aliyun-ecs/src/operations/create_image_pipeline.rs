//! `CreateImagePipeline`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateImagePipeline>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateImagePipeline",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
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
                name: "AddAccount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ToRegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BaseImageType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BaseImage",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDiskSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthOut",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteInstanceOnFailure",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BuildContent",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_image_pipeline`](crate::Client::create_image_pipeline) (`CreateImagePipeline`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateImagePipelineRequest {
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
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
    /// `AddAccount` (query, sent as `AddAccount.1`, `AddAccount.2`, …).
    ///
    /// At most 21 items.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "AddAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub add_account: ::std::option::Option<::std::vec::Vec<i64>>,
    /// `ToRegionId` (query, sent as `ToRegionId.1`, `ToRegionId.2`, …).
    ///
    /// At most 21 items.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "ToRegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_region_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `BaseImageType` (query). Required.
    ///
    /// Example: `IMAGE`.
    #[serde(rename = "BaseImageType")]
    pub base_image_type: ::std::string::String,
    /// `BaseImage` (query). Required.
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(rename = "BaseImage")]
    pub base_image: ::std::string::String,
    /// `Name` (query).
    ///
    /// Example: `testImagePipeline`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ImageName` (query).
    ///
    /// Example: `testImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query).
    ///
    /// Example: `vsw-bp67acfmxazb4p****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `SystemDiskSize` (query).
    ///
    /// Example: `40`.
    #[serde(
        rename = "SystemDiskSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size: ::std::option::Option<i32>,
    /// `InternetMaxBandwidthOut` (query).
    ///
    /// Example: `0`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `DeleteInstanceOnFailure` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteInstanceOnFailure",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_instance_on_failure: ::std::option::Option<bool>,
    /// `BuildContent` (query).
    ///
    /// Example: `FROM IMAGE:m-bp67acfmxazb4p****`.
    #[serde(
        rename = "BuildContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub build_content: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl CreateImagePipelineRequest {
    /// A `CreateImagePipelineRequest` with its required members: `RegionId`, `BaseImageType`, `BaseImage`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        base_image_type: impl ::std::convert::Into<::std::string::String>,
        base_image: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            tag: ::std::option::Option::None,
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            add_account: ::std::option::Option::None,
            to_region_id: ::std::option::Option::None,
            base_image_type: base_image_type.into(),
            base_image: base_image.into(),
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            image_name: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            system_disk_size: ::std::option::Option::None,
            internet_max_bandwidth_out: ::std::option::Option::None,
            delete_instance_on_failure: ::std::option::Option::None,
            build_content: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AddAccount`.
    pub fn add_account(mut self, value: ::std::vec::Vec<i64>) -> Self {
        self.add_account = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ToRegionId`.
    pub fn to_region_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.to_region_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDiskSize`.
    pub fn system_disk_size(mut self, value: i32) -> Self {
        self.system_disk_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_out = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeleteInstanceOnFailure`.
    pub fn delete_instance_on_failure(mut self, value: bool) -> Self {
        self.delete_instance_on_failure = ::std::option::Option::Some(value);
        self
    }

    /// Sets `BuildContent`.
    pub fn build_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.build_content = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateImagePipelineRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateImagePipelineRequest",
            &[
                ("tag", d::opt(&self.tag)),
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("add_account", d::opt(&self.add_account)),
                ("to_region_id", d::opt(&self.to_region_id)),
                ("base_image_type", d::req(&self.base_image_type)),
                ("base_image", d::req(&self.base_image)),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
                ("image_name", d::opt(&self.image_name)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("system_disk_size", d::opt(&self.system_disk_size)),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                (
                    "delete_instance_on_failure",
                    d::opt(&self.delete_instance_on_failure),
                ),
                ("build_content", d::opt(&self.build_content)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateImagePipelineRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Tag",
            "RegionId",
            "ResourceGroupId",
            "AddAccount",
            "ToRegionId",
            "BaseImageType",
            "BaseImage",
            "Name",
            "Description",
            "ImageName",
            "VSwitchId",
            "InstanceType",
            "SystemDiskSize",
            "InternetMaxBandwidthOut",
            "DeleteInstanceOnFailure",
            "BuildContent",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 18] = ::yun_core::json::member_order();
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_add_account: ::std::option::Option<::std::vec::Vec<i64>> =
            ::std::option::Option::None;
        let mut m_to_region_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_base_image_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_base_image: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_v_switch_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_delete_instance_on_failure: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_build_content: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_tag = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_resource_group_id = r.decode()?,
                3 => m_add_account = r.decode()?,
                4 => m_to_region_id = r.decode()?,
                5 => m_base_image_type = r.decode()?,
                6 => m_base_image = r.decode()?,
                7 => m_name = r.decode()?,
                8 => m_description = r.decode()?,
                9 => m_image_name = r.decode()?,
                10 => m_v_switch_id = r.decode()?,
                11 => m_instance_type = r.decode()?,
                12 => m_system_disk_size = r.decode()?,
                13 => m_internet_max_bandwidth_out = r.decode()?,
                14 => m_delete_instance_on_failure = r.decode()?,
                15 => m_build_content = r.decode()?,
                16 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateImagePipelineRequest {
            tag: m_tag,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            add_account: m_add_account,
            to_region_id: m_to_region_id,
            base_image_type: m_base_image_type.ok_or_else(|| r.missing("BaseImageType"))?,
            base_image: m_base_image.ok_or_else(|| r.missing("BaseImage"))?,
            name: m_name,
            description: m_description,
            image_name: m_image_name,
            v_switch_id: m_v_switch_id,
            instance_type: m_instance_type,
            system_disk_size: m_system_disk_size,
            internet_max_bandwidth_out: m_internet_max_bandwidth_out,
            delete_instance_on_failure: m_delete_instance_on_failure,
            build_content: m_build_content,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::create_image_pipeline`](crate::Client::create_image_pipeline) (`CreateImagePipeline`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateImagePipelineResponse {
    /// `ImagePipelineId`.
    ///
    /// Example: `ip-2ze5tsl5bp6nf2b3****`.
    #[serde(
        rename = "ImagePipelineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_pipeline_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateImagePipelineResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateImagePipelineResponse",
            &[
                ("image_pipeline_id", d::opt(&self.image_pipeline_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateImagePipelineResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImagePipelineId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateImagePipelineResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_pipeline_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
