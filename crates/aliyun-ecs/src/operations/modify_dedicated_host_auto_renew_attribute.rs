//! `ModifyDedicatedHostAutoRenewAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostAutoRenewAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDedicatedHostAutoRenewAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
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
            ::yun_core::internal::Field {
                name: "Duration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenew",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RenewalStatus",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenewWithEcs",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::modify_dedicated_host_auto_renew_attribute`](crate::Client::modify_dedicated_host_auto_renew_attribute) (`ModifyDedicatedHostAutoRenewAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAutoRenewAttributeRequest {
    /// `DedicatedHostIds` (query). Required.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Duration` (query).
    #[serde(
        rename = "Duration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `AutoRenew` (query).
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `RenewalStatus` (query).
    #[serde(
        rename = "RenewalStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_status: ::std::option::Option<::std::string::String>,
    /// `AutoRenewWithEcs` (query).
    #[serde(
        rename = "AutoRenewWithEcs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_with_ecs: ::std::option::Option<::std::string::String>,
}

impl ModifyDedicatedHostAutoRenewAttributeRequest {
    /// A `ModifyDedicatedHostAutoRenewAttributeRequest` with its required members: `DedicatedHostIds`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_host_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            dedicated_host_ids: dedicated_host_ids.into(),
            region_id: region_id.into(),
            duration: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            renewal_status: ::std::option::Option::None,
            auto_renew_with_ecs: ::std::option::Option::None,
        }
    }

    /// Sets `Duration`.
    pub fn duration(mut self, value: i32) -> Self {
        self.duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoRenew`.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
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

    /// Sets `AutoRenewWithEcs`.
    pub fn auto_renew_with_ecs(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_renew_with_ecs = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyDedicatedHostAutoRenewAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDedicatedHostAutoRenewAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDedicatedHostAutoRenewAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDedicatedHostAutoRenewAttributeRequest, A::Error>
            {
                let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_duration: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_period_unit: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_renewal_status: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_auto_renew_with_ecs: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostIds" => m_dedicated_host_ids = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "Duration" => m_duration = map.next_value()?,
                        "PeriodUnit" => m_period_unit = map.next_value()?,
                        "AutoRenew" => m_auto_renew = map.next_value()?,
                        "RenewalStatus" => m_renewal_status = map.next_value()?,
                        "AutoRenewWithEcs" => m_auto_renew_with_ecs = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyDedicatedHostAutoRenewAttributeRequest {
                    dedicated_host_ids: m_dedicated_host_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "DedicatedHostIds",
                        )
                    })?,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    duration: m_duration,
                    period_unit: m_period_unit,
                    auto_renew: m_auto_renew,
                    renewal_status: m_renewal_status,
                    auto_renew_with_ecs: m_auto_renew_with_ecs,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_dedicated_host_auto_renew_attribute`](crate::Client::modify_dedicated_host_auto_renew_attribute) (`ModifyDedicatedHostAutoRenewAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAutoRenewAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyDedicatedHostAutoRenewAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDedicatedHostAutoRenewAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDedicatedHostAutoRenewAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDedicatedHostAutoRenewAttributeResponse, A::Error>
            {
                let mut out = ModifyDedicatedHostAutoRenewAttributeResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
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
