//! `CreateSecurityGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateSecurityGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateSecurityGroup",
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
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ServiceManaged",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
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

/// The request of [`Client::create_security_group`](crate::Client::create_security_group) (`CreateSecurityGroup`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupName` (query).
    #[serde(
        rename = "SecurityGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_name: ::std::option::Option<::std::string::String>,
    /// `VpcId` (query).
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupType` (query).
    #[serde(
        rename = "SecurityGroupType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_type: ::std::option::Option<::std::string::String>,
    /// `ServiceManaged` (query).
    #[serde(
        rename = "ServiceManaged",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_managed: ::std::option::Option<bool>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
}

impl CreateSecurityGroupRequest {
    /// A `CreateSecurityGroupRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            description: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            security_group_name: ::std::option::Option::None,
            vpc_id: ::std::option::Option::None,
            security_group_type: ::std::option::Option::None,
            service_managed: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
        }
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupName`.
    pub fn security_group_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupType`.
    pub fn security_group_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ServiceManaged`.
    pub fn service_managed(mut self, value: bool) -> Self {
        self.service_managed = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for CreateSecurityGroupRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateSecurityGroupRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateSecurityGroupRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateSecurityGroupRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_security_group_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_vpc_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_security_group_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_service_managed: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Description" => m_description = map.next_value()?,
                        "ClientToken" => m_client_token = map.next_value()?,
                        "SecurityGroupName" => m_security_group_name = map.next_value()?,
                        "VpcId" => m_vpc_id = map.next_value()?,
                        "SecurityGroupType" => m_security_group_type = map.next_value()?,
                        "ServiceManaged" => m_service_managed = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(CreateSecurityGroupRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    description: m_description,
                    client_token: m_client_token,
                    security_group_name: m_security_group_name,
                    vpc_id: m_vpc_id,
                    security_group_type: m_security_group_type,
                    service_managed: m_service_managed,
                    resource_group_id: m_resource_group_id,
                    tag: m_tag,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::create_security_group`](crate::Client::create_security_group) (`CreateSecurityGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateSecurityGroupResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CreateSecurityGroupResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateSecurityGroupResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateSecurityGroupResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateSecurityGroupResponse, A::Error> {
                let mut out = CreateSecurityGroupResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
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
