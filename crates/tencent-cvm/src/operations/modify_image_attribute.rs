//! `ModifyImageAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageAttribute>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyImageAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageAttributeRequest {
    /// `ImageId`. Required.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `ImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageDescription`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
    /// `ImageFamily`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImageDeprecated`.
    #[serde(
        rename = "ImageDeprecated",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_deprecated: ::std::option::Option<bool>,
}

impl ModifyImageAttributeRequest {
    /// A `ModifyImageAttributeRequest` with its required members: `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_id: image_id.into(),
            image_name: ::std::option::Option::None,
            image_description: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            image_deprecated: ::std::option::Option::None,
        }
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageDescription`.
    pub fn image_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageDeprecated`.
    pub fn image_deprecated(mut self, value: bool) -> Self {
        self.image_deprecated = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyImageAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyImageAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyImageAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyImageAttributeRequest, A::Error> {
                let mut m_image_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_family: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_deprecated: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ImageId" => m_image_id = map.next_value()?,
                        "ImageName" => m_image_name = map.next_value()?,
                        "ImageDescription" => m_image_description = map.next_value()?,
                        "ImageFamily" => m_image_family = map.next_value()?,
                        "ImageDeprecated" => m_image_deprecated = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyImageAttributeRequest {
                    image_id: m_image_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("ImageId")
                    })?,
                    image_name: m_image_name,
                    image_description: m_image_description,
                    image_family: m_image_family,
                    image_deprecated: m_image_deprecated,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyImageAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyImageAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyImageAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyImageAttributeResponse, A::Error> {
                let mut out = ModifyImageAttributeResponse::default();
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
