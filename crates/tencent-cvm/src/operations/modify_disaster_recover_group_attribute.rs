//! `ModifyDisasterRecoverGroupAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyDisasterRecoverGroupAttribute>
/// The request of [`Client::modify_disaster_recover_group_attribute`](crate::Client::modify_disaster_recover_group_attribute) (`ModifyDisasterRecoverGroupAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyDisasterRecoverGroupAttributeRequest {
    /// `DisasterRecoverGroupId`. Required.
    #[serde(rename = "DisasterRecoverGroupId")]
    pub disaster_recover_group_id: ::std::string::String,
    /// `Name`. Required.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Affinity`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<i64>,
}
impl ModifyDisasterRecoverGroupAttributeRequest {
    /// A `ModifyDisasterRecoverGroupAttributeRequest` with its required members: `DisasterRecoverGroupId`, `Name`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        disaster_recover_group_id: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            disaster_recover_group_id: disaster_recover_group_id.into(),
            name: name.into(),
            affinity: ::std::option::Option::None,
        }
    }
    /// Sets `Affinity`.
    pub fn affinity(mut self, value: i64) -> Self {
        self.affinity = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::modify_disaster_recover_group_attribute`](crate::Client::modify_disaster_recover_group_attribute) (`ModifyDisasterRecoverGroupAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyDisasterRecoverGroupAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
