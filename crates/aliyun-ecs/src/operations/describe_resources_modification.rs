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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_resources_modification`](crate::Client::describe_resources_modification) (`DescribeResourcesModification`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcesModificationRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::string::String,
    /// `MigrateAcrossZone` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "MigrateAcrossZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migrate_across_zone: ::std::option::Option<bool>,
    /// `DestinationResource` (query). Required.
    ///
    /// Example: `InstanceType`.
    #[serde(rename = "DestinationResource")]
    pub destination_resource: ::std::string::String,
    /// `OperationType` (query).
    ///
    /// Example: `Upgrade`.
    #[serde(
        rename = "OperationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_type: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Cores` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "Cores",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cores: ::std::option::Option<i32>,
    /// `Memory` (query).
    ///
    /// Example: `8.0`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<f64>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-e`.
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
    pub fn conditions(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.conditions = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeResourcesModificationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcesModificationRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_id", d::req(&self.resource_id)),
                ("migrate_across_zone", d::opt(&self.migrate_across_zone)),
                ("destination_resource", d::req(&self.destination_resource)),
                ("operation_type", d::opt(&self.operation_type)),
                ("instance_type", d::opt(&self.instance_type)),
                ("cores", d::opt(&self.cores)),
                ("memory", d::opt(&self.memory)),
                ("zone_id", d::opt(&self.zone_id)),
                ("conditions", d::opt(&self.conditions)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcesModificationRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceId",
            "MigrateAcrossZone",
            "DestinationResource",
            "OperationType",
            "InstanceType",
            "Cores",
            "Memory",
            "ZoneId",
            "Conditions",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_migrate_across_zone: ::std::option::Option<bool> = ::std::option::Option::None;
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
        let mut m_conditions: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_id = r.decode()?,
                2 => m_migrate_across_zone = r.decode()?,
                3 => m_destination_resource = r.decode()?,
                4 => m_operation_type = r.decode()?,
                5 => m_instance_type = r.decode()?,
                6 => m_cores = r.decode()?,
                7 => m_memory = r.decode()?,
                8 => m_zone_id = r.decode()?,
                9 => m_conditions = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeResourcesModificationRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_id: m_resource_id.ok_or_else(|| r.missing("ResourceId"))?,
            migrate_across_zone: m_migrate_across_zone,
            destination_resource: m_destination_resource
                .ok_or_else(|| r.missing("DestinationResource"))?,
            operation_type: m_operation_type,
            instance_type: m_instance_type,
            cores: m_cores,
            memory: m_memory,
            zone_id: m_zone_id,
            conditions: m_conditions,
        })
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources.ConditionSupportedResource.Conditions.Condition` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Condition {
    /// `Key`.
    ///
    /// Example: `DiskCategory`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Condition {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Condition", &[("key", d::opt(&self.key))])
    }
}

impl ::yun_core::json::Decode for Condition {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Key"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Condition::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.key = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources.ConditionSupportedResource.Conditions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Conditions {
    /// `Condition`.
    #[serde(
        rename = "Condition",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub condition: ::std::option::Option<::std::vec::Vec<Condition>>,
}

impl ::std::fmt::Debug for Conditions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Conditions", &[("condition", d::opt(&self.condition))])
    }
}

impl ::yun_core::json::Decode for Conditions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Condition"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Conditions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.condition = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources.ConditionSupportedResource` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConditionSupportedResource {
    /// `Conditions`.
    #[serde(
        rename = "Conditions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub conditions: ::std::option::Option<Conditions>,
    /// `Max`.
    ///
    /// Example: `2048`.
    #[serde(rename = "Max", skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i64>,
    /// `Min`.
    ///
    /// Example: `20`.
    #[serde(rename = "Min", skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i64>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `StatusCategory`.
    ///
    /// Example: `WithStock`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::yun_core::Text>,
    /// `Unit`.
    ///
    /// Example: `GiB`.
    #[serde(
        rename = "Unit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unit: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ConditionSupportedResource {
    /// The items of `Conditions` (through its wrapper), empty when absent.
    pub fn conditions(&self) -> &[Condition] {
        self.conditions
            .as_ref()
            .and_then(|w| w.condition.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ConditionSupportedResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConditionSupportedResource",
            &[
                ("conditions", d::opt(&self.conditions)),
                ("max", d::opt(&self.max)),
                ("min", d::opt(&self.min)),
                ("status", d::opt(&self.status)),
                ("status_category", d::opt(&self.status_category)),
                ("unit", d::opt(&self.unit)),
                ("value", d::opt(&self.value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ConditionSupportedResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Conditions",
            "Max",
            "Min",
            "Status",
            "StatusCategory",
            "Unit",
            "Value",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = ConditionSupportedResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.conditions = r.decode()?,
                1 => out.max = r.decode()?,
                2 => out.min = r.decode()?,
                3 => out.status = r.decode()?,
                4 => out.status_category = r.decode()?,
                5 => out.unit = r.decode()?,
                6 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource.ConditionSupportedResources` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for ConditionSupportedResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ConditionSupportedResources",
            &[(
                "condition_supported_resource",
                d::opt(&self.condition_supported_resource),
            )],
        )
    }
}

impl ::yun_core::json::Decode for ConditionSupportedResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ConditionSupportedResource"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ConditionSupportedResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.condition_supported_resource = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources.AvailableResource` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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
    pub supported_resources: ::std::option::Option<crate::models::SupportedResources>,
    /// `Type`.
    ///
    /// Example: `InstanceType`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl AvailableResource {
    /// The items of `ConditionSupportedResources` (through its wrapper), empty when absent.
    pub fn condition_supported_resources(&self) -> &[ConditionSupportedResource] {
        self.condition_supported_resources
            .as_ref()
            .and_then(|w| w.condition_supported_resource.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SupportedResources` (through its wrapper), empty when absent.
    pub fn supported_resources(&self) -> &[crate::models::SupportedResource] {
        self.supported_resources
            .as_ref()
            .and_then(|w| w.supported_resource.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AvailableResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableResource",
            &[
                (
                    "condition_supported_resources",
                    d::opt(&self.condition_supported_resources),
                ),
                ("supported_resources", d::opt(&self.supported_resources)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AvailableResource {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ConditionSupportedResources", "SupportedResources", "Type"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = AvailableResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.condition_supported_resources = r.decode()?,
                1 => out.supported_resources = r.decode()?,
                2 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone.AvailableResources` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableResources {
    /// `AvailableResource`.
    #[serde(
        rename = "AvailableResource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resource: ::std::option::Option<::std::vec::Vec<AvailableResource>>,
}

impl ::std::fmt::Debug for AvailableResources {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableResources",
            &[("available_resource", d::opt(&self.available_resource))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableResources {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableResource"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableResources::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_resource = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones.AvailableZone` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZone {
    /// `AvailableResources`.
    #[serde(
        rename = "AvailableResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_resources: ::std::option::Option<AvailableResources>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `StatusCategory`.
    ///
    /// Example: `WithStock`.
    #[serde(
        rename = "StatusCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_category: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-e`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl AvailableZone {
    /// The items of `AvailableResources` (through its wrapper), empty when absent.
    pub fn available_resources(&self) -> &[AvailableResource] {
        self.available_resources
            .as_ref()
            .and_then(|w| w.available_resource.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AvailableZone {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableZone",
            &[
                ("available_resources", d::opt(&self.available_resources)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("status_category", d::opt(&self.status_category)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AvailableZone {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableResources",
            "RegionId",
            "Status",
            "StatusCategory",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = AvailableZone::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_resources = r.decode()?,
                1 => out.region_id = r.decode()?,
                2 => out.status = r.decode()?,
                3 => out.status_category = r.decode()?,
                4 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AvailableZones` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AvailableZones {
    /// `AvailableZone`.
    #[serde(
        rename = "AvailableZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zone: ::std::option::Option<::std::vec::Vec<AvailableZone>>,
}

impl ::std::fmt::Debug for AvailableZones {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AvailableZones",
            &[("available_zone", d::opt(&self.available_zone))],
        )
    }
}

impl ::yun_core::json::Decode for AvailableZones {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableZone"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AvailableZones::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_zone = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_resources_modification`](crate::Client::describe_resources_modification) (`DescribeResourcesModification`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcesModificationResponse {
    /// `AvailableZones`.
    #[serde(
        rename = "AvailableZones",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_zones: ::std::option::Option<AvailableZones>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeResourcesModificationResponse {
    /// The items of `AvailableZones` (through its wrapper), empty when absent.
    pub fn available_zones(&self) -> &[AvailableZone] {
        self.available_zones
            .as_ref()
            .and_then(|w| w.available_zone.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeResourcesModificationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcesModificationResponse",
            &[
                ("available_zones", d::opt(&self.available_zones)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcesModificationResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableZones", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeResourcesModificationResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_zones = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
