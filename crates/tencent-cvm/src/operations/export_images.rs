//! `ExportImages`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ExportImages>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ExportImages",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::export_images`](crate::Client::export_images) (`ExportImages`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ExportImagesRequest {
    /// `BucketName`. Required.
    ///
    /// Example: `mybucketname`.
    #[serde(rename = "BucketName")]
    pub bucket_name: ::std::string::String,
    /// `ImageIds`.
    ///
    /// Example: `img-72n9mi0y`.
    #[serde(
        rename = "ImageIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ExportFormat`.
    ///
    /// Example: `RAW`.
    #[serde(
        rename = "ExportFormat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub export_format: ::std::option::Option<::std::string::String>,
    /// `FileNamePrefixList`.
    ///
    /// Example: `["testfilename"]`.
    #[serde(
        rename = "FileNamePrefixList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_name_prefix_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `OnlyExportRootDisk`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "OnlyExportRootDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub only_export_root_disk: ::std::option::Option<bool>,
    /// `DryRun`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `RoleName`.
    ///
    /// Example: `CVM_QcsRole`.
    #[serde(
        rename = "RoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_name: ::std::option::Option<::std::string::String>,
}

impl ExportImagesRequest {
    /// A `ExportImagesRequest` with its required members: `BucketName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(bucket_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            bucket_name: bucket_name.into(),
            image_ids: ::std::option::Option::None,
            export_format: ::std::option::Option::None,
            file_name_prefix_list: ::std::option::Option::None,
            only_export_root_disk: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            role_name: ::std::option::Option::None,
        }
    }

    /// Sets `ImageIds`.
    pub fn image_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.image_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `ExportFormat`.
    pub fn export_format(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.export_format = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `FileNamePrefixList`.
    pub fn file_name_prefix_list(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.file_name_prefix_list = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `OnlyExportRootDisk`.
    pub fn only_export_root_disk(mut self, value: bool) -> Self {
        self.only_export_root_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RoleName`.
    pub fn role_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_name = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ExportImagesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ExportImagesRequest",
            &[
                ("bucket_name", d::req(&self.bucket_name)),
                ("image_ids", d::opt(&self.image_ids)),
                ("export_format", d::opt(&self.export_format)),
                ("file_name_prefix_list", d::opt(&self.file_name_prefix_list)),
                ("only_export_root_disk", d::opt(&self.only_export_root_disk)),
                ("dry_run", d::opt(&self.dry_run)),
                ("role_name", d::opt(&self.role_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExportImagesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BucketName",
            "ImageIds",
            "ExportFormat",
            "FileNamePrefixList",
            "OnlyExportRootDisk",
            "DryRun",
            "RoleName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_bucket_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_export_format: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_file_name_prefix_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_only_export_root_disk: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_bucket_name = r.decode()?,
                1 => m_image_ids = r.decode()?,
                2 => m_export_format = r.decode()?,
                3 => m_file_name_prefix_list = r.decode()?,
                4 => m_only_export_root_disk = r.decode()?,
                5 => m_dry_run = r.decode()?,
                6 => m_role_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ExportImagesRequest {
            bucket_name: m_bucket_name.ok_or_else(|| r.missing("BucketName"))?,
            image_ids: m_image_ids,
            export_format: m_export_format,
            file_name_prefix_list: m_file_name_prefix_list,
            only_export_root_disk: m_only_export_root_disk,
            dry_run: m_dry_run,
            role_name: m_role_name,
        })
    }
}

/// The response of [`Client::export_images`](crate::Client::export_images) (`ExportImages`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ExportImagesResponse {
    /// `TaskId`.
    ///
    /// Example: `124578`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<u64>,
    /// `CosPaths`.
    ///
    /// Example: `/img-dz6w75t0_system_snap-hedv100v.raw`.
    #[serde(
        rename = "CosPaths",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cos_paths: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ExportImagesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ExportImagesResponse",
            &[
                ("task_id", d::opt(&self.task_id)),
                ("cos_paths", d::opt(&self.cos_paths)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExportImagesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["TaskId", "CosPaths", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ExportImagesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.task_id = r.decode()?,
                1 => out.cos_paths = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
