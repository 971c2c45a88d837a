//! `DescribeResourcePoolPackTypeConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackTypeConfigs>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeResourcePoolPackTypeConfigs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_resource_pool_pack_type_configs`](crate::Client::describe_resource_pool_pack_type_configs) (`DescribeResourcePoolPackTypeConfigs`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackTypeConfigsRequest {
    /// `Filters`. Required.
    #[serde(rename = "Filters")]
    pub filters: ::std::vec::Vec<crate::models::Filter>,
}

impl DescribeResourcePoolPackTypeConfigsRequest {
    /// A `DescribeResourcePoolPackTypeConfigsRequest` with its required members: `Filters`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(filters: ::std::vec::Vec<crate::models::Filter>) -> Self {
        Self { filters }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeResourcePoolPackTypeConfigsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeResourcePoolPackTypeConfigsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeResourcePoolPackTypeConfigsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeResourcePoolPackTypeConfigsRequest, A::Error>
            {
                let mut m_filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Filters" => m_filters = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeResourcePoolPackTypeConfigsRequest {
                    filters: m_filters.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Filters")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_resource_pool_pack_type_configs`](crate::Client::describe_resource_pool_pack_type_configs) (`DescribeResourcePoolPackTypeConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackTypeConfigsResponse {
    /// `InstanceTypeConfigSet`.
    #[serde(
        rename = "InstanceTypeConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceTypeConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeResourcePoolPackTypeConfigsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeResourcePoolPackTypeConfigsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeResourcePoolPackTypeConfigsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeResourcePoolPackTypeConfigsResponse, A::Error>
            {
                let mut out = DescribeResourcePoolPackTypeConfigsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceTypeConfigSet" => {
                            out.instance_type_config_set = map.next_value()?;
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
