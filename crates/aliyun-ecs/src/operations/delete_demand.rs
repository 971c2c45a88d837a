//! `DeleteDemand`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDemand>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteDemand",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DemandId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Reason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::delete_demand`](crate::Client::delete_demand) (`DeleteDemand`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDemandRequest {
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DemandId` (query). Required.
    #[serde(rename = "DemandId")]
    pub demand_id: ::std::string::String,
    /// `Reason` (query).
    #[serde(
        rename = "Reason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
}

impl DeleteDemandRequest {
    /// A `DeleteDemandRequest` with its required members: `RegionId`, `DemandId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        demand_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            demand_id: demand_id.into(),
            reason: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Reason`.
    pub fn reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DeleteDemandRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteDemandRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteDemandRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteDemandRequest, A::Error> {
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_demand_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_reason: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ClientToken" => m_client_token = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "DemandId" => m_demand_id = map.next_value()?,
                        "Reason" => m_reason = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteDemandRequest {
                    client_token: m_client_token,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    demand_id: m_demand_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("DemandId")
                    })?,
                    reason: m_reason,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::delete_demand`](crate::Client::delete_demand) (`DeleteDemand`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDemandResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteDemandResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteDemandResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteDemandResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteDemandResponse, A::Error> {
                let mut out = DeleteDemandResponse::default();
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
