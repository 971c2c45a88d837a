//! `ResizeInstanceDisks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ResizeInstanceDisks>
/// The request of [`Client::resize_instance_disks`](crate::Client::resize_instance_disks) (`ResizeInstanceDisks`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResizeInstanceDisksRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DataDisks`.
    #[serde(
        rename = "DataDisks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disks: ::std::option::Option<::std::vec::Vec<crate::models::DataDisk>>,
    /// `ForceStop`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `SystemDisk`.
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<crate::models::SystemDisk>,
    /// `ResizeOnline`.
    #[serde(
        rename = "ResizeOnline",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resize_online: ::std::option::Option<bool>,
}
impl ResizeInstanceDisksRequest {
    /// A `ResizeInstanceDisksRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            data_disks: ::std::option::Option::None,
            force_stop: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
            resize_online: ::std::option::Option::None,
        }
    }
    /// Sets `DataDisks`.
    pub fn data_disks(mut self, value: ::std::vec::Vec<crate::models::DataDisk>) -> Self {
        self.data_disks = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }
    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: crate::models::SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }
    /// Sets `ResizeOnline`.
    pub fn resize_online(mut self, value: bool) -> Self {
        self.resize_online = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::resize_instance_disks`](crate::Client::resize_instance_disks) (`ResizeInstanceDisks`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ResizeInstanceDisksResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
