//! `ResetInstancesPassword`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResetInstancesPassword>
/// The request of [`Client::reset_instances_password`](crate::Client::reset_instances_password) (`ResetInstancesPassword`).
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResetInstancesPasswordRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `Password`. Required.
    #[serde(rename = "Password")]
    pub password: ::std::string::String,
    /// `UserName`.
    #[serde(
        rename = "UserName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_name: ::std::option::Option<::std::string::String>,
    /// `ForceStop`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
}
impl ResetInstancesPasswordRequest {
    /// A `ResetInstancesPasswordRequest` with its required members: `InstanceIds`, `Password`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        password: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            password: password.into(),
            user_name: ::std::option::Option::None,
            force_stop: ::std::option::Option::None,
        }
    }
    /// Sets `UserName`.
    pub fn user_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }
}
impl ::std::fmt::Debug for ResetInstancesPasswordRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ResetInstancesPasswordRequest")
            .field("instance_ids", &self.instance_ids)
            .field("password", &"***")
            .field("user_name", &self.user_name)
            .field("force_stop", &self.force_stop)
            .finish()
    }
}
/// The response of [`Client::reset_instances_password`](crate::Client::reset_instances_password) (`ResetInstancesPassword`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResetInstancesPasswordResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
