//! `DescribeReservedInstanceAutoRenewAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeReservedInstanceAutoRenewAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeReservedInstanceAutoRenewAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
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

/// The request of [`Client::describe_reserved_instance_auto_renew_attribute`](crate::Client::describe_reserved_instance_auto_renew_attribute) (`DescribeReservedInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeReservedInstanceAutoRenewAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ReservedInstanceId` (query, sent as `ReservedInstanceId.1`, `ReservedInstanceId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeReservedInstanceAutoRenewAttributeRequest {
    /// A `DescribeReservedInstanceAutoRenewAttributeRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            reserved_instance_id: ::std::option::Option::None,
        }
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

impl ::std::fmt::Debug for DescribeReservedInstanceAutoRenewAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeReservedInstanceAutoRenewAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("reserved_instance_id", d::opt(&self.reserved_instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeReservedInstanceAutoRenewAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ReservedInstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_reserved_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeReservedInstanceAutoRenewAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            reserved_instance_id: m_reserved_instance_id,
        })
    }
}

/// The `ReservedInstanceRenewAttributes.ReservedInstanceRenewAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReservedInstanceRenewAttribute {
    /// `Duration`.
    ///
    /// Example: `1`.
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
    /// Example: `AutoRenewal`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::yun_core::Text>,
    /// `ReservedInstanceId`.
    ///
    /// Example: `ecsri-ajdfaj****`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ReservedInstanceRenewAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReservedInstanceRenewAttribute",
            &[
                ("duration", d::opt(&self.duration)),
                ("period_unit", d::opt(&self.period_unit)),
                ("renewal_status", d::opt(&self.renewal_status)),
                ("reserved_instance_id", d::opt(&self.reserved_instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReservedInstanceRenewAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Duration",
            "PeriodUnit",
            "RenewalStatus",
            "ReservedInstanceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ReservedInstanceRenewAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.duration = r.decode()?,
                1 => out.period_unit = r.decode()?,
                2 => out.renewal_status = r.decode()?,
                3 => out.reserved_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ReservedInstanceRenewAttributes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReservedInstanceRenewAttributes {
    /// `ReservedInstanceRenewAttribute`.
    #[serde(
        rename = "ReservedInstanceRenewAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_renew_attribute:
        ::std::option::Option<::std::vec::Vec<ReservedInstanceRenewAttribute>>,
}

impl ::std::fmt::Debug for ReservedInstanceRenewAttributes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReservedInstanceRenewAttributes",
            &[(
                "reserved_instance_renew_attribute",
                d::opt(&self.reserved_instance_renew_attribute),
            )],
        )
    }
}

impl ::yun_core::json::Decode for ReservedInstanceRenewAttributes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ReservedInstanceRenewAttribute"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ReservedInstanceRenewAttributes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.reserved_instance_renew_attribute = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_reserved_instance_auto_renew_attribute`](crate::Client::describe_reserved_instance_auto_renew_attribute) (`DescribeReservedInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeReservedInstanceAutoRenewAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `04F0F334-1335-436C-A1D7-6C044FE7****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ReservedInstanceRenewAttributes`.
    #[serde(
        rename = "ReservedInstanceRenewAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_renew_attributes: ::std::option::Option<ReservedInstanceRenewAttributes>,
}

impl DescribeReservedInstanceAutoRenewAttributeResponse {
    /// The items of `ReservedInstanceRenewAttributes` (through its wrapper), empty when absent.
    pub fn reserved_instance_renew_attributes(&self) -> &[ReservedInstanceRenewAttribute] {
        self.reserved_instance_renew_attributes
            .as_ref()
            .and_then(|w| w.reserved_instance_renew_attribute.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeReservedInstanceAutoRenewAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeReservedInstanceAutoRenewAttributeResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                (
                    "reserved_instance_renew_attributes",
                    d::opt(&self.reserved_instance_renew_attributes),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeReservedInstanceAutoRenewAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "ReservedInstanceRenewAttributes"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeReservedInstanceAutoRenewAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.reserved_instance_renew_attributes = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
