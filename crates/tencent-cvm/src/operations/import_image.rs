//! `ImportImage`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ImportImage>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ImportImage",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[
            "TagSpecification.ResourceType",
            "TagSpecification.Tags",
            "TagSpecification.Tags.Key",
            "TagSpecification.Tags.Value",
            "ImportImageDataDiskList.ImageUrl",
        ],
    };

/// The request of [`Client::import_image`](crate::Client::import_image) (`ImportImage`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportImageRequest {
    /// `Architecture`. Required.
    ///
    /// Example: `x86_64`.
    #[serde(rename = "Architecture")]
    pub architecture: ::std::string::String,
    /// `OsType`. Required.
    ///
    /// Example: `CentOS`.
    #[serde(rename = "OsType")]
    pub os_type: ::std::string::String,
    /// `OsVersion`. Required.
    ///
    /// Example: `6`.
    #[serde(rename = "OsVersion")]
    pub os_version: ::std::string::String,
    /// `ImageUrl`. Required.
    ///
    /// Example: `http://111-1251233127.cosd.myqcloud.com/Windows%20Server%202008%20R2%20x64a.vmdk`.
    #[serde(rename = "ImageUrl")]
    pub image_url: ::std::string::String,
    /// `ImageName`. Required.
    ///
    /// Example: `sample`.
    #[serde(rename = "ImageName")]
    pub image_name: ::std::string::String,
    /// `ImageDescription`.
    ///
    /// Example: `sampleimage`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `Force`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    /// `TagSpecification`.
    ///
    /// Example: `[{'ResourceType': 'image', 'Tags': [{'Key': 'ServiceInstance', 'Value': 'dfs-digital-facilities-system-isc-prod'}]}]`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
    /// `LicenseType`.
    ///
    /// Example: `TencentCloud`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::std::string::String>,
    /// `BootMode`.
    ///
    /// Example: `Legacy BIOS`.
    #[serde(
        rename = "BootMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_mode: ::std::option::Option<::std::string::String>,
    /// `ImageFamily`.
    ///
    /// Example: `business-daily-update`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImportImageDataDiskList`.
    ///
    /// Example: `[{"ImageUrl": "https://user-test-1317392000.cos.ap-guangzhou.myqcloud.com/snap-xxxx.qcow2"}]`.
    #[serde(
        rename = "ImportImageDataDiskList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub import_image_data_disk_list:
        ::std::option::Option<::std::vec::Vec<crate::models::ImportImageDataDisk>>,
}

impl ImportImageRequest {
    /// A `ImportImageRequest` with its required members: `Architecture`, `OsType`, `OsVersion`, `ImageUrl`, `ImageName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        architecture: impl ::std::convert::Into<::std::string::String>,
        os_type: impl ::std::convert::Into<::std::string::String>,
        os_version: impl ::std::convert::Into<::std::string::String>,
        image_url: impl ::std::convert::Into<::std::string::String>,
        image_name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            architecture: architecture.into(),
            os_type: os_type.into(),
            os_version: os_version.into(),
            image_url: image_url.into(),
            image_name: image_name.into(),
            image_description: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            force: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
            license_type: ::std::option::Option::None,
            boot_mode: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            import_image_data_disk_list: ::std::option::Option::None,
        }
    }

    /// Sets `ImageDescription`.
    pub fn image_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LicenseType`.
    pub fn license_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.license_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BootMode`.
    pub fn boot_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.boot_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImportImageDataDiskList`.
    pub fn import_image_data_disk_list(
        mut self,
        value: ::std::vec::Vec<crate::models::ImportImageDataDisk>,
    ) -> Self {
        self.import_image_data_disk_list = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ImportImageRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImportImageRequest",
            &[
                ("architecture", d::req(&self.architecture)),
                ("os_type", d::req(&self.os_type)),
                ("os_version", d::req(&self.os_version)),
                ("image_url", d::req(&self.image_url)),
                ("image_name", d::req(&self.image_name)),
                ("image_description", d::opt(&self.image_description)),
                ("dry_run", d::opt(&self.dry_run)),
                ("force", d::opt(&self.force)),
                ("tag_specification", d::opt(&self.tag_specification)),
                ("license_type", d::opt(&self.license_type)),
                ("boot_mode", d::opt(&self.boot_mode)),
                ("image_family", d::opt(&self.image_family)),
                (
                    "import_image_data_disk_list",
                    d::opt(&self.import_image_data_disk_list),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImportImageRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Architecture",
            "OsType",
            "OsVersion",
            "ImageUrl",
            "ImageName",
            "ImageDescription",
            "DryRun",
            "Force",
            "TagSpecification",
            "LicenseType",
            "BootMode",
            "ImageFamily",
            "ImportImageDataDiskList",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut m_architecture: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_os_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_os_version: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_url: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_force: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut m_license_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_boot_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_import_image_data_disk_list: ::std::option::Option<
            ::std::vec::Vec<crate::models::ImportImageDataDisk>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_architecture = r.decode()?,
                1 => m_os_type = r.decode()?,
                2 => m_os_version = r.decode()?,
                3 => m_image_url = r.decode()?,
                4 => m_image_name = r.decode()?,
                5 => m_image_description = r.decode()?,
                6 => m_dry_run = r.decode()?,
                7 => m_force = r.decode()?,
                8 => m_tag_specification = r.decode()?,
                9 => m_license_type = r.decode()?,
                10 => m_boot_mode = r.decode()?,
                11 => m_image_family = r.decode()?,
                12 => m_import_image_data_disk_list = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ImportImageRequest {
            architecture: m_architecture.ok_or_else(|| r.missing("Architecture"))?,
            os_type: m_os_type.ok_or_else(|| r.missing("OsType"))?,
            os_version: m_os_version.ok_or_else(|| r.missing("OsVersion"))?,
            image_url: m_image_url.ok_or_else(|| r.missing("ImageUrl"))?,
            image_name: m_image_name.ok_or_else(|| r.missing("ImageName"))?,
            image_description: m_image_description,
            dry_run: m_dry_run,
            force: m_force,
            tag_specification: m_tag_specification,
            license_type: m_license_type,
            boot_mode: m_boot_mode,
            image_family: m_image_family,
            import_image_data_disk_list: m_import_image_data_disk_list,
        })
    }
}

/// The response of [`Client::import_image`](crate::Client::import_image) (`ImportImage`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImportImageResponse {
    /// `ImageId`.
    ///
    /// Example: `img-ds656asd`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ImportImageResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImportImageResponse",
            &[
                ("image_id", d::opt(&self.image_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ImportImageResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ImportImageResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
