//! `ModifyReservedInstanceAutoRenewAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyReservedInstanceAutoRenewAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyReservedInstanceAutoRenewAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
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
                name: "RenewalStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReservedInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_reserved_instance_auto_renew_attribute`](crate::Client::modify_reserved_instance_auto_renew_attribute) (`ModifyReservedInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyReservedInstanceAutoRenewAttributeRequest {
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
    /// `RenewalStatus` (query).
    ///
    /// Example: `AutoRenewal`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceId` (query, sent as `ReservedInstanceId.1`, `ReservedInstanceId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ModifyReservedInstanceAutoRenewAttributeRequest {
    /// A `ModifyReservedInstanceAutoRenewAttributeRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            renewal_status: ::std::option::Option::None,
            reserved_instance_id: ::std::option::Option::None,
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

    /// Sets `RenewalStatus`.
    pub fn renewal_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.renewal_status = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for ModifyReservedInstanceAutoRenewAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyReservedInstanceAutoRenewAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("renewal_status", d::opt(&self.renewal_status)),
                ("reserved_instance_id", d::opt(&self.reserved_instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyReservedInstanceAutoRenewAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Period",
            "PeriodUnit",
            "RenewalStatus",
            "ReservedInstanceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_renewal_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_period = r.decode()?,
                2 => m_period_unit = r.decode()?,
                3 => m_renewal_status = r.decode()?,
                4 => m_reserved_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyReservedInstanceAutoRenewAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            period: m_period,
            period_unit: m_period_unit,
            renewal_status: m_renewal_status,
            reserved_instance_id: m_reserved_instance_id,
        })
    }
}

/// The response of [`Client::modify_reserved_instance_auto_renew_attribute`](crate::Client::modify_reserved_instance_auto_renew_attribute) (`ModifyReservedInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyReservedInstanceAutoRenewAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `2A4EA075-CB5B-41B7-B0EB-70D339F6****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyReservedInstanceAutoRenewAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyReservedInstanceAutoRenewAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyReservedInstanceAutoRenewAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyReservedInstanceAutoRenewAttributeResponse::default();
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
