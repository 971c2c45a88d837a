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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_account_attributes`](crate::Client::describe_account_attributes) (`DescribeAccountAttributes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccountAttributesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-b`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `AttributeName` (query, sent as `AttributeName.1`, `AttributeName.2`, …).
    ///
    /// At most 30 items.
    ///
    /// Example: `max-security-groups`.
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
    pub fn attribute_name(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.attribute_name = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeAccountAttributesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAccountAttributesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("attribute_name", d::opt(&self.attribute_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAccountAttributesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ZoneId", "AttributeName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_attribute_name: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_zone_id = r.decode()?,
                2 => m_attribute_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeAccountAttributesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            attribute_name: m_attribute_name,
        })
    }
}

/// The `AccountAttributeItems.AccountAttributeItem.AttributeValues.ValueItem` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ValueItem {
    /// `Count`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "Count",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub count: ::std::option::Option<i64>,
    /// `DiskCategory`.
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "DiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    ///
    /// Example: `2019-01-01T12:30:00Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `Value`.
    ///
    /// Example: `800`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-b`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ValueItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ValueItem",
            &[
                ("count", d::opt(&self.count)),
                ("disk_category", d::opt(&self.disk_category)),
                ("expired_time", d::opt(&self.expired_time)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("instance_type", d::opt(&self.instance_type)),
                ("value", d::opt(&self.value)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ValueItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Count",
            "DiskCategory",
            "ExpiredTime",
            "InstanceChargeType",
            "InstanceType",
            "Value",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = ValueItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.count = r.decode()?,
                1 => out.disk_category = r.decode()?,
                2 => out.expired_time = r.decode()?,
                3 => out.instance_charge_type = r.decode()?,
                4 => out.instance_type = r.decode()?,
                5 => out.value = r.decode()?,
                6 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AccountAttributeItems.AccountAttributeItem.AttributeValues` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttributeValues {
    /// `ValueItem`.
    #[serde(
        rename = "ValueItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value_item: ::std::option::Option<::std::vec::Vec<ValueItem>>,
}

impl ::std::fmt::Debug for AttributeValues {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttributeValues",
            &[("value_item", d::opt(&self.value_item))],
        )
    }
}

impl ::yun_core::json::Decode for AttributeValues {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ValueItem"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AttributeValues::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.value_item = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AccountAttributeItems.AccountAttributeItem` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccountAttributeItem {
    /// `AttributeName`.
    ///
    /// Example: `max-security-groups`.
    #[serde(
        rename = "AttributeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_name: ::std::option::Option<::yun_core::Text>,
    /// `AttributeValues`.
    #[serde(
        rename = "AttributeValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute_values: ::std::option::Option<AttributeValues>,
}

impl AccountAttributeItem {
    /// The items of `AttributeValues` (through its wrapper), empty when absent.
    pub fn attribute_values(&self) -> &[ValueItem] {
        self.attribute_values
            .as_ref()
            .and_then(|w| w.value_item.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AccountAttributeItem {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AccountAttributeItem",
            &[
                ("attribute_name", d::opt(&self.attribute_name)),
                ("attribute_values", d::opt(&self.attribute_values)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AccountAttributeItem {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AttributeName", "AttributeValues"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AccountAttributeItem::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attribute_name = r.decode()?,
                1 => out.attribute_values = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AccountAttributeItems` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AccountAttributeItems {
    /// `AccountAttributeItem`.
    #[serde(
        rename = "AccountAttributeItem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_attribute_item: ::std::option::Option<::std::vec::Vec<AccountAttributeItem>>,
}

impl ::std::fmt::Debug for AccountAttributeItems {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AccountAttributeItems",
            &[(
                "account_attribute_item",
                d::opt(&self.account_attribute_item),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AccountAttributeItems {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AccountAttributeItem"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AccountAttributeItems::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.account_attribute_item = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_account_attributes`](crate::Client::describe_account_attributes) (`DescribeAccountAttributes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAccountAttributesResponse {
    /// `AccountAttributeItems`.
    #[serde(
        rename = "AccountAttributeItems",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_attribute_items: ::std::option::Option<AccountAttributeItems>,
    /// `RequestId`.
    ///
    /// Example: `8CE45CD5-31FB-47C2-959D-CA8144CE****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeAccountAttributesResponse {
    /// The items of `AccountAttributeItems` (through its wrapper), empty when absent.
    pub fn account_attribute_items(&self) -> &[AccountAttributeItem] {
        self.account_attribute_items
            .as_ref()
            .and_then(|w| w.account_attribute_item.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeAccountAttributesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAccountAttributesResponse",
            &[
                (
                    "account_attribute_items",
                    d::opt(&self.account_attribute_items),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAccountAttributesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AccountAttributeItems", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeAccountAttributesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.account_attribute_items = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
