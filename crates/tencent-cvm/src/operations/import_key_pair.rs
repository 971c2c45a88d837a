//! `ImportKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportKeyPair>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ImportKeyPair",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::import_key_pair`](crate::Client::import_key_pair) (`ImportKeyPair`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportKeyPairRequest {
    /// `KeyName`. Required.
    #[serde(rename = "KeyName")]
    pub key_name: ::std::string::String,
    /// `ProjectId`. Required.
    #[serde(rename = "ProjectId")]
    pub project_id: i64,
    /// `PublicKey`. Required.
    #[serde(rename = "PublicKey")]
    pub public_key: ::std::string::String,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}

impl ImportKeyPairRequest {
    /// A `ImportKeyPairRequest` with its required members: `KeyName`, `ProjectId`, `PublicKey`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        key_name: impl ::std::convert::Into<::std::string::String>,
        project_id: i64,
        public_key: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            key_name: key_name.into(),
            project_id,
            public_key: public_key.into(),
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

impl<'de> ::serde::Deserialize<'de> for ImportKeyPairRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImportKeyPairRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImportKeyPairRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImportKeyPairRequest, A::Error> {
                let mut m_key_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_project_id: ::std::option::Option<i64> = ::std::option::Option::None;
                let mut m_public_key: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_tag_specification: ::std::option::Option<
                    ::std::vec::Vec<crate::models::TagSpecification>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "KeyName" => m_key_name = map.next_value()?,
                        "ProjectId" => m_project_id = map.next_value()?,
                        "PublicKey" => m_public_key = map.next_value()?,
                        "TagSpecification" => m_tag_specification = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ImportKeyPairRequest {
                    key_name: m_key_name.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("KeyName")
                    })?,
                    project_id: m_project_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ProjectId")
                    })?,
                    public_key: m_public_key.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("PublicKey")
                    })?,
                    tag_specification: m_tag_specification,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::import_key_pair`](crate::Client::import_key_pair) (`ImportKeyPair`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportKeyPairResponse {
    /// `KeyId`.
    #[serde(
        rename = "KeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ImportKeyPairResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImportKeyPairResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImportKeyPairResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImportKeyPairResponse, A::Error> {
                let mut out = ImportKeyPairResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "KeyId" => out.key_id = map.next_value()?,
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
