//! `ReleasePublicIpAddress`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleasePublicIpAddress>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ReleasePublicIpAddress",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PublicIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::release_public_ip_address`](crate::Client::release_public_ip_address) (`ReleasePublicIpAddress`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleasePublicIpAddressRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `PublicIpAddress` (query). Required.
    #[serde(rename = "PublicIpAddress")]
    pub public_ip_address: ::std::string::String,
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl ReleasePublicIpAddressRequest {
    /// A `ReleasePublicIpAddressRequest` with its required members: `PublicIpAddress`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(public_ip_address: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            public_ip_address: public_ip_address.into(),
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ReleasePublicIpAddressRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReleasePublicIpAddressRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReleasePublicIpAddressRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReleasePublicIpAddressRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_public_ip_address: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "PublicIpAddress" => m_public_ip_address = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ReleasePublicIpAddressRequest {
                    region_id: m_region_id,
                    instance_id: m_instance_id,
                    public_ip_address: m_public_ip_address.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "PublicIpAddress",
                        )
                    })?,
                    dry_run: m_dry_run,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::release_public_ip_address`](crate::Client::release_public_ip_address) (`ReleasePublicIpAddress`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleasePublicIpAddressResponse {
    /// `RemainTimes`.
    #[serde(
        rename = "RemainTimes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remain_times: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ReleasePublicIpAddressResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReleasePublicIpAddressResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReleasePublicIpAddressResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReleasePublicIpAddressResponse, A::Error> {
                let mut out = ReleasePublicIpAddressResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RemainTimes" => out.remain_times = map.next_value()?,
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
