//! `DescribeInstanceModificationPrice`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceModificationPrice>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceModificationPrice",
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
                name: "SystemDisk.Category",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DataDisk",
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
    /// Example: `cloud_essd`.
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
    /// Example: `100`.
    #[serde(
        rename = "Size",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<i32>,
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
    pub fn size(mut self, value: i32) -> Self {
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

/// The request of [`Client::describe_instance_modification_price`](crate::Client::describe_instance_modification_price) (`DescribeInstanceModificationPrice`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceModificationPriceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1f2o4ldh8l****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g6e.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `SystemDisk.Category` (query).
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "SystemDisk.Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub system_disk_category: ::std::option::Option<::std::string::String>,
    /// `DataDisk` (query, sent as `DataDisk.1`, `DataDisk.2`, …).
    ///
    /// At most 16 items.
    #[serde(
        rename = "DataDisk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_disk: ::std::option::Option<::std::vec::Vec<RequestDataDisk>>,
}

impl DescribeInstanceModificationPriceRequest {
    /// A `DescribeInstanceModificationPriceRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            instance_type: ::std::option::Option::None,
            system_disk_category: ::std::option::Option::None,
            data_disk: ::std::option::Option::None,
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

    /// Sets `SystemDisk.Category`.
    pub fn system_disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.system_disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DataDisk`.
    pub fn data_disk(mut self, value: ::std::vec::Vec<RequestDataDisk>) -> Self {
        self.data_disk = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeInstanceModificationPriceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceModificationPriceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                ("instance_type", d::opt(&self.instance_type)),
                ("system_disk_category", d::opt(&self.system_disk_category)),
                ("data_disk", d::opt(&self.data_disk)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceModificationPriceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "InstanceType",
            "SystemDisk.Category",
            "DataDisk",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_system_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_data_disk: ::std::option::Option<::std::vec::Vec<RequestDataDisk>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_instance_type = r.decode()?,
                3 => m_system_disk_category = r.decode()?,
                4 => m_data_disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceModificationPriceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            instance_type: m_instance_type,
            system_disk_category: m_system_disk_category,
            data_disk: m_data_disk,
        })
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
    pub price: ::std::option::Option<crate::models::Price>,
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
                ("rules", d::opt(&self.rules)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PriceInfo {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "Rules"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = PriceInfo::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price = r.decode()?,
                1 => out.rules = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_modification_price`](crate::Client::describe_instance_modification_price) (`DescribeInstanceModificationPrice`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceModificationPriceResponse {
    /// `PriceInfo`.
    #[serde(
        rename = "PriceInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price_info: ::std::option::Option<PriceInfo>,
    /// `RequestId`.
    ///
    /// Example: `A3DC3196-379B-4F32-A2C5-B937134FAD8A`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInstanceModificationPriceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceModificationPriceResponse",
            &[
                ("price_info", d::opt(&self.price_info)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceModificationPriceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["PriceInfo", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceModificationPriceResponse::default();
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
