//! `TerminateInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=TerminateInstances>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "TerminateInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::terminate_instances`](crate::Client::terminate_instances) (`TerminateInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct TerminateInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ReleaseAddress`.
    #[serde(
        rename = "ReleaseAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_address: ::std::option::Option<bool>,
    /// `ReleasePrepaidDataDisks`.
    #[serde(
        rename = "ReleasePrepaidDataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub release_prepaid_data_disks: ::std::option::Option<bool>,
}

impl TerminateInstancesRequest {
    /// A `TerminateInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            release_address: ::std::option::Option::None,
            release_prepaid_data_disks: ::std::option::Option::None,
        }
    }

    /// Sets `ReleaseAddress`.
    pub fn release_address(mut self, value: bool) -> Self {
        self.release_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ReleasePrepaidDataDisks`.
    pub fn release_prepaid_data_disks(mut self, value: bool) -> Self {
        self.release_prepaid_data_disks = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for TerminateInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TerminateInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TerminateInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TerminateInstancesRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_release_address: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_release_prepaid_data_disks: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "ReleaseAddress" => m_release_address = map.next_value()?,
                        "ReleasePrepaidDataDisks" => {
                            m_release_prepaid_data_disks = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(TerminateInstancesRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    release_address: m_release_address,
                    release_prepaid_data_disks: m_release_prepaid_data_disks,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::terminate_instances`](crate::Client::terminate_instances) (`TerminateInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TerminateInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for TerminateInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TerminateInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TerminateInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TerminateInstancesResponse, A::Error> {
                let mut out = TerminateInstancesResponse::default();
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
