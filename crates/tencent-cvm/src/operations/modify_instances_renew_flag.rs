//! `ModifyInstancesRenewFlag`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstancesRenewFlag>
/// The request of [`Client::modify_instances_renew_flag`](crate::Client::modify_instances_renew_flag) (`ModifyInstancesRenewFlag`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesRenewFlagRequest {
    /// `InstanceIds`. Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `RenewFlag`. Required.
    #[serde(rename = "RenewFlag")]
    pub renew_flag: ::std::string::String,
}
impl ModifyInstancesRenewFlagRequest {
    /// A `ModifyInstancesRenewFlagRequest` with its required members: `InstanceIds`, `RenewFlag`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: ::std::vec::Vec<::std::string::String>,
        renew_flag: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids,
            renew_flag: renew_flag.into(),
        }
    }
}
/// The response of [`Client::modify_instances_renew_flag`](crate::Client::modify_instances_renew_flag) (`ModifyInstancesRenewFlag`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstancesRenewFlagResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
