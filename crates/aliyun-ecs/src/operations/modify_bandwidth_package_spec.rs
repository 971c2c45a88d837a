//! `ModifyBandwidthPackageSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyBandwidthPackageSpec>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyBandwidthPackageSpec",
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
                name: "BandwidthPackageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Bandwidth",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::modify_bandwidth_package_spec`](crate::Client::modify_bandwidth_package_spec) (`ModifyBandwidthPackageSpec`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyBandwidthPackageSpecRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `BandwidthPackageId` (query). Required.
    #[serde(rename = "BandwidthPackageId")]
    pub bandwidth_package_id: ::std::string::String,
    /// `Bandwidth` (query). Required.
    #[serde(rename = "Bandwidth")]
    pub bandwidth: ::std::string::String,
}

impl ModifyBandwidthPackageSpecRequest {
    /// A `ModifyBandwidthPackageSpecRequest` with its required members: `RegionId`, `BandwidthPackageId`, `Bandwidth`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth_package_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            bandwidth_package_id: bandwidth_package_id.into(),
            bandwidth: bandwidth.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyBandwidthPackageSpecRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyBandwidthPackageSpecRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyBandwidthPackageSpecRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyBandwidthPackageSpecRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_bandwidth_package_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_bandwidth: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "BandwidthPackageId" => {
                            m_bandwidth_package_id = map.next_value()?;
                        }

                        "Bandwidth" => m_bandwidth = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyBandwidthPackageSpecRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    bandwidth_package_id: m_bandwidth_package_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "BandwidthPackageId",
                        )
                    })?,
                    bandwidth: m_bandwidth.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Bandwidth")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_bandwidth_package_spec`](crate::Client::modify_bandwidth_package_spec) (`ModifyBandwidthPackageSpec`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyBandwidthPackageSpecResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyBandwidthPackageSpecResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyBandwidthPackageSpecResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyBandwidthPackageSpecResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyBandwidthPackageSpecResponse, A::Error> {
                let mut out = ModifyBandwidthPackageSpecResponse::default();
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
