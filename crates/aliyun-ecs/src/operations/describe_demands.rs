//! `DescribeDemands`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDemands>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDemands",
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
                name: "DryRun",
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
                name: "DemandId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypeFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DemandType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DemandStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_demands`](crate::Client::describe_demands) (`DescribeDemands`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDemandsRequest {
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
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DemandId` (query).
    ///
    /// Example: `ed-bp11n21kq00sl71p****`.
    #[serde(
        rename = "DemandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_id: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily` (query).
    ///
    /// Example: `ecs.g6`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g6.xlarge`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `DemandType` (query).
    ///
    /// Example: `Custom`.
    #[serde(
        rename = "DemandType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_type: ::std::option::Option<::std::string::String>,
    /// `DemandStatus` (query, sent as `DemandStatus.1`, `DemandStatus.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `Active`.
    #[serde(
        rename = "DemandStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeDemandsRequest {
    /// A `DescribeDemandsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            demand_id: ::std::option::Option::None,
            instance_type_family: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            demand_type: ::std::option::Option::None,
            demand_status: ::std::option::Option::None,
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

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
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

    /// Sets `DemandId`.
    pub fn demand_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.demand_id = ::std::option::Option::Some(value.into());
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

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
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

    /// Sets `DemandType`.
    pub fn demand_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.demand_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DemandStatus`.
    pub fn demand_status(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.demand_status = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeDemandsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDemandsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("dry_run", d::opt(&self.dry_run)),
                ("tag", d::opt(&self.tag)),
                ("zone_id", d::opt(&self.zone_id)),
                ("demand_id", d::opt(&self.demand_id)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("demand_type", d::opt(&self.demand_type)),
                ("demand_status", d::opt(&self.demand_status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDemandsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "DryRun",
            "Tag",
            "ZoneId",
            "DemandId",
            "InstanceTypeFamily",
            "InstanceType",
            "InstanceChargeType",
            "DemandType",
            "DemandStatus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_demand_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_demand_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_demand_status: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_dry_run = r.decode()?,
                4 => m_tag = r.decode()?,
                5 => m_zone_id = r.decode()?,
                6 => m_demand_id = r.decode()?,
                7 => m_instance_type_family = r.decode()?,
                8 => m_instance_type = r.decode()?,
                9 => m_instance_charge_type = r.decode()?,
                10 => m_demand_type = r.decode()?,
                11 => m_demand_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDemandsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            dry_run: m_dry_run,
            tag: m_tag,
            zone_id: m_zone_id,
            demand_id: m_demand_id,
            instance_type_family: m_instance_type_family,
            instance_type: m_instance_type,
            instance_charge_type: m_instance_charge_type,
            demand_type: m_demand_type,
            demand_status: m_demand_status,
        })
    }
}

/// The `Demands.Demand.SupplyInfos.SupplyInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupplyInfo {
    /// `Amount`.
    ///
    /// Example: `30`.
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i64>,
    /// `PrivatePoolId`.
    ///
    /// Example: `crp-bp1fv8sbhelbzjwx****`.
    #[serde(
        rename = "PrivatePoolId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_id: ::std::option::Option<::yun_core::Text>,
    /// `SupplyEndTime`.
    ///
    /// Example: `2019-03-03T15:00:00Z`.
    #[serde(
        rename = "SupplyEndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_end_time: ::std::option::Option<::yun_core::Text>,
    /// `SupplyStartTime`.
    ///
    /// Example: `2019-03-01T14:00:00Z`.
    #[serde(
        rename = "SupplyStartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_start_time: ::std::option::Option<::yun_core::Text>,
    /// `SupplyStatus`.
    ///
    /// Example: `Delivering`.
    #[serde(
        rename = "SupplyStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SupplyInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupplyInfo",
            &[
                ("amount", d::opt(&self.amount)),
                ("private_pool_id", d::opt(&self.private_pool_id)),
                ("supply_end_time", d::opt(&self.supply_end_time)),
                ("supply_start_time", d::opt(&self.supply_start_time)),
                ("supply_status", d::opt(&self.supply_status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SupplyInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Amount",
            "PrivatePoolId",
            "SupplyEndTime",
            "SupplyStartTime",
            "SupplyStatus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = SupplyInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.amount = r.decode()?,
                1 => out.private_pool_id = r.decode()?,
                2 => out.supply_end_time = r.decode()?,
                3 => out.supply_start_time = r.decode()?,
                4 => out.supply_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Demands.Demand.SupplyInfos` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupplyInfos {
    /// `SupplyInfo`.
    #[serde(
        rename = "SupplyInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_info: ::std::option::Option<::std::vec::Vec<SupplyInfo>>,
}

impl ::std::fmt::Debug for SupplyInfos {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupplyInfos",
            &[("supply_info", d::opt(&self.supply_info))],
        )
    }
}

impl ::yun_core::json::Decode for SupplyInfos {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupplyInfo"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SupplyInfos::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supply_info = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Demands.Demand` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Demand {
    /// `AvailableAmount`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "AvailableAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_amount: ::std::option::Option<i64>,
    /// `Comment`.
    ///
    /// Example: `test-for-comment`.
    #[serde(
        rename = "Comment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comment: ::std::option::Option<::yun_core::Text>,
    /// `DeliveringAmount`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "DeliveringAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivering_amount: ::std::option::Option<i64>,
    /// `DemandDescription`.
    ///
    /// Example: `test-DemandDescription`.
    #[serde(
        rename = "DemandDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_description: ::std::option::Option<::yun_core::Text>,
    /// `DemandId`.
    ///
    /// Example: `ed-bp11n21kq00sl71p****`.
    #[serde(
        rename = "DemandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_id: ::std::option::Option<::yun_core::Text>,
    /// `DemandName`.
    ///
    /// Example: `k8s-node-demand`.
    #[serde(
        rename = "DemandName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_name: ::std::option::Option<::yun_core::Text>,
    /// `DemandStatus`.
    ///
    /// Example: `Active`.
    #[serde(
        rename = "DemandStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_status: ::std::option::Option<::yun_core::Text>,
    /// `DemandTime`.
    ///
    /// Example: `2019-02-26T12:00:00Z`.
    #[serde(
        rename = "DemandTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_time: ::std::option::Option<::yun_core::Text>,
    /// `EndTime`.
    ///
    /// Example: `2019-03-03T15:00:00Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `Prepaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g6.xlarge`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceTypeFamily`.
    ///
    /// Example: `ecs.g6`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::yun_core::Text>,
    /// `Period`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i64>,
    /// `PeriodUnit`.
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2019-02-27T12:00:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `SupplyInfos`.
    #[serde(
        rename = "SupplyInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_infos: ::std::option::Option<SupplyInfos>,
    /// `TotalAmount`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "TotalAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_amount: ::std::option::Option<i64>,
    /// `UsedAmount`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "UsedAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_amount: ::std::option::Option<i64>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl Demand {
    /// The items of `SupplyInfos` (through its wrapper), empty when absent.
    pub fn supply_infos(&self) -> &[SupplyInfo] {
        self.supply_infos
            .as_ref()
            .and_then(|w| w.supply_info.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Demand {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Demand",
            &[
                ("available_amount", d::opt(&self.available_amount)),
                ("comment", d::opt(&self.comment)),
                ("delivering_amount", d::opt(&self.delivering_amount)),
                ("demand_description", d::opt(&self.demand_description)),
                ("demand_id", d::opt(&self.demand_id)),
                ("demand_name", d::opt(&self.demand_name)),
                ("demand_status", d::opt(&self.demand_status)),
                ("demand_time", d::opt(&self.demand_time)),
                ("end_time", d::opt(&self.end_time)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("start_time", d::opt(&self.start_time)),
                ("supply_infos", d::opt(&self.supply_infos)),
                ("total_amount", d::opt(&self.total_amount)),
                ("used_amount", d::opt(&self.used_amount)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Demand {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AvailableAmount",
            "Comment",
            "DeliveringAmount",
            "DemandDescription",
            "DemandId",
            "DemandName",
            "DemandStatus",
            "DemandTime",
            "EndTime",
            "InstanceChargeType",
            "InstanceType",
            "InstanceTypeFamily",
            "Period",
            "PeriodUnit",
            "StartTime",
            "SupplyInfos",
            "TotalAmount",
            "UsedAmount",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 20] = ::yun_core::json::member_order();
        let mut out = Demand::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_amount = r.decode()?,
                1 => out.comment = r.decode()?,
                2 => out.delivering_amount = r.decode()?,
                3 => out.demand_description = r.decode()?,
                4 => out.demand_id = r.decode()?,
                5 => out.demand_name = r.decode()?,
                6 => out.demand_status = r.decode()?,
                7 => out.demand_time = r.decode()?,
                8 => out.end_time = r.decode()?,
                9 => out.instance_charge_type = r.decode()?,
                10 => out.instance_type = r.decode()?,
                11 => out.instance_type_family = r.decode()?,
                12 => out.period = r.decode()?,
                13 => out.period_unit = r.decode()?,
                14 => out.start_time = r.decode()?,
                15 => out.supply_infos = r.decode()?,
                16 => out.total_amount = r.decode()?,
                17 => out.used_amount = r.decode()?,
                18 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Demands` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Demands {
    /// `Demand`.
    #[serde(
        rename = "Demand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand: ::std::option::Option<::std::vec::Vec<Demand>>,
}

impl ::std::fmt::Debug for Demands {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Demands", &[("demand", d::opt(&self.demand))])
    }
}

impl ::yun_core::json::Decode for Demands {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Demand"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Demands::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.demand = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_demands`](crate::Client::describe_demands) (`DescribeDemands`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDemandsResponse {
    /// `Demands`.
    #[serde(
        rename = "Demands",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demands: ::std::option::Option<Demands>,
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
    /// `TotalCount`.
    ///
    /// Example: `6`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeDemandsResponse {
    /// The items of `Demands` (through its wrapper), empty when absent.
    pub fn demands(&self) -> &[Demand] {
        self.demands
            .as_ref()
            .and_then(|w| w.demand.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDemandsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDemandsResponse",
            &[
                ("demands", d::opt(&self.demands)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDemandsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Demands",
            "PageNumber",
            "PageSize",
            "RegionId",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeDemandsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.demands = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.region_id = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeDemandsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDemands` pages (by `PageNumber`), for [`Client::describe_demands_paginator`](crate::Client::describe_demands_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDemandsRequest {
    type Response = DescribeDemandsResponse;
    type Item = Demand;
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

    fn total_count(page: &DescribeDemandsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeDemandsResponse) -> usize {
        page.demands
            .as_ref()
            .and_then(|x| x.demand.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeDemandsResponse) -> ::std::vec::Vec<Demand> {
        page.demands.and_then(|x| x.demand).unwrap_or_default()
    }
}
