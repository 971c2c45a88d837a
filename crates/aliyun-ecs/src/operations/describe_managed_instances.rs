//! `DescribeManagedInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeManagedInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeManagedInstances",
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
                name: "OsType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActivationId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceName",
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
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_managed_instances`](crate::Client::describe_managed_instances) (`DescribeManagedInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeManagedInstancesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `OsType` (query).
    ///
    /// Example: `windows`.
    #[serde(
        rename = "OsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `InstanceIp` (query).
    ///
    /// Example: `192.168.**.**`.
    #[serde(
        rename = "InstanceIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ip: ::std::option::Option<::std::string::String>,
    /// `ActivationId` (query).
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F7494****`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::std::string::String>,
    /// `InstanceName` (query).
    ///
    /// Example: `my-webapp-server`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
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
    /// At most 50 items.
    ///
    /// Example: `mi-hz018jrc1o0****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 21 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `MaxResults` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-123******`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}

impl DescribeManagedInstancesRequest {
    /// A `DescribeManagedInstancesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            os_type: ::std::option::Option::None,
            instance_ip: ::std::option::Option::None,
            activation_id: ::std::option::Option::None,
            instance_name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
        }
    }

    /// Sets `OsType`.
    pub fn os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceIp`.
    pub fn instance_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ActivationId`.
    pub fn activation_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.activation_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
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

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeManagedInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeManagedInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("os_type", d::opt(&self.os_type)),
                ("instance_ip", d::opt(&self.instance_ip)),
                ("activation_id", d::opt(&self.activation_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("instance_id", d::opt(&self.instance_id)),
                ("tag", d::opt(&self.tag)),
                ("max_results", d::opt(&self.max_results)),
                ("next_token", d::opt(&self.next_token)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeManagedInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "OsType",
            "InstanceIp",
            "ActivationId",
            "InstanceName",
            "PageNumber",
            "PageSize",
            "InstanceId",
            "Tag",
            "MaxResults",
            "NextToken",
            "ResourceGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_os_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_activation_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_os_type = r.decode()?,
                2 => m_instance_ip = r.decode()?,
                3 => m_activation_id = r.decode()?,
                4 => m_instance_name = r.decode()?,
                5 => m_page_number = r.decode()?,
                6 => m_page_size = r.decode()?,
                7 => m_instance_id = r.decode()?,
                8 => m_tag = r.decode()?,
                9 => m_max_results = r.decode()?,
                10 => m_next_token = r.decode()?,
                11 => m_resource_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeManagedInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            os_type: m_os_type,
            instance_ip: m_instance_ip,
            activation_id: m_activation_id,
            instance_name: m_instance_name,
            page_number: m_page_number,
            page_size: m_page_size,
            instance_id: m_instance_id,
            tag: m_tag,
            max_results: m_max_results,
            next_token: m_next_token,
            resource_group_id: m_resource_group_id,
        })
    }
}

/// The `Instances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `ActivationId`.
    ///
    /// Example: `3704F543-F768-43FA-9864-897F75B3****`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::yun_core::Text>,
    /// `AgentVersion`.
    ///
    /// Example: `2.2.0.102`.
    #[serde(
        rename = "AgentVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_version: ::std::option::Option<::yun_core::Text>,
    /// `Connected`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "Connected",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connected: ::std::option::Option<bool>,
    /// `Hostname`.
    ///
    /// Example: `demo`.
    #[serde(
        rename = "Hostname",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `mi-hz018jrc1o0****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `webAPP-linux-01`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InternetIp`.
    ///
    /// Example: `40.65.**.**`.
    #[serde(
        rename = "InternetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_ip: ::std::option::Option<::yun_core::Text>,
    /// `IntranetIp`.
    ///
    /// Example: `10.0.**.**`.
    #[serde(
        rename = "IntranetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_ip: ::std::option::Option<::yun_core::Text>,
    /// `InvocationCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "InvocationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_count: ::std::option::Option<i64>,
    /// `LastInvokedTime`.
    ///
    /// Example: `2021-01-20T09:00:40Z`.
    #[serde(
        rename = "LastInvokedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_invoked_time: ::std::option::Option<::yun_core::Text>,
    /// `MachineId`.
    ///
    /// Example: `e03231b37ab14e53b5795ad625fc****`.
    #[serde(
        rename = "MachineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub machine_id: ::std::option::Option<::yun_core::Text>,
    /// `OsType`.
    ///
    /// Example: `Linux`.
    #[serde(
        rename = "OsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::yun_core::Text>,
    /// `OsVersion`.
    ///
    /// Example: `Linux_#38~18.04.1-Ubuntu SMP Wed Jan 6 18:26:30 UTC 2021_x86_64`.
    #[serde(
        rename = "OsVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::yun_core::Text>,
    /// `RegistrationTime`.
    ///
    /// Example: `2021-01-20T08:57:56Z`.
    #[serde(
        rename = "RegistrationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registration_time: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-123******`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<::std::vec::Vec<crate::models::ResponseTag>>,
}

impl ::std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Instance",
            &[
                ("activation_id", d::opt(&self.activation_id)),
                ("agent_version", d::opt(&self.agent_version)),
                ("connected", d::opt(&self.connected)),
                ("hostname", d::opt(&self.hostname)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("internet_ip", d::opt(&self.internet_ip)),
                ("intranet_ip", d::opt(&self.intranet_ip)),
                ("invocation_count", d::opt(&self.invocation_count)),
                ("last_invoked_time", d::opt(&self.last_invoked_time)),
                ("machine_id", d::opt(&self.machine_id)),
                ("os_type", d::opt(&self.os_type)),
                ("os_version", d::opt(&self.os_version)),
                ("registration_time", d::opt(&self.registration_time)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Instance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActivationId",
            "AgentVersion",
            "Connected",
            "Hostname",
            "InstanceId",
            "InstanceName",
            "InternetIp",
            "IntranetIp",
            "InvocationCount",
            "LastInvokedTime",
            "MachineId",
            "OsType",
            "OsVersion",
            "RegistrationTime",
            "ResourceGroupId",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 17] = ::yun_core::json::member_order();
        let mut out = Instance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activation_id = r.decode()?,
                1 => out.agent_version = r.decode()?,
                2 => out.connected = r.decode()?,
                3 => out.hostname = r.decode()?,
                4 => out.instance_id = r.decode()?,
                5 => out.instance_name = r.decode()?,
                6 => out.internet_ip = r.decode()?,
                7 => out.intranet_ip = r.decode()?,
                8 => out.invocation_count = r.decode()?,
                9 => out.last_invoked_time = r.decode()?,
                10 => out.machine_id = r.decode()?,
                11 => out.os_type = r.decode()?,
                12 => out.os_version = r.decode()?,
                13 => out.registration_time = r.decode()?,
                14 => out.resource_group_id = r.decode()?,
                15 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_managed_instances`](crate::Client::describe_managed_instances) (`DescribeManagedInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeManagedInstancesResponse {
    /// `Instances`.
    #[serde(
        rename = "Instances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<::std::vec::Vec<Instance>>,
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `77115469-F2C5-4ECA-94F7-FA04F2FD****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl ::std::fmt::Debug for DescribeManagedInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeManagedInstancesResponse",
            &[
                ("instances", d::opt(&self.instances)),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeManagedInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Instances",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeManagedInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instances = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.page_number = r.decode()?,
                3 => out.page_size = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeManagedInstancesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeManagedInstances` pages (by `NextToken`), for [`Client::describe_managed_instances_paginator`](crate::Client::describe_managed_instances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeManagedInstancesRequest {
    type Response = DescribeManagedInstancesResponse;
    type Item = Instance;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribeManagedInstancesResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeManagedInstancesResponse) -> usize {
        page.instances.as_ref().map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeManagedInstancesResponse) -> ::std::vec::Vec<Instance> {
        page.instances.unwrap_or_default()
    }
}
