//! `CreateImage`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateImage>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "CreateImage",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[
            "TagSpecification.ResourceType",
            "TagSpecification.Tags",
            "TagSpecification.Tags.Key",
            "TagSpecification.Tags.Value",
        ],
    };

/// The request of [`Client::create_image`](crate::Client::create_image) (`CreateImage`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateImageRequest {
    /// `ImageName`. Required.
    ///
    /// Example: `MyImageName`.
    #[serde(rename = "ImageName")]
    pub image_name: ::std::string::String,
    /// `InstanceId`.
    ///
    /// Example: `ins-2v3sqe2t`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `ImageDescription`.
    ///
    /// Example: `MyImageDescription`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
    /// `ForcePoweroff`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "ForcePoweroff",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_poweroff: ::std::option::Option<::std::string::String>,
    /// `Sysprep`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Sysprep",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sysprep: ::std::option::Option<::std::string::String>,
    /// `DataDiskIds`.
    ///
    /// Example: `["disk-6gabakqz"]`.
    #[serde(
        rename = "DataDiskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `SnapshotIds`.
    ///
    /// Example: `["snap-kso6f712", "snap-l3rrf322"]`.
    #[serde(
        rename = "SnapshotIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snapshot_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
    /// `ImageFamily`.
    ///
    /// Example: `business-daily-update`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
}

impl CreateImageRequest {
    /// A `CreateImageRequest` with its required members: `ImageName`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_name: image_name.into(),
            instance_id: ::std::option::Option::None,
            image_description: ::std::option::Option::None,
            force_poweroff: ::std::option::Option::None,
            sysprep: ::std::option::Option::None,
            data_disk_ids: ::std::option::Option::None,
            snapshot_ids: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageDescription`.
    pub fn image_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ForcePoweroff`.
    pub fn force_poweroff(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.force_poweroff = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Sysprep`.
    pub fn sysprep(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.sysprep = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DataDiskIds`.
    pub fn data_disk_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.data_disk_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `SnapshotIds`.
    pub fn snapshot_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.snapshot_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
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

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateImageRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateImageRequest",
            &[
                ("image_name", d::req(&self.image_name)),
                ("instance_id", d::opt(&self.instance_id)),
                ("image_description", d::opt(&self.image_description)),
                ("force_poweroff", d::opt(&self.force_poweroff)),
                ("sysprep", d::opt(&self.sysprep)),
                ("data_disk_ids", d::opt(&self.data_disk_ids)),
                ("snapshot_ids", d::opt(&self.snapshot_ids)),
                ("dry_run", d::opt(&self.dry_run)),
                ("tag_specification", d::opt(&self.tag_specification)),
                ("image_family", d::opt(&self.image_family)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateImageRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImageName",
            "InstanceId",
            "ImageDescription",
            "ForcePoweroff",
            "Sysprep",
            "DataDiskIds",
            "SnapshotIds",
            "DryRun",
            "TagSpecification",
            "ImageFamily",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force_poweroff: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_sysprep: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_data_disk_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_snapshot_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut m_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_name = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_image_description = r.decode()?,
                3 => m_force_poweroff = r.decode()?,
                4 => m_sysprep = r.decode()?,
                5 => m_data_disk_ids = r.decode()?,
                6 => m_snapshot_ids = r.decode()?,
                7 => m_dry_run = r.decode()?,
                8 => m_tag_specification = r.decode()?,
                9 => m_image_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateImageRequest {
            image_name: m_image_name.ok_or_else(|| r.missing("ImageName"))?,
            instance_id: m_instance_id,
            image_description: m_image_description,
            force_poweroff: m_force_poweroff,
            sysprep: m_sysprep,
            data_disk_ids: m_data_disk_ids,
            snapshot_ids: m_snapshot_ids,
            dry_run: m_dry_run,
            tag_specification: m_tag_specification,
            image_family: m_image_family,
        })
    }
}

/// The response of [`Client::create_image`](crate::Client::create_image) (`CreateImage`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateImageResponse {
    /// `ImageId`.
    ///
    /// Example: `img-2v3sqe2t`.
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

impl ::std::fmt::Debug for CreateImageResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateImageResponse",
            &[
                ("image_id", d::opt(&self.image_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateImageResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateImageResponse::default();
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
