//! `CreateKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateKeyPair>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "CreateKeyPair",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateKeyPairRequest {
    /// `KeyName`. Required.
    #[serde(rename = "KeyName")]
    pub key_name: ::std::string::String,
    /// `ProjectId`. Required.
    #[serde(rename = "ProjectId")]
    pub project_id: i64,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}

impl CreateKeyPairRequest {
    /// A `CreateKeyPairRequest` with its required members: `KeyName`, `ProjectId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        key_name: impl ::std::convert::Into<::std::string::String>,
        project_id: i64,
    ) -> Self {
        Self {
            key_name: key_name.into(),
            project_id,
            tag_specification: ::std::option::Option::None,
        }
    }

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for CreateKeyPairRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateKeyPairRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateKeyPairRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateKeyPairRequest, A::Error> {
                let mut m_key_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_project_id: ::std::option::Option<i64> = ::std::option::Option::None;
                let mut m_tag_specification: ::std::option::Option<
                    ::std::vec::Vec<crate::models::TagSpecification>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "KeyName" => m_key_name = map.next_value()?,
                        "ProjectId" => m_project_id = map.next_value()?,
                        "TagSpecification" => m_tag_specification = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(CreateKeyPairRequest {
                    key_name: m_key_name.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("KeyName")
                    })?,
                    project_id: m_project_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ProjectId")
                    })?,
                    tag_specification: m_tag_specification,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateKeyPairResponse {
    /// `KeyPair`.
    #[serde(
        rename = "KeyPair",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair: ::std::option::Option<crate::models::KeyPair>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CreateKeyPairResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateKeyPairResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateKeyPairResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateKeyPairResponse, A::Error> {
                let mut out = CreateKeyPairResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "KeyPair" => out.key_pair = map.next_value()?,
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
