//! `SyncImages`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=SyncImages>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "SyncImages",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::sync_images`](crate::Client::sync_images) (`SyncImages`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct SyncImagesRequest {
    /// `ImageIds`. Required.
    ///
    /// Example: `["img-o3ycss2p"]`.
    #[serde(rename = "ImageIds")]
    pub image_ids: ::std::vec::Vec<::std::string::String>,
    /// `DestinationRegions`. Required.
    ///
    /// Example: `["ap-guangzhou"]`.
    #[serde(rename = "DestinationRegions")]
    pub destination_regions: ::std::vec::Vec<::std::string::String>,
    /// `DryRun`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `ImageName`.
    ///
    /// Example: `“test_image”`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageSetRequired`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ImageSetRequired",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_set_required: ::std::option::Option<bool>,
    /// `Encrypt`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt: ::std::option::Option<bool>,
    /// `KmsKeyId`.
    ///
    /// Example: `2bb53791-c2e9-4c42-8772-ecf135a1d92x`.
    #[serde(
        rename = "KmsKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

impl SyncImagesRequest {
    /// A `SyncImagesRequest` with its required members: `ImageIds`, `DestinationRegions`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        image_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        destination_regions: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            image_ids: image_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            destination_regions: destination_regions
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            dry_run: ::std::option::Option::None,
            image_name: ::std::option::Option::None,
            image_set_required: ::std::option::Option::None,
            encrypt: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageSetRequired`.
    pub fn image_set_required(mut self, value: bool) -> Self {
        self.image_set_required = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Encrypt`.
    pub fn encrypt(mut self, value: bool) -> Self {
        self.encrypt = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KmsKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for SyncImagesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SyncImagesRequest",
            &[
                ("image_ids", d::req(&self.image_ids)),
                ("destination_regions", d::req(&self.destination_regions)),
                ("dry_run", d::opt(&self.dry_run)),
                ("image_name", d::opt(&self.image_name)),
                ("image_set_required", d::opt(&self.image_set_required)),
                ("encrypt", d::opt(&self.encrypt)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SyncImagesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImageIds",
            "DestinationRegions",
            "DryRun",
            "ImageName",
            "ImageSetRequired",
            "Encrypt",
            "KmsKeyId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_image_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_destination_regions: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_set_required: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_encrypt: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_kms_key_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_ids = r.decode()?,
                1 => m_destination_regions = r.decode()?,
                2 => m_dry_run = r.decode()?,
                3 => m_image_name = r.decode()?,
                4 => m_image_set_required = r.decode()?,
                5 => m_encrypt = r.decode()?,
                6 => m_kms_key_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(SyncImagesRequest {
            image_ids: m_image_ids.ok_or_else(|| r.missing("ImageIds"))?,
            destination_regions: m_destination_regions
                .ok_or_else(|| r.missing("DestinationRegions"))?,
            dry_run: m_dry_run,
            image_name: m_image_name,
            image_set_required: m_image_set_required,
            encrypt: m_encrypt,
            kms_key_id: m_kms_key_id,
        })
    }
}

/// The response of [`Client::sync_images`](crate::Client::sync_images) (`SyncImages`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SyncImagesResponse {
    /// `ImageSet`.
    #[serde(
        rename = "ImageSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_set: ::std::option::Option<::std::vec::Vec<crate::models::SyncImage>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SyncImagesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SyncImagesResponse",
            &[
                ("image_set", d::opt(&self.image_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SyncImagesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ImageSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = SyncImagesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.image_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
