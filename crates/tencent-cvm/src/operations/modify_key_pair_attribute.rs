//! `ModifyKeyPairAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyKeyPairAttribute>
/// The request of [`Client::modify_key_pair_attribute`](crate::Client::modify_key_pair_attribute) (`ModifyKeyPairAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyKeyPairAttributeRequest {
    /// `KeyId`. Required.
    #[serde(rename = "KeyId")]
    pub key_id: ::std::string::String,
    /// `KeyName`.
    #[serde(
        rename = "KeyName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_name: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}
impl ModifyKeyPairAttributeRequest {
    /// A `ModifyKeyPairAttributeRequest` with its required members: `KeyId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(key_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            key_id: key_id.into(),
            key_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }
    /// Sets `KeyName`.
    pub fn key_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}
/// The response of [`Client::modify_key_pair_attribute`](crate::Client::modify_key_pair_attribute) (`ModifyKeyPairAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyKeyPairAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
