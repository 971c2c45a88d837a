//! `AttachDisk`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachDisk>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AttachDisk",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Device",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteWithInstance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Bootable",
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
                name: "Force",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::attach_disk`](crate::Client::attach_disk) (`AttachDisk`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachDiskRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1dq5lozx5f4pmd****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp1j4l5axzdy6ftk****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `Device` (query).
    ///
    /// Example: `testDeviceName`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::string::String>,
    /// `DeleteWithInstance` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeleteWithInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_with_instance: ::std::option::Option<bool>,
    /// `Bootable` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Bootable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bootable: ::std::option::Option<bool>,
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
    /// Example: `KeyPairTestName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `Force` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
}

impl AttachDiskRequest {
    /// A `AttachDiskRequest` with its required members: `InstanceId`, `DiskId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        disk_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            disk_id: disk_id.into(),
            device: ::std::option::Option::None,
            delete_with_instance: ::std::option::Option::None,
            bootable: ::std::option::Option::None,
            password: ::std::option::Option::None,
            key_pair_name: ::std::option::Option::None,
            force: ::std::option::Option::None,
        }
    }

    /// Sets `Device`.
    pub fn device(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.device = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeleteWithInstance`.
    pub fn delete_with_instance(mut self, value: bool) -> Self {
        self.delete_with_instance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Bootable`.
    pub fn bootable(mut self, value: bool) -> Self {
        self.bootable = ::std::option::Option::Some(value);
        self
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

    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for AttachDiskRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachDiskRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("disk_id", d::req(&self.disk_id)),
                ("device", d::opt(&self.device)),
                ("delete_with_instance", d::opt(&self.delete_with_instance)),
                ("bootable", d::opt(&self.bootable)),
                ("password", d::secret(&self.password)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("force", d::opt(&self.force)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AttachDiskRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "DiskId",
            "Device",
            "DeleteWithInstance",
            "Bootable",
            "Password",
            "KeyPairName",
            "Force",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_device: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_delete_with_instance: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_bootable: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_disk_id = r.decode()?,
                2 => m_device = r.decode()?,
                3 => m_delete_with_instance = r.decode()?,
                4 => m_bootable = r.decode()?,
                5 => m_password = r.decode()?,
                6 => m_key_pair_name = r.decode()?,
                7 => m_force = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AttachDiskRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            device: m_device,
            delete_with_instance: m_delete_with_instance,
            bootable: m_bootable,
            password: m_password,
            key_pair_name: m_key_pair_name,
            force: m_force,
        })
    }
}

/// The response of [`Client::attach_disk`](crate::Client::attach_disk) (`AttachDisk`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachDiskResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AttachDiskResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachDiskResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for AttachDiskResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AttachDiskResponse::default();
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
