//! `ModifyInstanceAutoRenewAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAutoRenewAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceAutoRenewAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
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
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_auto_renew_attribute`](crate::Client::modify_instance_auto_renew_attribute) (`ModifyInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAutoRenewAttributeRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4ph****,i-bp67acfmxazb4pi****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
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
    /// `AutoRenew` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `RenewalStatus` (query).
    ///
    /// Example: `AutoRenewal`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::std::string::String>,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
}

impl ModifyInstanceAutoRenewAttributeRequest {
    /// A `ModifyInstanceAutoRenewAttributeRequest` with its required members: `InstanceId`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            region_id: region_id.into(),
            duration: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            renewal_status: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
        }
    }

    /// Sets `Duration`.
    pub fn duration(mut self, value: i32) -> Self {
        self.duration = ::std::option::Option::Some(value);
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

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceAutoRenewAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAutoRenewAttributeRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("region_id", d::req(&self.region_id)),
                ("duration", d::opt(&self.duration)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("renewal_status", d::opt(&self.renewal_status)),
                ("period_unit", d::opt(&self.period_unit)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAutoRenewAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "RegionId",
            "Duration",
            "AutoRenew",
            "RenewalStatus",
            "PeriodUnit",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_renewal_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_duration = r.decode()?,
                3 => m_auto_renew = r.decode()?,
                4 => m_renewal_status = r.decode()?,
                5 => m_period_unit = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceAutoRenewAttributeRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            duration: m_duration,
            auto_renew: m_auto_renew,
            renewal_status: m_renewal_status,
            period_unit: m_period_unit,
        })
    }
}

/// The response of [`Client::modify_instance_auto_renew_attribute`](crate::Client::modify_instance_auto_renew_attribute) (`ModifyInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAutoRenewAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceAutoRenewAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAutoRenewAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAutoRenewAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceAutoRenewAttributeResponse::default();
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
