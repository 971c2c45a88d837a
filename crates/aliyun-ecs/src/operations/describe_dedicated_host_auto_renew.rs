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
    };

/// The request of [`Client::describe_dedicated_host_auto_renew`](crate::Client::describe_dedicated_host_auto_renew) (`DescribeDedicatedHostAutoRenew`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostAutoRenewRequest {
    /// `DedicatedHostIds` (query). Required.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
    /// `RegionId` (query). Required.
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

impl<'de> ::serde::Deserialize<'de> for DescribeDedicatedHostAutoRenewRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDedicatedHostAutoRenewRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDedicatedHostAutoRenewRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDedicatedHostAutoRenewRequest, A::Error>
            {
                let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostIds" => m_dedicated_host_ids = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDedicatedHostAutoRenewRequest {
                    dedicated_host_ids: m_dedicated_host_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "DedicatedHostIds",
                        )
                    })?,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `DedicatedHostRenewAttributes.DedicatedHostRenewAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostRenewAttribute {
    /// `AutoRenewEnabled`.
    #[serde(
        rename = "AutoRenewEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_enabled: ::std::option::Option<bool>,
    /// `AutoRenewWithEcs`.
    #[serde(
        rename = "AutoRenewWithEcs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_with_ecs: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostId`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
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
}

impl<'de> ::serde::Deserialize<'de> for DedicatedHostRenewAttribute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHostRenewAttribute;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHostRenewAttribute` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHostRenewAttribute, A::Error> {
                let mut out = DedicatedHostRenewAttribute::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoRenewEnabled" => out.auto_renew_enabled = map.next_value()?,
                        "AutoRenewWithEcs" => out.auto_renew_with_ecs = map.next_value()?,
                        "DedicatedHostId" => out.dedicated_host_id = map.next_value()?,
                        "Duration" => out.duration = map.next_value()?,
                        "PeriodUnit" => out.period_unit = map.next_value()?,
                        "RenewalStatus" => out.renewal_status = map.next_value()?,
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

/// The `DedicatedHostRenewAttributes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DedicatedHostRenewAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHostRenewAttributes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHostRenewAttributes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHostRenewAttributes, A::Error> {
                let mut out = DedicatedHostRenewAttributes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostRenewAttribute" => {
                            out.dedicated_host_renew_attribute = map.next_value()?;
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

/// The response of [`Client::describe_dedicated_host_auto_renew`](crate::Client::describe_dedicated_host_auto_renew) (`DescribeDedicatedHostAutoRenew`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDedicatedHostAutoRenewResponse {
    /// `DedicatedHostRenewAttributes`.
    #[serde(
        rename = "DedicatedHostRenewAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_renew_attributes: ::std::option::Option<DedicatedHostRenewAttributes>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeDedicatedHostAutoRenewResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDedicatedHostAutoRenewResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDedicatedHostAutoRenewResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeDedicatedHostAutoRenewResponse, A::Error>
            {
                let mut out = DescribeDedicatedHostAutoRenewResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostRenewAttributes" => {
                            out.dedicated_host_renew_attributes = map.next_value()?;
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
