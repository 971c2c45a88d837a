//! `DescribeDedicatedHostAutoRenew`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDedicatedHostAutoRenew>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDedicatedHostAutoRenew",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_dedicated_host_auto_renew`](crate::Client::describe_dedicated_host_auto_renew) (`DescribeDedicatedHostAutoRenew`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostAutoRenewRequest {
    /// `DedicatedHostIds` (query). Required.
    ///
    /// Example: `dh-bp165p6xk2tlw61e****,dh-bp1f9vxmno****`.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl DescribeDedicatedHostAutoRenewRequest {
    /// A `DescribeDedicatedHostAutoRenewRequest` with its required members: `DedicatedHostIds`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_host_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            dedicated_host_ids: dedicated_host_ids.into(),
            region_id: region_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DescribeDedicatedHostAutoRenewRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostAutoRenewRequest",
            &[
                ("dedicated_host_ids", d::req(&self.dedicated_host_ids)),
                ("region_id", d::req(&self.region_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostAutoRenewRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostIds", "RegionId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_dedicated_host_ids = r.decode()?,
                1 => m_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDedicatedHostAutoRenewRequest {
            dedicated_host_ids: m_dedicated_host_ids
                .ok_or_else(|| r.missing("DedicatedHostIds"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
        })
    }
}

/// The `DedicatedHostRenewAttributes.DedicatedHostRenewAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostRenewAttribute {
    /// `AutoRenewEnabled`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "AutoRenewEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_enabled: ::std::option::Option<bool>,
    /// `AutoRenewWithEcs`.
    ///
    /// Example: `StopRenewWithEcs`.
    #[serde(
        rename = "AutoRenewWithEcs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_with_ecs: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostId`.
    ///
    /// Example: `dh-bp165p6xk2tlw61e****`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::yun_core::Text>,
    /// `Duration`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Duration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i64>,
    /// `PeriodUnit`.
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::yun_core::Text>,
    /// `RenewalStatus`.
    ///
    /// Example: `Normal`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DedicatedHostRenewAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostRenewAttribute",
            &[
                ("auto_renew_enabled", d::opt(&self.auto_renew_enabled)),
                ("auto_renew_with_ecs", d::opt(&self.auto_renew_with_ecs)),
                ("dedicated_host_id", d::opt(&self.dedicated_host_id)),
                ("duration", d::opt(&self.duration)),
                ("period_unit", d::opt(&self.period_unit)),
                ("renewal_status", d::opt(&self.renewal_status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostRenewAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoRenewEnabled",
            "AutoRenewWithEcs",
            "DedicatedHostId",
            "Duration",
            "PeriodUnit",
            "RenewalStatus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DedicatedHostRenewAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_renew_enabled = r.decode()?,
                1 => out.auto_renew_with_ecs = r.decode()?,
                2 => out.dedicated_host_id = r.decode()?,
                3 => out.duration = r.decode()?,
                4 => out.period_unit = r.decode()?,
                5 => out.renewal_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DedicatedHostRenewAttributes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostRenewAttributes {
    /// `DedicatedHostRenewAttribute`.
    #[serde(
        rename = "DedicatedHostRenewAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_renew_attribute:
        ::std::option::Option<::std::vec::Vec<DedicatedHostRenewAttribute>>,
}

impl ::std::fmt::Debug for DedicatedHostRenewAttributes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostRenewAttributes",
            &[(
                "dedicated_host_renew_attribute",
                d::opt(&self.dedicated_host_renew_attribute),
            )],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostRenewAttributes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostRenewAttribute"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DedicatedHostRenewAttributes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_renew_attribute = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_dedicated_host_auto_renew`](crate::Client::describe_dedicated_host_auto_renew) (`DescribeDedicatedHostAutoRenew`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostAutoRenewResponse {
    /// `DedicatedHostRenewAttributes`.
    #[serde(
        rename = "DedicatedHostRenewAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_renew_attributes: ::std::option::Option<DedicatedHostRenewAttributes>,
    /// `RequestId`.
    ///
    /// Example: `04F0F334-1335-436C-A1D7-6C044FE73368`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeDedicatedHostAutoRenewResponse {
    /// The items of `DedicatedHostRenewAttributes` (through its wrapper), empty when absent.
    pub fn dedicated_host_renew_attributes(&self) -> &[DedicatedHostRenewAttribute] {
        self.dedicated_host_renew_attributes
            .as_ref()
            .and_then(|w| w.dedicated_host_renew_attribute.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDedicatedHostAutoRenewResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDedicatedHostAutoRenewResponse",
            &[
                (
                    "dedicated_host_renew_attributes",
                    d::opt(&self.dedicated_host_renew_attributes),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDedicatedHostAutoRenewResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostRenewAttributes", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeDedicatedHostAutoRenewResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_renew_attributes = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
