//! `DescribeResourcesModification`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeResourcesModification>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeResourcesModification",
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
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MigrateAcrossZone",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestinationResource",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OperationType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Cores",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Memory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Conditions",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_resources_modification`](crate::Client::describe_resources_modification) (`DescribeResourcesModification`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcesModificationRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceId` (query). Required.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::string::String,
    /// `MigrateAcrossZone` (query).
    #[serde(
        rename = "MigrateAcrossZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migrate_across_zone: ::std::option::Option<bool>,
    /// `DestinationResource` (query). Required.
    #[serde(rename = "DestinationResource")]
    pub destination_resource: ::std::string::String,
    /// `OperationType` (query).
    #[serde(
        rename = "OperationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_type: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Cores` (query).
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i32>,
    /// `Memory` (query).
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<f64>,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `Conditions` (query, sent as `Conditions.1`, `Conditions.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Conditions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeResourcesModificationRequest {
    /// A `DescribeResourcesModificationRequest` with its required members: `RegionId`, `ResourceId`, `DestinationResource`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
        destination_resource: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_id: resource_id.into(),
            migrate_across_zone: ::std::option::Option::None,
            destination_resource: destination_resource.into(),
            operation_type: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            cores: ::std::option::Option::None,
            memory: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            conditions: ::std::option::Option::None,
        }
    }

    /// Sets `MigrateAcrossZone`.
    pub fn migrate_across_zone(mut self, value: bool) -> Self {
        self.migrate_across_zone = ::std::option::Option::Some(value);
        self
    }

    /// Sets `OperationType`.
    pub fn operation_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operation_type = ::std::option::Option::Some(value.into());
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

    /// Sets `Cores`.
    pub fn cores(mut self, value: i32) -> Self {
        self.cores = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Memory`.
    pub fn memory(mut self, value: f64) -> Self {
        self.memory = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Conditions`.
    pub fn conditions(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.conditions = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeResourcesModificationRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeResourcesModificationRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeResourcesModificationRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeResourcesModificationRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_resource_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_migrate_across_zone: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_destination_resource: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_operation_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_cores: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_memory: ::std::option::Option<f64> = ::std::option::Option::None;
                let mut m_zone_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_conditions: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ResourceId" => m_resource_id = map.next_value()?,
                        "MigrateAcrossZone" => m_migrate_across_zone = map.next_value()?,
                        "DestinationResource" => {
                            m_destination_resource = map.next_value()?;
                        }

                        "OperationType" => m_operation_type = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "Cores" => m_cores = map.next_value()?,
                        "Memory" => m_memory = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "Conditions" => m_conditions = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeResourcesModificationRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    resource_id: m_resource_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ResourceId")
                    })?,
                    migrate_across_zone: m_migrate_across_zone,
                    destination_resource: m_destination_resource.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "DestinationResource",
                        )
                    })?,
                    operation_type: m_operation_type,
                    instance_type: m_instance_type,
                    cores: m_cores,
                    memory: m_memory,
                    zone_id: m_zone_id,
                    conditions: m_conditions,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources.ConditionSupportedResource.Conditions.Condition` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Condition {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Condition {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Condition;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Condition` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Condition, A::Error> {
                let mut out = Condition::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
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

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources.ConditionSupportedResource.Conditions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Conditions {
    /// `Condition`.
    #[serde(
        rename = "Condition",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition: ::std::option::Option<::std::vec::Vec<Condition>>,
}

impl<'de> ::serde::Deserialize<'de> for Conditions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Conditions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Conditions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Conditions, A::Error> {
                let mut out = Conditions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Condition" => out.condition = map.next_value()?,
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

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources.ConditionSupportedResource` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConditionSupportedResource {
    /// `Conditions`.
    #[serde(
        rename = "Conditions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditions: ::std::option::Option<Conditions>,
    /// `Max`.
    #[serde(rename = "Max", skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
    /// `Min`.
    #[serde(rename = "Min", skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::std::string::String>,
    /// `Unit`.
    #[serde(
        rename = "Unit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ConditionSupportedResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ConditionSupportedResource;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ConditionSupportedResource` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ConditionSupportedResource, A::Error> {
                let mut out = ConditionSupportedResource::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Conditions" => out.conditions = map.next_value()?,
                        "Max" => out.max = map.next_value()?,
                        "Min" => out.min = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StatusCategory" => out.status_category = map.next_value()?,
                        "Unit" => out.unit = map.next_value()?,
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

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConditionSupportedResources {
    /// `ConditionSupportedResource`.
    #[serde(
        rename = "ConditionSupportedResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_supported_resource:
        ::std::option::Option<::std::vec::Vec<ConditionSupportedResource>>,
}

impl<'de> ::serde::Deserialize<'de> for ConditionSupportedResources {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ConditionSupportedResources;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ConditionSupportedResources` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ConditionSupportedResources, A::Error> {
                let mut out = ConditionSupportedResources::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ConditionSupportedResource" => {
                            out.condition_supported_resource = map.next_value()?;
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

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.SupportedResources.SupportedResource` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedResource {
    /// `Max`.
    #[serde(rename = "Max", skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
    /// `Min`.
    #[serde(rename = "Min", skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::std::string::String>,
    /// `Unit`.
    #[serde(
        rename = "Unit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SupportedResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupportedResource;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupportedResource` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupportedResource, A::Error> {
                let mut out = SupportedResource::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Max" => out.max = map.next_value()?,
                        "Min" => out.min = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StatusCategory" => out.status_category = map.next_value()?,
                        "Unit" => out.unit = map.next_value()?,
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

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.SupportedResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedResources {
    /// `SupportedResource`.
    #[serde(
        rename = "SupportedResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_resource: ::std::option::Option<::std::vec::Vec<SupportedResource>>,
}

impl<'de> ::serde::Deserialize<'de> for SupportedResources {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupportedResources;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupportedResources` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupportedResources, A::Error> {
                let mut out = SupportedResources::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SupportedResource" => out.supported_resource = map.next_value()?,
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

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResource {
    /// `ConditionSupportedResources`.
    #[serde(
        rename = "ConditionSupportedResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition_supported_resources: ::std::option::Option<ConditionSupportedResources>,
    /// `SupportedResources`.
    #[serde(
        rename = "SupportedResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_resources: ::std::option::Option<SupportedResources>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableResource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableResource;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableResource` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableResource, A::Error> {
                let mut out = AvailableResource::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ConditionSupportedResources" => {
                            out.condition_supported_resources = map.next_value()?;
                        }

                        "SupportedResources" => {
                            out.supported_resources = map.next_value()?;
                        }

                        "Type" => out.r#type = map.next_value()?,
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

/// The `AvailableZones.AvailableZone.AvailableResources` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResources {
    /// `AvailableResource`.
    #[serde(
        rename = "AvailableResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resource: ::std::option::Option<::std::vec::Vec<AvailableResource>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableResources {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableResources;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableResources` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableResources, A::Error> {
                let mut out = AvailableResources::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableResource" => out.available_resource = map.next_value()?,
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

/// The `AvailableZones.AvailableZone` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZone {
    /// `AvailableResources`.
    #[serde(
        rename = "AvailableResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resources: ::std::option::Option<AvailableResources>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `StatusCategory`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableZone {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableZone;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableZone` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableZone, A::Error> {
                let mut out = AvailableZone::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableResources" => {
                            out.available_resources = map.next_value()?;
                        }

                        "RegionId" => out.region_id = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StatusCategory" => out.status_category = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
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

/// The `AvailableZones` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZones {
    /// `AvailableZone`.
    #[serde(
        rename = "AvailableZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zone: ::std::option::Option<::std::vec::Vec<AvailableZone>>,
}

impl<'de> ::serde::Deserialize<'de> for AvailableZones {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AvailableZones;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AvailableZones` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AvailableZones, A::Error> {
                let mut out = AvailableZones::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableZone" => out.available_zone = map.next_value()?,
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

/// The response of [`Client::describe_resources_modification`](crate::Client::describe_resources_modification) (`DescribeResourcesModification`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcesModificationResponse {
    /// `AvailableZones`.
    #[serde(
        rename = "AvailableZones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zones: ::std::option::Option<AvailableZones>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeResourcesModificationResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeResourcesModificationResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeResourcesModificationResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeResourcesModificationResponse, A::Error>
            {
                let mut out = DescribeResourcesModificationResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableZones" => out.available_zones = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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
