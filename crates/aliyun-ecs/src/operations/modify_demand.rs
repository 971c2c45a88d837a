//! `ModifyDemand`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDemand>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDemand",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
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
                name: "DemandName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DemandDescription",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Amount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StartTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EndTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::modify_demand`](crate::Client::modify_demand) (`ModifyDemand`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDemandRequest {
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DemandId` (query). Required.
    #[serde(rename = "DemandId")]
    pub demand_id: ::std::string::String,
    /// `DemandName` (query).
    #[serde(
        rename = "DemandName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_name: ::std::option::Option<::std::string::String>,
    /// `DemandDescription` (query).
    #[serde(
        rename = "DemandDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_description: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Amount` (query).
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i32>,
    /// `InstanceChargeType` (query).
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `Period` (query).
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
}

impl ModifyDemandRequest {
    /// A `ModifyDemandRequest` with its required members: `RegionId`, `DemandId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        demand_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            demand_id: demand_id.into(),
            demand_name: ::std::option::Option::None,
            demand_description: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            amount: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DemandName`.
    pub fn demand_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.demand_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DemandDescription`.
    pub fn demand_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.demand_description = ::std::option::Option::Some(value.into());
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

    /// Sets `Amount`.
    pub fn amount(mut self, value: i32) -> Self {
        self.amount = ::std::option::Option::Some(value);
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

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyDemandRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDemandRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDemandRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDemandRequest, A::Error> {
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_zone_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_demand_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_demand_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_demand_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_amount: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_period_unit: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_start_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_end_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ClientToken" => m_client_token = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "DemandId" => m_demand_id = map.next_value()?,
                        "DemandName" => m_demand_name = map.next_value()?,
                        "DemandDescription" => m_demand_description = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "Amount" => m_amount = map.next_value()?,
                        "InstanceChargeType" => {
                            m_instance_charge_type = map.next_value()?;
                        }

                        "Period" => m_period = map.next_value()?,
                        "PeriodUnit" => m_period_unit = map.next_value()?,
                        "StartTime" => m_start_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyDemandRequest {
                    client_token: m_client_token,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    zone_id: m_zone_id,
                    demand_id: m_demand_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("DemandId")
                    })?,
                    demand_name: m_demand_name,
                    demand_description: m_demand_description,
                    instance_type: m_instance_type,
                    amount: m_amount,
                    instance_charge_type: m_instance_charge_type,
                    period: m_period,
                    period_unit: m_period_unit,
                    start_time: m_start_time,
                    end_time: m_end_time,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_demand`](crate::Client::modify_demand) (`ModifyDemand`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDemandResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyDemandResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDemandResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDemandResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDemandResponse, A::Error> {
                let mut out = ModifyDemandResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
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
