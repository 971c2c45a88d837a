//! `ModifyInstanceMaintenanceAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceMaintenanceAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceMaintenanceAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActionOnMaintenance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NotifyOnMaintenance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaintenanceWindow",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `MaintenanceWindow` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MaintenanceWindow {
    /// `EndTime`.
    ///
    /// Example: `18:00:00`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    ///
    /// Example: `02:00:00`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
}

impl MaintenanceWindow {
    /// An empty `MaintenanceWindow`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            end_time: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
        }
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for MaintenanceWindow {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MaintenanceWindow",
            &[
                ("end_time", d::opt(&self.end_time)),
                ("start_time", d::opt(&self.start_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for MaintenanceWindow {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["EndTime", "StartTime"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = MaintenanceWindow::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.end_time = r.decode()?,
                1 => out.start_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::modify_instance_maintenance_attributes`](crate::Client::modify_instance_maintenance_attributes) (`ModifyInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceMaintenanceAttributesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ActionOnMaintenance` (query).
    ///
    /// Example: `AutoRecover`.
    #[serde(
        rename = "ActionOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_on_maintenance: ::std::option::Option<::std::string::String>,
    /// `NotifyOnMaintenance` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "NotifyOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_on_maintenance: ::std::option::Option<bool>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp67acfmxazb4ph****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `MaintenanceWindow` (query, sent as `MaintenanceWindow.1`, `MaintenanceWindow.2`, …).
    ///
    /// At most 1 items.
    #[serde(
        rename = "MaintenanceWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_window: ::std::option::Option<::std::vec::Vec<MaintenanceWindow>>,
}

impl ModifyInstanceMaintenanceAttributesRequest {
    /// A `ModifyInstanceMaintenanceAttributesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            action_on_maintenance: ::std::option::Option::None,
            notify_on_maintenance: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            maintenance_window: ::std::option::Option::None,
        }
    }

    /// Sets `ActionOnMaintenance`.
    pub fn action_on_maintenance(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.action_on_maintenance = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NotifyOnMaintenance`.
    pub fn notify_on_maintenance(mut self, value: bool) -> Self {
        self.notify_on_maintenance = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `MaintenanceWindow`.
    pub fn maintenance_window(mut self, value: ::std::vec::Vec<MaintenanceWindow>) -> Self {
        self.maintenance_window = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceMaintenanceAttributesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceMaintenanceAttributesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("action_on_maintenance", d::opt(&self.action_on_maintenance)),
                ("notify_on_maintenance", d::opt(&self.notify_on_maintenance)),
                ("instance_id", d::opt(&self.instance_id)),
                ("maintenance_window", d::opt(&self.maintenance_window)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceMaintenanceAttributesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ActionOnMaintenance",
            "NotifyOnMaintenance",
            "InstanceId",
            "MaintenanceWindow",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_action_on_maintenance: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_notify_on_maintenance: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_maintenance_window: ::std::option::Option<::std::vec::Vec<MaintenanceWindow>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_action_on_maintenance = r.decode()?,
                2 => m_notify_on_maintenance = r.decode()?,
                3 => m_instance_id = r.decode()?,
                4 => m_maintenance_window = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceMaintenanceAttributesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            action_on_maintenance: m_action_on_maintenance,
            notify_on_maintenance: m_notify_on_maintenance,
            instance_id: m_instance_id,
            maintenance_window: m_maintenance_window,
        })
    }
}

/// The response of [`Client::modify_instance_maintenance_attributes`](crate::Client::modify_instance_maintenance_attributes) (`ModifyInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceMaintenanceAttributesResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceMaintenanceAttributesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceMaintenanceAttributesResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceMaintenanceAttributesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceMaintenanceAttributesResponse::default();
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
