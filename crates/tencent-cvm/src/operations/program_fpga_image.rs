//! `ProgramFpgaImage`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ProgramFpgaImage>
/// The request of [`Client::program_fpga_image`](crate::Client::program_fpga_image) (`ProgramFpgaImage`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ProgramFpgaImageRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `FPGAUrl`. Required.
    #[serde(rename = "FPGAUrl")]
    pub fpga_url: ::std::string::String,
    /// `DBDFs`.
    #[serde(
        rename = "DBDFs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dbd_fs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DryRun`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}
impl ProgramFpgaImageRequest {
    /// A `ProgramFpgaImageRequest` with its required members: `InstanceId`, `FPGAUrl`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        fpga_url: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            fpga_url: fpga_url.into(),
            dbd_fs: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
        }
    }
    /// Sets `DBDFs`.
    pub fn dbd_fs(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.dbd_fs = ::std::option::Option::Some(value);
        self
    }
    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::program_fpga_image`](crate::Client::program_fpga_image) (`ProgramFpgaImage`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ProgramFpgaImageResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}
