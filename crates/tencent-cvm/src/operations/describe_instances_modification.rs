//! `DescribeInstancesModification`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesModification>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstancesModification",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_instances_modification`](crate::Client::describe_instances_modification) (`DescribeInstancesModification`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesModificationRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribeInstancesModificationRequest {
    /// A `DescribeInstancesModificationRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            filters: ::std::option::Option::None,
        }
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstancesModificationRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstancesModificationRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstancesModificationRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstancesModificationRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "Filters" => m_filters = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstancesModificationRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    filters: m_filters,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_instances_modification`](crate::Client::describe_instances_modification) (`DescribeInstancesModification`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesModificationResponse {
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
    /// `InstanceTypeConfigStatusSet`.
    #[serde(
        rename = "InstanceTypeConfigStatusSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_config_status_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceTypeConfigStatus>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstancesModificationResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstancesModificationResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstancesModificationResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstancesModificationResponse, A::Error>
            {
                let mut out = DescribeInstancesModificationResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TotalCount" => out.total_count = map.next_value()?,
                        "InstanceTypeConfigStatusSet" => {
                            out.instance_type_config_status_set = map.next_value()?;
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
