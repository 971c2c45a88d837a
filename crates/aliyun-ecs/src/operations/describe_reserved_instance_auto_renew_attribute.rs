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
    };

/// The request of [`Client::describe_reserved_instance_auto_renew_attribute`](crate::Client::describe_reserved_instance_auto_renew_attribute) (`DescribeReservedInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeReservedInstanceAutoRenewAttributeRequest {
    /// `RegionId` (query). Required.
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
    pub fn reserved_instance_id(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.reserved_instance_id = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeReservedInstanceAutoRenewAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeReservedInstanceAutoRenewAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeReservedInstanceAutoRenewAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeReservedInstanceAutoRenewAttributeRequest, A::Error>
            {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_reserved_instance_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ReservedInstanceId" => {
                            m_reserved_instance_id = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeReservedInstanceAutoRenewAttributeRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    reserved_instance_id: m_reserved_instance_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `ReservedInstanceRenewAttributes.ReservedInstanceRenewAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReservedInstanceRenewAttribute {
    /// `Duration`.
    #[serde(
        rename = "Duration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i64>,
    /// `PeriodUnit`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `RenewalStatus`.
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceId`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ReservedInstanceRenewAttribute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReservedInstanceRenewAttribute;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReservedInstanceRenewAttribute` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReservedInstanceRenewAttribute, A::Error> {
                let mut out = ReservedInstanceRenewAttribute::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Duration" => out.duration = map.next_value()?,
                        "PeriodUnit" => out.period_unit = map.next_value()?,
                        "RenewalStatus" => out.renewal_status = map.next_value()?,
                        "ReservedInstanceId" => {
                            out.reserved_instance_id = map.next_value()?;
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

/// The `ReservedInstanceRenewAttributes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for ReservedInstanceRenewAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReservedInstanceRenewAttributes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReservedInstanceRenewAttributes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReservedInstanceRenewAttributes, A::Error> {
                let mut out = ReservedInstanceRenewAttributes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ReservedInstanceRenewAttribute" => {
                            out.reserved_instance_renew_attribute = map.next_value()?;
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

/// The response of [`Client::describe_reserved_instance_auto_renew_attribute`](crate::Client::describe_reserved_instance_auto_renew_attribute) (`DescribeReservedInstanceAutoRenewAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeReservedInstanceAutoRenewAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceRenewAttributes`.
    #[serde(
        rename = "ReservedInstanceRenewAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_renew_attributes: ::std::option::Option<ReservedInstanceRenewAttributes>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeReservedInstanceAutoRenewAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeReservedInstanceAutoRenewAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeReservedInstanceAutoRenewAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeReservedInstanceAutoRenewAttributeResponse, A::Error>
            {
                let mut out = DescribeReservedInstanceAutoRenewAttributeResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        "ReservedInstanceRenewAttributes" => {
                            out.reserved_instance_renew_attributes = map.next_value()?;
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
