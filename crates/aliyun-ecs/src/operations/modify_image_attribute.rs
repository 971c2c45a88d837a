//! `ModifyImageAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyImageAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyImageAttribute",
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
                name: "ImageName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BootMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LicenseType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Features",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `Features` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Features {
    /// `NvmeSupport`.
    ///
    /// Example: `supported`.
    #[serde(
        rename = "NvmeSupport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nvme_support: ::std::option::Option<::std::string::String>,
}

impl Features {
    /// An empty `Features`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            nvme_support: ::std::option::Option::None,
        }
    }

    /// Sets `NvmeSupport`.
    pub fn nvme_support(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nvme_support = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for Features {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Features",
            &[("nvme_support", d::opt(&self.nvme_support))],
        )
    }
}

impl ::yun_core::json::Decode for Features {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NvmeSupport"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Features::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.nvme_support = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ImageId` (query). Required.
    ///
    /// Example: `m-bp18ygjuqnwhechc****`.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `ImageName` (query).
    ///
    /// Example: `testImageName`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    ///
    /// Example: `Deprecated`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `ImageFamily` (query).
    ///
    /// Example: `hangzhou-daily-update`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `BootMode` (query).
    ///
    /// Example: `BIOS`.
    #[serde(
        rename = "BootMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub boot_mode: ::std::option::Option<::std::string::String>,
    /// `LicenseType` (query).
    ///
    /// Example: `BYOL`.
    #[serde(
        rename = "LicenseType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub license_type: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Features` (query, sent as `Features.<member>`).
    #[serde(
        rename = "Features",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub features: ::std::option::Option<Features>,
}

impl ModifyImageAttributeRequest {
    /// A `ModifyImageAttributeRequest` with its required members: `RegionId`, `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        image_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            image_id: image_id.into(),
            image_name: ::std::option::Option::None,
            status: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            boot_mode: ::std::option::Option::None,
            license_type: ::std::option::Option::None,
            description: ::std::option::Option::None,
            features: ::std::option::Option::None,
        }
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BootMode`.
    pub fn boot_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.boot_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LicenseType`.
    pub fn license_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.license_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Features`.
    pub fn features(mut self, value: Features) -> Self {
        self.features = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyImageAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyImageAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("image_id", d::req(&self.image_id)),
                ("image_name", d::opt(&self.image_name)),
                ("status", d::opt(&self.status)),
                ("image_family", d::opt(&self.image_family)),
                ("boot_mode", d::opt(&self.boot_mode)),
                ("license_type", d::opt(&self.license_type)),
                ("description", d::opt(&self.description)),
                ("features", d::opt(&self.features)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ImageId",
            "ImageName",
            "Status",
            "ImageFamily",
            "BootMode",
            "LicenseType",
            "Description",
            "Features",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_boot_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_license_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_features: ::std::option::Option<Features> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_image_name = r.decode()?,
                3 => m_status = r.decode()?,
                4 => m_image_family = r.decode()?,
                5 => m_boot_mode = r.decode()?,
                6 => m_license_type = r.decode()?,
                7 => m_description = r.decode()?,
                8 => m_features = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyImageAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            image_name: m_image_name,
            status: m_status,
            image_family: m_image_family,
            boot_mode: m_boot_mode,
            license_type: m_license_type,
            description: m_description,
            features: m_features,
        })
    }
}

/// The response of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyImageAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyImageAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyImageAttributeResponse::default();
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
