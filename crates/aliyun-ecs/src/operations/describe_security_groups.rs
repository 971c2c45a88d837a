//! `DescribeSecurityGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroups>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSecurityGroups",
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
                name: "SecurityGroupIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupType",
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
                name: "NetworkType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsQueryEcsCount",
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
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "FuzzyQuery",
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
                name: "ServiceManaged",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_security_groups`](crate::Client::describe_security_groups) (`DescribeSecurityGroups`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SecurityGroupIds` (query).
    ///
    /// Example: `["sg-bp67acfmxazb4p****", "sg-bp67acfmxazb4p****", "sg-bp67acfmxazb4p****",....]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::string::String>,
    /// `VpcId` (query).
    ///
    /// Example: `vpc-bp67acfmxazb4p****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupType` (query).
    ///
    /// Example: `normal`.
    #[serde(
        rename = "SecurityGroupType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_type: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    ///
    /// Example: `e71d8a535bd9cc11`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `NetworkType` (query).
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupName` (query).
    ///
    /// Example: `SGTestName`.
    #[serde(
        rename = "SecurityGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_name: ::std::option::Option<::std::string::String>,
    /// `IsQueryEcsCount` (query).
    #[serde(
        rename = "IsQueryEcsCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_query_ecs_count: ::std::option::Option<bool>,
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
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `SecurityGroupId` (query).
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `FuzzyQuery` (query).
    #[serde(
        rename = "FuzzyQuery",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fuzzy_query: ::std::option::Option<bool>,
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
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `ServiceManaged` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "ServiceManaged",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_managed: ::std::option::Option<bool>,
}

impl DescribeSecurityGroupsRequest {
    /// A `DescribeSecurityGroupsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            security_group_ids: ::std::option::Option::None,
            vpc_id: ::std::option::Option::None,
            security_group_type: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            network_type: ::std::option::Option::None,
            security_group_name: ::std::option::Option::None,
            is_query_ecs_count: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            fuzzy_query: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            service_managed: ::std::option::Option::None,
        }
    }

    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupType`.
    pub fn security_group_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_type = ::std::option::Option::Some(value.into());
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

    /// Sets `NetworkType`.
    pub fn network_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.network_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupName`.
    pub fn security_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IsQueryEcsCount`.
    pub fn is_query_ecs_count(mut self, value: bool) -> Self {
        self.is_query_ecs_count = ::std::option::Option::Some(value);
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `FuzzyQuery`.
    pub fn fuzzy_query(mut self, value: bool) -> Self {
        self.fuzzy_query = ::std::option::Option::Some(value);
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

    /// Sets `ServiceManaged`.
    pub fn service_managed(mut self, value: bool) -> Self {
        self.service_managed = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeSecurityGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSecurityGroupsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("security_group_type", d::opt(&self.security_group_type)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("network_type", d::opt(&self.network_type)),
                ("security_group_name", d::opt(&self.security_group_name)),
                ("is_query_ecs_count", d::opt(&self.is_query_ecs_count)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("dry_run", d::opt(&self.dry_run)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("fuzzy_query", d::opt(&self.fuzzy_query)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("service_managed", d::opt(&self.service_managed)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSecurityGroupsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "SecurityGroupIds",
            "VpcId",
            "SecurityGroupType",
            "NextToken",
            "MaxResults",
            "NetworkType",
            "SecurityGroupName",
            "IsQueryEcsCount",
            "ResourceGroupId",
            "Tag",
            "DryRun",
            "SecurityGroupId",
            "FuzzyQuery",
            "PageNumber",
            "PageSize",
            "ServiceManaged",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 18] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_network_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_is_query_ecs_count: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_fuzzy_query: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_service_managed: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_security_group_ids = r.decode()?,
                2 => m_vpc_id = r.decode()?,
                3 => m_security_group_type = r.decode()?,
                4 => m_next_token = r.decode()?,
                5 => m_max_results = r.decode()?,
                6 => m_network_type = r.decode()?,
                7 => m_security_group_name = r.decode()?,
                8 => m_is_query_ecs_count = r.decode()?,
                9 => m_resource_group_id = r.decode()?,
                10 => m_tag = r.decode()?,
                11 => m_dry_run = r.decode()?,
                12 => m_security_group_id = r.decode()?,
                13 => m_fuzzy_query = r.decode()?,
                14 => m_page_number = r.decode()?,
                15 => m_page_size = r.decode()?,
                16 => m_service_managed = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSecurityGroupsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            security_group_ids: m_security_group_ids,
            vpc_id: m_vpc_id,
            security_group_type: m_security_group_type,
            next_token: m_next_token,
            max_results: m_max_results,
            network_type: m_network_type,
            security_group_name: m_security_group_name,
            is_query_ecs_count: m_is_query_ecs_count,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            dry_run: m_dry_run,
            security_group_id: m_security_group_id,
            fuzzy_query: m_fuzzy_query,
            page_number: m_page_number,
            page_size: m_page_size,
            service_managed: m_service_managed,
        })
    }
}

/// The `SecurityGroups.SecurityGroup` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroup {
    /// `AvailableInstanceAmount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "AvailableInstanceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_instance_amount: ::std::option::Option<i64>,
    /// `CreationTime`.
    ///
    /// Example: `2021-08-31T03:12:29Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `TestDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `EcsCount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "EcsCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_count: ::std::option::Option<i64>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupName`.
    ///
    /// Example: `SGTestName`.
    #[serde(
        rename = "SecurityGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_name: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupType`.
    ///
    /// Example: `normal`.
    #[serde(
        rename = "SecurityGroupType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_type: ::std::option::Option<::yun_core::Text>,
    /// `ServiceID`.
    ///
    /// Example: `12345678910`.
    #[serde(
        rename = "ServiceID",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_id: ::std::option::Option<i64>,
    /// `ServiceManaged`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ServiceManaged",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_managed: ::std::option::Option<bool>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `VpcId`.
    ///
    /// Example: `vpc-bp67acfmxazb4p****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl SecurityGroup {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for SecurityGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SecurityGroup",
            &[
                (
                    "available_instance_amount",
                    d::opt(&self.available_instance_amount),
                ),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("ecs_count", d::opt(&self.ecs_count)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("security_group_name", d::opt(&self.security_group_name)),
                ("security_group_type", d::opt(&self.security_group_type)),
                ("service_id", d::opt(&self.service_id)),
                ("service_managed", d::opt(&self.service_managed)),
                ("tags", d::opt(&self.tags)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SecurityGroup {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableInstanceAmount",
            "CreationTime",
            "Description",
            "EcsCount",
            "ResourceGroupId",
            "SecurityGroupId",
            "SecurityGroupName",
            "SecurityGroupType",
            "ServiceID",
            "ServiceManaged",
            "Tags",
            "VpcId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = SecurityGroup::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_instance_amount = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.ecs_count = r.decode()?,
                4 => out.resource_group_id = r.decode()?,
                5 => out.security_group_id = r.decode()?,
                6 => out.security_group_name = r.decode()?,
                7 => out.security_group_type = r.decode()?,
                8 => out.service_id = r.decode()?,
                9 => out.service_managed = r.decode()?,
                10 => out.tags = r.decode()?,
                11 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SecurityGroups` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroups {
    /// `SecurityGroup`.
    #[serde(
        rename = "SecurityGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group: ::std::option::Option<::std::vec::Vec<SecurityGroup>>,
}

impl ::std::fmt::Debug for SecurityGroups {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SecurityGroups",
            &[("security_group", d::opt(&self.security_group))],
        )
    }
}

impl ::yun_core::json::Decode for SecurityGroups {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SecurityGroup"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SecurityGroups::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.security_group = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_security_groups`](crate::Client::describe_security_groups) (`DescribeSecurityGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupsResponse {
    /// `NextToken`.
    ///
    /// Example: `e71d8a535bd9cc11`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
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
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroups`.
    #[serde(
        rename = "SecurityGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_groups: ::std::option::Option<SecurityGroups>,
    /// `TotalCount`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeSecurityGroupsResponse {
    /// The items of `SecurityGroups` (through its wrapper), empty when absent.
    pub fn security_groups(&self) -> &[SecurityGroup] {
        self.security_groups
            .as_ref()
            .and_then(|w| w.security_group.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSecurityGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSecurityGroupsResponse",
            &[
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("security_groups", d::opt(&self.security_groups)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSecurityGroupsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "NextToken",
            "PageNumber",
            "PageSize",
            "RegionId",
            "RequestId",
            "SecurityGroups",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = DescribeSecurityGroupsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.next_token = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.region_id = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.security_groups = r.decode()?,
                6 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeSecurityGroupsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeSecurityGroups` pages (by `NextToken`), for [`Client::describe_security_groups_paginator`](crate::Client::describe_security_groups_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeSecurityGroupsRequest {
    type Response = DescribeSecurityGroupsResponse;
    type Item = SecurityGroup;
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

    fn next_token(page: &DescribeSecurityGroupsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeSecurityGroupsResponse) -> usize {
        page.security_groups
            .as_ref()
            .and_then(|x| x.security_group.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeSecurityGroupsResponse) -> ::std::vec::Vec<SecurityGroup> {
        page.security_groups
            .and_then(|x| x.security_group)
            .unwrap_or_default()
    }
}
