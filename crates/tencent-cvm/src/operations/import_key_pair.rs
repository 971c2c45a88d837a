//! `ImportKeyPair`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportKeyPair>
/// The request of [`Client::import_key_pair`](crate::Client::import_key_pair) (`ImportKeyPair`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
/// The response of [`Client::import_key_pair`](crate::Client::import_key_pair) (`ImportKeyPair`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
