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
    };

/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The request of [`Client::describe_auto_provisioning_groups`](crate::Client::describe_auto_provisioning_groups) (`DescribeAutoProvisioningGroups`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `AutoProvisioningGroupName` (query).
    #[serde(
        rename = "AutoProvisioningGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_name: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupId` (query, sent as `AutoProvisioningGroupId.1`, `AutoProvisioningGroupId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "AutoProvisioningGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `AutoProvisioningGroupStatus` (query, sent as `AutoProvisioningGroupStatus.1`, `AutoProvisioningGroupStatus.2`, …).
    ///
    /// At most 10 items.
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
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
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
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.auto_provisioning_group_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoProvisioningGroupStatus`.
    pub fn auto_provisioning_group_status(
        mut self,
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.auto_provisioning_group_status = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeAutoProvisioningGroupsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAutoProvisioningGroupsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAutoProvisioningGroupsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAutoProvisioningGroupsRequest, A::Error>
            {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_auto_provisioning_group_name: ::std::option::Option<
                    ::std::string::String,
                > = ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_auto_provisioning_group_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_auto_provisioning_group_status: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "AutoProvisioningGroupName" => {
                            m_auto_provisioning_group_name = map.next_value()?;
                        }

                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "AutoProvisioningGroupId" => {
                            m_auto_provisioning_group_id = map.next_value()?;
                        }

                        "AutoProvisioningGroupStatus" => {
                            m_auto_provisioning_group_status = map.next_value()?;
                        }

                        "Tag" => m_tag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeAutoProvisioningGroupsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.LaunchTemplateConfigs.LaunchTemplateConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub priority: ::std::option::Option<f64>,
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

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateConfig, A::Error> {
                let mut out = LaunchTemplateConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "MaxPrice" => out.max_price = map.next_value()?,
                        "Priority" => out.priority = map.next_value()?,
                        "VSwitchId" => out.v_switch_id = map.next_value()?,
                        "WeightedCapacity" => out.weighted_capacity = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.LaunchTemplateConfigs` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LaunchTemplateConfigs {
    /// `LaunchTemplateConfig`.
    #[serde(
        rename = "LaunchTemplateConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_config: ::std::option::Option<::std::vec::Vec<LaunchTemplateConfig>>,
}

impl<'de> ::serde::Deserialize<'de> for LaunchTemplateConfigs {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LaunchTemplateConfigs;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LaunchTemplateConfigs` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LaunchTemplateConfigs, A::Error> {
                let mut out = LaunchTemplateConfigs::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LaunchTemplateConfig" => {
                            out.launch_template_config = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.PayAsYouGoOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PayAsYouGoOptions {
    /// `AllocationStrategy`.
    #[serde(
        rename = "AllocationStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_strategy: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for PayAsYouGoOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PayAsYouGoOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PayAsYouGoOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PayAsYouGoOptions, A::Error> {
                let mut out = PayAsYouGoOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocationStrategy" => {
                            out.allocation_strategy = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.SpotOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotOptions {
    /// `AllocationStrategy`.
    #[serde(
        rename = "AllocationStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_strategy: ::std::option::Option<::std::string::String>,
    /// `InstanceInterruptionBehavior`.
    #[serde(
        rename = "InstanceInterruptionBehavior",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_interruption_behavior: ::std::option::Option<::std::string::String>,
    /// `InstancePoolsToUseCount`.
    #[serde(
        rename = "InstancePoolsToUseCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_pools_to_use_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for SpotOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SpotOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SpotOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SpotOptions, A::Error> {
                let mut out = SpotOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocationStrategy" => {
                            out.allocation_strategy = map.next_value()?;
                        }

                        "InstanceInterruptionBehavior" => {
                            out.instance_interruption_behavior = map.next_value()?;
                        }

                        "InstancePoolsToUseCount" => {
                            out.instance_pools_to_use_count = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagsTag {
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for TagsTag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TagsTag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TagsTag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TagsTag, A::Error> {
                let mut out = TagsTag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TagKey" => out.tag_key = map.next_value()?,
                        "TagValue" => out.tag_value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
}

impl<'de> ::serde::Deserialize<'de> for Tags {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tags;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tags` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tags, A::Error> {
                let mut out = Tags::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Tag" => out.tag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup.TargetCapacitySpecification` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TargetCapacitySpecification {
    /// `DefaultTargetCapacityType`.
    #[serde(
        rename = "DefaultTargetCapacityType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_target_capacity_type: ::std::option::Option<::std::string::String>,
    /// `PayAsYouGoTargetCapacity`.
    #[serde(
        rename = "PayAsYouGoTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pay_as_you_go_target_capacity: ::std::option::Option<f64>,
    /// `SpotTargetCapacity`.
    #[serde(
        rename = "SpotTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_target_capacity: ::std::option::Option<f64>,
    /// `TotalTargetCapacity`.
    #[serde(
        rename = "TotalTargetCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_target_capacity: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for TargetCapacitySpecification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TargetCapacitySpecification;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TargetCapacitySpecification` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TargetCapacitySpecification, A::Error> {
                let mut out = TargetCapacitySpecification::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DefaultTargetCapacityType" => {
                            out.default_target_capacity_type = map.next_value()?;
                        }

                        "PayAsYouGoTargetCapacity" => {
                            out.pay_as_you_go_target_capacity = map.next_value()?;
                        }

                        "SpotTargetCapacity" => {
                            out.spot_target_capacity = map.next_value()?;
                        }

                        "TotalTargetCapacity" => {
                            out.total_target_capacity = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups.AutoProvisioningGroup` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoProvisioningGroup {
    /// `AutoProvisioningGroupId`.
    #[serde(
        rename = "AutoProvisioningGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_id: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupName`.
    #[serde(
        rename = "AutoProvisioningGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_name: ::std::option::Option<::std::string::String>,
    /// `AutoProvisioningGroupType`.
    #[serde(
        rename = "AutoProvisioningGroupType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group_type: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `ExcessCapacityTerminationPolicy`.
    #[serde(
        rename = "ExcessCapacityTerminationPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excess_capacity_termination_policy: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateConfigs`.
    #[serde(
        rename = "LaunchTemplateConfigs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_configs: ::std::option::Option<LaunchTemplateConfigs>,
    /// `LaunchTemplateId`.
    #[serde(
        rename = "LaunchTemplateId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_id: ::std::option::Option<::std::string::String>,
    /// `LaunchTemplateVersion`.
    #[serde(
        rename = "LaunchTemplateVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub launch_template_version: ::std::option::Option<::std::string::String>,
    /// `MaxSpotPrice`.
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
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `SpotOptions`.
    #[serde(
        rename = "SpotOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_options: ::std::option::Option<SpotOptions>,
    /// `State`.
    #[serde(
        rename = "State",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub state: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
    /// `TargetCapacitySpecification`.
    #[serde(
        rename = "TargetCapacitySpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_capacity_specification: ::std::option::Option<TargetCapacitySpecification>,
    /// `TerminateInstances`.
    #[serde(
        rename = "TerminateInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances: ::std::option::Option<bool>,
    /// `TerminateInstancesWithExpiration`.
    #[serde(
        rename = "TerminateInstancesWithExpiration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terminate_instances_with_expiration: ::std::option::Option<bool>,
    /// `ValidFrom`.
    #[serde(
        rename = "ValidFrom",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_from: ::std::option::Option<::std::string::String>,
    /// `ValidUntil`.
    #[serde(
        rename = "ValidUntil",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub valid_until: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AutoProvisioningGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AutoProvisioningGroup;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AutoProvisioningGroup` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AutoProvisioningGroup, A::Error> {
                let mut out = AutoProvisioningGroup::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoProvisioningGroupId" => {
                            out.auto_provisioning_group_id = map.next_value()?;
                        }

                        "AutoProvisioningGroupName" => {
                            out.auto_provisioning_group_name = map.next_value()?;
                        }

                        "AutoProvisioningGroupType" => {
                            out.auto_provisioning_group_type = map.next_value()?;
                        }

                        "CreationTime" => out.creation_time = map.next_value()?,
                        "ExcessCapacityTerminationPolicy" => {
                            out.excess_capacity_termination_policy = map.next_value()?;
                        }

                        "LaunchTemplateConfigs" => {
                            out.launch_template_configs = map.next_value()?;
                        }

                        "LaunchTemplateId" => out.launch_template_id = map.next_value()?,
                        "LaunchTemplateVersion" => {
                            out.launch_template_version = map.next_value()?;
                        }

                        "MaxSpotPrice" => out.max_spot_price = map.next_value()?,
                        "PayAsYouGoOptions" => {
                            out.pay_as_you_go_options = map.next_value()?;
                        }

                        "RegionId" => out.region_id = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "SpotOptions" => out.spot_options = map.next_value()?,
                        "State" => out.state = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "TargetCapacitySpecification" => {
                            out.target_capacity_specification = map.next_value()?;
                        }

                        "TerminateInstances" => {
                            out.terminate_instances = map.next_value()?;
                        }

                        "TerminateInstancesWithExpiration" => {
                            out.terminate_instances_with_expiration = map.next_value()?;
                        }

                        "ValidFrom" => out.valid_from = map.next_value()?,
                        "ValidUntil" => out.valid_until = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AutoProvisioningGroups` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AutoProvisioningGroups {
    /// `AutoProvisioningGroup`.
    #[serde(
        rename = "AutoProvisioningGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_group: ::std::option::Option<::std::vec::Vec<AutoProvisioningGroup>>,
}

impl<'de> ::serde::Deserialize<'de> for AutoProvisioningGroups {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AutoProvisioningGroups;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AutoProvisioningGroups` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AutoProvisioningGroups, A::Error> {
                let mut out = AutoProvisioningGroups::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoProvisioningGroup" => {
                            out.auto_provisioning_group = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_auto_provisioning_groups`](crate::Client::describe_auto_provisioning_groups) (`DescribeAutoProvisioningGroups`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupsResponse {
    /// `AutoProvisioningGroups`.
    #[serde(
        rename = "AutoProvisioningGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_provisioning_groups: ::std::option::Option<AutoProvisioningGroups>,
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeAutoProvisioningGroupsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAutoProvisioningGroupsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAutoProvisioningGroupsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAutoProvisioningGroupsResponse, A::Error>
            {
                let mut out = DescribeAutoProvisioningGroupsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoProvisioningGroups" => {
                            out.auto_provisioning_groups = map.next_value()?;
                        }

                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
