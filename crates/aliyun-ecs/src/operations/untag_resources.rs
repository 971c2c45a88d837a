//! `UntagResources`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/UntagResources>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "UntagResources",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "All",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TagKey",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::untag_resources`](crate::Client::untag_resources) (`UntagResources`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct UntagResourcesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceType` (query). Required.
    #[serde(rename = "ResourceType")]
    pub resource_type: ::std::string::String,
    /// `All` (query).
    #[serde(rename = "All", skip_serializing_if = "::std::option::Option::is_none")]
    pub all: ::std::option::Option<bool>,
    /// `ResourceId` (query, sent as `ResourceId.1`, `ResourceId.2`, …). Required.
    ///
    /// At most 51 items.
    #[serde(rename = "ResourceId")]
    pub resource_id: ::std::vec::Vec<::std::string::String>,
    /// `TagKey` (query, sent as `TagKey.1`, `TagKey.2`, …).
    ///
    /// At most 21 items.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl UntagResourcesRequest {
    /// A `UntagResourcesRequest` with its required members: `RegionId`, `ResourceType`, `ResourceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<::std::string::String>,
        resource_id: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_type: resource_type.into(),
            all: ::std::option::Option::None,
            resource_id,
            tag_key: ::std::option::Option::None,
        }
    }

    /// Sets `All`.
    pub fn all(mut self, value: bool) -> Self {
        self.all = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TagKey`.
    pub fn tag_key(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tag_key = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for UntagResourcesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = UntagResourcesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `UntagResourcesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<UntagResourcesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_resource_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_all: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_resource_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_tag_key: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ResourceType" => m_resource_type = map.next_value()?,
                        "All" => m_all = map.next_value()?,
                        "ResourceId" => m_resource_id = map.next_value()?,
                        "TagKey" => m_tag_key = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(UntagResourcesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    resource_type: m_resource_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ResourceType")
                    })?,
                    all: m_all,
                    resource_id: m_resource_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ResourceId")
                    })?,
                    tag_key: m_tag_key,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::untag_resources`](crate::Client::untag_resources) (`UntagResources`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct UntagResourcesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for UntagResourcesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = UntagResourcesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `UntagResourcesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<UntagResourcesResponse, A::Error> {
                let mut out = UntagResourcesResponse::default();
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
