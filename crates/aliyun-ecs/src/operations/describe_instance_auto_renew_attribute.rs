//! `DescribeInstanceAutoRenewAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceAutoRenewAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceAutoRenewAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
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
                name: "RenewalStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_auto_renew_attribute`](crate::Client::describe_instance_auto_renew_attribute) (`DescribeInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAutoRenewAttributeRequest {
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp18x3z4hc7bixhx****,i-bp1g6zv0ce8oghu7****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `RenewalStatus` (query).
    ///
    /// Example: `AutoRenewal`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::std::string::String>,
    /// `PageSize` (query).
    ///
    /// Matches `^\d+$`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// Matches `^\d+$`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<::std::string::String>,
}

impl DescribeInstanceAutoRenewAttributeRequest {
    /// A `DescribeInstanceAutoRenewAttributeRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: ::std::option::Option::None,
            region_id: region_id.into(),
            renewal_status: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
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

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.page_size = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.page_number = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeInstanceAutoRenewAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceAutoRenewAttributeRequest",
            &[
                ("instance_id", d::opt(&self.instance_id)),
                ("region_id", d::req(&self.region_id)),
                ("renewal_status", d::opt(&self.renewal_status)),
                ("page_size", d::opt(&self.page_size)),
                ("page_number", d::opt(&self.page_number)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceAutoRenewAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "RegionId",
            "RenewalStatus",
            "PageSize",
            "PageNumber",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_renewal_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_renewal_status = r.decode()?,
                3 => m_page_size = r.decode()?,
                4 => m_page_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceAutoRenewAttributeRequest {
            instance_id: m_instance_id,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            renewal_status: m_renewal_status,
            page_size: m_page_size,
            page_number: m_page_number,
        })
    }
}

/// The `InstanceRenewAttributes.InstanceRenewAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRenewAttribute {
    /// `AutoRenewEnabled`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "AutoRenewEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_enabled: ::std::option::Option<bool>,
    /// `Duration`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Duration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i64>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp18x3z4hc7bixhx****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `PeriodUnit`.
    ///
    /// Example: `week`.
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

impl ::std::fmt::Debug for InstanceRenewAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceRenewAttribute",
            &[
                ("auto_renew_enabled", d::opt(&self.auto_renew_enabled)),
                ("duration", d::opt(&self.duration)),
                ("instance_id", d::opt(&self.instance_id)),
                ("period_unit", d::opt(&self.period_unit)),
                ("renewal_status", d::opt(&self.renewal_status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceRenewAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoRenewEnabled",
            "Duration",
            "InstanceId",
            "PeriodUnit",
            "RenewalStatus",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = InstanceRenewAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_renew_enabled = r.decode()?,
                1 => out.duration = r.decode()?,
                2 => out.instance_id = r.decode()?,
                3 => out.period_unit = r.decode()?,
                4 => out.renewal_status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceRenewAttributes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRenewAttributes {
    /// `InstanceRenewAttribute`.
    #[serde(
        rename = "InstanceRenewAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_renew_attribute: ::std::option::Option<::std::vec::Vec<InstanceRenewAttribute>>,
}

impl ::std::fmt::Debug for InstanceRenewAttributes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceRenewAttributes",
            &[(
                "instance_renew_attribute",
                d::opt(&self.instance_renew_attribute),
            )],
        )
    }
}

impl ::yun_core::json::Decode for InstanceRenewAttributes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceRenewAttribute"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceRenewAttributes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_renew_attribute = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_auto_renew_attribute`](crate::Client::describe_instance_auto_renew_attribute) (`DescribeInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAutoRenewAttributeResponse {
    /// `InstanceRenewAttributes`.
    #[serde(
        rename = "InstanceRenewAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_renew_attributes: ::std::option::Option<InstanceRenewAttributes>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `6`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeInstanceAutoRenewAttributeResponse {
    /// The items of `InstanceRenewAttributes` (through its wrapper), empty when absent.
    pub fn instance_renew_attributes(&self) -> &[InstanceRenewAttribute] {
        self.instance_renew_attributes
            .as_ref()
            .and_then(|w| w.instance_renew_attribute.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceAutoRenewAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceAutoRenewAttributeResponse",
            &[
                (
                    "instance_renew_attributes",
                    d::opt(&self.instance_renew_attributes),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceAutoRenewAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceRenewAttributes",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceAutoRenewAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_renew_attributes = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeInstanceAutoRenewAttributeRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstanceAutoRenewAttribute` pages (by `PageNumber`), for [`Client::describe_instance_auto_renew_attribute_paginator`](crate::Client::describe_instance_auto_renew_attribute_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstanceAutoRenewAttributeRequest {
    type Response = DescribeInstanceAutoRenewAttributeResponse;
    type Item = InstanceRenewAttribute;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size
            .as_ref()
            .and_then(|v| v.trim().parse::<u64>().ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(n.to_string());
        }
    }

    fn total_count(
        page: &DescribeInstanceAutoRenewAttributeResponse,
    ) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeInstanceAutoRenewAttributeResponse) -> usize {
        page.instance_renew_attributes
            .as_ref()
            .and_then(|x| x.instance_renew_attribute.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeInstanceAutoRenewAttributeResponse,
    ) -> ::std::vec::Vec<InstanceRenewAttribute> {
        page.instance_renew_attributes
            .and_then(|x| x.instance_renew_attribute)
            .unwrap_or_default()
    }
}
