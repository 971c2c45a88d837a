//! `DescribeAccountAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAccountAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAccountAttributes",
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
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AttributeName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_account_attributes`](crate::Client::describe_account_attributes) (`DescribeAccountAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccountAttributesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `AttributeName` (query, sent as `AttributeName.1`, `AttributeName.2`, …).
    ///
    /// At most 30 items.
    #[serde(
        rename = "AttributeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_name: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeAccountAttributesRequest {
    /// A `DescribeAccountAttributesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            attribute_name: ::std::option::Option::None,
        }
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AttributeName`.
    pub fn attribute_name(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.attribute_name = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeAccountAttributesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAccountAttributesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAccountAttributesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAccountAttributesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_zone_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_attribute_name: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "AttributeName" => m_attribute_name = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeAccountAttributesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    zone_id: m_zone_id,
                    attribute_name: m_attribute_name,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AccountAttributeItems.AccountAttributeItem.AttributeValues.ValueItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ValueItem {
    /// `Count`.
    #[serde(
        rename = "Count",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub count: ::std::option::Option<i64>,
    /// `DiskCategory`.
    #[serde(
        rename = "DiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ValueItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ValueItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ValueItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ValueItem, A::Error> {
                let mut out = ValueItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Count" => out.count = map.next_value()?,
                        "DiskCategory" => out.disk_category = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "InstanceType" => out.instance_type = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
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

/// The `AccountAttributeItems.AccountAttributeItem.AttributeValues` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttributeValues {
    /// `ValueItem`.
    #[serde(
        rename = "ValueItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_item: ::std::option::Option<::std::vec::Vec<ValueItem>>,
}

impl<'de> ::serde::Deserialize<'de> for AttributeValues {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AttributeValues;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AttributeValues` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AttributeValues, A::Error> {
                let mut out = AttributeValues::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ValueItem" => out.value_item = map.next_value()?,
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

/// The `AccountAttributeItems.AccountAttributeItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccountAttributeItem {
    /// `AttributeName`.
    #[serde(
        rename = "AttributeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_name: ::std::option::Option<::std::string::String>,
    /// `AttributeValues`.
    #[serde(
        rename = "AttributeValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_values: ::std::option::Option<AttributeValues>,
}

impl<'de> ::serde::Deserialize<'de> for AccountAttributeItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AccountAttributeItem;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AccountAttributeItem` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AccountAttributeItem, A::Error> {
                let mut out = AccountAttributeItem::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AttributeName" => out.attribute_name = map.next_value()?,
                        "AttributeValues" => out.attribute_values = map.next_value()?,
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

/// The `AccountAttributeItems` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccountAttributeItems {
    /// `AccountAttributeItem`.
    #[serde(
        rename = "AccountAttributeItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_attribute_item: ::std::option::Option<::std::vec::Vec<AccountAttributeItem>>,
}

impl<'de> ::serde::Deserialize<'de> for AccountAttributeItems {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AccountAttributeItems;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AccountAttributeItems` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AccountAttributeItems, A::Error> {
                let mut out = AccountAttributeItems::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AccountAttributeItem" => {
                            out.account_attribute_item = map.next_value()?;
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

/// The response of [`Client::describe_account_attributes`](crate::Client::describe_account_attributes) (`DescribeAccountAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccountAttributesResponse {
    /// `AccountAttributeItems`.
    #[serde(
        rename = "AccountAttributeItems",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_attribute_items: ::std::option::Option<AccountAttributeItems>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeAccountAttributesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeAccountAttributesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeAccountAttributesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeAccountAttributesResponse, A::Error> {
                let mut out = DescribeAccountAttributesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AccountAttributeItems" => {
                            out.account_attribute_items = map.next_value()?;
                        }

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
