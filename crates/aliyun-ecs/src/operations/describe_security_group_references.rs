//! `DescribeSecurityGroupReferences`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroupReferences>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSecurityGroupReferences",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::describe_security_group_references`](crate::Client::describe_security_group_references) (`DescribeSecurityGroupReferences`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupReferencesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `SecurityGroupId` (query, sent as `SecurityGroupId.1`, `SecurityGroupId.2`, …). Required.
    ///
    /// At most 10 items.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::vec::Vec<::std::string::String>,
}

impl DescribeSecurityGroupReferencesRequest {
    /// A `DescribeSecurityGroupReferencesRequest` with its required members: `RegionId`, `SecurityGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        security_group_id: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            security_group_id,
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeSecurityGroupReferencesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSecurityGroupReferencesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSecurityGroupReferencesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSecurityGroupReferencesRequest, A::Error>
            {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_security_group_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "SecurityGroupId" => m_security_group_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeSecurityGroupReferencesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    security_group_id: m_security_group_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "SecurityGroupId",
                        )
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `SecurityGroupReferences.SecurityGroupReference.ReferencingSecurityGroups.ReferencingSecurityGroup` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReferencingSecurityGroup {
    /// `AliUid`.
    #[serde(
        rename = "AliUid",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ali_uid: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ReferencingSecurityGroup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReferencingSecurityGroup;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReferencingSecurityGroup` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReferencingSecurityGroup, A::Error> {
                let mut out = ReferencingSecurityGroup::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AliUid" => out.ali_uid = map.next_value()?,
                        "SecurityGroupId" => out.security_group_id = map.next_value()?,
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

/// The `SecurityGroupReferences.SecurityGroupReference.ReferencingSecurityGroups` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReferencingSecurityGroups {
    /// `ReferencingSecurityGroup`.
    #[serde(
        rename = "ReferencingSecurityGroup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub referencing_security_group:
        ::std::option::Option<::std::vec::Vec<ReferencingSecurityGroup>>,
}

impl<'de> ::serde::Deserialize<'de> for ReferencingSecurityGroups {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ReferencingSecurityGroups;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ReferencingSecurityGroups` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ReferencingSecurityGroups, A::Error> {
                let mut out = ReferencingSecurityGroups::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ReferencingSecurityGroup" => {
                            out.referencing_security_group = map.next_value()?;
                        }

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

/// The `SecurityGroupReferences.SecurityGroupReference` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroupReference {
    /// `ReferencingSecurityGroups`.
    #[serde(
        rename = "ReferencingSecurityGroups",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub referencing_security_groups: ::std::option::Option<ReferencingSecurityGroups>,
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SecurityGroupReference {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SecurityGroupReference;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SecurityGroupReference` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SecurityGroupReference, A::Error> {
                let mut out = SecurityGroupReference::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ReferencingSecurityGroups" => {
                            out.referencing_security_groups = map.next_value()?;
                        }

                        "SecurityGroupId" => out.security_group_id = map.next_value()?,
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

/// The `SecurityGroupReferences` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroupReferences {
    /// `SecurityGroupReference`.
    #[serde(
        rename = "SecurityGroupReference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_reference: ::std::option::Option<::std::vec::Vec<SecurityGroupReference>>,
}

impl<'de> ::serde::Deserialize<'de> for SecurityGroupReferences {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SecurityGroupReferences;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SecurityGroupReferences` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SecurityGroupReferences, A::Error> {
                let mut out = SecurityGroupReferences::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SecurityGroupReference" => {
                            out.security_group_reference = map.next_value()?;
                        }

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

/// The response of [`Client::describe_security_group_references`](crate::Client::describe_security_group_references) (`DescribeSecurityGroupReferences`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupReferencesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupReferences`.
    #[serde(
        rename = "SecurityGroupReferences",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_references: ::std::option::Option<SecurityGroupReferences>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeSecurityGroupReferencesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSecurityGroupReferencesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSecurityGroupReferencesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSecurityGroupReferencesResponse, A::Error>
            {
                let mut out = DescribeSecurityGroupReferencesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        "SecurityGroupReferences" => {
                            out.security_group_references = map.next_value()?;
                        }

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
