//! `DescribeElasticityAssurances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeElasticityAssurances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeElasticityAssurances",
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
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.Ids",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Platform",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_elasticity_assurances`](crate::Client::describe_elasticity_assurances) (`DescribeElasticityAssurances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeElasticityAssurancesRequest {
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
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `NextToken` (query).
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptions.Ids` (query).
    ///
    /// Example: `["eap-bp67acfmxazb4****", "eap-bp67acfmxazb5****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "PrivatePoolOptions.Ids",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_ids: ::std::option::Option<::std::string::String>,
    /// `Platform` (query).
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.c6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-h`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    ///
    /// Example: `Active`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}

impl DescribeElasticityAssurancesRequest {
    /// A `DescribeElasticityAssurancesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            private_pool_options_ids: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            status: ::std::option::Option::None,
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

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrivatePoolOptions.Ids`.
    pub fn private_pool_options_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Platform`.
    pub fn platform(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
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

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeElasticityAssurancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeElasticityAssurancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                (
                    "private_pool_options_ids",
                    d::opt(&self.private_pool_options_ids),
                ),
                ("platform", d::opt(&self.platform)),
                ("instance_type", d::opt(&self.instance_type)),
                ("zone_id", d::opt(&self.zone_id)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeElasticityAssurancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "Tag",
            "MaxResults",
            "NextToken",
            "PrivatePoolOptions.Ids",
            "Platform",
            "InstanceType",
            "ZoneId",
            "InstanceChargeType",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_platform: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_tag = r.decode()?,
                3 => m_max_results = r.decode()?,
                4 => m_next_token = r.decode()?,
                5 => m_private_pool_options_ids = r.decode()?,
                6 => m_platform = r.decode()?,
                7 => m_instance_type = r.decode()?,
                8 => m_zone_id = r.decode()?,
                9 => m_instance_charge_type = r.decode()?,
                10 => m_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeElasticityAssurancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            max_results: m_max_results,
            next_token: m_next_token,
            private_pool_options_ids: m_private_pool_options_ids,
            platform: m_platform,
            instance_type: m_instance_type,
            zone_id: m_zone_id,
            instance_charge_type: m_instance_charge_type,
            status: m_status,
        })
    }
}

/// The `ElasticityAssuranceSet.ElasticityAssuranceItem.AllocatedResources.AllocatedResource` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatedResource {
    /// `InstanceType`.
    ///
    /// Example: `ecs.c6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `TotalAmount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_amount: ::std::option::Option<i64>,
    /// `UsedAmount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "UsedAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_amount: ::std::option::Option<i64>,
    /// `zoneId`.
    ///
    /// Example: `cn-hangzhou-h`.
    #[serde(
        rename = "zoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AllocatedResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocatedResource",
            &[
                ("instance_type", d::opt(&self.instance_type)),
                ("total_amount", d::opt(&self.total_amount)),
                ("used_amount", d::opt(&self.used_amount)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocatedResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceType", "TotalAmount", "UsedAmount", "zoneId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = AllocatedResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type = r.decode()?,
                1 => out.total_amount = r.decode()?,
                2 => out.used_amount = r.decode()?,
                3 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ElasticityAssuranceSet.ElasticityAssuranceItem.AllocatedResources` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatedResources {
    /// `AllocatedResource`.
    #[serde(
        rename = "AllocatedResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocated_resource: ::std::option::Option<::std::vec::Vec<AllocatedResource>>,
}

impl ::std::fmt::Debug for AllocatedResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocatedResources",
            &[("allocated_resource", d::opt(&self.allocated_resource))],
        )
    }
}

impl ::yun_core::json::Decode for AllocatedResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AllocatedResource"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AllocatedResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocated_resource = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ElasticityAssuranceSet.ElasticityAssuranceItem` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ElasticityAssuranceItem {
    /// `AllocatedResources`.
    #[serde(
        rename = "AllocatedResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocated_resources: ::std::option::Option<AllocatedResources>,
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2021-12-03T16:00Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `LatestStartTime`.
    #[serde(
        rename = "LatestStartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub latest_start_time: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsId`.
    ///
    /// Example: `eap-bp1ir35kqtn8ywci****`.
    #[serde(
        rename = "PrivatePoolOptionsId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsMatchCriteria`.
    ///
    /// Example: `Target`.
    #[serde(
        rename = "PrivatePoolOptionsMatchCriteria",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_match_criteria: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsName`.
    ///
    /// Example: `eapTestName`.
    #[serde(
        rename = "PrivatePoolOptionsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_name: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2020-12-03T05:25Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `StartTimeType`.
    ///
    /// Example: `Now`.
    #[serde(
        rename = "StartTimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time_type: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Active`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `TotalAssuranceTimes`.
    ///
    /// Example: `Unlimited`.
    #[serde(
        rename = "TotalAssuranceTimes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_assurance_times: ::std::option::Option<::yun_core::Text>,
    /// `UsedAssuranceTimes`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "UsedAssuranceTimes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_assurance_times: ::std::option::Option<i64>,
}

impl ElasticityAssuranceItem {
    /// The items of `AllocatedResources` (through its wrapper), empty when absent.
    pub fn allocated_resources(&self) -> &[AllocatedResource] {
        self.allocated_resources
            .as_ref()
            .and_then(|w| w.allocated_resource.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ElasticityAssuranceItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ElasticityAssuranceItem",
            &[
                ("allocated_resources", d::opt(&self.allocated_resources)),
                ("description", d::opt(&self.description)),
                ("end_time", d::opt(&self.end_time)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("latest_start_time", d::opt(&self.latest_start_time)),
                (
                    "private_pool_options_id",
                    d::opt(&self.private_pool_options_id),
                ),
                (
                    "private_pool_options_match_criteria",
                    d::opt(&self.private_pool_options_match_criteria),
                ),
                (
                    "private_pool_options_name",
                    d::opt(&self.private_pool_options_name),
                ),
                ("region_id", d::opt(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("start_time", d::opt(&self.start_time)),
                ("start_time_type", d::opt(&self.start_time_type)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("total_assurance_times", d::opt(&self.total_assurance_times)),
                ("used_assurance_times", d::opt(&self.used_assurance_times)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ElasticityAssuranceItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AllocatedResources",
            "Description",
            "EndTime",
            "InstanceChargeType",
            "LatestStartTime",
            "PrivatePoolOptionsId",
            "PrivatePoolOptionsMatchCriteria",
            "PrivatePoolOptionsName",
            "RegionId",
            "ResourceGroupId",
            "StartTime",
            "StartTimeType",
            "Status",
            "Tags",
            "TotalAssuranceTimes",
            "UsedAssuranceTimes",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 17] = ::yun_core::json::member_order();
        let mut out = ElasticityAssuranceItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocated_resources = r.decode()?,
                1 => out.description = r.decode()?,
                2 => out.end_time = r.decode()?,
                3 => out.instance_charge_type = r.decode()?,
                4 => out.latest_start_time = r.decode()?,
                5 => out.private_pool_options_id = r.decode()?,
                6 => out.private_pool_options_match_criteria = r.decode()?,
                7 => out.private_pool_options_name = r.decode()?,
                8 => out.region_id = r.decode()?,
                9 => out.resource_group_id = r.decode()?,
                10 => out.start_time = r.decode()?,
                11 => out.start_time_type = r.decode()?,
                12 => out.status = r.decode()?,
                13 => out.tags = r.decode()?,
                14 => out.total_assurance_times = r.decode()?,
                15 => out.used_assurance_times = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ElasticityAssuranceSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ElasticityAssuranceSet {
    /// `ElasticityAssuranceItem`.
    #[serde(
        rename = "ElasticityAssuranceItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elasticity_assurance_item: ::std::option::Option<::std::vec::Vec<ElasticityAssuranceItem>>,
}

impl ::std::fmt::Debug for ElasticityAssuranceSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ElasticityAssuranceSet",
            &[(
                "elasticity_assurance_item",
                d::opt(&self.elasticity_assurance_item),
            )],
        )
    }
}

impl ::yun_core::json::Decode for ElasticityAssuranceSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ElasticityAssuranceItem"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ElasticityAssuranceSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.elasticity_assurance_item = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_elasticity_assurances`](crate::Client::describe_elasticity_assurances) (`DescribeElasticityAssurances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeElasticityAssurancesResponse {
    /// `ElasticityAssuranceSet`.
    #[serde(
        rename = "ElasticityAssuranceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub elasticity_assurance_set: ::std::option::Option<ElasticityAssuranceSet>,
    /// `MaxResults`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
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

impl DescribeElasticityAssurancesResponse {
    /// The items of `ElasticityAssuranceSet` (through its wrapper), empty when absent.
    pub fn elasticity_assurance_set(&self) -> &[ElasticityAssuranceItem] {
        self.elasticity_assurance_set
            .as_ref()
            .and_then(|w| w.elasticity_assurance_item.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeElasticityAssurancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeElasticityAssurancesResponse",
            &[
                (
                    "elasticity_assurance_set",
                    d::opt(&self.elasticity_assurance_set),
                ),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeElasticityAssurancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ElasticityAssuranceSet",
            "MaxResults",
            "NextToken",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeElasticityAssurancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.elasticity_assurance_set = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeElasticityAssurancesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeElasticityAssurances` pages (by `NextToken`), for [`Client::describe_elasticity_assurances_paginator`](crate::Client::describe_elasticity_assurances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeElasticityAssurancesRequest {
    type Response = DescribeElasticityAssurancesResponse;
    type Item = ElasticityAssuranceItem;
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

    fn next_token(page: &DescribeElasticityAssurancesResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeElasticityAssurancesResponse) -> usize {
        page.elasticity_assurance_set
            .as_ref()
            .and_then(|x| x.elasticity_assurance_item.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeElasticityAssurancesResponse,
    ) -> ::std::vec::Vec<ElasticityAssuranceItem> {
        page.elasticity_assurance_set
            .and_then(|x| x.elasticity_assurance_item)
            .unwrap_or_default()
    }
}
