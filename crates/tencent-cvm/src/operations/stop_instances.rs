//! `StopInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=StopInstances>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "StopInstances",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::stop_instances`](crate::Client::stop_instances) (`StopInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstancesRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ForceStop`. Deprecated by the vendor.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `StopType`.
    #[serde(
        rename = "StopType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stop_type: ::std::option::Option<::std::string::String>,
    /// `StoppedMode`.
    #[serde(
        rename = "StoppedMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stopped_mode: ::std::option::Option<::std::string::String>,
}

impl StopInstancesRequest {
    /// A `StopInstancesRequest` with its required members: `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            instance_ids,
            force_stop: ::std::option::Option::None,
            stop_type: ::std::option::Option::None,
            stopped_mode: ::std::option::Option::None,
        }
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StopType`.
    pub fn stop_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stop_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StoppedMode`.
    pub fn stopped_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stopped_mode = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for StopInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = StopInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `StopInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<StopInstancesRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_stop_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_stopped_mode: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "ForceStop" => m_force_stop = map.next_value()?,
                        "StopType" => m_stop_type = map.next_value()?,
                        "StoppedMode" => m_stopped_mode = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(StopInstancesRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    force_stop: m_force_stop,
                    stop_type: m_stop_type,
                    stopped_mode: m_stopped_mode,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::stop_instances`](crate::Client::stop_instances) (`StopInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstancesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for StopInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = StopInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `StopInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<StopInstancesResponse, A::Error> {
                let mut out = StopInstancesResponse::default();
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
