//! `DeleteInstancesActionTimer`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteInstancesActionTimer>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteInstancesActionTimer",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::delete_instances_action_timer`](crate::Client::delete_instances_action_timer) (`DeleteInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteInstancesActionTimerRequest {
    /// `ActionTimerIds`. Required.
    #[serde(rename = "ActionTimerIds")]
    pub action_timer_ids: ::std::vec::Vec<::std::string::String>,
}

impl DeleteInstancesActionTimerRequest {
    /// A `DeleteInstancesActionTimerRequest` with its required members: `ActionTimerIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(action_timer_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { action_timer_ids }
    }
}

impl<'de> ::serde::Deserialize<'de> for DeleteInstancesActionTimerRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteInstancesActionTimerRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteInstancesActionTimerRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteInstancesActionTimerRequest, A::Error> {
                let mut m_action_timer_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ActionTimerIds" => m_action_timer_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteInstancesActionTimerRequest {
                    action_timer_ids: m_action_timer_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ActionTimerIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::delete_instances_action_timer`](crate::Client::delete_instances_action_timer) (`DeleteInstancesActionTimer`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteInstancesActionTimerResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteInstancesActionTimerResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteInstancesActionTimerResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteInstancesActionTimerResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteInstancesActionTimerResponse, A::Error> {
                let mut out = DeleteInstancesActionTimerResponse::default();
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
