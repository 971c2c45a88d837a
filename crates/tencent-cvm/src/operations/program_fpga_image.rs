//! `ProgramFpgaImage`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ProgramFpgaImage>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ProgramFpgaImage",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::program_fpga_image`](crate::Client::program_fpga_image) (`ProgramFpgaImage`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ProgramFpgaImageRequest {
    /// `InstanceId`. Required.
    ///
    /// Example: `ins-kdjnfkda`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `FPGAUrl`. Required.
    ///
    /// Example: `fpga-test-123456.cos.ap-guangzhou.myqcloud.com/test.xclbin`.
    #[serde(rename = "FPGAUrl")]
    pub fpga_url: ::std::string::String,
    /// `DBDFs`.
    ///
    /// Example: `["0000:00:08.0", "0000:00:09.0"]`.
    #[serde(
        rename = "DBDFs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dbdfs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DryRun`.
    ///
    /// Example: `true`.
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
            dbdfs: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `DBDFs`.
    pub fn dbdfs(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.dbdfs = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ProgramFpgaImageRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ProgramFpgaImageRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("fpga_url", d::req(&self.fpga_url)),
                ("dbdfs", d::opt(&self.dbdfs)),
                ("dry_run", d::opt(&self.dry_run)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ProgramFpgaImageRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId", "FPGAUrl", "DBDFs", "DryRun"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_fpga_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dbdfs: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_fpga_url = r.decode()?,
                2 => m_dbdfs = r.decode()?,
                3 => m_dry_run = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ProgramFpgaImageRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            fpga_url: m_fpga_url.ok_or_else(|| r.missing("FPGAUrl"))?,
            dbdfs: m_dbdfs,
            dry_run: m_dry_run,
        })
    }
}

/// The response of [`Client::program_fpga_image`](crate::Client::program_fpga_image) (`ProgramFpgaImage`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ProgramFpgaImageResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ProgramFpgaImageResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ProgramFpgaImageResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ProgramFpgaImageResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ProgramFpgaImageResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
