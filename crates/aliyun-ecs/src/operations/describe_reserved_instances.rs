//! `DescribeReservedInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeReservedInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeReservedInstances",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReservedInstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LockReason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypeFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Scope",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OfferingType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AllocationType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReservedInstanceId",
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

/// The request of [`Client::describe_reserved_instances`](crate::Client::describe_reserved_instances) (`DescribeReservedInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeReservedInstancesRequest {
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
    /// Example: `50`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-z`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceName` (query).
    ///
    /// Example: `testReservedInstanceName`.
    #[serde(
        rename = "ReservedInstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_name: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    ///
    /// Example: `security`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily` (query).
    ///
    /// Example: `ecs.g5`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `Scope` (query).
    ///
    /// Example: `Region`.
    #[serde(
        rename = "Scope",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scope: ::std::option::Option<::std::string::String>,
    /// `OfferingType` (query).
    ///
    /// Example: `All Upfront`.
    #[serde(
        rename = "OfferingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offering_type: ::std::option::Option<::std::string::String>,
    /// `AllocationType` (query).
    ///
    /// Example: `Normal`.
    #[serde(
        rename = "AllocationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_type: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceId` (query, sent as `ReservedInstanceId.1`, `ReservedInstanceId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `ri-bpzhex2ulpzf53****`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Status` (query, sent as `Status.1`, `Status.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `Active`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeReservedInstancesRequest {
    /// A `DescribeReservedInstancesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            reserved_instance_name: ::std::option::Option::None,
            lock_reason: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            instance_type_family: ::std::option::Option::None,
            scope: ::std::option::Option::None,
            offering_type: ::std::option::Option::None,
            allocation_type: ::std::option::Option::None,
            reserved_instance_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ReservedInstanceName`.
    pub fn reserved_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LockReason`.
    pub fn lock_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.lock_reason = ::std::option::Option::Some(value.into());
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

    /// Sets `InstanceTypeFamily`.
    pub fn instance_type_family(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Scope`.
    pub fn scope(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OfferingType`.
    pub fn offering_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.offering_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AllocationType`.
    pub fn allocation_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allocation_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ReservedInstanceId`.
    pub fn reserved_instance_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.reserved_instance_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Status`.
    pub fn status(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.status = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeReservedInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeReservedInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("tag", d::opt(&self.tag)),
                ("zone_id", d::opt(&self.zone_id)),
                (
                    "reserved_instance_name",
                    d::opt(&self.reserved_instance_name),
                ),
                ("lock_reason", d::opt(&self.lock_reason)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("scope", d::opt(&self.scope)),
                ("offering_type", d::opt(&self.offering_type)),
                ("allocation_type", d::opt(&self.allocation_type)),
                ("reserved_instance_id", d::opt(&self.reserved_instance_id)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeReservedInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "Tag",
            "ZoneId",
            "ReservedInstanceName",
            "LockReason",
            "InstanceType",
            "InstanceTypeFamily",
            "Scope",
            "OfferingType",
            "AllocationType",
            "ReservedInstanceId",
            "Status",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_lock_reason: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_scope: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_offering_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_allocation_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_tag = r.decode()?,
                4 => m_zone_id = r.decode()?,
                5 => m_reserved_instance_name = r.decode()?,
                6 => m_lock_reason = r.decode()?,
                7 => m_instance_type = r.decode()?,
                8 => m_instance_type_family = r.decode()?,
                9 => m_scope = r.decode()?,
                10 => m_offering_type = r.decode()?,
                11 => m_allocation_type = r.decode()?,
                12 => m_reserved_instance_id = r.decode()?,
                13 => m_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeReservedInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            tag: m_tag,
            zone_id: m_zone_id,
            reserved_instance_name: m_reserved_instance_name,
            lock_reason: m_lock_reason,
            instance_type: m_instance_type,
            instance_type_family: m_instance_type_family,
            scope: m_scope,
            offering_type: m_offering_type,
            allocation_type: m_allocation_type,
            reserved_instance_id: m_reserved_instance_id,
            status: m_status,
        })
    }
}

/// The `ReservedInstances.ReservedInstance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReservedInstance {
    /// `AllocationStatus`.
    ///
    /// Example: `allocated`.
    #[serde(
        rename = "AllocationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_status: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2018-12-10T12:07Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    ///
    /// Example: `2019-12-10T12:07Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceAmount`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "InstanceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_amount: ::std::option::Option<i64>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `OfferingType`.
    ///
    /// Example: `All Upfront`.
    #[serde(
        rename = "OfferingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offering_type: ::std::option::Option<::yun_core::Text>,
    /// `OperationLocks`.
    #[serde(
        rename = "OperationLocks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_locks: ::std::option::Option<crate::models::OperationLocks>,
    /// `Platform`.
    ///
    /// Example: `Linux`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `ReservedInstanceId`.
    ///
    /// Example: `ri-bpzhex2ulpzf53****`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::yun_core::Text>,
    /// `ReservedInstanceName`.
    ///
    /// Example: `riZbpzhex2ulpzf53****`.
    #[serde(
        rename = "ReservedInstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_name: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `EcsDocTest`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Scope`.
    ///
    /// Example: `region`.
    #[serde(
        rename = "Scope",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scope: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2018-12-10T12:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
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
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-z`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ReservedInstance {
    /// The items of `OperationLocks` (through its wrapper), empty when absent.
    pub fn operation_locks(&self) -> &[crate::models::OperationLock] {
        self.operation_locks
            .as_ref()
            .and_then(|w| w.operation_lock.as_deref())
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

impl ::std::fmt::Debug for ReservedInstance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReservedInstance",
            &[
                ("allocation_status", d::opt(&self.allocation_status)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("expired_time", d::opt(&self.expired_time)),
                ("instance_amount", d::opt(&self.instance_amount)),
                ("instance_type", d::opt(&self.instance_type)),
                ("offering_type", d::opt(&self.offering_type)),
                ("operation_locks", d::opt(&self.operation_locks)),
                ("platform", d::opt(&self.platform)),
                ("region_id", d::opt(&self.region_id)),
                ("reserved_instance_id", d::opt(&self.reserved_instance_id)),
                (
                    "reserved_instance_name",
                    d::opt(&self.reserved_instance_name),
                ),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("scope", d::opt(&self.scope)),
                ("start_time", d::opt(&self.start_time)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReservedInstance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AllocationStatus",
            "CreationTime",
            "Description",
            "ExpiredTime",
            "InstanceAmount",
            "InstanceType",
            "OfferingType",
            "OperationLocks",
            "Platform",
            "RegionId",
            "ReservedInstanceId",
            "ReservedInstanceName",
            "ResourceGroupId",
            "Scope",
            "StartTime",
            "Status",
            "Tags",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 19] = ::yun_core::json::member_order();
        let mut out = ReservedInstance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_status = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.expired_time = r.decode()?,
                4 => out.instance_amount = r.decode()?,
                5 => out.instance_type = r.decode()?,
                6 => out.offering_type = r.decode()?,
                7 => out.operation_locks = r.decode()?,
                8 => out.platform = r.decode()?,
                9 => out.region_id = r.decode()?,
                10 => out.reserved_instance_id = r.decode()?,
                11 => out.reserved_instance_name = r.decode()?,
                12 => out.resource_group_id = r.decode()?,
                13 => out.scope = r.decode()?,
                14 => out.start_time = r.decode()?,
                15 => out.status = r.decode()?,
                16 => out.tags = r.decode()?,
                17 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ReservedInstances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReservedInstances {
    /// `ReservedInstance`.
    #[serde(
        rename = "ReservedInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance: ::std::option::Option<::std::vec::Vec<ReservedInstance>>,
}

impl ::std::fmt::Debug for ReservedInstances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReservedInstances",
            &[("reserved_instance", d::opt(&self.reserved_instance))],
        )
    }
}

impl ::yun_core::json::Decode for ReservedInstances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ReservedInstance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ReservedInstances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.reserved_instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_reserved_instances`](crate::Client::describe_reserved_instances) (`DescribeReservedInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeReservedInstancesResponse {
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
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `E572643C-6A29-49D6-9D4E-6CFA4E063A3E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ReservedInstances`.
    #[serde(
        rename = "ReservedInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instances: ::std::option::Option<ReservedInstances>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeReservedInstancesResponse {
    /// The items of `ReservedInstances` (through its wrapper), empty when absent.
    pub fn reserved_instances(&self) -> &[ReservedInstance] {
        self.reserved_instances
            .as_ref()
            .and_then(|w| w.reserved_instance.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeReservedInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeReservedInstancesResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("reserved_instances", d::opt(&self.reserved_instances)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeReservedInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "ReservedInstances",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeReservedInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.reserved_instances = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeReservedInstancesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeReservedInstances` pages (by `PageNumber`), for [`Client::describe_reserved_instances_paginator`](crate::Client::describe_reserved_instances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeReservedInstancesRequest {
    type Response = DescribeReservedInstancesResponse;
    type Item = ReservedInstance;
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

    fn total_count(page: &DescribeReservedInstancesResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeReservedInstancesResponse) -> usize {
        page.reserved_instances
            .as_ref()
            .and_then(|x| x.reserved_instance.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeReservedInstancesResponse) -> ::std::vec::Vec<ReservedInstance> {
        page.reserved_instances
            .and_then(|x| x.reserved_instance)
            .unwrap_or_default()
    }
}
