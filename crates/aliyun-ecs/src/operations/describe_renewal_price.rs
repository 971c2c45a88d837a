//! `DescribeRenewalPrice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRenewalPrice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeRenewalPrice",
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
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PriceUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExpectedRenewDay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_renewal_price`](crate::Client::describe_renewal_price) (`DescribeRenewalPrice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRenewalPriceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceType` (query).
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `ResourceId` (query). Required.
    ///
    /// Example: `i-bp1f2o4ldh8l29zv****`.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::string::String,
    /// `Period` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PriceUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PriceUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_unit: ::std::option::Option<::std::string::String>,
    /// `ExpectedRenewDay` (query).
    ///
    /// Example: `5`.
    #[serde(
        rename = "ExpectedRenewDay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_renew_day: ::std::option::Option<i32>,
}

impl DescribeRenewalPriceRequest {
    /// A `DescribeRenewalPriceRequest` with its required members: `RegionId`, `ResourceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_type: ::std::option::Option::None,
            resource_id: resource_id.into(),
            period: ::std::option::Option::None,
            price_unit: ::std::option::Option::None,
            expected_renew_day: ::std::option::Option::None,
        }
    }

    /// Sets `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PriceUnit`.
    pub fn price_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.price_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ExpectedRenewDay`.
    pub fn expected_renew_day(mut self, value: i32) -> Self {
        self.expected_renew_day = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeRenewalPriceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRenewalPriceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_type", d::opt(&self.resource_type)),
                ("resource_id", d::req(&self.resource_id)),
                ("period", d::opt(&self.period)),
                ("price_unit", d::opt(&self.price_unit)),
                ("expected_renew_day", d::opt(&self.expected_renew_day)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRenewalPriceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceType",
            "ResourceId",
            "Period",
            "PriceUnit",
            "ExpectedRenewDay",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_price_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_expected_renew_day: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_type = r.decode()?,
                2 => m_resource_id = r.decode()?,
                3 => m_period = r.decode()?,
                4 => m_price_unit = r.decode()?,
                5 => m_expected_renew_day = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeRenewalPriceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_type: m_resource_type,
            resource_id: m_resource_id.ok_or_else(|| r.missing("ResourceId"))?,
            period: m_period,
            price_unit: m_price_unit,
            expected_renew_day: m_expected_renew_day,
        })
    }
}

/// The `PriceInfo.Price.DetailInfos.ResourcePriceModel` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourcePriceModel {
    /// `DiscountPrice`.
    ///
    /// Example: `655.2`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `OriginalPrice`.
    ///
    /// Example: `4368`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `Resource`.
    ///
    /// Example: `instance`.
    #[serde(
        rename = "Resource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource: ::std::option::Option<::yun_core::Text>,
    /// `SubRules`.
    #[serde(
        rename = "SubRules",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_rules: ::std::option::Option<crate::models::Rules>,
    /// `TradePrice`.
    ///
    /// Example: `3712.8`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl ResourcePriceModel {
    /// The items of `SubRules` (through its wrapper), empty when absent.
    pub fn sub_rules(&self) -> &[crate::models::Rule] {
        self.sub_rules
            .as_ref()
            .and_then(|w| w.rule.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ResourcePriceModel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResourcePriceModel",
            &[
                ("discount_price", d::opt(&self.discount_price)),
                ("original_price", d::opt(&self.original_price)),
                ("resource", d::opt(&self.resource)),
                ("sub_rules", d::opt(&self.sub_rules)),
                ("trade_price", d::opt(&self.trade_price)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResourcePriceModel {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiscountPrice",
            "OriginalPrice",
            "Resource",
            "SubRules",
            "TradePrice",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = ResourcePriceModel::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.discount_price = r.decode()?,
                1 => out.original_price = r.decode()?,
                2 => out.resource = r.decode()?,
                3 => out.sub_rules = r.decode()?,
                4 => out.trade_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.Price.DetailInfos` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetailInfos {
    /// `ResourcePriceModel`.
    #[serde(
        rename = "ResourcePriceModel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_price_model: ::std::option::Option<::std::vec::Vec<ResourcePriceModel>>,
}

impl ::std::fmt::Debug for DetailInfos {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetailInfos",
            &[("resource_price_model", d::opt(&self.resource_price_model))],
        )
    }
}

impl ::yun_core::json::Decode for DetailInfos {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ResourcePriceModel"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DetailInfos::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.resource_price_model = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.Price` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PriceInfoPrice {
    /// `Currency`.
    ///
    /// Example: `CNY`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::yun_core::Text>,
    /// `DetailInfos`.
    #[serde(
        rename = "DetailInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_infos: ::std::option::Option<DetailInfos>,
    /// `DiscountPrice`.
    ///
    /// Example: `655.2`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `OriginalPrice`.
    ///
    /// Example: `4368`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `TradePrice`.
    ///
    /// Example: `3712.8`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl PriceInfoPrice {
    /// The items of `DetailInfos` (through its wrapper), empty when absent.
    pub fn detail_infos(&self) -> &[ResourcePriceModel] {
        self.detail_infos
            .as_ref()
            .and_then(|w| w.resource_price_model.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for PriceInfoPrice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PriceInfoPrice",
            &[
                ("currency", d::opt(&self.currency)),
                ("detail_infos", d::opt(&self.detail_infos)),
                ("discount_price", d::opt(&self.discount_price)),
                ("original_price", d::opt(&self.original_price)),
                ("trade_price", d::opt(&self.trade_price)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PriceInfoPrice {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Currency",
            "DetailInfos",
            "DiscountPrice",
            "OriginalPrice",
            "TradePrice",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = PriceInfoPrice::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.currency = r.decode()?,
                1 => out.detail_infos = r.decode()?,
                2 => out.discount_price = r.decode()?,
                3 => out.original_price = r.decode()?,
                4 => out.trade_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PriceInfo {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<PriceInfoPrice>,
    /// `Rules`.
    #[serde(
        rename = "Rules",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rules: ::std::option::Option<crate::models::Rules>,
}

impl PriceInfo {
    /// The items of `Rules` (through its wrapper), empty when absent.
    pub fn rules(&self) -> &[crate::models::Rule] {
        self.rules
            .as_ref()
            .and_then(|w| w.rule.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for PriceInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PriceInfo",
            &[
                ("price", d::opt(&self.price)),
                ("rules", d::opt(&self.rules)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PriceInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "Rules"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = PriceInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price = r.decode()?,
                1 => out.rules = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_renewal_price`](crate::Client::describe_renewal_price) (`DescribeRenewalPrice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRenewalPriceResponse {
    /// `PriceInfo`.
    #[serde(
        rename = "PriceInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_info: ::std::option::Option<PriceInfo>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeRenewalPriceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRenewalPriceResponse",
            &[
                ("price_info", d::opt(&self.price_info)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRenewalPriceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PriceInfo", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeRenewalPriceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price_info = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
