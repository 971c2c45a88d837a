//! `ModifyAutoProvisioningGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyAutoProvisioningGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyAutoProvisioningGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoProvisioningGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExcessCapacityTerminationPolicy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DefaultTargetCapacityType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TerminateInstancesWithExpiration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxSpotPrice",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TotalTargetCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PayAsYouGoTargetCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotTargetCapacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoProvisioningGroupName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LaunchTemplateConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `LaunchTemplateConfig` object of the request.
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
    pub instance_type: ::std::option::Option<::std::string::String>,
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
    pub priority: ::std::option::Option<i32>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-sn5bsitu4lfzgc5o7****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `WeightedCapacity`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "WeightedCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub weighted_capacity: ::std::option::Option<f64>,
}

impl LaunchTemplateConfig {
    /// An empty `LaunchTemplateConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            instance_type: ::std::option::Option::None,
            max_price: ::std::option::Option::None,
            priority: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            weighted_capacity: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxPrice`.
    pub fn max_price(mut self, value: f64) -> Self {
        self.max_price = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Priority`.
    pub fn priority(mut self, value: i32) -> Self {
        self.priority = ::std::option::Option::Some(value);
        self
    }

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `WeightedCapacity`.
    pub fn weighted_capacity(mut self, value: f64) -> Self {
        self.weighted_capacity = ::std::option::Option::Some(value);
        self
    }
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

/// The request of [`Client::modify_auto_provisioning_group`](crate::Client::modify_auto_provisioning_group) (`ModifyAutoProvisioningGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyAutoProvisioningGroupRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `AutoProvisioningGroupId` (query).
    ///
    /// Example: `apg-bp67acfmxazb4ph****`.
    #[serde(
        rename = "AutoProvisioningGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_id: ::std::option::Option<::std::string::String>,
    /// `ExcessCapacityTerminationPolicy` (query).
    ///
    /// Example: `no-termination`.
    #[serde(
        rename = "ExcessCapacityTerminationPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excess_capacity_termination_policy: ::std::option::Option<::std::string::String>,
    /// `DefaultTargetCapacityType` (query).
    ///
    /// Example: `Spot`.
    #[serde(
        rename = "DefaultTargetCapacityType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_target_capacity_type: ::std::option::Option<::std::string::String>,
    /// `TerminateInstancesWithExpiration` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "TerminateInstancesWithExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances_with_expiration: ::std::option::Option<bool>,
    /// `MaxSpotPrice` (query).
    ///
    /// Example: `0.5`.
    #[serde(
        rename = "MaxSpotPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_spot_price: ::std::option::Option<f64>,
    /// `TotalTargetCapacity` (query).
    ///
    /// Example: `70`.
    #[serde(
        rename = "TotalTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_target_capacity: ::std::option::Option<::std::string::String>,
    /// `PayAsYouGoTargetCapacity` (query).
    ///
    /// Example: `30`.
    #[serde(
        rename = "PayAsYouGoTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_as_you_go_target_capacity: ::std::option::Option<::std::string::String>,
    /// `SpotTargetCapacity` (query).
    ///
    /// Example: `30`.
    #[serde(
        rename = "SpotTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_target_capacity: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupName` (query).
    ///
    /// Example: `apg-test`.
    #[serde(
        rename = "AutoProvisioningGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_name: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateConfig` (query, sent as `LaunchTemplateConfig.1`, `LaunchTemplateConfig.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "LaunchTemplateConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_config: ::std::option::Option<::std::vec::Vec<LaunchTemplateConfig>>,
}

impl ModifyAutoProvisioningGroupRequest {
    /// A `ModifyAutoProvisioningGroupRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            auto_provisioning_group_id: ::std::option::Option::None,
            excess_capacity_termination_policy: ::std::option::Option::None,
            default_target_capacity_type: ::std::option::Option::None,
            terminate_instances_with_expiration: ::std::option::Option::None,
            max_spot_price: ::std::option::Option::None,
            total_target_capacity: ::std::option::Option::None,
            pay_as_you_go_target_capacity: ::std::option::Option::None,
            spot_target_capacity: ::std::option::Option::None,
            auto_provisioning_group_name: ::std::option::Option::None,
            launch_template_config: ::std::option::Option::None,
        }
    }

    /// Sets `AutoProvisioningGroupId`.
    pub fn auto_provisioning_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_provisioning_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ExcessCapacityTerminationPolicy`.
    pub fn excess_capacity_termination_policy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.excess_capacity_termination_policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DefaultTargetCapacityType`.
    pub fn default_target_capacity_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default_target_capacity_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `TerminateInstancesWithExpiration`.
    pub fn terminate_instances_with_expiration(mut self, value: bool) -> Self {
        self.terminate_instances_with_expiration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaxSpotPrice`.
    pub fn max_spot_price(mut self, value: f64) -> Self {
        self.max_spot_price = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TotalTargetCapacity`.
    pub fn total_target_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.total_target_capacity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PayAsYouGoTargetCapacity`.
    pub fn pay_as_you_go_target_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pay_as_you_go_target_capacity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotTargetCapacity`.
    pub fn spot_target_capacity(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spot_target_capacity = ::std::option::Option::Some(value.into());
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

    /// Sets `LaunchTemplateConfig`.
    pub fn launch_template_config(mut self, value: ::std::vec::Vec<LaunchTemplateConfig>) -> Self {
        self.launch_template_config = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyAutoProvisioningGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyAutoProvisioningGroupRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "auto_provisioning_group_id",
                    d::opt(&self.auto_provisioning_group_id),
                ),
                (
                    "excess_capacity_termination_policy",
                    d::opt(&self.excess_capacity_termination_policy),
                ),
                (
                    "default_target_capacity_type",
                    d::opt(&self.default_target_capacity_type),
                ),
                (
                    "terminate_instances_with_expiration",
                    d::opt(&self.terminate_instances_with_expiration),
                ),
                ("max_spot_price", d::opt(&self.max_spot_price)),
                ("total_target_capacity", d::opt(&self.total_target_capacity)),
                (
                    "pay_as_you_go_target_capacity",
                    d::opt(&self.pay_as_you_go_target_capacity),
                ),
                ("spot_target_capacity", d::opt(&self.spot_target_capacity)),
                (
                    "auto_provisioning_group_name",
                    d::opt(&self.auto_provisioning_group_name),
                ),
                (
                    "launch_template_config",
                    d::opt(&self.launch_template_config),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyAutoProvisioningGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "AutoProvisioningGroupId",
            "ExcessCapacityTerminationPolicy",
            "DefaultTargetCapacityType",
            "TerminateInstancesWithExpiration",
            "MaxSpotPrice",
            "TotalTargetCapacity",
            "PayAsYouGoTargetCapacity",
            "SpotTargetCapacity",
            "AutoProvisioningGroupName",
            "LaunchTemplateConfig",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_provisioning_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_excess_capacity_termination_policy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_default_target_capacity_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_terminate_instances_with_expiration: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_max_spot_price: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_total_target_capacity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_pay_as_you_go_target_capacity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_target_capacity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_provisioning_group_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_launch_template_config: ::std::option::Option<
            ::std::vec::Vec<LaunchTemplateConfig>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_auto_provisioning_group_id = r.decode()?,
                2 => m_excess_capacity_termination_policy = r.decode()?,
                3 => m_default_target_capacity_type = r.decode()?,
                4 => m_terminate_instances_with_expiration = r.decode()?,
                5 => m_max_spot_price = r.decode()?,
                6 => m_total_target_capacity = r.decode()?,
                7 => m_pay_as_you_go_target_capacity = r.decode()?,
                8 => m_spot_target_capacity = r.decode()?,
                9 => m_auto_provisioning_group_name = r.decode()?,
                10 => m_launch_template_config = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyAutoProvisioningGroupRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            auto_provisioning_group_id: m_auto_provisioning_group_id,
            excess_capacity_termination_policy: m_excess_capacity_termination_policy,
            default_target_capacity_type: m_default_target_capacity_type,
            terminate_instances_with_expiration: m_terminate_instances_with_expiration,
            max_spot_price: m_max_spot_price,
            total_target_capacity: m_total_target_capacity,
            pay_as_you_go_target_capacity: m_pay_as_you_go_target_capacity,
            spot_target_capacity: m_spot_target_capacity,
            auto_provisioning_group_name: m_auto_provisioning_group_name,
            launch_template_config: m_launch_template_config,
        })
    }
}

/// The response of [`Client::modify_auto_provisioning_group`](crate::Client::modify_auto_provisioning_group) (`ModifyAutoProvisioningGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyAutoProvisioningGroupResponse {
    /// `RequestId`.
    ///
    /// Example: `B48A12CD-1295-4A38-A8F0-0E92C937****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyAutoProvisioningGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyAutoProvisioningGroupResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyAutoProvisioningGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyAutoProvisioningGroupResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
