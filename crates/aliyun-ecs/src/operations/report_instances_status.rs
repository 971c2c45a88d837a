//! `ReportInstancesStatus`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReportInstancesStatus>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ReportInstancesStatus",
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
                name: "Reason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StartTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EndTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IssueCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::report_instances_status`](crate::Client::report_instances_status) (`ReportInstancesStatus`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReportInstancesStatusRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Reason` (query).
    ///
    /// Example: `abnormal-local-disk`.
    #[serde(
        rename = "Reason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
    /// `Description` (query). Required.
    #[serde(rename = "Description")]
    pub description: ::std::string::String,
    /// `StartTime` (query).
    ///
    /// Example: `2017-11-30T06:32:31Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2017-11-31T06:32:31Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `IssueCategory` (query).
    ///
    /// Example: `hardware-cpu-error`.
    #[serde(
        rename = "IssueCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub issue_category: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp165p6xk2tmdhj0****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::vec::Vec<::std::string::String>,
    /// `DiskId` (query, sent as `DiskId.1`, `DiskId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `d-bp1aeljlfad7x6u1****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Device` (query, sent as `Device.1`, `Device.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `/dev/xvdb`.
    #[serde(
        rename = "Device",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ReportInstancesStatusRequest {
    /// A `ReportInstancesStatusRequest` with its required members: `RegionId`, `Description`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        description: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            reason: ::std::option::Option::None,
            description: description.into(),
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            issue_category: ::std::option::Option::None,
            instance_id: instance_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            disk_id: ::std::option::Option::None,
            device: ::std::option::Option::None,
        }
    }

    /// Sets `Reason`.
    pub fn reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EndTime`.
    pub fn end_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.end_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IssueCategory`.
    pub fn issue_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issue_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskId`.
    pub fn disk_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.disk_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Device`.
    pub fn device(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.device = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for ReportInstancesStatusRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReportInstancesStatusRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("reason", d::opt(&self.reason)),
                ("description", d::req(&self.description)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
                ("issue_category", d::opt(&self.issue_category)),
                ("instance_id", d::req(&self.instance_id)),
                ("disk_id", d::opt(&self.disk_id)),
                ("device", d::opt(&self.device)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReportInstancesStatusRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Reason",
            "Description",
            "StartTime",
            "EndTime",
            "IssueCategory",
            "InstanceId",
            "DiskId",
            "Device",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reason: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_issue_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_disk_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_device: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_reason = r.decode()?,
                2 => m_description = r.decode()?,
                3 => m_start_time = r.decode()?,
                4 => m_end_time = r.decode()?,
                5 => m_issue_category = r.decode()?,
                6 => m_instance_id = r.decode()?,
                7 => m_disk_id = r.decode()?,
                8 => m_device = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ReportInstancesStatusRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            reason: m_reason,
            description: m_description.ok_or_else(|| r.missing("Description"))?,
            start_time: m_start_time,
            end_time: m_end_time,
            issue_category: m_issue_category,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            disk_id: m_disk_id,
            device: m_device,
        })
    }
}

/// The response of [`Client::report_instances_status`](crate::Client::report_instances_status) (`ReportInstancesStatus`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReportInstancesStatusResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ReportInstancesStatusResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReportInstancesStatusResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ReportInstancesStatusResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ReportInstancesStatusResponse::default();
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
