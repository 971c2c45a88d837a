//! `DisableActivation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DisableActivation>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DisableActivation",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActivationId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::disable_activation`](crate::Client::disable_activation) (`DisableActivation`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisableActivationRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ActivationId` (query). Required.
    #[serde(rename = "ActivationId")]
    pub activation_id: ::std::string::String,
}

impl DisableActivationRequest {
    /// A `DisableActivationRequest` with its required members: `RegionId`, `ActivationId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        activation_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            activation_id: activation_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DisableActivationRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DisableActivationRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DisableActivationRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DisableActivationRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_activation_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ActivationId" => m_activation_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DisableActivationRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    activation_id: m_activation_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ActivationId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Activation` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Activation {
    /// `ActivationId`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::std::string::String>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `DeregisteredCount`.
    #[serde(
        rename = "DeregisteredCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deregistered_count: ::std::option::Option<i64>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Disabled`.
    #[serde(
        rename = "Disabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled: ::std::option::Option<bool>,
    /// `InstanceCount`.
    #[serde(
        rename = "InstanceCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_count: ::std::option::Option<i64>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `IpAddressRange`.
    #[serde(
        rename = "IpAddressRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address_range: ::std::option::Option<::std::string::String>,
    /// `RegisteredCount`.
    #[serde(
        rename = "RegisteredCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registered_count: ::std::option::Option<i64>,
    /// `TimeToLiveInHours`.
    #[serde(
        rename = "TimeToLiveInHours",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_to_live_in_hours: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for Activation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Activation;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Activation` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Activation, A::Error> {
                let mut out = Activation::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ActivationId" => out.activation_id = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "DeregisteredCount" => out.deregistered_count = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "Disabled" => out.disabled = map.next_value()?,
                        "InstanceCount" => out.instance_count = map.next_value()?,
                        "InstanceName" => out.instance_name = map.next_value()?,
                        "IpAddressRange" => out.ip_address_range = map.next_value()?,
                        "RegisteredCount" => out.registered_count = map.next_value()?,
                        "TimeToLiveInHours" => {
                            out.time_to_live_in_hours = map.next_value()?;
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

/// The response of [`Client::disable_activation`](crate::Client::disable_activation) (`DisableActivation`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisableActivationResponse {
    /// `Activation`.
    #[serde(
        rename = "Activation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation: ::std::option::Option<Activation>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DisableActivationResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DisableActivationResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DisableActivationResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DisableActivationResponse, A::Error> {
                let mut out = DisableActivationResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Activation" => out.activation = map.next_value()?,
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
