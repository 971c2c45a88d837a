//! `ImportInstancesActionTimer`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportInstancesActionTimer>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ImportInstancesActionTimer",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::import_instances_action_timer`](crate::Client::import_instances_action_timer) (`ImportInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportInstancesActionTimerRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `ActionTimer`. Required.
    #[serde(rename = "ActionTimer")]
    pub action_timer: crate::models::ActionTimer,
}

impl ImportInstancesActionTimerRequest {
    /// A `ImportInstancesActionTimerRequest` with its required members: `InstanceIds`, `ActionTimer`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        action_timer: crate::models::ActionTimer,
    ) -> Self {
        Self {
            instance_ids,
            action_timer,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for ImportInstancesActionTimerRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImportInstancesActionTimerRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImportInstancesActionTimerRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImportInstancesActionTimerRequest, A::Error> {
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_action_timer: ::std::option::Option<crate::models::ActionTimer> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "ActionTimer" => m_action_timer = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ImportInstancesActionTimerRequest {
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    action_timer: m_action_timer.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ActionTimer")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::import_instances_action_timer`](crate::Client::import_instances_action_timer) (`ImportInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportInstancesActionTimerResponse {
    /// `ActionTimerIds`.
    #[serde(
        rename = "ActionTimerIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_timer_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ImportInstancesActionTimerResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImportInstancesActionTimerResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImportInstancesActionTimerResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImportInstancesActionTimerResponse, A::Error> {
                let mut out = ImportInstancesActionTimerResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ActionTimerIds" => out.action_timer_ids = map.next_value()?,
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
