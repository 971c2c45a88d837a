//! `CreateKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateKeyPair>
/// The request of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::create_key_pair`](crate::Client::create_key_pair) (`CreateKeyPair`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
