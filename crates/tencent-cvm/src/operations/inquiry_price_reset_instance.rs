//! `InquiryPriceResetInstance`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquiryPriceResetInstance>

/// The action and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquiryPriceResetInstance",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
    };

/// The request of [`Client::inquiry_price_reset_instance`](crate::Client::inquiry_price_reset_instance) (`InquiryPriceResetInstance`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquiryPriceResetInstanceRequest {
    /// `InstanceId`. Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `ImageId`.
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

impl<'de> ::serde::Deserialize<'de> for InquiryPriceResetInstanceRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceResetInstanceRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceResetInstanceRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceResetInstanceRequest, A::Error> {
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
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "ImageId" => m_image_id = map.next_value()?,
                        "SystemDisk" => m_system_disk = map.next_value()?,
                        "LoginSettings" => m_login_settings = map.next_value()?,
                        "EnhancedService" => m_enhanced_service = map.next_value()?,
                        "UserData" => m_user_data = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(InquiryPriceResetInstanceRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    image_id: m_image_id,
                    system_disk: m_system_disk,
                    login_settings: m_login_settings,
                    enhanced_service: m_enhanced_service,
                    user_data: m_user_data,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::inquiry_price_reset_instance`](crate::Client::inquiry_price_reset_instance) (`InquiryPriceResetInstance`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InquiryPriceResetInstanceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InquiryPriceResetInstanceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InquiryPriceResetInstanceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InquiryPriceResetInstanceResponse, A::Error> {
                let mut out = InquiryPriceResetInstanceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Price" => out.price = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
