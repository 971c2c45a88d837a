//! `ExportImage`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ExportImage>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ExportImage",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OSSBucket",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OSSPrefix",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageFormat",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::export_image`](crate::Client::export_image) (`ExportImage`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ExportImageRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query). Required.
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `OSSBucket` (query). Required.
    ///
    /// Example: `testexportImage`.
    #[serde(rename = "OSSBucket")]
    pub oss_bucket: ::std::string::String,
    /// `OSSPrefix` (query).
    ///
    /// Example: `EcsExport`.
    #[serde(
        rename = "OSSPrefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub oss_prefix: ::std::option::Option<::std::string::String>,
    /// `ImageFormat` (query).
    ///
    /// Example: `raw`.
    #[serde(
        rename = "ImageFormat",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_format: ::std::option::Option<::std::string::String>,
    /// `RoleName` (query).
    ///
    /// Example: `AliyunECSImageExportDefaultRole`.
    #[serde(
        rename = "RoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub role_name: ::std::option::Option<::std::string::String>,
}

impl ExportImageRequest {
    /// A `ExportImageRequest` with its required members: `RegionId`, `ImageId`, `OSSBucket`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
        oss_bucket: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: image_id.into(),
            oss_bucket: oss_bucket.into(),
            oss_prefix: ::std::option::Option::None,
            image_format: ::std::option::Option::None,
            role_name: ::std::option::Option::None,
        }
    }

    /// Sets `OSSPrefix`.
    pub fn oss_prefix(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.oss_prefix = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageFormat`.
    pub fn image_format(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_format = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RoleName`.
    pub fn role_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.role_name = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ExportImageRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ExportImageRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::req(&self.image_id)),
                ("oss_bucket", d::req(&self.oss_bucket)),
                ("oss_prefix", d::opt(&self.oss_prefix)),
                ("image_format", d::opt(&self.image_format)),
                ("role_name", d::opt(&self.role_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExportImageRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ImageId",
            "OSSBucket",
            "OSSPrefix",
            "ImageFormat",
            "RoleName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_oss_bucket: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_oss_prefix: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_format: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_oss_bucket = r.decode()?,
                3 => m_oss_prefix = r.decode()?,
                4 => m_image_format = r.decode()?,
                5 => m_role_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ExportImageRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            oss_bucket: m_oss_bucket.ok_or_else(|| r.missing("OSSBucket"))?,
            oss_prefix: m_oss_prefix,
            image_format: m_image_format,
            role_name: m_role_name,
        })
    }
}

/// The response of [`Client::export_image`](crate::Client::export_image) (`ExportImage`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ExportImageResponse {
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `C8B26B44-0189-443E-9816-D951F596****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TaskId`.
    ///
    /// Example: `tsk-bp67acfmxazb4p****`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ExportImageResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ExportImageResponse",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("task_id", d::opt(&self.task_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ExportImageResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "RequestId", "TaskId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ExportImageResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.region_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.task_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
