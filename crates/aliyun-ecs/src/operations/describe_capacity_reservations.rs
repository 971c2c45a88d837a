//! `DescribeCapacityReservations`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeCapacityReservations>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeCapacityReservations",
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

/// The request of [`Client::describe_capacity_reservations`](crate::Client::describe_capacity_reservations) (`DescribeCapacityReservations`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCapacityReservationsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptions.Ids` (query).
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
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType` (query).
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}

impl DescribeCapacityReservationsRequest {
    /// A `DescribeCapacityReservationsRequest` with its required members: `RegionId`.
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
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
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

impl<'de> ::serde::Deserialize<'de> for DescribeCapacityReservationsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeCapacityReservationsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeCapacityReservationsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeCapacityReservationsRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
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
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "MaxResults" => m_max_results = map.next_value()?,
                        "NextToken" => m_next_token = map.next_value()?,
                        "PrivatePoolOptions.Ids" => {
                            m_private_pool_options_ids = map.next_value()?;
                        }

                        "Platform" => m_platform = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "InstanceChargeType" => {
                            m_instance_charge_type = map.next_value()?;
                        }

                        "Status" => m_status = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeCapacityReservationsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources.AllocatedResource.CapacityReservationUsages.CapacityReservationUsage` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationUsage {
    /// `AccountId`.
    #[serde(
        rename = "AccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// `ServiceName`.
    #[serde(
        rename = "ServiceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_name: ::std::option::Option<::std::string::String>,
    /// `UsedAmount`.
    #[serde(
        rename = "UsedAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_amount: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for CapacityReservationUsage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CapacityReservationUsage;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CapacityReservationUsage` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CapacityReservationUsage, A::Error> {
                let mut out = CapacityReservationUsage::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AccountId" => out.account_id = map.next_value()?,
                        "ServiceName" => out.service_name = map.next_value()?,
                        "UsedAmount" => out.used_amount = map.next_value()?,
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

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources.AllocatedResource.CapacityReservationUsages` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationUsages {
    /// `CapacityReservationUsage`.
    #[serde(
        rename = "CapacityReservationUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_usage:
        ::std::option::Option<::std::vec::Vec<CapacityReservationUsage>>,
}

impl<'de> ::serde::Deserialize<'de> for CapacityReservationUsages {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CapacityReservationUsages;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CapacityReservationUsages` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CapacityReservationUsages, A::Error> {
                let mut out = CapacityReservationUsages::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CapacityReservationUsage" => {
                            out.capacity_reservation_usage = map.next_value()?;
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

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources.AllocatedResource` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatedResource {
    /// `AvailableAmount`.
    #[serde(
        rename = "AvailableAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_amount: ::std::option::Option<i64>,
    /// `CapacityReservationUsages`.
    #[serde(
        rename = "CapacityReservationUsages",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_usages: ::std::option::Option<CapacityReservationUsages>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `TotalAmount`.
    #[serde(
        rename = "TotalAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_amount: ::std::option::Option<i64>,
    /// `UsedAmount`.
    #[serde(
        rename = "UsedAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_amount: ::std::option::Option<i64>,
    /// `zoneId`.
    #[serde(
        rename = "zoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AllocatedResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AllocatedResource;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AllocatedResource` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AllocatedResource, A::Error> {
                let mut out = AllocatedResource::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableAmount" => out.available_amount = map.next_value()?,
                        "CapacityReservationUsages" => {
                            out.capacity_reservation_usages = map.next_value()?;
                        }

                        "InstanceType" => out.instance_type = map.next_value()?,
                        "TotalAmount" => out.total_amount = map.next_value()?,
                        "UsedAmount" => out.used_amount = map.next_value()?,
                        "zoneId" => out.zone_id = map.next_value()?,
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

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatedResources {
    /// `AllocatedResource`.
    #[serde(
        rename = "AllocatedResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocated_resource: ::std::option::Option<::std::vec::Vec<AllocatedResource>>,
}

impl<'de> ::serde::Deserialize<'de> for AllocatedResources {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AllocatedResources;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AllocatedResources` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AllocatedResources, A::Error> {
                let mut out = AllocatedResources::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocatedResource" => out.allocated_resource = map.next_value()?,
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

/// The `CapacityReservationSet.CapacityReservationItem.Tags.Tag` object of the response.
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

/// The `CapacityReservationSet.CapacityReservationItem.Tags` object of the response.
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

/// The `CapacityReservationSet.CapacityReservationItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationItem {
    /// `AllocatedResources`.
    #[serde(
        rename = "AllocatedResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocated_resources: ::std::option::Option<AllocatedResources>,
    /// `CapacityReservationOwnerId`.
    #[serde(
        rename = "CapacityReservationOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_owner_id: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `EndTimeType`.
    #[serde(
        rename = "EndTimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time_type: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `Platform`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptionsId`.
    #[serde(
        rename = "PrivatePoolOptionsId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptionsMatchCriteria`.
    #[serde(
        rename = "PrivatePoolOptionsMatchCriteria",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_match_criteria: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptionsName`.
    #[serde(
        rename = "PrivatePoolOptionsName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_name: ::std::option::Option<::std::string::String>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceId`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `SavingPlanId`.
    #[serde(
        rename = "SavingPlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub saving_plan_id: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `StartTimeType`.
    #[serde(
        rename = "StartTimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time_type: ::std::option::Option<::std::string::String>,
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
    /// `TimeSlot`.
    #[serde(
        rename = "TimeSlot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_slot: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CapacityReservationItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CapacityReservationItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CapacityReservationItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CapacityReservationItem, A::Error> {
                let mut out = CapacityReservationItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocatedResources" => {
                            out.allocated_resources = map.next_value()?;
                        }

                        "CapacityReservationOwnerId" => {
                            out.capacity_reservation_owner_id = map.next_value()?;
                        }

                        "Description" => out.description = map.next_value()?,
                        "EndTime" => out.end_time = map.next_value()?,
                        "EndTimeType" => out.end_time_type = map.next_value()?,
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "Platform" => out.platform = map.next_value()?,
                        "PrivatePoolOptionsId" => {
                            out.private_pool_options_id = map.next_value()?;
                        }

                        "PrivatePoolOptionsMatchCriteria" => {
                            out.private_pool_options_match_criteria = map.next_value()?;
                        }

                        "PrivatePoolOptionsName" => {
                            out.private_pool_options_name = map.next_value()?;
                        }

                        "RegionId" => out.region_id = map.next_value()?,
                        "ReservedInstanceId" => {
                            out.reserved_instance_id = map.next_value()?;
                        }

                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "SavingPlanId" => out.saving_plan_id = map.next_value()?,
                        "StartTime" => out.start_time = map.next_value()?,
                        "StartTimeType" => out.start_time_type = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "TimeSlot" => out.time_slot = map.next_value()?,
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

/// The `CapacityReservationSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationSet {
    /// `CapacityReservationItem`.
    #[serde(
        rename = "CapacityReservationItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_item: ::std::option::Option<::std::vec::Vec<CapacityReservationItem>>,
}

impl<'de> ::serde::Deserialize<'de> for CapacityReservationSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CapacityReservationSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CapacityReservationSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CapacityReservationSet, A::Error> {
                let mut out = CapacityReservationSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CapacityReservationItem" => {
                            out.capacity_reservation_item = map.next_value()?;
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

/// The response of [`Client::describe_capacity_reservations`](crate::Client::describe_capacity_reservations) (`DescribeCapacityReservations`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCapacityReservationsResponse {
    /// `CapacityReservationSet`.
    #[serde(
        rename = "CapacityReservationSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_set: ::std::option::Option<CapacityReservationSet>,
    /// `MaxResults`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i64>,
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for DescribeCapacityReservationsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeCapacityReservationsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeCapacityReservationsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeCapacityReservationsResponse, A::Error> {
                let mut out = DescribeCapacityReservationsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CapacityReservationSet" => {
                            out.capacity_reservation_set = map.next_value()?;
                        }

                        "MaxResults" => out.max_results = map.next_value()?,
                        "NextToken" => out.next_token = map.next_value()?,
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

impl ::yun_core::internal::AliyunCall for DescribeCapacityReservationsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeCapacityReservations` pages (by `NextToken`), for [`Client::describe_capacity_reservations_paginator`](crate::Client::describe_capacity_reservations_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeCapacityReservationsRequest {
    type Response = DescribeCapacityReservationsResponse;
    type Item = CapacityReservationItem;
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

    fn next_token(page: &DescribeCapacityReservationsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeCapacityReservationsResponse) -> usize {
        page.capacity_reservation_set
            .as_ref()
            .and_then(|x| x.capacity_reservation_item.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeCapacityReservationsResponse,
    ) -> ::std::vec::Vec<CapacityReservationItem> {
        page.capacity_reservation_set
            .and_then(|x| x.capacity_reservation_item)
            .unwrap_or_default()
    }
}
