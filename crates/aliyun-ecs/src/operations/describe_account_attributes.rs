//! `DescribeAccountAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAccountAttributes>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAccountAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `AccountAttributeItems.AccountAttributeItem.AttributeValues.ValueItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `AccountAttributeItems.AccountAttributeItem.AttributeValues` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AttributeValues {
    /// `ValueItem`.
    #[serde(
        rename = "ValueItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_item: ::std::option::Option<::std::vec::Vec<ValueItem>>,
}
/// The `AccountAttributeItems.AccountAttributeItem` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The `AccountAttributeItems` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountAttributeItems {
    /// `AccountAttributeItem`.
    #[serde(
        rename = "AccountAttributeItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_attribute_item: ::std::option::Option<::std::vec::Vec<AccountAttributeItem>>,
}
/// The response of [`Client::describe_account_attributes`](crate::Client::describe_account_attributes) (`DescribeAccountAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
