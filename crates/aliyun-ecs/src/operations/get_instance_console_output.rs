//! `GetInstanceConsoleOutput`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/GetInstanceConsoleOutput>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "GetInstanceConsoleOutput",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoveSymbols",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::get_instance_console_output`](crate::Client::get_instance_console_output) (`GetInstanceConsoleOutput`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetInstanceConsoleOutputRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `RemoveSymbols` (query).
    #[serde(
        rename = "RemoveSymbols",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_symbols: ::std::option::Option<bool>,
}

impl GetInstanceConsoleOutputRequest {
    /// A `GetInstanceConsoleOutputRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            remove_symbols: ::std::option::Option::None,
        }
    }

    /// Sets `RemoveSymbols`.
    pub fn remove_symbols(mut self, value: bool) -> Self {
        self.remove_symbols = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for GetInstanceConsoleOutputRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = GetInstanceConsoleOutputRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `GetInstanceConsoleOutputRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<GetInstanceConsoleOutputRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_remove_symbols: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "RemoveSymbols" => m_remove_symbols = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(GetInstanceConsoleOutputRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    remove_symbols: m_remove_symbols,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::get_instance_console_output`](crate::Client::get_instance_console_output) (`GetInstanceConsoleOutput`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct GetInstanceConsoleOutputResponse {
    /// `ConsoleOutput`.
    #[serde(
        rename = "ConsoleOutput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub console_output: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `LastUpdateTime`.
    #[serde(
        rename = "LastUpdateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_update_time: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for GetInstanceConsoleOutputResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = GetInstanceConsoleOutputResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `GetInstanceConsoleOutputResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<GetInstanceConsoleOutputResponse, A::Error> {
                let mut out = GetInstanceConsoleOutputResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ConsoleOutput" => out.console_output = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "LastUpdateTime" => out.last_update_time = map.next_value()?,
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
