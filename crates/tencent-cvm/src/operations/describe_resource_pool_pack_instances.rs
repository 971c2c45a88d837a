//! `DescribeResourcePoolPackInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackInstances>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeResourcePoolPackInstances",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_resource_pool_pack_instances`](crate::Client::describe_resource_pool_pack_instances) (`DescribeResourcePoolPackInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackInstancesRequest {
    /// `DedicatedResourcePackIds`. Required.
    #[serde(rename = "DedicatedResourcePackIds")]
    pub dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>,
}

impl DescribeResourcePoolPackInstancesRequest {
    /// A `DescribeResourcePoolPackInstancesRequest` with its required members: `DedicatedResourcePackIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            dedicated_resource_pack_ids,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeResourcePoolPackInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeResourcePoolPackInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeResourcePoolPackInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeResourcePoolPackInstancesRequest, A::Error>
            {
                let mut m_dedicated_resource_pack_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedResourcePackIds" => {
                            m_dedicated_resource_pack_ids = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeResourcePoolPackInstancesRequest {
                    dedicated_resource_pack_ids: m_dedicated_resource_pack_ids.ok_or_else(
                        || {
                            <A::Error as ::yun_core::internal::DeError>::missing_field(
                                "DedicatedResourcePackIds",
                            )
                        },
                    )?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_resource_pool_pack_instances`](crate::Client::describe_resource_pool_pack_instances) (`DescribeResourcePoolPackInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackInstancesResponse {
    /// `DedicatedResourcePackInstanceSet`.
    #[serde(
        rename = "DedicatedResourcePackInstanceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_instance_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ResourcePoolPackInstance>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeResourcePoolPackInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeResourcePoolPackInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeResourcePoolPackInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeResourcePoolPackInstancesResponse, A::Error>
            {
                let mut out = DescribeResourcePoolPackInstancesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedResourcePackInstanceSet" => {
                            out.dedicated_resource_pack_instance_set = map.next_value()?;
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
