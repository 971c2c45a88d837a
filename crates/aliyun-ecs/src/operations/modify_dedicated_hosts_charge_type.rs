//! `ModifyDedicatedHostsChargeType`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostsChargeType>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDedicatedHostsChargeType",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
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
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoPay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DetailFee",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::modify_dedicated_hosts_charge_type`](crate::Client::modify_dedicated_hosts_charge_type) (`ModifyDedicatedHostsChargeType`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostsChargeTypeRequest {
    /// `DedicatedHostIds` (query). Required.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
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
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `AutoPay` (query).
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
    /// `DedicatedHostChargeType` (query).
    #[serde(
        rename = "DedicatedHostChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_charge_type: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `DetailFee` (query).
    #[serde(
        rename = "DetailFee",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_fee: ::std::option::Option<bool>,
}

impl ModifyDedicatedHostsChargeTypeRequest {
    /// A `ModifyDedicatedHostsChargeTypeRequest` with its required members: `DedicatedHostIds`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_host_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            dedicated_host_ids: dedicated_host_ids.into(),
            region_id: region_id.into(),
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            auto_pay: ::std::option::Option::None,
            dedicated_host_charge_type: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            detail_fee: ::std::option::Option::None,
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

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoPay`.
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DedicatedHostChargeType`.
    pub fn dedicated_host_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DetailFee`.
    pub fn detail_fee(mut self, value: bool) -> Self {
        self.detail_fee = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyDedicatedHostsChargeTypeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDedicatedHostsChargeTypeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDedicatedHostsChargeTypeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDedicatedHostsChargeTypeRequest, A::Error>
            {
                let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_period_unit: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_dedicated_host_charge_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_detail_fee: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostIds" => m_dedicated_host_ids = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "Period" => m_period = map.next_value()?,
                        "PeriodUnit" => m_period_unit = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        "AutoPay" => m_auto_pay = map.next_value()?,
                        "DedicatedHostChargeType" => {
                            m_dedicated_host_charge_type = map.next_value()?;
                        }

                        "ClientToken" => m_client_token = map.next_value()?,
                        "DetailFee" => m_detail_fee = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyDedicatedHostsChargeTypeRequest {
                    dedicated_host_ids: m_dedicated_host_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "DedicatedHostIds",
                        )
                    })?,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    period: m_period,
                    period_unit: m_period_unit,
                    dry_run: m_dry_run,
                    auto_pay: m_auto_pay,
                    dedicated_host_charge_type: m_dedicated_host_charge_type,
                    client_token: m_client_token,
                    detail_fee: m_detail_fee,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `FeeOfInstances.FeeOfInstance` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FeeOfInstance {
    /// `Currency`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::std::string::String>,
    /// `Fee`.
    #[serde(rename = "Fee", skip_serializing_if = "::std::option::Option::is_none")]
    pub fee: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for FeeOfInstance {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = FeeOfInstance;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `FeeOfInstance` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<FeeOfInstance, A::Error> {
                let mut out = FeeOfInstance::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Currency" => out.currency = map.next_value()?,
                        "Fee" => out.fee = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
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

/// The `FeeOfInstances` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct FeeOfInstances {
    /// `FeeOfInstance`.
    #[serde(
        rename = "FeeOfInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_of_instance: ::std::option::Option<::std::vec::Vec<FeeOfInstance>>,
}

impl<'de> ::serde::Deserialize<'de> for FeeOfInstances {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = FeeOfInstances;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `FeeOfInstances` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<FeeOfInstances, A::Error> {
                let mut out = FeeOfInstances::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "FeeOfInstance" => out.fee_of_instance = map.next_value()?,
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

/// The response of [`Client::modify_dedicated_hosts_charge_type`](crate::Client::modify_dedicated_hosts_charge_type) (`ModifyDedicatedHostsChargeType`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostsChargeTypeResponse {
    /// `FeeOfInstances`.
    #[serde(
        rename = "FeeOfInstances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fee_of_instances: ::std::option::Option<FeeOfInstances>,
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
}

impl<'de> ::serde::Deserialize<'de> for ModifyDedicatedHostsChargeTypeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyDedicatedHostsChargeTypeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyDedicatedHostsChargeTypeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyDedicatedHostsChargeTypeResponse, A::Error>
            {
                let mut out = ModifyDedicatedHostsChargeTypeResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "FeeOfInstances" => out.fee_of_instances = map.next_value()?,
                        "OrderId" => out.order_id = map.next_value()?,
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
