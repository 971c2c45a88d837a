//! `ModifyForwardEntry`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyForwardEntry>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyForwardEntry",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "ForwardTableId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ForwardEntryId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExternalIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExternalPort",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternalIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternalPort",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IpProtocol",
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

/// The request of [`Client::modify_forward_entry`](crate::Client::modify_forward_entry) (`ModifyForwardEntry`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyForwardEntryRequest {
    /// `ForwardTableId` (query). Required.
    #[serde(rename = "ForwardTableId")]
    pub forward_table_id: ::std::string::String,
    /// `ForwardEntryId` (query). Required.
    #[serde(rename = "ForwardEntryId")]
    pub forward_entry_id: ::std::string::String,
    /// `ExternalIp` (query).
    #[serde(
        rename = "ExternalIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_ip: ::std::option::Option<::std::string::String>,
    /// `ExternalPort` (query).
    #[serde(
        rename = "ExternalPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_port: ::std::option::Option<::std::string::String>,
    /// `InternalIp` (query).
    #[serde(
        rename = "InternalIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_ip: ::std::option::Option<::std::string::String>,
    /// `InternalPort` (query).
    #[serde(
        rename = "InternalPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_port: ::std::option::Option<::std::string::String>,
    /// `IpProtocol` (query).
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl ModifyForwardEntryRequest {
    /// A `ModifyForwardEntryRequest` with its required members: `ForwardTableId`, `ForwardEntryId`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        forward_table_id: impl ::std::convert::Into<::std::string::String>,
        forward_entry_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            forward_table_id: forward_table_id.into(),
            forward_entry_id: forward_entry_id.into(),
            external_ip: ::std::option::Option::None,
            external_port: ::std::option::Option::None,
            internal_ip: ::std::option::Option::None,
            internal_port: ::std::option::Option::None,
            ip_protocol: ::std::option::Option::None,
            region_id: region_id.into(),
        }
    }

    /// Sets `ExternalIp`.
    pub fn external_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.external_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ExternalPort`.
    pub fn external_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternalIp`.
    pub fn internal_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.internal_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternalPort`.
    pub fn internal_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IpProtocol`.
    pub fn ip_protocol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip_protocol = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyForwardEntryRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyForwardEntryRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyForwardEntryRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyForwardEntryRequest, A::Error> {
                let mut m_forward_table_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_forward_entry_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_external_ip: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_external_port: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_internal_ip: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_internal_port: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_ip_protocol: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ForwardTableId" => m_forward_table_id = map.next_value()?,
                        "ForwardEntryId" => m_forward_entry_id = map.next_value()?,
                        "ExternalIp" => m_external_ip = map.next_value()?,
                        "ExternalPort" => m_external_port = map.next_value()?,
                        "InternalIp" => m_internal_ip = map.next_value()?,
                        "InternalPort" => m_internal_port = map.next_value()?,
                        "IpProtocol" => m_ip_protocol = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyForwardEntryRequest {
                    forward_table_id: m_forward_table_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ForwardTableId")
                    })?,
                    forward_entry_id: m_forward_entry_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ForwardEntryId")
                    })?,
                    external_ip: m_external_ip,
                    external_port: m_external_port,
                    internal_ip: m_internal_ip,
                    internal_port: m_internal_port,
                    ip_protocol: m_ip_protocol,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_forward_entry`](crate::Client::modify_forward_entry) (`ModifyForwardEntry`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyForwardEntryResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyForwardEntryResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyForwardEntryResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyForwardEntryResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyForwardEntryResponse, A::Error> {
                let mut out = ModifyForwardEntryResponse::default();
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
