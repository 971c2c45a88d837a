//! `DescribeInstancesAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesAttributes>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstancesAttributes",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_instances_attributes`](crate::Client::describe_instances_attributes) (`DescribeInstancesAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesAttributesRequest {
    /// `Attributes`. Required.
    #[serde(rename = "Attributes")]
    pub attributes: ::std::vec::Vec<::std::string::String>,
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
}

impl DescribeInstancesAttributesRequest {
    /// A `DescribeInstancesAttributesRequest` with its required members: `Attributes`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        attributes: ::std::vec::Vec<::std::string::String>,
        instance_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            attributes,
            instance_ids,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstancesAttributesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstancesAttributesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstancesAttributesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstancesAttributesRequest, A::Error> {
                let mut m_attributes: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Attributes" => m_attributes = map.next_value()?,
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstancesAttributesRequest {
                    attributes: m_attributes.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("Attributes")
                    })?,
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_instances_attributes`](crate::Client::describe_instances_attributes) (`DescribeInstancesAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesAttributesResponse {
    /// `InstanceSet`.
    #[serde(
        rename = "InstanceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_set: ::std::option::Option<::std::vec::Vec<crate::models::InstanceAttribute>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstancesAttributesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstancesAttributesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstancesAttributesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstancesAttributesResponse, A::Error> {
                let mut out = DescribeInstancesAttributesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceSet" => out.instance_set = map.next_value()?,
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
