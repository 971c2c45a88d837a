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
    };

/// The request of [`Client::describe_renewal_price`](crate::Client::describe_renewal_price) (`DescribeRenewalPrice`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRenewalPriceRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceType` (query).
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `ResourceId` (query). Required.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::string::String,
    /// `Period` (query).
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PriceUnit` (query).
    #[serde(
        rename = "PriceUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_unit: ::std::option::Option<::std::string::String>,
    /// `ExpectedRenewDay` (query).
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

impl<'de> ::serde::Deserialize<'de> for DescribeRenewalPriceRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeRenewalPriceRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeRenewalPriceRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeRenewalPriceRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_resource_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_resource_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_price_unit: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_expected_renew_day: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ResourceType" => m_resource_type = map.next_value()?,
                        "ResourceId" => m_resource_id = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        "PriceUnit" => m_price_unit = map.next_value()?,
                        "ExpectedRenewDay" => m_expected_renew_day = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeRenewalPriceRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    resource_type: m_resource_type,
                    resource_id: m_resource_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ResourceId")
                    })?,
                    period: m_period,
                    price_unit: m_price_unit,
                    expected_renew_day: m_expected_renew_day,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo.Price.DetailInfos.ResourcePriceModel.SubRules.Rule` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Rule {
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `RuleId`.
    #[serde(
        rename = "RuleId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_id: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Rule {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Rule;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Rule` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Rule, A::Error> {
                let mut out = Rule::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Description" => out.description = map.next_value()?,
                        "RuleId" => out.rule_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo.Price.DetailInfos.ResourcePriceModel.SubRules` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SubRules {
    /// `Rule`.
    #[serde(
        rename = "Rule",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule: ::std::option::Option<::std::vec::Vec<Rule>>,
}

impl<'de> ::serde::Deserialize<'de> for SubRules {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SubRules;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SubRules` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SubRules, A::Error> {
                let mut out = SubRules::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Rule" => out.rule = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo.Price.DetailInfos.ResourcePriceModel` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResourcePriceModel {
    /// `DiscountPrice`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `OriginalPrice`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `Resource`.
    #[serde(
        rename = "Resource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource: ::std::option::Option<::std::string::String>,
    /// `SubRules`.
    #[serde(
        rename = "SubRules",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_rules: ::std::option::Option<SubRules>,
    /// `TradePrice`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for ResourcePriceModel {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ResourcePriceModel;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ResourcePriceModel` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ResourcePriceModel, A::Error> {
                let mut out = ResourcePriceModel::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DiscountPrice" => out.discount_price = map.next_value()?,
                        "OriginalPrice" => out.original_price = map.next_value()?,
                        "Resource" => out.resource = map.next_value()?,
                        "SubRules" => out.sub_rules = map.next_value()?,
                        "TradePrice" => out.trade_price = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo.Price.DetailInfos` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetailInfos {
    /// `ResourcePriceModel`.
    #[serde(
        rename = "ResourcePriceModel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_price_model: ::std::option::Option<::std::vec::Vec<ResourcePriceModel>>,
}

impl<'de> ::serde::Deserialize<'de> for DetailInfos {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetailInfos;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetailInfos` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetailInfos, A::Error> {
                let mut out = DetailInfos::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ResourcePriceModel" => {
                            out.resource_price_model = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo.Price` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Price {
    /// `Currency`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::std::string::String>,
    /// `DetailInfos`.
    #[serde(
        rename = "DetailInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_infos: ::std::option::Option<DetailInfos>,
    /// `DiscountPrice`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `OriginalPrice`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `TradePrice`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl<'de> ::serde::Deserialize<'de> for Price {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Price;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Price` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Price, A::Error> {
                let mut out = Price::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Currency" => out.currency = map.next_value()?,
                        "DetailInfos" => out.detail_infos = map.next_value()?,
                        "DiscountPrice" => out.discount_price = map.next_value()?,
                        "OriginalPrice" => out.original_price = map.next_value()?,
                        "TradePrice" => out.trade_price = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo.Rules.Rule` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RulesRule {
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `RuleId`.
    #[serde(
        rename = "RuleId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_id: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for RulesRule {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RulesRule;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RulesRule` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RulesRule, A::Error> {
                let mut out = RulesRule::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Description" => out.description = map.next_value()?,
                        "RuleId" => out.rule_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo.Rules` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Rules {
    /// `Rule`.
    #[serde(
        rename = "Rule",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule: ::std::option::Option<::std::vec::Vec<RulesRule>>,
}

impl<'de> ::serde::Deserialize<'de> for Rules {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Rules;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Rules` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Rules, A::Error> {
                let mut out = Rules::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Rule" => out.rule = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `PriceInfo` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PriceInfo {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<Price>,
    /// `Rules`.
    #[serde(
        rename = "Rules",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rules: ::std::option::Option<Rules>,
}

impl<'de> ::serde::Deserialize<'de> for PriceInfo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PriceInfo;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PriceInfo` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PriceInfo, A::Error> {
                let mut out = PriceInfo::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Price" => out.price = map.next_value()?,
                        "Rules" => out.rules = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_renewal_price`](crate::Client::describe_renewal_price) (`DescribeRenewalPrice`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRenewalPriceResponse {
    /// `PriceInfo`.
    #[serde(
        rename = "PriceInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_info: ::std::option::Option<PriceInfo>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeRenewalPriceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeRenewalPriceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeRenewalPriceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeRenewalPriceResponse, A::Error> {
                let mut out = DescribeRenewalPriceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "PriceInfo" => out.price_info = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
