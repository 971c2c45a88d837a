//! `ModifyPrepayInstanceSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPrepayInstanceSpec>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyPrepayInstanceSpec",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
/// The request of [`Client::modify_prepay_instance_spec`](crate::Client::modify_prepay_instance_spec) (`ModifyPrepayInstanceSpec`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
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
    pub modify_mode: ::std::option::Option<::std::string::String>,
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
    pub fn modify_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.modify_mode = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Disk`.
    pub fn disk(mut self, value: ::std::vec::Vec<Disk>) -> Self {
        self.disk = ::std::option::Option::Some(value);
        self
    }
}
/// The response of [`Client::modify_prepay_instance_spec`](crate::Client::modify_prepay_instance_spec) (`ModifyPrepayInstanceSpec`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
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
