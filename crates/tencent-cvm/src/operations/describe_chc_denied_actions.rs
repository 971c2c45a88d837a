//! `DescribeChcDeniedActions`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeChcDeniedActions>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeChcDeniedActions",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::describe_chc_denied_actions`](crate::Client::describe_chc_denied_actions) (`DescribeChcDeniedActions`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeChcDeniedActionsRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
}

impl DescribeChcDeniedActionsRequest {
    /// A `DescribeChcDeniedActionsRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(chc_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { chc_ids }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeChcDeniedActionsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeChcDeniedActionsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeChcDeniedActionsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeChcDeniedActionsRequest, A::Error> {
                let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ChcIds" => m_chc_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeChcDeniedActionsRequest {
                    chc_ids: m_chc_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ChcIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_chc_denied_actions`](crate::Client::describe_chc_denied_actions) (`DescribeChcDeniedActions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeChcDeniedActionsResponse {
    /// `ChcHostDeniedActionSet`.
    #[serde(
        rename = "ChcHostDeniedActionSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chc_host_denied_action_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ChcHostDeniedActions>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeChcDeniedActionsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeChcDeniedActionsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeChcDeniedActionsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeChcDeniedActionsResponse, A::Error> {
                let mut out = DescribeChcDeniedActionsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ChcHostDeniedActionSet" => {
                            out.chc_host_denied_action_set = map.next_value()?;
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
