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

/// The request of [`Client::describe_demands`](crate::Client::describe_demands) (`DescribeDemands`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDemandsRequest {
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
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DemandId` (query).
    #[serde(
        rename = "DemandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_id: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily` (query).
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType` (query).
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `DemandType` (query).
    #[serde(
        rename = "DemandType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_type: ::std::option::Option<::std::string::String>,
    /// `DemandStatus` (query, sent as `DemandStatus.1`, `DemandStatus.2`, …).
    ///
    /// At most 100 items.
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
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
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
    pub fn demand_status(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.demand_status = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeDemandsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDemandsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDemandsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDemandsRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
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
                let mut m_demand_status: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "DemandId" => m_demand_id = map.next_value()?,
                        "InstanceTypeFamily" => {
                            m_instance_type_family = map.next_value()?;
                        }

                        "InstanceType" => m_instance_type = map.next_value()?,
                        "InstanceChargeType" => {
                            m_instance_charge_type = map.next_value()?;
                        }

                        "DemandType" => m_demand_type = map.next_value()?,
                        "DemandStatus" => m_demand_status = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDemandsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `Demands.Demand.SupplyInfos.SupplyInfo` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupplyInfo {
    /// `Amount`.
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i64>,
    /// `PrivatePoolId`.
    #[serde(
        rename = "PrivatePoolId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_id: ::std::option::Option<::std::string::String>,
    /// `SupplyEndTime`.
    #[serde(
        rename = "SupplyEndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_end_time: ::std::option::Option<::std::string::String>,
    /// `SupplyStartTime`.
    #[serde(
        rename = "SupplyStartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_start_time: ::std::option::Option<::std::string::String>,
    /// `SupplyStatus`.
    #[serde(
        rename = "SupplyStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_status: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SupplyInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupplyInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupplyInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupplyInfo, A::Error> {
                let mut out = SupplyInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Amount" => out.amount = map.next_value()?,
                        "PrivatePoolId" => out.private_pool_id = map.next_value()?,
                        "SupplyEndTime" => out.supply_end_time = map.next_value()?,
                        "SupplyStartTime" => out.supply_start_time = map.next_value()?,
                        "SupplyStatus" => out.supply_status = map.next_value()?,
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

/// The `Demands.Demand.SupplyInfos` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupplyInfos {
    /// `SupplyInfo`.
    #[serde(
        rename = "SupplyInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_info: ::std::option::Option<::std::vec::Vec<SupplyInfo>>,
}

impl<'de> ::serde::Deserialize<'de> for SupplyInfos {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SupplyInfos;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SupplyInfos` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SupplyInfos, A::Error> {
                let mut out = SupplyInfos::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SupplyInfo" => out.supply_info = map.next_value()?,
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

/// The `Demands.Demand` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Demand {
    /// `AvailableAmount`.
    #[serde(
        rename = "AvailableAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_amount: ::std::option::Option<i64>,
    /// `Comment`.
    #[serde(
        rename = "Comment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub comment: ::std::option::Option<::std::string::String>,
    /// `DeliveringAmount`.
    #[serde(
        rename = "DeliveringAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delivering_amount: ::std::option::Option<i64>,
    /// `DemandDescription`.
    #[serde(
        rename = "DemandDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_description: ::std::option::Option<::std::string::String>,
    /// `DemandId`.
    #[serde(
        rename = "DemandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_id: ::std::option::Option<::std::string::String>,
    /// `DemandName`.
    #[serde(
        rename = "DemandName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_name: ::std::option::Option<::std::string::String>,
    /// `DemandStatus`.
    #[serde(
        rename = "DemandStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_status: ::std::option::Option<::std::string::String>,
    /// `DemandTime`.
    #[serde(
        rename = "DemandTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_time: ::std::option::Option<::std::string::String>,
    /// `EndTime`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `Period`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i64>,
    /// `PeriodUnit`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `SupplyInfos`.
    #[serde(
        rename = "SupplyInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supply_infos: ::std::option::Option<SupplyInfos>,
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
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Demand {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Demand;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Demand` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Demand, A::Error> {
                let mut out = Demand::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AvailableAmount" => out.available_amount = map.next_value()?,
                        "Comment" => out.comment = map.next_value()?,
                        "DeliveringAmount" => out.delivering_amount = map.next_value()?,
                        "DemandDescription" => out.demand_description = map.next_value()?,
                        "DemandId" => out.demand_id = map.next_value()?,
                        "DemandName" => out.demand_name = map.next_value()?,
                        "DemandStatus" => out.demand_status = map.next_value()?,
                        "DemandTime" => out.demand_time = map.next_value()?,
                        "EndTime" => out.end_time = map.next_value()?,
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "InstanceType" => out.instance_type = map.next_value()?,
                        "InstanceTypeFamily" => {
                            out.instance_type_family = map.next_value()?;
                        }

                        "Period" => out.period = map.next_value()?,
                        "PeriodUnit" => out.period_unit = map.next_value()?,
                        "StartTime" => out.start_time = map.next_value()?,
                        "SupplyInfos" => out.supply_infos = map.next_value()?,
                        "TotalAmount" => out.total_amount = map.next_value()?,
                        "UsedAmount" => out.used_amount = map.next_value()?,
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

/// The `Demands` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Demands {
    /// `Demand`.
    #[serde(
        rename = "Demand",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand: ::std::option::Option<::std::vec::Vec<Demand>>,
}

impl<'de> ::serde::Deserialize<'de> for Demands {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Demands;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Demands` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Demands, A::Error> {
                let mut out = Demands::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Demand" => out.demand = map.next_value()?,
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

/// The response of [`Client::describe_demands`](crate::Client::describe_demands) (`DescribeDemands`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDemandsResponse {
    /// `Demands`.
    #[serde(
        rename = "Demands",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demands: ::std::option::Option<Demands>,
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
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for DescribeDemandsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDemandsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDemandsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDemandsResponse, A::Error> {
                let mut out = DescribeDemandsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Demands" => out.demands = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
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
