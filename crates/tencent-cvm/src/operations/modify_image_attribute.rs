//! `ModifyImageAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageAttribute>
/// The request of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyImageAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
