//! `DescribeInstanceMaintenanceAttributes`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceMaintenanceAttributes>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceMaintenanceAttributes",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_maintenance_attributes`](crate::Client::describe_instance_maintenance_attributes) (`DescribeInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceMaintenanceAttributesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeInstanceMaintenanceAttributesRequest {
    /// A `DescribeInstanceMaintenanceAttributesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
        }
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i64) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = ::std::option::Option::Some(value);
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
}

impl ::std::fmt::Debug for DescribeInstanceMaintenanceAttributesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceMaintenanceAttributesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("instance_id", d::opt(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceMaintenanceAttributesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "PageNumber", "PageSize", "InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceMaintenanceAttributesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            instance_id: m_instance_id,
        })
    }
}

/// The `MaintenanceAttributes.MaintenanceAttribute.ActionOnMaintenance.SupportedValues` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SupportedValues {
    /// `SupportedValue`.
    #[serde(
        rename = "SupportedValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_value: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for SupportedValues {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SupportedValues",
            &[("supported_value", d::opt(&self.supported_value))],
        )
    }
}

impl ::yun_core::json::Decode for SupportedValues {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SupportedValue"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SupportedValues::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.supported_value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MaintenanceAttributes.MaintenanceAttribute.ActionOnMaintenance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ActionOnMaintenance {
    /// `DefaultValue`.
    ///
    /// Example: `AutoRecover`.
    #[serde(
        rename = "DefaultValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_value: ::std::option::Option<::yun_core::Text>,
    /// `SupportedValues`.
    #[serde(
        rename = "SupportedValues",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_values: ::std::option::Option<SupportedValues>,
    /// `Value`.
    ///
    /// Example: `Stop`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::yun_core::Text>,
}

impl ActionOnMaintenance {
    /// The items of `SupportedValues` (through its wrapper), empty when absent.
    pub fn supported_values(&self) -> &[::yun_core::Text] {
        self.supported_values
            .as_ref()
            .and_then(|w| w.supported_value.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for ActionOnMaintenance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ActionOnMaintenance",
            &[
                ("default_value", d::opt(&self.default_value)),
                ("supported_values", d::opt(&self.supported_values)),
                ("value", d::opt(&self.value)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ActionOnMaintenance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DefaultValue", "SupportedValues", "Value"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ActionOnMaintenance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.default_value = r.decode()?,
                1 => out.supported_values = r.decode()?,
                2 => out.value = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MaintenanceAttributes.MaintenanceAttribute.MaintenanceWindows.MaintenanceWindow` object of the response.
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
    pub end_time: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `02:00:00`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
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

/// The `MaintenanceAttributes.MaintenanceAttribute.MaintenanceWindows` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MaintenanceWindows {
    /// `MaintenanceWindow`.
    #[serde(
        rename = "MaintenanceWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_window: ::std::option::Option<::std::vec::Vec<MaintenanceWindow>>,
}

impl ::std::fmt::Debug for MaintenanceWindows {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MaintenanceWindows",
            &[("maintenance_window", d::opt(&self.maintenance_window))],
        )
    }
}

impl ::yun_core::json::Decode for MaintenanceWindows {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MaintenanceWindow"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MaintenanceWindows::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.maintenance_window = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MaintenanceAttributes.MaintenanceAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MaintenanceAttribute {
    /// `ActionOnMaintenance`.
    #[serde(
        rename = "ActionOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_on_maintenance: ::std::option::Option<ActionOnMaintenance>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `MaintenanceWindows`.
    #[serde(
        rename = "MaintenanceWindows",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_windows: ::std::option::Option<MaintenanceWindows>,
    /// `NotifyOnMaintenance`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "NotifyOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub notify_on_maintenance: ::std::option::Option<bool>,
}

impl MaintenanceAttribute {
    /// The items of `MaintenanceWindows` (through its wrapper), empty when absent.
    pub fn maintenance_windows(&self) -> &[MaintenanceWindow] {
        self.maintenance_windows
            .as_ref()
            .and_then(|w| w.maintenance_window.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for MaintenanceAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MaintenanceAttribute",
            &[
                ("action_on_maintenance", d::opt(&self.action_on_maintenance)),
                ("instance_id", d::opt(&self.instance_id)),
                ("maintenance_windows", d::opt(&self.maintenance_windows)),
                ("notify_on_maintenance", d::opt(&self.notify_on_maintenance)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for MaintenanceAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActionOnMaintenance",
            "InstanceId",
            "MaintenanceWindows",
            "NotifyOnMaintenance",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = MaintenanceAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.action_on_maintenance = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.maintenance_windows = r.decode()?,
                3 => out.notify_on_maintenance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `MaintenanceAttributes` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MaintenanceAttributes {
    /// `MaintenanceAttribute`.
    #[serde(
        rename = "MaintenanceAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_attribute: ::std::option::Option<::std::vec::Vec<MaintenanceAttribute>>,
}

impl ::std::fmt::Debug for MaintenanceAttributes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MaintenanceAttributes",
            &[("maintenance_attribute", d::opt(&self.maintenance_attribute))],
        )
    }
}

impl ::yun_core::json::Decode for MaintenanceAttributes {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MaintenanceAttribute"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MaintenanceAttributes::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.maintenance_attribute = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_maintenance_attributes`](crate::Client::describe_instance_maintenance_attributes) (`DescribeInstanceMaintenanceAttributes`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceMaintenanceAttributesResponse {
    /// `MaintenanceAttributes`.
    #[serde(
        rename = "MaintenanceAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maintenance_attributes: ::std::option::Option<MaintenanceAttributes>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `100`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeInstanceMaintenanceAttributesResponse {
    /// The items of `MaintenanceAttributes` (through its wrapper), empty when absent.
    pub fn maintenance_attributes(&self) -> &[MaintenanceAttribute] {
        self.maintenance_attributes
            .as_ref()
            .and_then(|w| w.maintenance_attribute.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceMaintenanceAttributesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceMaintenanceAttributesResponse",
            &[
                (
                    "maintenance_attributes",
                    d::opt(&self.maintenance_attributes),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceMaintenanceAttributesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "MaintenanceAttributes",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceMaintenanceAttributesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.maintenance_attributes = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeInstanceMaintenanceAttributesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstanceMaintenanceAttributes` pages (by `PageNumber`), for [`Client::describe_instance_maintenance_attributes_paginator`](crate::Client::describe_instance_maintenance_attributes_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstanceMaintenanceAttributesRequest {
    type Response = DescribeInstanceMaintenanceAttributesResponse;
    type Item = MaintenanceAttribute;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i64::try_from(n).unwrap_or(i64::MAX));
        }
    }

    fn total_count(
        page: &DescribeInstanceMaintenanceAttributesResponse,
    ) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeInstanceMaintenanceAttributesResponse) -> usize {
        page.maintenance_attributes
            .as_ref()
            .and_then(|x| x.maintenance_attribute.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeInstanceMaintenanceAttributesResponse,
    ) -> ::std::vec::Vec<MaintenanceAttribute> {
        page.maintenance_attributes
            .and_then(|x| x.maintenance_attribute)
            .unwrap_or_default()
    }
}
