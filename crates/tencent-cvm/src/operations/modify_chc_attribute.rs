//! `ModifyChcAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyChcAttribute>
/// The request of [`Client::modify_chc_attribute`](crate::Client::modify_chc_attribute) (`ModifyChcAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyChcAttributeRequest {
    /// `ChcIds`. Required.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `DeviceType`.
    #[serde(
        rename = "DeviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    /// `BmcUser`.
    #[serde(
        rename = "BmcUser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_user: ::std::option::Option<::std::string::String>,
    /// `Password`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `BmcSecurityGroupIds`.
    #[serde(
        rename = "BmcSecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bmc_security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
impl ModifyChcAttributeRequest {
    /// A `ModifyChcAttributeRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(chc_ids: ::std::vec::Vec<::std::string::String>) -> Self {
        Self {
            chc_ids,
            instance_name: ::std::option::Option::None,
            device_type: ::std::option::Option::None,
            bmc_user: ::std::option::Option::None,
            password: ::std::option::Option::None,
            bmc_security_group_ids: ::std::option::Option::None,
        }
    }
    /// Sets `InstanceName`.
    pub fn instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `DeviceType`.
    pub fn device_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `BmcUser`.
    pub fn bmc_user(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.bmc_user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `BmcSecurityGroupIds`.
    pub fn bmc_security_group_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.bmc_security_group_ids = ::std::option::Option::Some(value);
        self
    }
}
impl ::std::fmt::Debug for ModifyChcAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ModifyChcAttributeRequest")
            .field("chc_ids", &self.chc_ids)
            .field("instance_name", &self.instance_name)
            .field("device_type", &self.device_type)
            .field("bmc_user", &self.bmc_user)
            .field("password", &"***")
            .field("bmc_security_group_ids", &self.bmc_security_group_ids)
            .finish()
    }
}
/// The response of [`Client::modify_chc_attribute`](crate::Client::modify_chc_attribute) (`ModifyChcAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyChcAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
