//! `ModifyImageAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyImageAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyImageAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageAttributeRequest {
    /// `ImageId`. Required.
    ///
    /// Example: `img-6pb6lrmy`.
    #[serde(rename = "ImageId")]
    pub image_id: ::std::string::String,
    /// `ImageName`.
    ///
    /// Example: `sample`.
    #[serde(
        rename = "ImageName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_name: ::std::option::Option<::std::string::String>,
    /// `ImageDescription`.
    ///
    /// Example: `sample`.
    #[serde(
        rename = "ImageDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_description: ::std::option::Option<::std::string::String>,
    /// `ImageFamily`.
    ///
    /// Example: `business-daily-update`.
    #[serde(
        rename = "ImageFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_family: ::std::option::Option<::std::string::String>,
    /// `ImageDeprecated`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "ImageDeprecated",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_deprecated: ::std::option::Option<bool>,
}

impl ModifyImageAttributeRequest {
    /// A `ModifyImageAttributeRequest` with its required members: `ImageId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(image_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            image_id: image_id.into(),
            image_name: ::std::option::Option::None,
            image_description: ::std::option::Option::None,
            image_family: ::std::option::Option::None,
            image_deprecated: ::std::option::Option::None,
        }
    }

    /// Sets `ImageName`.
    pub fn image_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_name = ::std::option::Option::Some(value.into());
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

    /// Sets `ImageFamily`.
    pub fn image_family(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageDeprecated`.
    pub fn image_deprecated(mut self, value: bool) -> Self {
        self.image_deprecated = ::std::option::Option::Some(value);
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
                ("image_id", d::req(&self.image_id)),
                ("image_name", d::opt(&self.image_name)),
                ("image_description", d::opt(&self.image_description)),
                ("image_family", d::opt(&self.image_family)),
                ("image_deprecated", d::opt(&self.image_deprecated)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyImageAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ImageId",
            "ImageName",
            "ImageDescription",
            "ImageFamily",
            "ImageDeprecated",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_family: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_deprecated: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_image_id = r.decode()?,
                1 => m_image_name = r.decode()?,
                2 => m_image_description = r.decode()?,
                3 => m_image_family = r.decode()?,
                4 => m_image_deprecated = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyImageAttributeRequest {
            image_id: m_image_id.ok_or_else(|| r.missing("ImageId"))?,
            image_name: m_image_name,
            image_description: m_image_description,
            image_family: m_image_family,
            image_deprecated: m_image_deprecated,
        })
    }
}

/// The response of [`Client::modify_image_attribute`](crate::Client::modify_image_attribute) (`ModifyImageAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyImageAttributeResponse {
    /// `RequestId`.
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
