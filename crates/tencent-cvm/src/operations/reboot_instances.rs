//! `RebootInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RebootInstances>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RebootInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RebootInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceReboot`. Deprecated by the vendor.
    #[serde(
        rename = "ForceReboot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_reboot: ::std::option::Option<bool>,
    /// `StopType`.
    #[serde(
        rename = "StopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_type: ::std::option::Option<::std::string::String>,
}

impl RebootInstancesRequest {
    /// A `RebootInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            force_reboot: ::std::option::Option::None,
            stop_type: ::std::option::Option::None,
        }
    }

    /// Sets `ForceReboot`.
    pub fn force_reboot(mut self, value: bool) -> Self {
        self.force_reboot = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stop_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for RebootInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RebootInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RebootInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RebootInstancesRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_force_reboot: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_stop_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "ForceReboot" => m_force_reboot = map.next_value()?,
                        "StopType" => m_stop_type = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RebootInstancesRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    force_reboot: m_force_reboot,
                    stop_type: m_stop_type,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RebootInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RebootInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RebootInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RebootInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RebootInstancesResponse, A::Error> {
                let mut out = RebootInstancesResponse::default();
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
