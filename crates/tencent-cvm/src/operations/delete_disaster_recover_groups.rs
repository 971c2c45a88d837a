//! `DeleteDisasterRecoverGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DeleteDisasterRecoverGroups>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DeleteDisasterRecoverGroups",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::delete_disaster_recover_groups`](crate::Client::delete_disaster_recover_groups) (`DeleteDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDisasterRecoverGroupsRequest {
    /// `DisasterRecoverGroupIds`. Required.
    #[serde(rename = "DisasterRecoverGroupIds")]
    pub disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>,
}

impl DeleteDisasterRecoverGroupsRequest {
    /// A `DeleteDisasterRecoverGroupsRequest` with its required members: `DisasterRecoverGroupIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disaster_recover_group_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            disaster_recover_group_ids,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DeleteDisasterRecoverGroupsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteDisasterRecoverGroupsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteDisasterRecoverGroupsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteDisasterRecoverGroupsRequest, A::Error> {
                let mut m_disaster_recover_group_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DisasterRecoverGroupIds" => {
                            m_disaster_recover_group_ids = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeleteDisasterRecoverGroupsRequest {
                    disaster_recover_group_ids: m_disaster_recover_group_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "DisasterRecoverGroupIds",
                        )
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::delete_disaster_recover_groups`](crate::Client::delete_disaster_recover_groups) (`DeleteDisasterRecoverGroups`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDisasterRecoverGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeleteDisasterRecoverGroupsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeleteDisasterRecoverGroupsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeleteDisasterRecoverGroupsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeleteDisasterRecoverGroupsResponse, A::Error> {
                let mut out = DeleteDisasterRecoverGroupsResponse::default();
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
