//! `RemoveBandwidthPackageIps`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RemoveBandwidthPackageIps>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RemoveBandwidthPackageIps",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BandwidthPackageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemovedIpAddresses",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::remove_bandwidth_package_ips`](crate::Client::remove_bandwidth_package_ips) (`RemoveBandwidthPackageIps`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveBandwidthPackageIpsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `BandwidthPackageId` (query). Required.
    #[serde(rename = "BandwidthPackageId")]
    pub bandwidth_package_id: ::std::string::String,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `RemovedIpAddresses` (query, sent as `RemovedIpAddresses.1`, `RemovedIpAddresses.2`, …). Required.
    ///
    /// At most 20 items.
    #[serde(rename = "RemovedIpAddresses")]
    pub removed_ip_addresses: ::std::vec::Vec<::std::string::String>,
}

impl RemoveBandwidthPackageIpsRequest {
    /// A `RemoveBandwidthPackageIpsRequest` with its required members: `RegionId`, `BandwidthPackageId`, `RemovedIpAddresses`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth_package_id: impl ::std::convert::Into<::std::string::String>,
        removed_ip_addresses: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            bandwidth_package_id: bandwidth_package_id.into(),
            client_token: ::std::option::Option::None,
            removed_ip_addresses,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for RemoveBandwidthPackageIpsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RemoveBandwidthPackageIpsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RemoveBandwidthPackageIpsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RemoveBandwidthPackageIpsRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_bandwidth_package_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_removed_ip_addresses: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "BandwidthPackageId" => {
                            m_bandwidth_package_id = map.next_value()?;
                        }

                        "ClientToken" => m_client_token = map.next_value()?,
                        "RemovedIpAddresses" => {
                            m_removed_ip_addresses = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RemoveBandwidthPackageIpsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    bandwidth_package_id: m_bandwidth_package_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "BandwidthPackageId",
                        )
                    })?,
                    client_token: m_client_token,
                    removed_ip_addresses: m_removed_ip_addresses.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "RemovedIpAddresses",
                        )
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::remove_bandwidth_package_ips`](crate::Client::remove_bandwidth_package_ips) (`RemoveBandwidthPackageIps`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveBandwidthPackageIpsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RemoveBandwidthPackageIpsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RemoveBandwidthPackageIpsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RemoveBandwidthPackageIpsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RemoveBandwidthPackageIpsResponse, A::Error> {
                let mut out = RemoveBandwidthPackageIpsResponse::default();
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
