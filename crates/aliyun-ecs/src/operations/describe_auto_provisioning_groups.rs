//! `DescribeAutoProvisioningGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoProvisioningGroups>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAutoProvisioningGroups",
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
                name: "AutoProvisioningGroupName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoProvisioningGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoProvisioningGroupStatus",
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

/// The request of [`Client::describe_auto_provisioning_groups`](crate::Client::describe_auto_provisioning_groups) (`DescribeAutoProvisioningGroups`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
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
    /// Example: `2`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `AutoProvisioningGroupName` (query).
    ///
    /// Example: `testAutoProvisioningGroupName`.
    #[serde(
        rename = "AutoProvisioningGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_name: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupId` (query, sent as `AutoProvisioningGroupId.1`, `AutoProvisioningGroupId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `apg-sn54avj8htgvtyh8****`.
    #[serde(
        rename = "AutoProvisioningGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `AutoProvisioningGroupStatus` (query, sent as `AutoProvisioningGroupStatus.1`, `AutoProvisioningGroupStatus.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `active`.
    #[serde(
        rename = "AutoProvisioningGroupStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_status:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeAutoProvisioningGroupsRequest {
    /// A `DescribeAutoProvisioningGroupsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            auto_provisioning_group_name: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            auto_provisioning_group_id: ::std::option::Option::None,
            auto_provisioning_group_status: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
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

    /// Sets `AutoProvisioningGroupName`.
    pub fn auto_provisioning_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_provisioning_group_name = ::std::option::Option::Some(value.into());
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

    /// Sets `AutoProvisioningGroupId`.
    pub fn auto_provisioning_group_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.auto_provisioning_group_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `AutoProvisioningGroupStatus`.
    pub fn auto_provisioning_group_status(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.auto_provisioning_group_status = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeAutoProvisioningGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoProvisioningGroupsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                (
                    "auto_provisioning_group_name",
                    d::opt(&self.auto_provisioning_group_name),
                ),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                (
                    "auto_provisioning_group_id",
                    d::opt(&self.auto_provisioning_group_id),
                ),
                (
                    "auto_provisioning_group_status",
                    d::opt(&self.auto_provisioning_group_status),
                ),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoProvisioningGroupsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "AutoProvisioningGroupName",
            "ResourceGroupId",
            "AutoProvisioningGroupId",
            "AutoProvisioningGroupStatus",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_auto_provisioning_group_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_provisioning_group_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_auto_provisioning_group_status: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_auto_provisioning_group_name = r.decode()?,
                4 => m_resource_group_id = r.decode()?,
                5 => m_auto_provisioning_group_id = r.decode()?,
                6 => m_auto_provisioning_group_status = r.decode()?,
                7 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeAutoProvisioningGroupsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            auto_provisioning_group_name: m_auto_provisioning_group_name,
            resource_group_id: m_resource_group_id,
            auto_provisioning_group_id: m_auto_provisioning_group_id,
            auto_provisioning_group_status: m_auto_provisioning_group_status,
            tag: m_tag,
        })
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.LaunchTemplateConfigs.LaunchTemplateConfig` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateConfig {
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `MaxPrice`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "MaxPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_price: ::std::option::Option<f64>,
    /// `Priority`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<f64>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-sn5bsitu4lfzgc5o7****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `WeightedCapacity`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "WeightedCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weighted_capacity: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for LaunchTemplateConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateConfig",
            &[
                ("instance_type", d::opt(&self.instance_type)),
                ("max_price", d::opt(&self.max_price)),
                ("priority", d::opt(&self.priority)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("weighted_capacity", d::opt(&self.weighted_capacity)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceType",
            "MaxPrice",
            "Priority",
            "VSwitchId",
            "WeightedCapacity",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type = r.decode()?,
                1 => out.max_price = r.decode()?,
                2 => out.priority = r.decode()?,
                3 => out.v_switch_id = r.decode()?,
                4 => out.weighted_capacity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.LaunchTemplateConfigs` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateConfigs {
    /// `LaunchTemplateConfig`.
    #[serde(
        rename = "LaunchTemplateConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_config: ::std::option::Option<::std::vec::Vec<LaunchTemplateConfig>>,
}

impl ::std::fmt::Debug for LaunchTemplateConfigs {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LaunchTemplateConfigs",
            &[(
                "launch_template_config",
                d::opt(&self.launch_template_config),
            )],
        )
    }
}

impl ::yun_core::json::Decode for LaunchTemplateConfigs {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LaunchTemplateConfig"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = LaunchTemplateConfigs::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.launch_template_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.PayAsYouGoOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PayAsYouGoOptions {
    /// `AllocationStrategy`.
    ///
    /// Example: `prioritized`.
    #[serde(
        rename = "AllocationStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_strategy: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for PayAsYouGoOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PayAsYouGoOptions",
            &[("allocation_strategy", d::opt(&self.allocation_strategy))],
        )
    }
}

impl ::yun_core::json::Decode for PayAsYouGoOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AllocationStrategy"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = PayAsYouGoOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_strategy = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.SpotOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotOptions {
    /// `AllocationStrategy`.
    ///
    /// Example: `diversified`.
    #[serde(
        rename = "AllocationStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_strategy: ::std::option::Option<::yun_core::Text>,
    /// `InstanceInterruptionBehavior`.
    ///
    /// Example: `stop`.
    #[serde(
        rename = "InstanceInterruptionBehavior",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_interruption_behavior: ::std::option::Option<::yun_core::Text>,
    /// `InstancePoolsToUseCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "InstancePoolsToUseCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_pools_to_use_count: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for SpotOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SpotOptions",
            &[
                ("allocation_strategy", d::opt(&self.allocation_strategy)),
                (
                    "instance_interruption_behavior",
                    d::opt(&self.instance_interruption_behavior),
                ),
                (
                    "instance_pools_to_use_count",
                    d::opt(&self.instance_pools_to_use_count),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SpotOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AllocationStrategy",
            "InstanceInterruptionBehavior",
            "InstancePoolsToUseCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = SpotOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_strategy = r.decode()?,
                1 => out.instance_interruption_behavior = r.decode()?,
                2 => out.instance_pools_to_use_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.TargetCapacitySpecification` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TargetCapacitySpecification {
    /// `DefaultTargetCapacityType`.
    ///
    /// Example: `Spot`.
    #[serde(
        rename = "DefaultTargetCapacityType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_target_capacity_type: ::std::option::Option<::yun_core::Text>,
    /// `PayAsYouGoTargetCapacity`.
    ///
    /// Example: `30`.
    #[serde(
        rename = "PayAsYouGoTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_as_you_go_target_capacity: ::std::option::Option<f64>,
    /// `SpotTargetCapacity`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "SpotTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_target_capacity: ::std::option::Option<f64>,
    /// `TotalTargetCapacity`.
    ///
    /// Example: `60`.
    #[serde(
        rename = "TotalTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_target_capacity: ::std::option::Option<f64>,
}

impl ::std::fmt::Debug for TargetCapacitySpecification {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "TargetCapacitySpecification",
            &[
                (
                    "default_target_capacity_type",
                    d::opt(&self.default_target_capacity_type),
                ),
                (
                    "pay_as_you_go_target_capacity",
                    d::opt(&self.pay_as_you_go_target_capacity),
                ),
                ("spot_target_capacity", d::opt(&self.spot_target_capacity)),
                ("total_target_capacity", d::opt(&self.total_target_capacity)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for TargetCapacitySpecification {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DefaultTargetCapacityType",
            "PayAsYouGoTargetCapacity",
            "SpotTargetCapacity",
            "TotalTargetCapacity",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = TargetCapacitySpecification::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.default_target_capacity_type = r.decode()?,
                1 => out.pay_as_you_go_target_capacity = r.decode()?,
                2 => out.spot_target_capacity = r.decode()?,
                3 => out.total_target_capacity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoProvisioningGroup {
    /// `AutoProvisioningGroupId`.
    ///
    /// Example: `apg-sn54avj8htgvtyh8****`.
    #[serde(
        rename = "AutoProvisioningGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_id: ::std::option::Option<::yun_core::Text>,
    /// `AutoProvisioningGroupName`.
    ///
    /// Example: `EcsDocTest`.
    #[serde(
        rename = "AutoProvisioningGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_name: ::std::option::Option<::yun_core::Text>,
    /// `AutoProvisioningGroupType`.
    ///
    /// Example: `maintain`.
    #[serde(
        rename = "AutoProvisioningGroupType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_type: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2019-04-01T15:10:20Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `ExcessCapacityTerminationPolicy`.
    ///
    /// Example: `termination`.
    #[serde(
        rename = "ExcessCapacityTerminationPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excess_capacity_termination_policy: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateConfigs`.
    #[serde(
        rename = "LaunchTemplateConfigs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_configs: ::std::option::Option<LaunchTemplateConfigs>,
    /// `LaunchTemplateId`.
    ///
    /// Example: `lt-bp1fgzds4bdogu03****`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::yun_core::Text>,
    /// `LaunchTemplateVersion`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<::yun_core::Text>,
    /// `MaxSpotPrice`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "MaxSpotPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_spot_price: ::std::option::Option<f64>,
    /// `PayAsYouGoOptions`.
    #[serde(
        rename = "PayAsYouGoOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_as_you_go_options: ::std::option::Option<PayAsYouGoOptions>,
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
    /// `SpotOptions`.
    #[serde(
        rename = "SpotOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_options: ::std::option::Option<SpotOptions>,
    /// `State`.
    ///
    /// Example: `fulfilled`.
    #[serde(
        rename = "State",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `submitted`.
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
    /// `TargetCapacitySpecification`.
    #[serde(
        rename = "TargetCapacitySpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_capacity_specification: ::std::option::Option<TargetCapacitySpecification>,
    /// `TerminateInstances`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "TerminateInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances: ::std::option::Option<bool>,
    /// `TerminateInstancesWithExpiration`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "TerminateInstancesWithExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances_with_expiration: ::std::option::Option<bool>,
    /// `ValidFrom`.
    ///
    /// Example: `2019-04-01T15:10:20Z`.
    #[serde(
        rename = "ValidFrom",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_from: ::std::option::Option<::yun_core::Text>,
    /// `ValidUntil`.
    ///
    /// Example: `2019-06-01T15:10:20Z`.
    #[serde(
        rename = "ValidUntil",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_until: ::std::option::Option<::yun_core::Text>,
}

impl AutoProvisioningGroup {
    /// The items of `LaunchTemplateConfigs` (through its wrapper), empty when absent.
    pub fn launch_template_configs(&self) -> &[LaunchTemplateConfig] {
        self.launch_template_configs
            .as_ref()
            .and_then(|w| w.launch_template_config.as_deref())
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

impl ::std::fmt::Debug for AutoProvisioningGroup {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AutoProvisioningGroup",
            &[
                (
                    "auto_provisioning_group_id",
                    d::opt(&self.auto_provisioning_group_id),
                ),
                (
                    "auto_provisioning_group_name",
                    d::opt(&self.auto_provisioning_group_name),
                ),
                (
                    "auto_provisioning_group_type",
                    d::opt(&self.auto_provisioning_group_type),
                ),
                ("creation_time", d::opt(&self.creation_time)),
                (
                    "excess_capacity_termination_policy",
                    d::opt(&self.excess_capacity_termination_policy),
                ),
                (
                    "launch_template_configs",
                    d::opt(&self.launch_template_configs),
                ),
                ("launch_template_id", d::opt(&self.launch_template_id)),
                (
                    "launch_template_version",
                    d::opt(&self.launch_template_version),
                ),
                ("max_spot_price", d::opt(&self.max_spot_price)),
                ("pay_as_you_go_options", d::opt(&self.pay_as_you_go_options)),
                ("region_id", d::opt(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("spot_options", d::opt(&self.spot_options)),
                ("state", d::opt(&self.state)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                (
                    "target_capacity_specification",
                    d::opt(&self.target_capacity_specification),
                ),
                ("terminate_instances", d::opt(&self.terminate_instances)),
                (
                    "terminate_instances_with_expiration",
                    d::opt(&self.terminate_instances_with_expiration),
                ),
                ("valid_from", d::opt(&self.valid_from)),
                ("valid_until", d::opt(&self.valid_until)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AutoProvisioningGroup {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoProvisioningGroupId",
            "AutoProvisioningGroupName",
            "AutoProvisioningGroupType",
            "CreationTime",
            "ExcessCapacityTerminationPolicy",
            "LaunchTemplateConfigs",
            "LaunchTemplateId",
            "LaunchTemplateVersion",
            "MaxSpotPrice",
            "PayAsYouGoOptions",
            "RegionId",
            "ResourceGroupId",
            "SpotOptions",
            "State",
            "Status",
            "Tags",
            "TargetCapacitySpecification",
            "TerminateInstances",
            "TerminateInstancesWithExpiration",
            "ValidFrom",
            "ValidUntil",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 22] = ::yun_core::json::member_order();
        let mut out = AutoProvisioningGroup::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_provisioning_group_id = r.decode()?,
                1 => out.auto_provisioning_group_name = r.decode()?,
                2 => out.auto_provisioning_group_type = r.decode()?,
                3 => out.creation_time = r.decode()?,
                4 => out.excess_capacity_termination_policy = r.decode()?,
                5 => out.launch_template_configs = r.decode()?,
                6 => out.launch_template_id = r.decode()?,
                7 => out.launch_template_version = r.decode()?,
                8 => out.max_spot_price = r.decode()?,
                9 => out.pay_as_you_go_options = r.decode()?,
                10 => out.region_id = r.decode()?,
                11 => out.resource_group_id = r.decode()?,
                12 => out.spot_options = r.decode()?,
                13 => out.state = r.decode()?,
                14 => out.status = r.decode()?,
                15 => out.tags = r.decode()?,
                16 => out.target_capacity_specification = r.decode()?,
                17 => out.terminate_instances = r.decode()?,
                18 => out.terminate_instances_with_expiration = r.decode()?,
                19 => out.valid_from = r.decode()?,
                20 => out.valid_until = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AutoProvisioningGroups` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoProvisioningGroups {
    /// `AutoProvisioningGroup`.
    #[serde(
        rename = "AutoProvisioningGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group: ::std::option::Option<::std::vec::Vec<AutoProvisioningGroup>>,
}

impl ::std::fmt::Debug for AutoProvisioningGroups {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AutoProvisioningGroups",
            &[(
                "auto_provisioning_group",
                d::opt(&self.auto_provisioning_group),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AutoProvisioningGroups {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AutoProvisioningGroup"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AutoProvisioningGroups::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_provisioning_group = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_auto_provisioning_groups`](crate::Client::describe_auto_provisioning_groups) (`DescribeAutoProvisioningGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupsResponse {
    /// `AutoProvisioningGroups`.
    #[serde(
        rename = "AutoProvisioningGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_groups: ::std::option::Option<AutoProvisioningGroups>,
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
    /// Example: `745CEC9F-0DD7-4451-9FE7-8B752F39****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeAutoProvisioningGroupsResponse {
    /// The items of `AutoProvisioningGroups` (through its wrapper), empty when absent.
    pub fn auto_provisioning_groups(&self) -> &[AutoProvisioningGroup] {
        self.auto_provisioning_groups
            .as_ref()
            .and_then(|w| w.auto_provisioning_group.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeAutoProvisioningGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoProvisioningGroupsResponse",
            &[
                (
                    "auto_provisioning_groups",
                    d::opt(&self.auto_provisioning_groups),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoProvisioningGroupsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoProvisioningGroups",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeAutoProvisioningGroupsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_provisioning_groups = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeAutoProvisioningGroupsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeAutoProvisioningGroups` pages (by `PageNumber`), for [`Client::describe_auto_provisioning_groups_paginator`](crate::Client::describe_auto_provisioning_groups_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeAutoProvisioningGroupsRequest {
    type Response = DescribeAutoProvisioningGroupsResponse;
    type Item = AutoProvisioningGroup;
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

    fn total_count(page: &DescribeAutoProvisioningGroupsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeAutoProvisioningGroupsResponse) -> usize {
        page.auto_provisioning_groups
            .as_ref()
            .and_then(|x| x.auto_provisioning_group.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeAutoProvisioningGroupsResponse,
    ) -> ::std::vec::Vec<AutoProvisioningGroup> {
        page.auto_provisioning_groups
            .and_then(|x| x.auto_provisioning_group)
            .unwrap_or_default()
    }
}
