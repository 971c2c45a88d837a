//! `ModifyInstanceDiskType`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyInstanceDiskType>
/// The request of [`Client::modify_instance_disk_type`](crate::Client::modify_instance_disk_type) (`ModifyInstanceDiskType`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceDiskTypeRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `SystemDisk`.
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<crate::models::SystemDisk>,
}
impl ModifyInstanceDiskTypeRequest {
    /// A `ModifyInstanceDiskTypeRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            data_disks: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
        }
    }
    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: ::std::vec::Vec<crate::models::DataDisk>) -> Self {
        self.data_disks = ::std::option::Option::Some(value);
        self
    }
    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: crate::models::SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::modify_instance_disk_type`](crate::Client::modify_instance_disk_type) (`ModifyInstanceDiskType`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ModifyInstanceDiskTypeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
