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

/// The request of [`Client::describe_capacity_reservations`](crate::Client::describe_capacity_reservations) (`DescribeCapacityReservations`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCapacityReservationsRequest {
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
    /// Example: `["crp-bp1gubrkqutenqdd****", "crp-bp67acfmxazb5****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "PrivatePoolOptions.Ids",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_ids: ::std::option::Option<::std::string::String>,
    /// `Platform` (query).
    ///
    /// Example: `linux`.
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

impl ::std::fmt::Debug for DescribeCapacityReservationsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCapacityReservationsRequest",
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

impl ::yun_core::json::Decode for DescribeCapacityReservationsRequest {
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

        ::std::result::Result::Ok(DescribeCapacityReservationsRequest {
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

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources.AllocatedResource.CapacityReservationUsages.CapacityReservationUsage` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationUsage {
    /// `AccountId`.
    ///
    /// Example: `105909559088****`.
    #[serde(
        rename = "AccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::yun_core::Text>,
    /// `ServiceName`.
    ///
    /// Example: `maxcompute.aliyuncs.com`.
    #[serde(
        rename = "ServiceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_name: ::std::option::Option<::yun_core::Text>,
    /// `UsedAmount`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "UsedAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_amount: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for CapacityReservationUsage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CapacityReservationUsage",
            &[
                ("account_id", d::opt(&self.account_id)),
                ("service_name", d::opt(&self.service_name)),
                ("used_amount", d::opt(&self.used_amount)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CapacityReservationUsage {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AccountId", "ServiceName", "UsedAmount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CapacityReservationUsage::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.account_id = r.decode()?,
                1 => out.service_name = r.decode()?,
                2 => out.used_amount = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources.AllocatedResource.CapacityReservationUsages` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for CapacityReservationUsages {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CapacityReservationUsages",
            &[(
                "capacity_reservation_usage",
                d::opt(&self.capacity_reservation_usage),
            )],
        )
    }
}

impl ::yun_core::json::Decode for CapacityReservationUsages {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CapacityReservationUsage"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = CapacityReservationUsages::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.capacity_reservation_usage = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources.AllocatedResource` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocatedResource {
    /// `AvailableAmount`.
    ///
    /// Example: `2`.
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

impl AllocatedResource {
    /// The items of `CapacityReservationUsages` (through its wrapper), empty when absent.
    pub fn capacity_reservation_usages(&self) -> &[CapacityReservationUsage] {
        self.capacity_reservation_usages
            .as_ref()
            .and_then(|w| w.capacity_reservation_usage.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AllocatedResource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocatedResource",
            &[
                ("available_amount", d::opt(&self.available_amount)),
                (
                    "capacity_reservation_usages",
                    d::opt(&self.capacity_reservation_usages),
                ),
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
        const NAMES: &[&str] = &[
            "AvailableAmount",
            "CapacityReservationUsages",
            "InstanceType",
            "TotalAmount",
            "UsedAmount",
            "zoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = AllocatedResource::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_amount = r.decode()?,
                1 => out.capacity_reservation_usages = r.decode()?,
                2 => out.instance_type = r.decode()?,
                3 => out.total_amount = r.decode()?,
                4 => out.used_amount = r.decode()?,
                5 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CapacityReservationSet.CapacityReservationItem.AllocatedResources` object of the response.
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

/// The `CapacityReservationSet.CapacityReservationItem` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationSetCapacityReservationItem {
    /// `AllocatedResources`.
    #[serde(
        rename = "AllocatedResources",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocated_resources: ::std::option::Option<AllocatedResources>,
    /// `CapacityReservationOwnerId`.
    ///
    /// Example: `100************7`.
    #[serde(
        rename = "CapacityReservationOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_owner_id: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `2021-02-19T03:02Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTimeType`.
    ///
    /// Example: `Unlimited`.
    #[serde(
        rename = "EndTimeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `Platform`.
    ///
    /// Example: `linux`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsId`.
    ///
    /// Example: `crp-bp1gubrkqutenqdd****`.
    #[serde(
        rename = "PrivatePoolOptionsId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsMatchCriteria`.
    ///
    /// Example: `Open`.
    #[serde(
        rename = "PrivatePoolOptionsMatchCriteria",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_match_criteria: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsName`.
    ///
    /// Example: `crpTestName`.
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
    /// `ReservedInstanceId`.
    ///
    /// Example: `ri-bpzhex2ulpzf53****`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SavingPlanId`.
    ///
    /// Example: `spn-c29b5e18pJMT****`.
    #[serde(
        rename = "SavingPlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub saving_plan_id: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2021-02-19T02:01Z`.
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
    /// `TimeSlot`.
    #[serde(
        rename = "TimeSlot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_slot: ::std::option::Option<::yun_core::Text>,
}

impl CapacityReservationSetCapacityReservationItem {
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

impl ::std::fmt::Debug for CapacityReservationSetCapacityReservationItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CapacityReservationSetCapacityReservationItem",
            &[
                ("allocated_resources", d::opt(&self.allocated_resources)),
                (
                    "capacity_reservation_owner_id",
                    d::opt(&self.capacity_reservation_owner_id),
                ),
                ("description", d::opt(&self.description)),
                ("end_time", d::opt(&self.end_time)),
                ("end_time_type", d::opt(&self.end_time_type)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("platform", d::opt(&self.platform)),
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
                ("reserved_instance_id", d::opt(&self.reserved_instance_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("saving_plan_id", d::opt(&self.saving_plan_id)),
                ("start_time", d::opt(&self.start_time)),
                ("start_time_type", d::opt(&self.start_time_type)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("time_slot", d::opt(&self.time_slot)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CapacityReservationSetCapacityReservationItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AllocatedResources",
            "CapacityReservationOwnerId",
            "Description",
            "EndTime",
            "EndTimeType",
            "InstanceChargeType",
            "Platform",
            "PrivatePoolOptionsId",
            "PrivatePoolOptionsMatchCriteria",
            "PrivatePoolOptionsName",
            "RegionId",
            "ReservedInstanceId",
            "ResourceGroupId",
            "SavingPlanId",
            "StartTime",
            "StartTimeType",
            "Status",
            "Tags",
            "TimeSlot",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 20] = ::yun_core::json::member_order();
        let mut out = CapacityReservationSetCapacityReservationItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocated_resources = r.decode()?,
                1 => out.capacity_reservation_owner_id = r.decode()?,
                2 => out.description = r.decode()?,
                3 => out.end_time = r.decode()?,
                4 => out.end_time_type = r.decode()?,
                5 => out.instance_charge_type = r.decode()?,
                6 => out.platform = r.decode()?,
                7 => out.private_pool_options_id = r.decode()?,
                8 => out.private_pool_options_match_criteria = r.decode()?,
                9 => out.private_pool_options_name = r.decode()?,
                10 => out.region_id = r.decode()?,
                11 => out.reserved_instance_id = r.decode()?,
                12 => out.resource_group_id = r.decode()?,
                13 => out.saving_plan_id = r.decode()?,
                14 => out.start_time = r.decode()?,
                15 => out.start_time_type = r.decode()?,
                16 => out.status = r.decode()?,
                17 => out.tags = r.decode()?,
                18 => out.time_slot = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `CapacityReservationSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CapacityReservationSet {
    /// `CapacityReservationItem`.
    #[serde(
        rename = "CapacityReservationItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_item:
        ::std::option::Option<::std::vec::Vec<CapacityReservationSetCapacityReservationItem>>,
}

impl ::std::fmt::Debug for CapacityReservationSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CapacityReservationSet",
            &[(
                "capacity_reservation_item",
                d::opt(&self.capacity_reservation_item),
            )],
        )
    }
}

impl ::yun_core::json::Decode for CapacityReservationSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CapacityReservationItem"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = CapacityReservationSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.capacity_reservation_item = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_capacity_reservations`](crate::Client::describe_capacity_reservations) (`DescribeCapacityReservations`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeCapacityReservationsResponse {
    /// `CapacityReservationSet`.
    #[serde(
        rename = "CapacityReservationSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_set: ::std::option::Option<CapacityReservationSet>,
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
    /// Example: `caeba0bbb2be03f84eb48b699f0a****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
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

impl DescribeCapacityReservationsResponse {
    /// The items of `CapacityReservationSet` (through its wrapper), empty when absent.
    pub fn capacity_reservation_set(&self) -> &[CapacityReservationSetCapacityReservationItem] {
        self.capacity_reservation_set
            .as_ref()
            .and_then(|w| w.capacity_reservation_item.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeCapacityReservationsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeCapacityReservationsResponse",
            &[
                (
                    "capacity_reservation_set",
                    d::opt(&self.capacity_reservation_set),
                ),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeCapacityReservationsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CapacityReservationSet",
            "MaxResults",
            "NextToken",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeCapacityReservationsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.capacity_reservation_set = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeCapacityReservationsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeCapacityReservations` pages (by `NextToken`), for [`Client::describe_capacity_reservations_paginator`](crate::Client::describe_capacity_reservations_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeCapacityReservationsRequest {
    type Response = DescribeCapacityReservationsResponse;
    type Item = CapacityReservationSetCapacityReservationItem;
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
    ) -> ::std::vec::Vec<CapacityReservationSetCapacityReservationItem> {
        page.capacity_reservation_set
            .and_then(|x| x.capacity_reservation_item)
            .unwrap_or_default()
    }
}
