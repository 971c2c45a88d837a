//! `JoinResourceGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/JoinResourceGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "JoinResourceGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::join_resource_group`](crate::Client::join_resource_group) (`JoinResourceGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct JoinResourceGroupRequest {
    /// `ResourceType` (query).
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `ResourceId` (query).
    #[serde(
        rename = "ResourceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}

impl JoinResourceGroupRequest {
    /// An empty `JoinResourceGroupRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            resource_type: ::std::option::Option::None,
            resource_id: ::std::option::Option::None,
            region_id: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
        }
    }

    /// Sets `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceId`.
    pub fn resource_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.resource_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
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
}

impl<'de> ::serde::Deserialize<'de> for JoinResourceGroupRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = JoinResourceGroupRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `JoinResourceGroupRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<JoinResourceGroupRequest, A::Error> {
                let mut out = JoinResourceGroupRequest::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ResourceType" => out.resource_type = map.next_value()?,
                        "ResourceId" => out.resource_id = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
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

/// The response of [`Client::join_resource_group`](crate::Client::join_resource_group) (`JoinResourceGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct JoinResourceGroupResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for JoinResourceGroupResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = JoinResourceGroupResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `JoinResourceGroupResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<JoinResourceGroupResponse, A::Error> {
                let mut out = JoinResourceGroupResponse::default();
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
