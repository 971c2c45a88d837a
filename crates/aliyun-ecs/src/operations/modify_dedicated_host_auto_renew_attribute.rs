//! `ModifyDedicatedHostAutoRenewAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostAutoRenewAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDedicatedHostAutoRenewAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
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
                name: "Duration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenew",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RenewalStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenewWithEcs",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_dedicated_host_auto_renew_attribute`](crate::Client::modify_dedicated_host_auto_renew_attribute) (`ModifyDedicatedHostAutoRenewAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAutoRenewAttributeRequest {
    /// `DedicatedHostIds` (query). Required.
    ///
    /// Example: `dh-bp165p6xk2tlw61e****`.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Duration` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Duration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `AutoRenew` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `RenewalStatus` (query).
    ///
    /// Example: `Normal`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::std::string::String>,
    /// `AutoRenewWithEcs` (query).
    ///
    /// Example: `StopRenewWithEcs`.
    #[serde(
        rename = "AutoRenewWithEcs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_with_ecs: ::std::option::Option<::std::string::String>,
}

impl ModifyDedicatedHostAutoRenewAttributeRequest {
    /// A `ModifyDedicatedHostAutoRenewAttributeRequest` with its required members: `DedicatedHostIds`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_host_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            dedicated_host_ids: dedicated_host_ids.into(),
            region_id: region_id.into(),
            duration: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            renewal_status: ::std::option::Option::None,
            auto_renew_with_ecs: ::std::option::Option::None,
        }
    }

    /// Sets `Duration`.
    pub fn duration(mut self, value: i32) -> Self {
        self.duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoRenew`.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
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

    /// Sets `AutoRenewWithEcs`.
    pub fn auto_renew_with_ecs(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_renew_with_ecs = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyDedicatedHostAutoRenewAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostAutoRenewAttributeRequest",
            &[
                ("dedicated_host_ids", d::req(&self.dedicated_host_ids)),
                ("region_id", d::req(&self.region_id)),
                ("duration", d::opt(&self.duration)),
                ("period_unit", d::opt(&self.period_unit)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("renewal_status", d::opt(&self.renewal_status)),
                ("auto_renew_with_ecs", d::opt(&self.auto_renew_with_ecs)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostAutoRenewAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedHostIds",
            "RegionId",
            "Duration",
            "PeriodUnit",
            "AutoRenew",
            "RenewalStatus",
            "AutoRenewWithEcs",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_renewal_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew_with_ecs: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_dedicated_host_ids = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_duration = r.decode()?,
                3 => m_period_unit = r.decode()?,
                4 => m_auto_renew = r.decode()?,
                5 => m_renewal_status = r.decode()?,
                6 => m_auto_renew_with_ecs = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDedicatedHostAutoRenewAttributeRequest {
            dedicated_host_ids: m_dedicated_host_ids
                .ok_or_else(|| r.missing("DedicatedHostIds"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            duration: m_duration,
            period_unit: m_period_unit,
            auto_renew: m_auto_renew,
            renewal_status: m_renewal_status,
            auto_renew_with_ecs: m_auto_renew_with_ecs,
        })
    }
}

/// The response of [`Client::modify_dedicated_host_auto_renew_attribute`](crate::Client::modify_dedicated_host_auto_renew_attribute) (`ModifyDedicatedHostAutoRenewAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAutoRenewAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `2A4EA075-CB5B-41B7-B0EB-70D339F6****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDedicatedHostAutoRenewAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostAutoRenewAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostAutoRenewAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyDedicatedHostAutoRenewAttributeResponse::default();
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
