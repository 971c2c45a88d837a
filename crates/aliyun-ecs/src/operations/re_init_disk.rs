//! `ReInitDisk`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReInitDisk>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ReInitDisk",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Password",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoStartInstance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityEnhancementStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::re_init_disk`](crate::Client::re_init_disk) (`ReInitDisk`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReInitDiskRequest {
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp67acfmxazb4ph****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `Password` (query).
    ///
    /// Example: `EcsV587!`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `KeyPairName` (query).
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `AutoStartInstance` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoStartInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_start_instance: ::std::option::Option<bool>,
    /// `SecurityEnhancementStrategy` (query).
    ///
    /// Example: `Active`.
    #[serde(
        rename = "SecurityEnhancementStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_enhancement_strategy: ::std::option::Option<::std::string::String>,
}

impl ReInitDiskRequest {
    /// A `ReInitDiskRequest` with its required members: `DiskId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disk_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            disk_id: disk_id.into(),
            password: ::std::option::Option::None,
            key_pair_name: ::std::option::Option::None,
            auto_start_instance: ::std::option::Option::None,
            security_enhancement_strategy: ::std::option::Option::None,
        }
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
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

    /// Sets `AutoStartInstance`.
    pub fn auto_start_instance(mut self, value: bool) -> Self {
        self.auto_start_instance = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for ReInitDiskRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReInitDiskRequest",
            &[
                ("disk_id", d::req(&self.disk_id)),
                ("password", d::secret(&self.password)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("auto_start_instance", d::opt(&self.auto_start_instance)),
                (
                    "security_enhancement_strategy",
                    d::opt(&self.security_enhancement_strategy),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReInitDiskRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiskId",
            "Password",
            "KeyPairName",
            "AutoStartInstance",
            "SecurityEnhancementStrategy",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_start_instance: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_security_enhancement_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disk_id = r.decode()?,
                1 => m_password = r.decode()?,
                2 => m_key_pair_name = r.decode()?,
                3 => m_auto_start_instance = r.decode()?,
                4 => m_security_enhancement_strategy = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ReInitDiskRequest {
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            password: m_password,
            key_pair_name: m_key_pair_name,
            auto_start_instance: m_auto_start_instance,
            security_enhancement_strategy: m_security_enhancement_strategy,
        })
    }
}

/// The response of [`Client::re_init_disk`](crate::Client::re_init_disk) (`ReInitDisk`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReInitDiskResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ReInitDiskResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReInitDiskResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ReInitDiskResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ReInitDiskResponse::default();
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
