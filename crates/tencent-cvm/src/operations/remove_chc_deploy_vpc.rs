//! `RemoveChcDeployVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcDeployVpc>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RemoveChcDeployVpc",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::remove_chc_deploy_vpc`](crate::Client::remove_chc_deploy_vpc) (`RemoveChcDeployVpc`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveChcDeployVpcRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
}

impl RemoveChcDeployVpcRequest {
    /// A `RemoveChcDeployVpcRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(chc_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self { chc_ids }
    }
}

impl<'de> ::serde::Deserialize<'de> for RemoveChcDeployVpcRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RemoveChcDeployVpcRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RemoveChcDeployVpcRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RemoveChcDeployVpcRequest, A::Error> {
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

                ::std::result::Result::Ok(RemoveChcDeployVpcRequest {
                    chc_ids: m_chc_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ChcIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::remove_chc_deploy_vpc`](crate::Client::remove_chc_deploy_vpc) (`RemoveChcDeployVpc`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveChcDeployVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RemoveChcDeployVpcResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RemoveChcDeployVpcResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RemoveChcDeployVpcResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RemoveChcDeployVpcResponse, A::Error> {
                let mut out = RemoveChcDeployVpcResponse::default();
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
