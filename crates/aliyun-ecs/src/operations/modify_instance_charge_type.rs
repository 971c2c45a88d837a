//! `ModifyInstanceChargeType`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceChargeType>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceChargeType",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceIds",
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
                name: "IncludeDataDisks",
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
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IsDetailFee",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_charge_type`](crate::Client::modify_instance_charge_type) (`ModifyInstanceChargeType`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceChargeTypeRequest {
    /// `InstanceIds` (query). Required.
    ///
    /// Example: `["i-bp67acfmxazb4p****","i-bp67acfmxazb4d****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::string::String,
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
    /// `IncludeDataDisks` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "IncludeDataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_data_disks: ::std::option::Option<bool>,
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
    /// `InstanceChargeType` (query).
    ///
    /// Default: `PrePaid`.
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `IsDetailFee` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "IsDetailFee",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_detail_fee: ::std::option::Option<bool>,
}

impl ModifyInstanceChargeTypeRequest {
    /// A `ModifyInstanceChargeTypeRequest` with its required members: `InstanceIds`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids.into(),
            region_id: region_id.into(),
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            include_data_disks: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            auto_pay: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            is_detail_fee: ::std::option::Option::None,
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

    /// Sets `IncludeDataDisks`.
    pub fn include_data_disks(mut self, value: bool) -> Self {
        self.include_data_disks = ::std::option::Option::Some(value);
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

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IsDetailFee`.
    pub fn is_detail_fee(mut self, value: bool) -> Self {
        self.is_detail_fee = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceChargeTypeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceChargeTypeRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("region_id", d::req(&self.region_id)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("include_data_disks", d::opt(&self.include_data_disks)),
                ("dry_run", d::opt(&self.dry_run)),
                ("auto_pay", d::opt(&self.auto_pay)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("client_token", d::opt(&self.client_token)),
                ("is_detail_fee", d::opt(&self.is_detail_fee)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceChargeTypeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceIds",
            "RegionId",
            "Period",
            "PeriodUnit",
            "IncludeDataDisks",
            "DryRun",
            "AutoPay",
            "InstanceChargeType",
            "ClientToken",
            "IsDetailFee",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_include_data_disks: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_is_detail_fee: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_period = r.decode()?,
                3 => m_period_unit = r.decode()?,
                4 => m_include_data_disks = r.decode()?,
                5 => m_dry_run = r.decode()?,
                6 => m_auto_pay = r.decode()?,
                7 => m_instance_charge_type = r.decode()?,
                8 => m_client_token = r.decode()?,
                9 => m_is_detail_fee = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceChargeTypeRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            period: m_period,
            period_unit: m_period_unit,
            include_data_disks: m_include_data_disks,
            dry_run: m_dry_run,
            auto_pay: m_auto_pay,
            instance_charge_type: m_instance_charge_type,
            client_token: m_client_token,
            is_detail_fee: m_is_detail_fee,
        })
    }
}

/// The response of [`Client::modify_instance_charge_type`](crate::Client::modify_instance_charge_type) (`ModifyInstanceChargeType`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceChargeTypeResponse {
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

impl ModifyInstanceChargeTypeResponse {
    /// The items of `FeeOfInstances` (through its wrapper), empty when absent.
    pub fn fee_of_instances(&self) -> &[crate::models::FeeOfInstance] {
        self.fee_of_instances
            .as_ref()
            .and_then(|w| w.fee_of_instance.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ModifyInstanceChargeTypeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceChargeTypeResponse",
            &[
                ("fee_of_instances", d::opt(&self.fee_of_instances)),
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceChargeTypeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["FeeOfInstances", "OrderId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceChargeTypeResponse::default();
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
