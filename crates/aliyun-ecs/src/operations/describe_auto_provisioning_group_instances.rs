//! `DescribeAutoProvisioningGroupInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeAutoProvisioningGroupInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeAutoProvisioningGroupInstances",
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
                name: "AutoProvisioningGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_auto_provisioning_group_instances`](crate::Client::describe_auto_provisioning_group_instances) (`DescribeAutoProvisioningGroupInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupInstancesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `AutoProvisioningGroupId` (query). Required.
    ///
    /// Example: `apg-uf6jel2bbl62wh13****`.
    #[serde(rename = "AutoProvisioningGroupId")]
    pub auto_provisioning_group_id: ::std::string::String,
}

impl DescribeAutoProvisioningGroupInstancesRequest {
    /// A `DescribeAutoProvisioningGroupInstancesRequest` with its required members: `RegionId`, `AutoProvisioningGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        auto_provisioning_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            auto_provisioning_group_id: auto_provisioning_group_id.into(),
        }
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeAutoProvisioningGroupInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoProvisioningGroupInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                (
                    "auto_provisioning_group_id",
                    d::req(&self.auto_provisioning_group_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoProvisioningGroupInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "AutoProvisioningGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_auto_provisioning_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_auto_provisioning_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeAutoProvisioningGroupInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            auto_provisioning_group_id: m_auto_provisioning_group_id
                .ok_or_else(|| r.missing("AutoProvisioningGroupId"))?,
        })
    }
}

/// The `Instances.Instance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `CPU`.
    ///
    /// Example: `2`.
    #[serde(rename = "CPU", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `CreationTime`.
    ///
    /// Example: `2017-12-10T04:04Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `IoOptimized`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<bool>,
    /// `IsSpot`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsSpot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_spot: ::std::option::Option<bool>,
    /// `Memory`.
    ///
    /// Example: `1024`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `NetworkType`.
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::yun_core::Text>,
    /// `OsType`.
    ///
    /// Example: `linux`.
    #[serde(
        rename = "OsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Running`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Instance",
            &[
                ("cpu", d::opt(&self.cpu)),
                ("creation_time", d::opt(&self.creation_time)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("is_spot", d::opt(&self.is_spot)),
                ("memory", d::opt(&self.memory)),
                ("network_type", d::opt(&self.network_type)),
                ("os_type", d::opt(&self.os_type)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Instance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CPU",
            "CreationTime",
            "InstanceId",
            "InstanceType",
            "IoOptimized",
            "IsSpot",
            "Memory",
            "NetworkType",
            "OsType",
            "RegionId",
            "Status",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = Instance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cpu = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.instance_id = r.decode()?,
                3 => out.instance_type = r.decode()?,
                4 => out.io_optimized = r.decode()?,
                5 => out.is_spot = r.decode()?,
                6 => out.memory = r.decode()?,
                7 => out.network_type = r.decode()?,
                8 => out.os_type = r.decode()?,
                9 => out.region_id = r.decode()?,
                10 => out.status = r.decode()?,
                11 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instances {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<::std::vec::Vec<Instance>>,
}

impl ::std::fmt::Debug for Instances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Instances", &[("instance", d::opt(&self.instance))])
    }
}

impl ::yun_core::json::Decode for Instances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Instance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Instances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_auto_provisioning_group_instances`](crate::Client::describe_auto_provisioning_group_instances) (`DescribeAutoProvisioningGroupInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeAutoProvisioningGroupInstancesResponse {
    /// `Instances`.
    #[serde(
        rename = "Instances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<Instances>,
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
    /// Example: `B48A12CD-1295-4A38-A8F0-0E92C937****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeAutoProvisioningGroupInstancesResponse {
    /// The items of `Instances` (through its wrapper), empty when absent.
    pub fn instances(&self) -> &[Instance] {
        self.instances
            .as_ref()
            .and_then(|w| w.instance.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeAutoProvisioningGroupInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeAutoProvisioningGroupInstancesResponse",
            &[
                ("instances", d::opt(&self.instances)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeAutoProvisioningGroupInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Instances",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeAutoProvisioningGroupInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instances = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeAutoProvisioningGroupInstancesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeAutoProvisioningGroupInstances` pages (by `PageNumber`), for [`Client::describe_auto_provisioning_group_instances_paginator`](crate::Client::describe_auto_provisioning_group_instances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeAutoProvisioningGroupInstancesRequest {
    type Response = DescribeAutoProvisioningGroupInstancesResponse;
    type Item = Instance;
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
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(
        page: &DescribeAutoProvisioningGroupInstancesResponse,
    ) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeAutoProvisioningGroupInstancesResponse) -> usize {
        page.instances
            .as_ref()
            .and_then(|x| x.instance.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeAutoProvisioningGroupInstancesResponse,
    ) -> ::std::vec::Vec<Instance> {
        page.instances.and_then(|x| x.instance).unwrap_or_default()
    }
}
