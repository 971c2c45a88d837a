//! `ModifyInstanceSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceSpec>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceSpec",
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
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthOut",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthIn",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Temporary.StartTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Temporary.EndTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Temporary.InternetMaxBandwidthOut",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Async",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AllowMigrateAcrossZone",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ModifyMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Disk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_spec`](crate::Client::modify_instance_spec) (`ModifyInstanceSpec`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceSpecRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InternetMaxBandwidthOut` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `InternetMaxBandwidthIn` (query).
    ///
    /// From 1 to 200.
    ///
    /// Example: `10`.
    #[serde(
        rename = "InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i32>,
    /// `Temporary.StartTime` (query).
    #[serde(
        rename = "Temporary.StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub temporary_start_time: ::std::option::Option<::std::string::String>,
    /// `Temporary.EndTime` (query).
    #[serde(
        rename = "Temporary.EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub temporary_end_time: ::std::option::Option<::std::string::String>,
    /// `Temporary.InternetMaxBandwidthOut` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "Temporary.InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub temporary_internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `Async` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Async",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#async: ::std::option::Option<bool>,
    /// `AllowMigrateAcrossZone` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "AllowMigrateAcrossZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_migrate_across_zone: ::std::option::Option<bool>,
    /// `SystemDisk.Category` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "SystemDisk.Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `0c593ea1-3bea-11e9-b96b-88e9fe637760`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `ModifyMode` (query).
    ///
    /// Allowed values: `Online`, `Offline`.
    #[serde(
        rename = "ModifyMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub modify_mode: ::std::option::Option<ModifyMode>,
    /// `Disk` (query, sent as `Disk.1`, `Disk.2`, …).
    ///
    /// At most 128 items.
    #[serde(
        rename = "Disk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<::std::vec::Vec<crate::models::Disk>>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl ModifyInstanceSpecRequest {
    /// A `ModifyInstanceSpecRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            instance_type: ::std::option::Option::None,
            internet_max_bandwidth_out: ::std::option::Option::None,
            internet_max_bandwidth_in: ::std::option::Option::None,
            temporary_start_time: ::std::option::Option::None,
            temporary_end_time: ::std::option::Option::None,
            temporary_internet_max_bandwidth_out: ::std::option::Option::None,
            r#async: ::std::option::Option::None,
            allow_migrate_across_zone: ::std::option::Option::None,
            system_disk_category: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            modify_mode: ::std::option::Option::None,
            disk: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_out = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InternetMaxBandwidthIn`.
    pub fn internet_max_bandwidth_in(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_in = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Temporary.StartTime`.
    pub fn temporary_start_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.temporary_start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Temporary.EndTime`.
    pub fn temporary_end_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.temporary_end_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Temporary.InternetMaxBandwidthOut`.
    pub fn temporary_internet_max_bandwidth_out(mut self, value: i32) -> Self {
        self.temporary_internet_max_bandwidth_out = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Async`.
    pub fn r#async(mut self, value: bool) -> Self {
        self.r#async = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AllowMigrateAcrossZone`.
    pub fn allow_migrate_across_zone(mut self, value: bool) -> Self {
        self.allow_migrate_across_zone = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk.Category`.
    pub fn system_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ModifyMode`.
    pub fn modify_mode(mut self, value: impl ::std::convert::Into<ModifyMode>) -> Self {
        self.modify_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Disk`.
    pub fn disk(mut self, value: ::std::vec::Vec<crate::models::Disk>) -> Self {
        self.disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceSpecRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceSpecRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("instance_type", d::opt(&self.instance_type)),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                (
                    "internet_max_bandwidth_in",
                    d::opt(&self.internet_max_bandwidth_in),
                ),
                ("temporary_start_time", d::opt(&self.temporary_start_time)),
                ("temporary_end_time", d::opt(&self.temporary_end_time)),
                (
                    "temporary_internet_max_bandwidth_out",
                    d::opt(&self.temporary_internet_max_bandwidth_out),
                ),
                ("async", d::opt(&self.r#async)),
                (
                    "allow_migrate_across_zone",
                    d::opt(&self.allow_migrate_across_zone),
                ),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                ("client_token", d::opt(&self.client_token)),
                ("modify_mode", d::opt(&self.modify_mode)),
                ("disk", d::opt(&self.disk)),
                ("dry_run", d::opt(&self.dry_run)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceSpecRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "InstanceType",
            "InternetMaxBandwidthOut",
            "InternetMaxBandwidthIn",
            "Temporary.StartTime",
            "Temporary.EndTime",
            "Temporary.InternetMaxBandwidthOut",
            "Async",
            "AllowMigrateAcrossZone",
            "SystemDisk.Category",
            "ClientToken",
            "ModifyMode",
            "Disk",
            "DryRun",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_in: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_temporary_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_temporary_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_temporary_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_async: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_allow_migrate_across_zone: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_modify_mode: ::std::option::Option<ModifyMode> = ::std::option::Option::None;
        let mut m_disk: ::std::option::Option<::std::vec::Vec<crate::models::Disk>> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_instance_type = r.decode()?,
                2 => m_internet_max_bandwidth_out = r.decode()?,
                3 => m_internet_max_bandwidth_in = r.decode()?,
                4 => m_temporary_start_time = r.decode()?,
                5 => m_temporary_end_time = r.decode()?,
                6 => m_temporary_internet_max_bandwidth_out = r.decode()?,
                7 => m_async = r.decode()?,
                8 => m_allow_migrate_across_zone = r.decode()?,
                9 => m_system_disk_category = r.decode()?,
                10 => m_client_token = r.decode()?,
                11 => m_modify_mode = r.decode()?,
                12 => m_disk = r.decode()?,
                13 => m_dry_run = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceSpecRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            instance_type: m_instance_type,
            internet_max_bandwidth_out: m_internet_max_bandwidth_out,
            internet_max_bandwidth_in: m_internet_max_bandwidth_in,
            temporary_start_time: m_temporary_start_time,
            temporary_end_time: m_temporary_end_time,
            temporary_internet_max_bandwidth_out: m_temporary_internet_max_bandwidth_out,
            r#async: m_async,
            allow_migrate_across_zone: m_allow_migrate_across_zone,
            system_disk_category: m_system_disk_category,
            client_token: m_client_token,
            modify_mode: m_modify_mode,
            disk: m_disk,
            dry_run: m_dry_run,
        })
    }
}

/// The response of [`Client::modify_instance_spec`](crate::Client::modify_instance_spec) (`ModifyInstanceSpec`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceSpecResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceSpecResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceSpecResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceSpecResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceSpecResponse::default();
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

/// The values of `ModifyMode`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyMode {
    /// `Online`.
    Online,
    /// `Offline`.
    Offline,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl ModifyMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "Online",
            Self::Offline => "Offline",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for ModifyMode {
    fn from(value: &str) -> Self {
        match value {
            "Online" => Self::Online,
            "Offline" => Self::Offline,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for ModifyMode {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for ModifyMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for ModifyMode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for ModifyMode {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        r.text().map(|text| Self::from(&*text))
    }

    fn decode_optional(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<::std::option::Option<Self>, ::yun_core::json::DecodeError> {
        ::std::result::Result::Ok(r.optional_text()?.map(|text| Self::from(&*text)))
    }
}
