//! `DescribePrice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribePrice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribePrice",
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
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceNetworkType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetMaxBandwidthOut",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.Size",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SystemDisk.PerformanceLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PriceUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Amount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OfferingType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Scope",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Platform",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Capacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AssuranceTimes",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceCpuCoreCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Isp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypeList",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotStrategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotDuration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDisk",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SchedulerOptions.DedicatedHostId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `DataDisk` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RequestDataDisk {
    /// `Category`.
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::std::string::String>,
    /// `PerformanceLevel`.
    ///
    /// Example: `PL1`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
    /// `Size`.
    ///
    /// Example: `2000`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i64>,
}

impl RequestDataDisk {
    /// An empty `RequestDataDisk`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            category: ::std::option::Option::None,
            performance_level: ::std::option::Option::None,
            size: ::std::option::Option::None,
        }
    }

    /// Sets `Category`.
    pub fn category(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.category = ::std::option::Option::Some(value.into());
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

    /// Sets `Size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for RequestDataDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RequestDataDisk",
            &[
                ("category", d::opt(&self.category)),
                ("performance_level", d::opt(&self.performance_level)),
                ("size", d::opt(&self.size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RequestDataDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Category", "PerformanceLevel", "Size"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = RequestDataDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.category = r.decode()?,
                1 => out.performance_level = r.decode()?,
                2 => out.size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::describe_price`](crate::Client::describe_price) (`DescribePrice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePriceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceType` (query).
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `ImageId` (query).
    ///
    /// Example: `centos_7_05_64_20G_alibase_20181212.vhd`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostType` (query).
    ///
    /// Example: `ddh.c5`.
    #[serde(
        rename = "DedicatedHostType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_type: ::std::option::Option<::std::string::String>,
    /// `IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `InstanceNetworkType` (query).
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "InstanceNetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_network_type: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType` (query).
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `InternetMaxBandwidthOut` (query).
    ///
    /// Example: `5`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i32>,
    /// `SystemDisk.Category` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "SystemDisk.Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.Size` (query).
    ///
    /// Example: `80`.
    #[serde(
        rename = "SystemDisk.Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_size: ::std::option::Option<i32>,
    /// `SystemDisk.PerformanceLevel` (query).
    ///
    /// Example: `PL1`.
    #[serde(
        rename = "SystemDisk.PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_performance_level: ::std::option::Option<::std::string::String>,
    /// `Period` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PriceUnit` (query).
    ///
    /// Example: `Year`.
    #[serde(
        rename = "PriceUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_unit: ::std::option::Option<::std::string::String>,
    /// `Amount` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "Amount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub amount: ::std::option::Option<i32>,
    /// `OfferingType` (query).
    ///
    /// Example: `All Upfront`.
    #[serde(
        rename = "OfferingType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offering_type: ::std::option::Option<::std::string::String>,
    /// `InstanceAmount` (query).
    ///
    /// Example: `100`.
    #[serde(
        rename = "InstanceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_amount: ::std::option::Option<i32>,
    /// `Scope` (query).
    ///
    /// Example: `Zone`.
    #[serde(
        rename = "Scope",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scope: ::std::option::Option<::std::string::String>,
    /// `Platform` (query).
    ///
    /// Example: `Linux`.
    #[serde(
        rename = "Platform",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub platform: ::std::option::Option<::std::string::String>,
    /// `Capacity` (query).
    ///
    /// Example: `1024`.
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<i32>,
    /// `AssuranceTimes` (query).
    ///
    /// Example: `Unlimited`.
    #[serde(
        rename = "AssuranceTimes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assurance_times: ::std::option::Option<::std::string::String>,
    /// `InstanceCpuCoreCount` (query).
    ///
    /// Example: `1024`.
    #[serde(
        rename = "InstanceCpuCoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_cpu_core_count: ::std::option::Option<i32>,
    /// `Isp` (query).
    ///
    /// Example: `cmcc`.
    #[serde(rename = "Isp", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeList` (query, sent as `InstanceTypeList.1`, `InstanceTypeList.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `ecs.g6.xlarge`.
    #[serde(
        rename = "InstanceTypeList",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `SpotStrategy` (query).
    ///
    /// Allowed values: `NoSpot`, `SpotWithPriceLimit`, `SpotAsPriceGo`.
    ///
    /// Default: `NoSpot`.
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<SpotStrategy>,
    /// `SpotDuration` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i32>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hagzhou-i`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DataDisk` (query, sent as `DataDisk.1`, `DataDisk.2`, …).
    ///
    /// At most 16 items.
    #[serde(
        rename = "DataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk: ::std::option::Option<::std::vec::Vec<RequestDataDisk>>,
    /// `SchedulerOptions.DedicatedHostId` (query).
    ///
    /// Example: `dh-bp67acfmxazb4p****`.
    #[serde(
        rename = "SchedulerOptions.DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduler_options_dedicated_host_id: ::std::option::Option<::std::string::String>,
}

impl DescribePriceRequest {
    /// A `DescribePriceRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            resource_type: ::std::option::Option::None,
            image_id: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            dedicated_host_type: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            instance_network_type: ::std::option::Option::None,
            internet_charge_type: ::std::option::Option::None,
            internet_max_bandwidth_out: ::std::option::Option::None,
            system_disk_category: ::std::option::Option::None,
            system_disk_size: ::std::option::Option::None,
            system_disk_performance_level: ::std::option::Option::None,
            period: ::std::option::Option::None,
            price_unit: ::std::option::Option::None,
            amount: ::std::option::Option::None,
            offering_type: ::std::option::Option::None,
            instance_amount: ::std::option::Option::None,
            scope: ::std::option::Option::None,
            platform: ::std::option::Option::None,
            capacity: ::std::option::Option::None,
            assurance_times: ::std::option::Option::None,
            instance_cpu_core_count: ::std::option::Option::None,
            isp: ::std::option::Option::None,
            instance_type_list: ::std::option::Option::None,
            spot_strategy: ::std::option::Option::None,
            spot_duration: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            data_disk: ::std::option::Option::None,
            scheduler_options_dedicated_host_id: ::std::option::Option::None,
        }
    }

    /// Sets `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedHostType`.
    pub fn dedicated_host_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.io_optimized = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceNetworkType`.
    pub fn instance_network_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_network_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternetChargeType`.
    pub fn internet_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internet_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternetMaxBandwidthOut`.
    pub fn internet_max_bandwidth_out(mut self, value: i32) -> Self {
        self.internet_max_bandwidth_out = ::std::option::Option::Some(value);
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

    /// Sets `SystemDisk.Size`.
    pub fn system_disk_size(mut self, value: i32) -> Self {
        self.system_disk_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SystemDisk.PerformanceLevel`.
    pub fn system_disk_performance_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_performance_level = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PriceUnit`.
    pub fn price_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.price_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Amount`.
    pub fn amount(mut self, value: i32) -> Self {
        self.amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `OfferingType`.
    pub fn offering_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.offering_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceAmount`.
    pub fn instance_amount(mut self, value: i32) -> Self {
        self.instance_amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Scope`.
    pub fn scope(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Platform`.
    pub fn platform(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.platform = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Capacity`.
    pub fn capacity(mut self, value: i32) -> Self {
        self.capacity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AssuranceTimes`.
    pub fn assurance_times(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assurance_times = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceCpuCoreCount`.
    pub fn instance_cpu_core_count(mut self, value: i32) -> Self {
        self.instance_cpu_core_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Isp`.
    pub fn isp(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.isp = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceTypeList`.
    pub fn instance_type_list(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_type_list = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `SpotStrategy`.
    pub fn spot_strategy(mut self, value: impl ::std::convert::Into<SpotStrategy>) -> Self {
        self.spot_strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotDuration`.
    pub fn spot_duration(mut self, value: i32) -> Self {
        self.spot_duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DataDisk`.
    pub fn data_disk(mut self, value: ::std::vec::Vec<RequestDataDisk>) -> Self {
        self.data_disk = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SchedulerOptions.DedicatedHostId`.
    pub fn scheduler_options_dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scheduler_options_dedicated_host_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribePriceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePriceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_type", d::opt(&self.resource_type)),
                ("image_id", d::opt(&self.image_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("dedicated_host_type", d::opt(&self.dedicated_host_type)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("instance_network_type", d::opt(&self.instance_network_type)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                ("system_disk_size", d::opt(&self.system_disk_size)),
                (
                    "system_disk_performance_level",
                    d::opt(&self.system_disk_performance_level),
                ),
                ("period", d::opt(&self.period)),
                ("price_unit", d::opt(&self.price_unit)),
                ("amount", d::opt(&self.amount)),
                ("offering_type", d::opt(&self.offering_type)),
                ("instance_amount", d::opt(&self.instance_amount)),
                ("scope", d::opt(&self.scope)),
                ("platform", d::opt(&self.platform)),
                ("capacity", d::opt(&self.capacity)),
                ("assurance_times", d::opt(&self.assurance_times)),
                (
                    "instance_cpu_core_count",
                    d::opt(&self.instance_cpu_core_count),
                ),
                ("isp", d::opt(&self.isp)),
                ("instance_type_list", d::opt(&self.instance_type_list)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("spot_duration", d::opt(&self.spot_duration)),
                ("zone_id", d::opt(&self.zone_id)),
                ("data_disk", d::opt(&self.data_disk)),
                (
                    "scheduler_options_dedicated_host_id",
                    d::opt(&self.scheduler_options_dedicated_host_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePriceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceType",
            "ImageId",
            "InstanceType",
            "DedicatedHostType",
            "IoOptimized",
            "InstanceNetworkType",
            "InternetChargeType",
            "InternetMaxBandwidthOut",
            "SystemDisk.Category",
            "SystemDisk.Size",
            "SystemDisk.PerformanceLevel",
            "Period",
            "PriceUnit",
            "Amount",
            "OfferingType",
            "InstanceAmount",
            "Scope",
            "Platform",
            "Capacity",
            "AssuranceTimes",
            "InstanceCpuCoreCount",
            "Isp",
            "InstanceTypeList",
            "SpotStrategy",
            "SpotDuration",
            "ZoneId",
            "DataDisk",
            "SchedulerOptions.DedicatedHostId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 30] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_image_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_network_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internet_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internet_max_bandwidth_out: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_system_disk_performance_level: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_price_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_offering_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_scope: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_platform: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_capacity: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_assurance_times: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_cpu_core_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_isp: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_instance_type_list: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_spot_strategy: ::std::option::Option<SpotStrategy> = ::std::option::Option::None;
        let mut m_spot_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_data_disk: ::std::option::Option<::std::vec::Vec<RequestDataDisk>> =
            ::std::option::Option::None;
        let mut m_scheduler_options_dedicated_host_id: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_type = r.decode()?,
                2 => m_image_id = r.decode()?,
                3 => m_instance_type = r.decode()?,
                4 => m_dedicated_host_type = r.decode()?,
                5 => m_io_optimized = r.decode()?,
                6 => m_instance_network_type = r.decode()?,
                7 => m_internet_charge_type = r.decode()?,
                8 => m_internet_max_bandwidth_out = r.decode()?,
                9 => m_system_disk_category = r.decode()?,
                10 => m_system_disk_size = r.decode()?,
                11 => m_system_disk_performance_level = r.decode()?,
                12 => m_period = r.decode()?,
                13 => m_price_unit = r.decode()?,
                14 => m_amount = r.decode()?,
                15 => m_offering_type = r.decode()?,
                16 => m_instance_amount = r.decode()?,
                17 => m_scope = r.decode()?,
                18 => m_platform = r.decode()?,
                19 => m_capacity = r.decode()?,
                20 => m_assurance_times = r.decode()?,
                21 => m_instance_cpu_core_count = r.decode()?,
                22 => m_isp = r.decode()?,
                23 => m_instance_type_list = r.decode()?,
                24 => m_spot_strategy = r.decode()?,
                25 => m_spot_duration = r.decode()?,
                26 => m_zone_id = r.decode()?,
                27 => m_data_disk = r.decode()?,
                28 => m_scheduler_options_dedicated_host_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribePriceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_type: m_resource_type,
            image_id: m_image_id,
            instance_type: m_instance_type,
            dedicated_host_type: m_dedicated_host_type,
            io_optimized: m_io_optimized,
            instance_network_type: m_instance_network_type,
            internet_charge_type: m_internet_charge_type,
            internet_max_bandwidth_out: m_internet_max_bandwidth_out,
            system_disk_category: m_system_disk_category,
            system_disk_size: m_system_disk_size,
            system_disk_performance_level: m_system_disk_performance_level,
            period: m_period,
            price_unit: m_price_unit,
            amount: m_amount,
            offering_type: m_offering_type,
            instance_amount: m_instance_amount,
            scope: m_scope,
            platform: m_platform,
            capacity: m_capacity,
            assurance_times: m_assurance_times,
            instance_cpu_core_count: m_instance_cpu_core_count,
            isp: m_isp,
            instance_type_list: m_instance_type_list,
            spot_strategy: m_spot_strategy,
            spot_duration: m_spot_duration,
            zone_id: m_zone_id,
            data_disk: m_data_disk,
            scheduler_options_dedicated_host_id: m_scheduler_options_dedicated_host_id,
        })
    }
}

/// The `PriceInfo.Price.DetailInfos.DetailInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetailInfo {
    /// `Attributes`.
    #[serde(
        rename = "Attributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attributes: ::std::option::Option<::serde_json::Value>,
    /// `DiscountPrice`.
    ///
    /// Example: `655.2`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `OriginalPrice`.
    ///
    /// Example: `4368`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `Resource`.
    ///
    /// Example: `instance`.
    #[serde(
        rename = "Resource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource: ::std::option::Option<::yun_core::Text>,
    /// `SubRules`.
    #[serde(
        rename = "SubRules",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_rules: ::std::option::Option<crate::models::Rules>,
    /// `TradePrice`.
    ///
    /// Example: `3712.8`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl DetailInfo {
    /// The items of `SubRules` (through its wrapper), empty when absent.
    pub fn sub_rules(&self) -> &[crate::models::Rule] {
        self.sub_rules
            .as_ref()
            .and_then(|w| w.rule.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DetailInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetailInfo",
            &[
                ("attributes", d::opt(&self.attributes)),
                ("discount_price", d::opt(&self.discount_price)),
                ("original_price", d::opt(&self.original_price)),
                ("resource", d::opt(&self.resource)),
                ("sub_rules", d::opt(&self.sub_rules)),
                ("trade_price", d::opt(&self.trade_price)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DetailInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Attributes",
            "DiscountPrice",
            "OriginalPrice",
            "Resource",
            "SubRules",
            "TradePrice",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DetailInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attributes = r.decode()?,
                1 => out.discount_price = r.decode()?,
                2 => out.original_price = r.decode()?,
                3 => out.resource = r.decode()?,
                4 => out.sub_rules = r.decode()?,
                5 => out.trade_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.Price.DetailInfos` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetailInfos {
    /// `DetailInfo`.
    #[serde(
        rename = "DetailInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_info: ::std::option::Option<::std::vec::Vec<DetailInfo>>,
}

impl ::std::fmt::Debug for DetailInfos {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetailInfos",
            &[("detail_info", d::opt(&self.detail_info))],
        )
    }
}

impl ::yun_core::json::Decode for DetailInfos {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DetailInfo"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DetailInfos::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.detail_info = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.Price` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PriceInfoPrice {
    /// `Coupons`.
    #[serde(
        rename = "Coupons",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub coupons: ::std::option::Option<::serde_json::Value>,
    /// `Currency`.
    ///
    /// Example: `CNY`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::yun_core::Text>,
    /// `DetailInfos`.
    #[serde(
        rename = "DetailInfos",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detail_infos: ::std::option::Option<DetailInfos>,
    /// `DiscountPrice`.
    ///
    /// Example: `655.2`.
    #[serde(
        rename = "DiscountPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub discount_price: ::std::option::Option<f64>,
    /// `OriginalPrice`.
    ///
    /// Example: `4368`.
    #[serde(
        rename = "OriginalPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_price: ::std::option::Option<f64>,
    /// `Promotions`.
    #[serde(
        rename = "Promotions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub promotions: ::std::option::Option<::serde_json::Value>,
    /// `ReservedInstanceHourPrice`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "ReservedInstanceHourPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_hour_price: ::std::option::Option<f64>,
    /// `RuleIdSet`.
    #[serde(
        rename = "RuleIdSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rule_id_set: ::std::option::Option<::serde_json::Value>,
    /// `TradePrice`.
    ///
    /// Example: `3712.8`.
    #[serde(
        rename = "TradePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trade_price: ::std::option::Option<f64>,
}

impl PriceInfoPrice {
    /// The items of `DetailInfos` (through its wrapper), empty when absent.
    pub fn detail_infos(&self) -> &[DetailInfo] {
        self.detail_infos
            .as_ref()
            .and_then(|w| w.detail_info.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for PriceInfoPrice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PriceInfoPrice",
            &[
                ("coupons", d::opt(&self.coupons)),
                ("currency", d::opt(&self.currency)),
                ("detail_infos", d::opt(&self.detail_infos)),
                ("discount_price", d::opt(&self.discount_price)),
                ("original_price", d::opt(&self.original_price)),
                ("promotions", d::opt(&self.promotions)),
                (
                    "reserved_instance_hour_price",
                    d::opt(&self.reserved_instance_hour_price),
                ),
                ("rule_id_set", d::opt(&self.rule_id_set)),
                ("trade_price", d::opt(&self.trade_price)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PriceInfoPrice {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Coupons",
            "Currency",
            "DetailInfos",
            "DiscountPrice",
            "OriginalPrice",
            "Promotions",
            "ReservedInstanceHourPrice",
            "RuleIdSet",
            "TradePrice",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = PriceInfoPrice::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.coupons = r.decode()?,
                1 => out.currency = r.decode()?,
                2 => out.detail_infos = r.decode()?,
                3 => out.discount_price = r.decode()?,
                4 => out.original_price = r.decode()?,
                5 => out.promotions = r.decode()?,
                6 => out.reserved_instance_hour_price = r.decode()?,
                7 => out.rule_id_set = r.decode()?,
                8 => out.trade_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo.RelatedPrice` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RelatedPrice {
    /// `MarketplaceImagePrice`.
    #[serde(
        rename = "MarketplaceImagePrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marketplace_image_price: ::std::option::Option<crate::models::Price>,
}

impl ::std::fmt::Debug for RelatedPrice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RelatedPrice",
            &[(
                "marketplace_image_price",
                d::opt(&self.marketplace_image_price),
            )],
        )
    }
}

impl ::yun_core::json::Decode for RelatedPrice {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MarketplaceImagePrice"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RelatedPrice::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.marketplace_image_price = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `PriceInfo` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PriceInfo {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<PriceInfoPrice>,
    /// `RelatedPrice`.
    #[serde(
        rename = "RelatedPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub related_price: ::std::option::Option<RelatedPrice>,
    /// `Rules`.
    #[serde(
        rename = "Rules",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rules: ::std::option::Option<crate::models::Rules>,
}

impl PriceInfo {
    /// The items of `Rules` (through its wrapper), empty when absent.
    pub fn rules(&self) -> &[crate::models::Rule] {
        self.rules
            .as_ref()
            .and_then(|w| w.rule.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for PriceInfo {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PriceInfo",
            &[
                ("price", d::opt(&self.price)),
                ("related_price", d::opt(&self.related_price)),
                ("rules", d::opt(&self.rules)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PriceInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "RelatedPrice", "Rules"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = PriceInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price = r.decode()?,
                1 => out.related_price = r.decode()?,
                2 => out.rules = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_price`](crate::Client::describe_price) (`DescribePrice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribePriceResponse {
    /// `PriceInfo`.
    #[serde(
        rename = "PriceInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_info: ::std::option::Option<PriceInfo>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribePriceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribePriceResponse",
            &[
                ("price_info", d::opt(&self.price_info)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribePriceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PriceInfo", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribePriceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price_info = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The values of `SpotStrategy`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpotStrategy {
    /// `NoSpot`.
    NoSpot,
    /// `SpotWithPriceLimit`.
    SpotWithPriceLimit,
    /// `SpotAsPriceGo`.
    SpotAsPriceGo,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl SpotStrategy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoSpot => "NoSpot",
            Self::SpotWithPriceLimit => "SpotWithPriceLimit",
            Self::SpotAsPriceGo => "SpotAsPriceGo",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for SpotStrategy {
    fn from(value: &str) -> Self {
        match value {
            "NoSpot" => Self::NoSpot,
            "SpotWithPriceLimit" => Self::SpotWithPriceLimit,
            "SpotAsPriceGo" => Self::SpotAsPriceGo,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for SpotStrategy {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for SpotStrategy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for SpotStrategy {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for SpotStrategy {
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
