//! `ReplaceSystemDisk`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReplaceSystemDisk>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ReplaceSystemDisk",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Size",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UseAdditionalService",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Password",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PasswordInherit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Platform",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Architecture",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityEnhancementStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Encrypted",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KMSKeyId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EncryptAlgorithm",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Arn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::replace_system_disk`](crate::Client::replace_system_disk) (`ReplaceSystemDisk`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReplaceSystemDiskRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4ph****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `ImageId` (query).
    ///
    /// Example: `m-bp67acfmxazb4ph****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.Size` (query).
    ///
    /// Example: `80`.
    #[serde(
        rename = "SystemDisk.Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size: ::std::option::Option<i32>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `UseAdditionalService` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "UseAdditionalService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_additional_service: ::std::option::Option<bool>,
    /// `Password` (query).
    ///
    /// Example: `EcsV587!`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `PasswordInherit` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "PasswordInherit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password_inherit: ::std::option::Option<bool>,
    /// `KeyPairName` (query).
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `DiskId` (query).
    ///
    /// Example: `d-bp67acfmxazb4ph****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `Platform` (query).
    ///
    /// Example: `CentOS`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `Architecture` (query).
    ///
    /// Example: `i386`.
    #[serde(
        rename = "Architecture",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub architecture: ::std::option::Option<::std::string::String>,
    /// `SecurityEnhancementStrategy` (query).
    ///
    /// Example: `Active`.
    #[serde(
        rename = "SecurityEnhancementStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_enhancement_strategy: ::std::option::Option<::std::string::String>,
    /// `Encrypted` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Encrypted",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypted: ::std::option::Option<bool>,
    /// `KMSKeyId` (query).
    ///
    /// Example: `e522b26d-abf6-4e0d-b5da-04b7******3c`.
    #[serde(
        rename = "KMSKeyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    /// `EncryptAlgorithm` (query).
    ///
    /// Example: `hide`.
    #[serde(
        rename = "EncryptAlgorithm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub encrypt_algorithm: ::std::option::Option<::std::string::String>,
    /// `Arn` (query, sent as `Arn.1`, `Arn.2`, …).
    ///
    /// At most 10 items.
    #[serde(rename = "Arn", skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>>,
}

impl ReplaceSystemDiskRequest {
    /// A `ReplaceSystemDiskRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            image_id: ::std::option::Option::None,
            system_disk_size: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            use_additional_service: ::std::option::Option::None,
            password: ::std::option::Option::None,
            password_inherit: ::std::option::Option::None,
            key_pair_name: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            architecture: ::std::option::Option::None,
            security_enhancement_strategy: ::std::option::Option::None,
            encrypted: ::std::option::Option::None,
            kms_key_id: ::std::option::Option::None,
            encrypt_algorithm: ::std::option::Option::None,
            arn: ::std::option::Option::None,
        }
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SystemDisk.Size`.
    pub fn system_disk_size(mut self, value: i32) -> Self {
        self.system_disk_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UseAdditionalService`.
    pub fn use_additional_service(mut self, value: bool) -> Self {
        self.use_additional_service = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PasswordInherit`.
    pub fn password_inherit(mut self, value: bool) -> Self {
        self.password_inherit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KeyPairName`.
    pub fn key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_pair_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Platform`.
    pub fn platform(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Architecture`.
    pub fn architecture(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.architecture = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityEnhancementStrategy`.
    pub fn security_enhancement_strategy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_enhancement_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Encrypted`.
    pub fn encrypted(mut self, value: bool) -> Self {
        self.encrypted = ::std::option::Option::Some(value);
        self
    }

    /// Sets `KMSKeyId`.
    pub fn kms_key_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.kms_key_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EncryptAlgorithm`.
    pub fn encrypt_algorithm(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.encrypt_algorithm = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Arn`.
    pub fn arn(mut self, value: ::std::vec::Vec<crate::models::Arn>) -> Self {
        self.arn = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ReplaceSystemDiskRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReplaceSystemDiskRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("image_id", d::opt(&self.image_id)),
                ("system_disk_size", d::opt(&self.system_disk_size)),
                ("client_token", d::opt(&self.client_token)),
                (
                    "use_additional_service",
                    d::opt(&self.use_additional_service),
                ),
                ("password", d::secret(&self.password)),
                ("password_inherit", d::opt(&self.password_inherit)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("disk_id", d::opt(&self.disk_id)),
                ("platform", d::opt(&self.platform)),
                ("architecture", d::opt(&self.architecture)),
                (
                    "security_enhancement_strategy",
                    d::opt(&self.security_enhancement_strategy),
                ),
                ("encrypted", d::opt(&self.encrypted)),
                ("kms_key_id", d::opt(&self.kms_key_id)),
                ("encrypt_algorithm", d::opt(&self.encrypt_algorithm)),
                ("arn", d::opt(&self.arn)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReplaceSystemDiskRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "ImageId",
            "SystemDisk.Size",
            "ClientToken",
            "UseAdditionalService",
            "Password",
            "PasswordInherit",
            "KeyPairName",
            "DiskId",
            "Platform",
            "Architecture",
            "SecurityEnhancementStrategy",
            "Encrypted",
            "KMSKeyId",
            "EncryptAlgorithm",
            "Arn",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 17] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_use_additional_service: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password_inherit: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_platform: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_architecture: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_enhancement_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_encrypted: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_kms_key_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_encrypt_algorithm: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_arn: ::std::option::Option<::std::vec::Vec<crate::models::Arn>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_image_id = r.decode()?,
                2 => m_system_disk_size = r.decode()?,
                3 => m_client_token = r.decode()?,
                4 => m_use_additional_service = r.decode()?,
                5 => m_password = r.decode()?,
                6 => m_password_inherit = r.decode()?,
                7 => m_key_pair_name = r.decode()?,
                8 => m_disk_id = r.decode()?,
                9 => m_platform = r.decode()?,
                10 => m_architecture = r.decode()?,
                11 => m_security_enhancement_strategy = r.decode()?,
                12 => m_encrypted = r.decode()?,
                13 => m_kms_key_id = r.decode()?,
                14 => m_encrypt_algorithm = r.decode()?,
                15 => m_arn = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ReplaceSystemDiskRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            image_id: m_image_id,
            system_disk_size: m_system_disk_size,
            client_token: m_client_token,
            use_additional_service: m_use_additional_service,
            password: m_password,
            password_inherit: m_password_inherit,
            key_pair_name: m_key_pair_name,
            disk_id: m_disk_id,
            platform: m_platform,
            architecture: m_architecture,
            security_enhancement_strategy: m_security_enhancement_strategy,
            encrypted: m_encrypted,
            kms_key_id: m_kms_key_id,
            encrypt_algorithm: m_encrypt_algorithm,
            arn: m_arn,
        })
    }
}

/// The response of [`Client::replace_system_disk`](crate::Client::replace_system_disk) (`ReplaceSystemDisk`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReplaceSystemDiskResponse {
    /// `DiskId`.
    ///
    /// Example: `d-bp67acfmxazb4ph****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ReplaceSystemDiskResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReplaceSystemDiskResponse",
            &[
                ("disk_id", d::opt(&self.disk_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReplaceSystemDiskResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DiskId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ReplaceSystemDiskResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
