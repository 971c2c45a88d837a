//! `InquiryPriceResetInstance`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstance>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceResetInstance",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::inquiry_price_reset_instance`](crate::Client::inquiry_price_reset_instance) (`InquiryPriceResetInstance`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceResetInstanceRequest {
    /// `InstanceId`. Required.
    ///
    /// Example: `ins-fd8spnmq`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `ImageId`.
    ///
    /// Example: `img-8toqc6s3`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `SystemDisk`.
    #[serde(
        rename = "SystemDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk: ::std::option::Option<crate::models::SystemDisk>,
    /// `LoginSettings`.
    #[serde(
        rename = "LoginSettings",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_settings: ::std::option::Option<crate::models::LoginSettings>,
    /// `EnhancedService`.
    #[serde(
        rename = "EnhancedService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enhanced_service: ::std::option::Option<crate::models::EnhancedService>,
    /// `UserData`.
    ///
    /// Example: `TXlVc2VyRGF0YQo`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
}

impl InquiryPriceResetInstanceRequest {
    /// A `InquiryPriceResetInstanceRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            image_id: ::std::option::Option::None,
            system_disk: ::std::option::Option::None,
            login_settings: ::std::option::Option::None,
            enhanced_service: ::std::option::Option::None,
            user_data: ::std::option::Option::None,
        }
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk`.
    pub fn system_disk(mut self, value: crate::models::SystemDisk) -> Self {
        self.system_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `LoginSettings`.
    pub fn login_settings(mut self, value: crate::models::LoginSettings) -> Self {
        self.login_settings = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EnhancedService`.
    pub fn enhanced_service(mut self, value: crate::models::EnhancedService) -> Self {
        self.enhanced_service = ::std::option::Option::Some(value);
        self
    }

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for InquiryPriceResetInstanceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceResetInstanceRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("image_id", d::opt(&self.image_id)),
                ("system_disk", d::opt(&self.system_disk)),
                ("login_settings", d::opt(&self.login_settings)),
                ("enhanced_service", d::opt(&self.enhanced_service)),
                ("user_data", d::opt(&self.user_data)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquiryPriceResetInstanceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "ImageId",
            "SystemDisk",
            "LoginSettings",
            "EnhancedService",
            "UserData",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk: ::std::option::Option<crate::models::SystemDisk> =
            ::std::option::Option::None;
        let mut m_login_settings: ::std::option::Option<crate::models::LoginSettings> =
            ::std::option::Option::None;
        let mut m_enhanced_service: ::std::option::Option<crate::models::EnhancedService> =
            ::std::option::Option::None;
        let mut m_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_system_disk = r.decode()?,
                3 => m_login_settings = r.decode()?,
                4 => m_enhanced_service = r.decode()?,
                5 => m_user_data = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(InquiryPriceResetInstanceRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            image_id: m_image_id,
            system_disk: m_system_disk,
            login_settings: m_login_settings,
            enhanced_service: m_enhanced_service,
            user_data: m_user_data,
        })
    }
}

/// The response of [`Client::inquiry_price_reset_instance`](crate::Client::inquiry_price_reset_instance) (`InquiryPriceResetInstance`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceResetInstanceResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::Price>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InquiryPriceResetInstanceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquiryPriceResetInstanceResponse",
            &[
                ("price", d::opt(&self.price)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquiryPriceResetInstanceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InquiryPriceResetInstanceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
