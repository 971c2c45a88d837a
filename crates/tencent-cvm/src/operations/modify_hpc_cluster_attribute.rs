//! `ModifyHpcClusterAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHpcClusterAttribute>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyHpcClusterAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_hpc_cluster_attribute`](crate::Client::modify_hpc_cluster_attribute) (`ModifyHpcClusterAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHpcClusterAttributeRequest {
    /// `HpcClusterId`. Required.
    #[serde(rename = "HpcClusterId")]
    pub hpc_cluster_id: ::std::string::String,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Remark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
}

impl ModifyHpcClusterAttributeRequest {
    /// A `ModifyHpcClusterAttributeRequest` with its required members: `HpcClusterId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(hpc_cluster_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            hpc_cluster_id: hpc_cluster_id.into(),
            name: ::std::option::Option::None,
            remark: ::std::option::Option::None,
        }
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Remark`.
    pub fn remark(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remark = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyHpcClusterAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyHpcClusterAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyHpcClusterAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyHpcClusterAttributeRequest, A::Error> {
                let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_remark: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HpcClusterId" => m_hpc_cluster_id = map.next_value()?,
                        "Name" => m_name = map.next_value()?,
                        "Remark" => m_remark = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyHpcClusterAttributeRequest {
                    hpc_cluster_id: m_hpc_cluster_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("HpcClusterId")
                    })?,
                    name: m_name,
                    remark: m_remark,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_hpc_cluster_attribute`](crate::Client::modify_hpc_cluster_attribute) (`ModifyHpcClusterAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHpcClusterAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyHpcClusterAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyHpcClusterAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyHpcClusterAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyHpcClusterAttributeResponse, A::Error> {
                let mut out = ModifyHpcClusterAttributeResponse::default();
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
