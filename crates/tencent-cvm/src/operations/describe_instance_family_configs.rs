//! `DescribeInstanceFamilyConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceFamilyConfigs>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstanceFamilyConfigs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_instance_family_configs`](crate::Client::describe_instance_family_configs) (`DescribeInstanceFamilyConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceFamilyConfigsRequest {}
impl DescribeInstanceFamilyConfigsRequest {
    /// An empty `DescribeInstanceFamilyConfigsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceFamilyConfigsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceFamilyConfigsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceFamilyConfigsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceFamilyConfigsRequest, A::Error> {
                while map
                    .next_key::<::yun_core::internal::IgnoredAny>()?
                    .is_some()
                {
                    map.next_value::<::yun_core::internal::IgnoredAny>()?;
                }

                ::std::result::Result::Ok(DescribeInstanceFamilyConfigsRequest::default())
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_instance_family_configs`](crate::Client::describe_instance_family_configs) (`DescribeInstanceFamilyConfigs`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceFamilyConfigsResponse {
    /// `InstanceFamilyConfigSet`.
    #[serde(
        rename = "InstanceFamilyConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceFamilyConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceFamilyConfigsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceFamilyConfigsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceFamilyConfigsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceFamilyConfigsResponse, A::Error>
            {
                let mut out = DescribeInstanceFamilyConfigsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceFamilyConfigSet" => {
                            out.instance_family_config_set = map.next_value()?;
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
