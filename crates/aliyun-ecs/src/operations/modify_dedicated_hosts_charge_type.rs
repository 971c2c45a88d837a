//! `ModifyDedicatedHostsChargeType`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostsChargeType>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDedicatedHostsChargeType",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "DedicatedHostIds",
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
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoPay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DetailFee",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_dedicated_hosts_charge_type`](crate::Client::modify_dedicated_hosts_charge_type) (`ModifyDedicatedHostsChargeType`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostsChargeTypeRequest {
    /// `DedicatedHostIds` (query). Required.
    ///
    /// Example: `["dh-bp181e5064b5sotr****","dh-bp18064b5sotrr9c****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
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
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `AutoPay` (query).
    ///
    /// Default: `true`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
    /// `DedicatedHostChargeType` (query).
    ///
    /// Default: `PrePaid`.
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "DedicatedHostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_charge_type: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `DetailFee` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DetailFee",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_fee: ::std::option::Option<bool>,
}

impl ModifyDedicatedHostsChargeTypeRequest {
    /// A `ModifyDedicatedHostsChargeTypeRequest` with its required members: `DedicatedHostIds`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_host_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            dedicated_host_ids: dedicated_host_ids.into(),
            region_id: region_id.into(),
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            auto_pay: ::std::option::Option::None,
            dedicated_host_charge_type: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            detail_fee: ::std::option::Option::None,
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

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoPay`.
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DedicatedHostChargeType`.
    pub fn dedicated_host_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DetailFee`.
    pub fn detail_fee(mut self, value: bool) -> Self {
        self.detail_fee = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyDedicatedHostsChargeTypeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostsChargeTypeRequest",
            &[
                ("dedicated_host_ids", d::req(&self.dedicated_host_ids)),
                ("region_id", d::req(&self.region_id)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("dry_run", d::opt(&self.dry_run)),
                ("auto_pay", d::opt(&self.auto_pay)),
                (
                    "dedicated_host_charge_type",
                    d::opt(&self.dedicated_host_charge_type),
                ),
                ("client_token", d::opt(&self.client_token)),
                ("detail_fee", d::opt(&self.detail_fee)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostsChargeTypeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedHostIds",
            "RegionId",
            "Period",
            "PeriodUnit",
            "DryRun",
            "AutoPay",
            "DedicatedHostChargeType",
            "ClientToken",
            "DetailFee",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dedicated_host_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_detail_fee: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_dedicated_host_ids = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_period = r.decode()?,
                3 => m_period_unit = r.decode()?,
                4 => m_dry_run = r.decode()?,
                5 => m_auto_pay = r.decode()?,
                6 => m_dedicated_host_charge_type = r.decode()?,
                7 => m_client_token = r.decode()?,
                8 => m_detail_fee = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDedicatedHostsChargeTypeRequest {
            dedicated_host_ids: m_dedicated_host_ids
                .ok_or_else(|| r.missing("DedicatedHostIds"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            period: m_period,
            period_unit: m_period_unit,
            dry_run: m_dry_run,
            auto_pay: m_auto_pay,
            dedicated_host_charge_type: m_dedicated_host_charge_type,
            client_token: m_client_token,
            detail_fee: m_detail_fee,
        })
    }
}

/// The response of [`Client::modify_dedicated_hosts_charge_type`](crate::Client::modify_dedicated_hosts_charge_type) (`ModifyDedicatedHostsChargeType`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostsChargeTypeResponse {
    /// `FeeOfInstances`.
    #[serde(
        rename = "FeeOfInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_of_instances: ::std::option::Option<crate::models::FeeOfInstances>,
    /// `OrderId`.
    ///
    /// Example: `20413515388****`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `B61C08E5-403A-46A2-96C1-F7B1216DB10C`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ModifyDedicatedHostsChargeTypeResponse {
    /// The items of `FeeOfInstances` (through its wrapper), empty when absent.
    pub fn fee_of_instances(&self) -> &[crate::models::FeeOfInstance] {
        self.fee_of_instances
            .as_ref()
            .and_then(|w| w.fee_of_instance.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ModifyDedicatedHostsChargeTypeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostsChargeTypeResponse",
            &[
                ("fee_of_instances", d::opt(&self.fee_of_instances)),
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostsChargeTypeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["FeeOfInstances", "OrderId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ModifyDedicatedHostsChargeTypeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.fee_of_instances = r.decode()?,
                1 => out.order_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
