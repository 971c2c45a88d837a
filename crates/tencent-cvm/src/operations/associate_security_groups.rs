//! `AssociateSecurityGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=AssociateSecurityGroups>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "AssociateSecurityGroups",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::associate_security_groups`](crate::Client::associate_security_groups) (`AssociateSecurityGroups`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociateSecurityGroupsRequest {
    /// `SecurityGroupIds`. Required.
    #[serde(rename = "SecurityGroupIds")]
    pub security_group_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
}

impl AssociateSecurityGroupsRequest {
    /// A `AssociateSecurityGroupsRequest` with its required members: `SecurityGroupIds`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        security_group_ids: ::std::vec::Vec<::std::string::String>,
        instance_ids: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            security_group_ids,
            instance_ids,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for AssociateSecurityGroupsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AssociateSecurityGroupsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AssociateSecurityGroupsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AssociateSecurityGroupsRequest, A::Error> {
                let mut m_security_group_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_instance_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SecurityGroupIds" => m_security_group_ids = map.next_value()?,
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(AssociateSecurityGroupsRequest {
                    security_group_ids: m_security_group_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "SecurityGroupIds",
                        )
                    })?,
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::associate_security_groups`](crate::Client::associate_security_groups) (`AssociateSecurityGroups`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AssociateSecurityGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for AssociateSecurityGroupsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AssociateSecurityGroupsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AssociateSecurityGroupsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AssociateSecurityGroupsResponse, A::Error> {
                let mut out = AssociateSecurityGroupsResponse::default();
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
