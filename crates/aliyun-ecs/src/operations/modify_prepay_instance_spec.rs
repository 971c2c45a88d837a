//! `ModifyPrepayInstanceSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPrepayInstanceSpec>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyPrepayInstanceSpec",
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
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OperatorType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoPay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MigrateAcrossZone",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RebootTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EndTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RebootWhenFinished",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_prepay_instance_spec`](crate::Client::modify_prepay_instance_spec) (`ModifyPrepayInstanceSpec`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrepayInstanceSpecRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4ph****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceType` (query). Required.
    ///
    /// Example: `ecs.g5.xlarge`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `OperatorType` (query).
    ///
    /// Example: `upgrade`.
    #[serde(
        rename = "OperatorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator_type: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `AutoPay` (query).
    ///
    /// Default: `true`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
    /// `MigrateAcrossZone` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "MigrateAcrossZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migrate_across_zone: ::std::option::Option<bool>,
    /// `SystemDisk.Category` (query).
    ///
    /// Example: `cloud_efficiency`.
    #[serde(
        rename = "SystemDisk.Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `RebootTime` (query).
    ///
    /// Example: `2018-01-01T12:05Z`.
    #[serde(
        rename = "RebootTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reboot_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2018-01-01T12:05Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `RebootWhenFinished` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "RebootWhenFinished",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reboot_when_finished: ::std::option::Option<bool>,
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
}

impl ModifyPrepayInstanceSpecRequest {
    /// A `ModifyPrepayInstanceSpecRequest` with its required members: `InstanceId`, `RegionId`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            region_id: region_id.into(),
            instance_type: instance_type.into(),
            operator_type: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            auto_pay: ::std::option::Option::None,
            migrate_across_zone: ::std::option::Option::None,
            system_disk_category: ::std::option::Option::None,
            reboot_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            reboot_when_finished: ::std::option::Option::None,
            modify_mode: ::std::option::Option::None,
            disk: ::std::option::Option::None,
        }
    }

    /// Sets `OperatorType`.
    pub fn operator_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.operator_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoPay`.
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MigrateAcrossZone`.
    pub fn migrate_across_zone(mut self, value: bool) -> Self {
        self.migrate_across_zone = ::std::option::Option::Some(value);
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

    /// Sets `RebootTime`.
    pub fn reboot_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.reboot_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RebootWhenFinished`.
    pub fn reboot_when_finished(mut self, value: bool) -> Self {
        self.reboot_when_finished = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for ModifyPrepayInstanceSpecRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyPrepayInstanceSpecRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("region_id", d::req(&self.region_id)),
                ("instance_type", d::req(&self.instance_type)),
                ("operator_type", d::opt(&self.operator_type)),
                ("client_token", d::opt(&self.client_token)),
                ("auto_pay", d::opt(&self.auto_pay)),
                ("migrate_across_zone", d::opt(&self.migrate_across_zone)),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                ("reboot_time", d::opt(&self.reboot_time)),
                ("end_time", d::opt(&self.end_time)),
                ("reboot_when_finished", d::opt(&self.reboot_when_finished)),
                ("modify_mode", d::opt(&self.modify_mode)),
                ("disk", d::opt(&self.disk)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyPrepayInstanceSpecRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "RegionId",
            "InstanceType",
            "OperatorType",
            "ClientToken",
            "AutoPay",
            "MigrateAcrossZone",
            "SystemDisk.Category",
            "RebootTime",
            "EndTime",
            "RebootWhenFinished",
            "ModifyMode",
            "Disk",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 14] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_operator_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_migrate_across_zone: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reboot_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reboot_when_finished: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_modify_mode: ::std::option::Option<ModifyMode> = ::std::option::Option::None;
        let mut m_disk: ::std::option::Option<::std::vec::Vec<crate::models::Disk>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_instance_type = r.decode()?,
                3 => m_operator_type = r.decode()?,
                4 => m_client_token = r.decode()?,
                5 => m_auto_pay = r.decode()?,
                6 => m_migrate_across_zone = r.decode()?,
                7 => m_system_disk_category = r.decode()?,
                8 => m_reboot_time = r.decode()?,
                9 => m_end_time = r.decode()?,
                10 => m_reboot_when_finished = r.decode()?,
                11 => m_modify_mode = r.decode()?,
                12 => m_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyPrepayInstanceSpecRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            operator_type: m_operator_type,
            client_token: m_client_token,
            auto_pay: m_auto_pay,
            migrate_across_zone: m_migrate_across_zone,
            system_disk_category: m_system_disk_category,
            reboot_time: m_reboot_time,
            end_time: m_end_time,
            reboot_when_finished: m_reboot_when_finished,
            modify_mode: m_modify_mode,
            disk: m_disk,
        })
    }
}

/// The response of [`Client::modify_prepay_instance_spec`](crate::Client::modify_prepay_instance_spec) (`ModifyPrepayInstanceSpec`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrepayInstanceSpecResponse {
    /// `OrderId`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyPrepayInstanceSpecResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyPrepayInstanceSpecResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyPrepayInstanceSpecResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ModifyPrepayInstanceSpecResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
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
