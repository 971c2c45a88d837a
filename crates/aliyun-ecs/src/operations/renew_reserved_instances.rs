//! `RenewReservedInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RenewReservedInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RenewReservedInstances",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "ReservedInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenew",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenewPeriod",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::renew_reserved_instances`](crate::Client::renew_reserved_instances) (`RenewReservedInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewReservedInstancesRequest {
    /// `ReservedInstanceId` (query, sent as `ReservedInstanceId.1`, `ReservedInstanceId.2`, …). Required.
    ///
    /// From 1 to 100 items.
    #[serde(rename = "ReservedInstanceId")]
    pub reserved_instance_id: ::std::vec::Vec<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Period` (query).
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `AutoRenew` (query).
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `AutoRenewPeriod` (query).
    #[serde(
        rename = "AutoRenewPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_period: ::std::option::Option<i32>,
}

impl RenewReservedInstancesRequest {
    /// A `RenewReservedInstancesRequest` with its required members: `ReservedInstanceId`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        reserved_instance_id: ::std::vec::Vec<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            reserved_instance_id,
            region_id: region_id.into(),
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            auto_renew_period: ::std::option::Option::None,
        }
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoRenew`.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoRenewPeriod`.
    pub fn auto_renew_period(mut self, value: i32) -> Self {
        self.auto_renew_period = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for RenewReservedInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RenewReservedInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RenewReservedInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RenewReservedInstancesRequest, A::Error> {
                let mut m_reserved_instance_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_period_unit: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_auto_renew_period: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ReservedInstanceId" => {
                            m_reserved_instance_id = map.next_value()?;
                        }

                        "RegionId" => m_region_id = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        "PeriodUnit" => m_period_unit = map.next_value()?,
                        "ClientToken" => m_client_token = map.next_value()?,
                        "AutoRenew" => m_auto_renew = map.next_value()?,
                        "AutoRenewPeriod" => m_auto_renew_period = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RenewReservedInstancesRequest {
                    reserved_instance_id: m_reserved_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "ReservedInstanceId",
                        )
                    })?,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    period: m_period,
                    period_unit: m_period_unit,
                    client_token: m_client_token,
                    auto_renew: m_auto_renew,
                    auto_renew_period: m_auto_renew_period,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `ReservedInstanceIdSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReservedInstanceIdSets {
    /// `ReservedInstanceId`.
    #[serde(
        rename = "ReservedInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for ReservedInstanceIdSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReservedInstanceIdSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReservedInstanceIdSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReservedInstanceIdSets, A::Error> {
                let mut out = ReservedInstanceIdSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
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

/// The response of [`Client::renew_reserved_instances`](crate::Client::renew_reserved_instances) (`RenewReservedInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewReservedInstancesResponse {
    /// `OrderId`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `ReservedInstanceIdSets`.
    #[serde(
        rename = "ReservedInstanceIdSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_id_sets: ::std::option::Option<ReservedInstanceIdSets>,
}

impl<'de> ::serde::Deserialize<'de> for RenewReservedInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RenewReservedInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RenewReservedInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RenewReservedInstancesResponse, A::Error> {
                let mut out = RenewReservedInstancesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OrderId" => out.order_id = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "ReservedInstanceIdSets" => {
                            out.reserved_instance_id_sets = map.next_value()?;
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
