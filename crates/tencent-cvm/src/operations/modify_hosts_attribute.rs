//! `ModifyHostsAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHostsAttribute>
/// The request of [`Client::modify_hosts_attribute`](crate::Client::modify_hosts_attribute) (`ModifyHostsAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyHostsAttributeRequest {
    /// `HostIds`. Required.
    #[serde(rename = "HostIds")]
    pub host_ids: ::std::vec::Vec<::std::string::String>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `RenewFlag`.
    #[serde(
        rename = "RenewFlag",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renew_flag: ::std::option::Option<::std::string::String>,
    /// `ProjectId`.
    #[serde(
        rename = "ProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<u64>,
}
impl ModifyHostsAttributeRequest {
    /// A `ModifyHostsAttributeRequest` with its required members: `HostIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(host_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            host_ids,
            host_name: ::std::option::Option::None,
            renew_flag: ::std::option::Option::None,
            project_id: ::std::option::Option::None,
        }
    }
    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `RenewFlag`.
    pub fn renew_flag(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.renew_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ProjectId`.
    pub fn project_id(mut self, value: u64) -> Self {
        self.project_id = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::modify_hosts_attribute`](crate::Client::modify_hosts_attribute) (`ModifyHostsAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyHostsAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
