//! `RenewReservedInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RenewReservedInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RenewReservedInstances",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "ReservedInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
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
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenew",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenewPeriod",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::renew_reserved_instances`](crate::Client::renew_reserved_instances) (`RenewReservedInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewReservedInstancesRequest {
    /// `ReservedInstanceId` (query, sent as `ReservedInstanceId.1`, `ReservedInstanceId.2`, …). Required.
    ///
    /// From 1 to 100 items.
    #[serde(rename = "ReservedInstanceId")]
    pub reserved_instance_id: ::std::vec::Vec<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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
    /// Example: `Year`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `AutoRenew` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `AutoRenewPeriod` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "AutoRenewPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_period: ::std::option::Option<i32>,
}

impl RenewReservedInstancesRequest {
    /// A `RenewReservedInstancesRequest` with its required members: `ReservedInstanceId`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        reserved_instance_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            reserved_instance_id: reserved_instance_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            region_id: region_id.into(),
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            auto_renew_period: ::std::option::Option::None,
        }
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

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoRenew`.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoRenewPeriod`.
    pub fn auto_renew_period(mut self, value: i32) -> Self {
        self.auto_renew_period = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for RenewReservedInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewReservedInstancesRequest",
            &[
                ("reserved_instance_id", d::req(&self.reserved_instance_id)),
                ("region_id", d::req(&self.region_id)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("client_token", d::opt(&self.client_token)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("auto_renew_period", d::opt(&self.auto_renew_period)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RenewReservedInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ReservedInstanceId",
            "RegionId",
            "Period",
            "PeriodUnit",
            "ClientToken",
            "AutoRenew",
            "AutoRenewPeriod",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_reserved_instance_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_renew_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_reserved_instance_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_period = r.decode()?,
                3 => m_period_unit = r.decode()?,
                4 => m_client_token = r.decode()?,
                5 => m_auto_renew = r.decode()?,
                6 => m_auto_renew_period = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RenewReservedInstancesRequest {
            reserved_instance_id: m_reserved_instance_id
                .ok_or_else(|| r.missing("ReservedInstanceId"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            period: m_period,
            period_unit: m_period_unit,
            client_token: m_client_token,
            auto_renew: m_auto_renew,
            auto_renew_period: m_auto_renew_period,
        })
    }
}

/// The response of [`Client::renew_reserved_instances`](crate::Client::renew_reserved_instances) (`RenewReservedInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewReservedInstancesResponse {
    /// `OrderId`.
    ///
    /// Example: `2023912123****`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `8C314443-AF0D-4766-9562-C83B7F1****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ReservedInstanceIdSets`.
    #[serde(
        rename = "ReservedInstanceIdSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id_sets: ::std::option::Option<crate::models::ReservedInstanceIdSets>,
}

impl RenewReservedInstancesResponse {
    /// The items of `ReservedInstanceIdSets` (through its wrapper), empty when absent.
    pub fn reserved_instance_id_sets(&self) -> &[::yun_core::Text] {
        self.reserved_instance_id_sets
            .as_ref()
            .and_then(|w| w.reserved_instance_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for RenewReservedInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewReservedInstancesResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
                (
                    "reserved_instance_id_sets",
                    d::opt(&self.reserved_instance_id_sets),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RenewReservedInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId", "ReservedInstanceIdSets"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = RenewReservedInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.reserved_instance_id_sets = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
