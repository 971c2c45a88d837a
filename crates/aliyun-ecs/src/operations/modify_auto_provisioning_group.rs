//! `ModifyAutoProvisioningGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyAutoProvisioningGroup>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyAutoProvisioningGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
    };
/// The `LaunchTemplateConfig` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LaunchTemplateConfig {
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `MaxPrice`.
    #[serde(
        rename = "MaxPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_price: ::std::option::Option<f64>,
    /// `Priority`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<i32>,
    /// `VSwitchId`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `WeightedCapacity`.
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
/// The request of [`Client::modify_auto_provisioning_group`](crate::Client::modify_auto_provisioning_group) (`ModifyAutoProvisioningGroup`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyAutoProvisioningGroupRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `AutoProvisioningGroupId` (query).
    #[serde(
        rename = "AutoProvisioningGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_id: ::std::option::Option<::std::string::String>,
    /// `ExcessCapacityTerminationPolicy` (query).
    #[serde(
        rename = "ExcessCapacityTerminationPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excess_capacity_termination_policy: ::std::option::Option<::std::string::String>,
    /// `DefaultTargetCapacityType` (query).
    #[serde(
        rename = "DefaultTargetCapacityType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_target_capacity_type: ::std::option::Option<::std::string::String>,
    /// `TerminateInstancesWithExpiration` (query).
    #[serde(
        rename = "TerminateInstancesWithExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances_with_expiration: ::std::option::Option<bool>,
    /// `MaxSpotPrice` (query).
    #[serde(
        rename = "MaxSpotPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_spot_price: ::std::option::Option<f64>,
    /// `TotalTargetCapacity` (query).
    #[serde(
        rename = "TotalTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_target_capacity: ::std::option::Option<::std::string::String>,
    /// `PayAsYouGoTargetCapacity` (query).
    #[serde(
        rename = "PayAsYouGoTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_as_you_go_target_capacity: ::std::option::Option<::std::string::String>,
    /// `SpotTargetCapacity` (query).
    #[serde(
        rename = "SpotTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_target_capacity: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupName` (query).
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
/// The response of [`Client::modify_auto_provisioning_group`](crate::Client::modify_auto_provisioning_group) (`ModifyAutoProvisioningGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyAutoProvisioningGroupResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
