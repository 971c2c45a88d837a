//! `CreateDemand`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDemand>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateDemand",
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

/// The request of [`Client::create_demand`](crate::Client::create_demand) (`CreateDemand`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDemandRequest {
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
    /// `ZoneId` (query). Required.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(rename = "ZoneId")]
    pub zone_id: ::std::string::String,
    /// `DemandName` (query).
    ///
    /// Example: `k8s-node-demand`.
    #[serde(
        rename = "DemandName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_name: ::std::option::Option<::std::string::String>,
    /// `DemandDescription` (query).
    ///
    /// Example: `k8s-node-demand-desc`.
    #[serde(
        rename = "DemandDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_description: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query). Required.
    ///
    /// Example: `ecs.c6.large`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `Amount` (query). Required.
    ///
    /// Example: `2`.
    #[serde(rename = "Amount")]
    pub amount: i32,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `Period` (query). Required.
    ///
    /// Example: `1`.
    #[serde(rename = "Period")]
    pub period: i32,
    /// `PeriodUnit` (query). Required.
    ///
    /// Example: `Month`.
    #[serde(rename = "PeriodUnit")]
    pub period_unit: ::std::string::String,
    /// `StartTime` (query). Required.
    ///
    /// Example: `2019-12-01 12:05:00`.
    #[serde(rename = "StartTime")]
    pub start_time: ::std::string::String,
    /// `EndTime` (query). Required.
    ///
    /// Example: `2019-12-10 12:05:00`.
    #[serde(rename = "EndTime")]
    pub end_time: ::std::string::String,
}

impl CreateDemandRequest {
    /// A `CreateDemandRequest` with its required members: `RegionId`, `ZoneId`, `InstanceType`, `Amount`, `Period`, `PeriodUnit`, `StartTime`, `EndTime`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        zone_id: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        amount: i32,
        period: i32,
        period_unit: impl ::std::convert::Into<::std::string::String>,
        start_time: impl ::std::convert::Into<::std::string::String>,
        end_time: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            zone_id: zone_id.into(),
            demand_name: ::std::option::Option::None,
            demand_description: ::std::option::Option::None,
            instance_type: instance_type.into(),
            amount,
            instance_charge_type: ::std::option::Option::None,
            period,
            period_unit: period_unit.into(),
            start_time: start_time.into(),
            end_time: end_time.into(),
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
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

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateDemandRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDemandRequest",
            &[
                ("client_token", d::opt(&self.client_token)),
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::req(&self.zone_id)),
                ("demand_name", d::opt(&self.demand_name)),
                ("demand_description", d::opt(&self.demand_description)),
                ("instance_type", d::req(&self.instance_type)),
                ("amount", d::req(&self.amount)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("period", d::req(&self.period)),
                ("period_unit", d::req(&self.period_unit)),
                ("start_time", d::req(&self.start_time)),
                ("end_time", d::req(&self.end_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDemandRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClientToken",
            "RegionId",
            "ZoneId",
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
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
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
                3 => m_demand_name = r.decode()?,
                4 => m_demand_description = r.decode()?,
                5 => m_instance_type = r.decode()?,
                6 => m_amount = r.decode()?,
                7 => m_instance_charge_type = r.decode()?,
                8 => m_period = r.decode()?,
                9 => m_period_unit = r.decode()?,
                10 => m_start_time = r.decode()?,
                11 => m_end_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateDemandRequest {
            client_token: m_client_token,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id.ok_or_else(|| r.missing("ZoneId"))?,
            demand_name: m_demand_name,
            demand_description: m_demand_description,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            amount: m_amount.ok_or_else(|| r.missing("Amount"))?,
            instance_charge_type: m_instance_charge_type,
            period: m_period.ok_or_else(|| r.missing("Period"))?,
            period_unit: m_period_unit.ok_or_else(|| r.missing("PeriodUnit"))?,
            start_time: m_start_time.ok_or_else(|| r.missing("StartTime"))?,
            end_time: m_end_time.ok_or_else(|| r.missing("EndTime"))?,
        })
    }
}

/// The response of [`Client::create_demand`](crate::Client::create_demand) (`CreateDemand`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDemandResponse {
    /// `DemandId`.
    ///
    /// Example: `ed-bp11n21kq00sl71p****`.
    #[serde(
        rename = "DemandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub demand_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateDemandResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDemandResponse",
            &[
                ("demand_id", d::opt(&self.demand_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDemandResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DemandId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateDemandResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.demand_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
