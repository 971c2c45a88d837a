//! `ModifyHpcClusterAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyHpcClusterAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyHpcClusterAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HpcClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::modify_hpc_cluster_attribute`](crate::Client::modify_hpc_cluster_attribute) (`ModifyHpcClusterAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHpcClusterAttributeRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId` (query). Required.
    #[serde(rename = "HpcClusterId")]
    pub hpc_cluster_id: ::std::string::String,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Name` (query).
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
}

impl ModifyHpcClusterAttributeRequest {
    /// A `ModifyHpcClusterAttributeRequest` with its required members: `RegionId`, `HpcClusterId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        hpc_cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            hpc_cluster_id: hpc_cluster_id.into(),
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ClientToken" => m_client_token = map.next_value()?,
                        "HpcClusterId" => m_hpc_cluster_id = map.next_value()?,
                        "Description" => m_description = map.next_value()?,
                        "Name" => m_name = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyHpcClusterAttributeRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    client_token: m_client_token,
                    hpc_cluster_id: m_hpc_cluster_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("HpcClusterId")
                    })?,
                    description: m_description,
                    name: m_name,
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
