//! `ModifyInstanceAttachmentAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAttachmentAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceAttachmentAttributes",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.MatchCriteria",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.Id",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::modify_instance_attachment_attributes`](crate::Client::modify_instance_attachment_attributes) (`ModifyInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttachmentAttributesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `PrivatePoolOptions.MatchCriteria` (query). Required.
    #[serde(rename = "PrivatePoolOptions.MatchCriteria")]
    pub private_pool_options_match_criteria: ::std::string::String,
    /// `PrivatePoolOptions.Id` (query).
    #[serde(
        rename = "PrivatePoolOptions.Id",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::std::string::String>,
}

impl ModifyInstanceAttachmentAttributesRequest {
    /// A `ModifyInstanceAttachmentAttributesRequest` with its required members: `RegionId`, `InstanceId`, `PrivatePoolOptions.MatchCriteria`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
        private_pool_options_match_criteria: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            private_pool_options_match_criteria: private_pool_options_match_criteria.into(),
            private_pool_options_id: ::std::option::Option::None,
        }
    }

    /// Sets `PrivatePoolOptions.Id`.
    pub fn private_pool_options_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstanceAttachmentAttributesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstanceAttachmentAttributesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstanceAttachmentAttributesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstanceAttachmentAttributesRequest, A::Error>
            {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_private_pool_options_match_criteria: ::std::option::Option<
                    ::std::string::String,
                > = ::std::option::Option::None;
                let mut m_private_pool_options_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "PrivatePoolOptions.MatchCriteria" => {
                            m_private_pool_options_match_criteria = map.next_value()?;
                        }

                        "PrivatePoolOptions.Id" => {
                            m_private_pool_options_id = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyInstanceAttachmentAttributesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    private_pool_options_match_criteria: m_private_pool_options_match_criteria
                        .ok_or_else(|| {
                            <A::Error as ::yun_core::internal::DeError>::missing_field(
                                "PrivatePoolOptions.MatchCriteria",
                            )
                        })?,
                    private_pool_options_id: m_private_pool_options_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_instance_attachment_attributes`](crate::Client::modify_instance_attachment_attributes) (`ModifyInstanceAttachmentAttributes`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttachmentAttributesResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyInstanceAttachmentAttributesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyInstanceAttachmentAttributesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyInstanceAttachmentAttributesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyInstanceAttachmentAttributesResponse, A::Error>
            {
                let mut out = ModifyInstanceAttachmentAttributesResponse::default();
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
