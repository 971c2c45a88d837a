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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::modify_demand`](crate::Client::modify_demand) (`ModifyDemand`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDemandRequest {
    /// `ClientToken` (query).
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DemandId` (query). Required.
    ///
    /// Example: `ed-bp11n21kq00sl71p****`.
    #[serde(rename = "DemandId")]
    pub demand_id: ::std::string::String,
    /// `DemandName` (query).
    ///
    /// Example: `testDemandName`.
    #[serde(
        rename = "DemandName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_name: ::std::option::Option<::std::string::String>,
    /// `DemandDescription` (query).
    ///
    /// Example: `testDemandDescription`.
    #[serde(
        rename = "DemandDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_description: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.c6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Amount` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i32>,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `Period` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    ///
    /// Example: `2019-12-01 12:05:00`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2019-12-10 12:05:00`.
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

impl ::std::fmt::Debug for ModifyDemandRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDemandRequest",
            &[
                ("client_token", d::opt(&self.client_token)),
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("demand_id", d::req(&self.demand_id)),
                ("demand_name", d::opt(&self.demand_name)),
                ("demand_description", d::opt(&self.demand_description)),
                ("instance_type", d::opt(&self.instance_type)),
                ("amount", d::opt(&self.amount)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDemandRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClientToken",
            "RegionId",
            "ZoneId",
            "DemandId",
            "DemandName",
            "DemandDescription",
            "InstanceType",
            "Amount",
            "InstanceChargeType",
            "Period",
            "PeriodUnit",
            "StartTime",
            "EndTime",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
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
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_client_token = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_zone_id = r.decode()?,
                3 => m_demand_id = r.decode()?,
                4 => m_demand_name = r.decode()?,
                5 => m_demand_description = r.decode()?,
                6 => m_instance_type = r.decode()?,
                7 => m_amount = r.decode()?,
                8 => m_instance_charge_type = r.decode()?,
                9 => m_period = r.decode()?,
                10 => m_period_unit = r.decode()?,
                11 => m_start_time = r.decode()?,
                12 => m_end_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDemandRequest {
            client_token: m_client_token,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            demand_id: m_demand_id.ok_or_else(|| r.missing("DemandId"))?,
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

/// The response of [`Client::modify_demand`](crate::Client::modify_demand) (`ModifyDemand`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDemandResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDemandResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDemandResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDemandResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyDemandResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
