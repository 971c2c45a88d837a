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
    };

/// The `Disk` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Disk {
    /// `Category`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `DiskId`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
}

impl Disk {
    /// An empty `Disk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            category: ::std::option::Option::None,
            disk_id: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
        }
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PerformanceLevel`.
    pub fn performance_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.performance_level = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for Disk {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Disk;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Disk` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Disk, A::Error> {
                let mut out = Disk::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Category" => out.category = map.next_value()?,
                        "DiskId" => out.disk_id = map.next_value()?,
                        "PerformanceLevel" => out.performance_level = map.next_value()?,
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

/// The request of [`Client::modify_prepay_instance_spec`](crate::Client::modify_prepay_instance_spec) (`ModifyPrepayInstanceSpec`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrepayInstanceSpecRequest {
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceType` (query). Required.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `OperatorType` (query).
    #[serde(
        rename = "OperatorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operator_type: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `AutoPay` (query).
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
    /// `MigrateAcrossZone` (query).
    #[serde(
        rename = "MigrateAcrossZone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migrate_across_zone: ::std::option::Option<bool>,
    /// `SystemDisk.Category` (query).
    #[serde(
        rename = "SystemDisk.Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `RebootTime` (query).
    #[serde(
        rename = "RebootTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reboot_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `RebootWhenFinished` (query).
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
    pub disk: ::std::option::Option<::std::vec::Vec<Disk>>,
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
    pub fn disk(mut self, value: ::std::vec::Vec<Disk>) -> Self {
        self.disk = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for ModifyPrepayInstanceSpecRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyPrepayInstanceSpecRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyPrepayInstanceSpecRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyPrepayInstanceSpecRequest, A::Error> {
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
                let mut m_migrate_across_zone: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_reboot_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_end_time: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_reboot_when_finished: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_modify_mode: ::std::option::Option<ModifyMode> =
                    ::std::option::Option::None;
                let mut m_disk: ::std::option::Option<::std::vec::Vec<Disk>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "OperatorType" => m_operator_type = map.next_value()?,
                        "ClientToken" => m_client_token = map.next_value()?,
                        "AutoPay" => m_auto_pay = map.next_value()?,
                        "MigrateAcrossZone" => m_migrate_across_zone = map.next_value()?,
                        "SystemDisk.Category" => {
                            m_system_disk_category = map.next_value()?;
                        }

                        "RebootTime" => m_reboot_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        "RebootWhenFinished" => {
                            m_reboot_when_finished = map.next_value()?;
                        }

                        "ModifyMode" => m_modify_mode = map.next_value()?,
                        "Disk" => m_disk = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(ModifyPrepayInstanceSpecRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    instance_type: m_instance_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceType")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::modify_prepay_instance_spec`](crate::Client::modify_prepay_instance_spec) (`ModifyPrepayInstanceSpec`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPrepayInstanceSpecResponse {
    /// `OrderId`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for ModifyPrepayInstanceSpecResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ModifyPrepayInstanceSpecResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ModifyPrepayInstanceSpecResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ModifyPrepayInstanceSpecResponse, A::Error> {
                let mut out = ModifyPrepayInstanceSpecResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "OrderId" => out.order_id = map.next_value()?,
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

/// The values of `ModifyMode`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ModifyMode {
    /// `Online`.
    Online,
    /// `Offline`.
    Offline,
    /// A value not in the metadata.
    Unknown(::std::string::String),
}

impl ModifyMode {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Online => "Online",
            Self::Offline => "Offline",
            Self::Unknown(other) => other,
        }
    }
}

impl ::std::convert::From<&str> for ModifyMode {
    fn from(value: &str) -> Self {
        match value {
            "Online" => Self::Online,
            "Offline" => Self::Offline,
            other => Self::Unknown(other.to_owned()),
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

impl<'de> ::serde::Deserialize<'de> for ModifyMode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let text: ::std::string::String = ::serde::Deserialize::deserialize(deserializer)?;
        ::std::result::Result::Ok(Self::from(text))
    }
}
