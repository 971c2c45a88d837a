//! `DescribeInstanceInternetBandwidthConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceInternetBandwidthConfigs>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstanceInternetBandwidthConfigs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_instance_internet_bandwidth_configs`](crate::Client::describe_instance_internet_bandwidth_configs) (`DescribeInstanceInternetBandwidthConfigs`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceInternetBandwidthConfigsRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
}

impl DescribeInstanceInternetBandwidthConfigsRequest {
    /// A `DescribeInstanceInternetBandwidthConfigsRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceInternetBandwidthConfigsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceInternetBandwidthConfigsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceInternetBandwidthConfigsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceInternetBandwidthConfigsRequest, A::Error>
            {
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstanceInternetBandwidthConfigsRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_instance_internet_bandwidth_configs`](crate::Client::describe_instance_internet_bandwidth_configs) (`DescribeInstanceInternetBandwidthConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceInternetBandwidthConfigsResponse {
    /// `InternetBandwidthConfigSet`.
    #[serde(
        rename = "InternetBandwidthConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_bandwidth_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InternetBandwidthConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceInternetBandwidthConfigsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceInternetBandwidthConfigsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceInternetBandwidthConfigsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceInternetBandwidthConfigsResponse, A::Error>
            {
                let mut out = DescribeInstanceInternetBandwidthConfigsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InternetBandwidthConfigSet" => {
                            out.internet_bandwidth_config_set = map.next_value()?;
                        }

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
