//! `DescribeSpotPriceHistory`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSpotPriceHistory>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSpotPriceHistory",
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
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SpotDuration",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IoOptimized",
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
                name: "OSType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Offset",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_spot_price_history`](crate::Client::describe_spot_price_history) (`DescribeSpotPriceHistory`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSpotPriceHistoryRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `NetworkType` (query). Required.
    ///
    /// Example: `vpc`.
    #[serde(rename = "NetworkType")]
    pub network_type: ::std::string::String,
    /// `InstanceType` (query). Required.
    ///
    /// Example: `ecs.t1.xsmall`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `SpotDuration` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i32>,
    /// `IoOptimized` (query).
    ///
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    ///
    /// Example: `2017-08-22T08:45:08Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    ///
    /// Example: `2017-08-22T08:45:08Z`.
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `OSType` (query).
    ///
    /// Example: `linux`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `Offset` (query).
    ///
    /// Example: `0`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<i32>,
}

impl DescribeSpotPriceHistoryRequest {
    /// A `DescribeSpotPriceHistoryRequest` with its required members: `RegionId`, `NetworkType`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_type: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            zone_id: ::std::option::Option::None,
            network_type: network_type.into(),
            instance_type: instance_type.into(),
            spot_duration: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            end_time: ::std::option::Option::None,
            os_type: ::std::option::Option::None,
            offset: ::std::option::Option::None,
        }
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SpotDuration`.
    pub fn spot_duration(mut self, value: i32) -> Self {
        self.spot_duration = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.io_optimized = ::std::option::Option::Some(value.into());
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

    /// Sets `OSType`.
    pub fn os_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.os_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: i32) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeSpotPriceHistoryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSpotPriceHistoryRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("network_type", d::req(&self.network_type)),
                ("instance_type", d::req(&self.instance_type)),
                ("spot_duration", d::opt(&self.spot_duration)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("start_time", d::opt(&self.start_time)),
                ("end_time", d::opt(&self.end_time)),
                ("os_type", d::opt(&self.os_type)),
                ("offset", d::opt(&self.offset)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSpotPriceHistoryRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ZoneId",
            "NetworkType",
            "InstanceType",
            "SpotDuration",
            "IoOptimized",
            "StartTime",
            "EndTime",
            "OSType",
            "Offset",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spot_duration: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_end_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_os_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_offset: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_zone_id = r.decode()?,
                2 => m_network_type = r.decode()?,
                3 => m_instance_type = r.decode()?,
                4 => m_spot_duration = r.decode()?,
                5 => m_io_optimized = r.decode()?,
                6 => m_start_time = r.decode()?,
                7 => m_end_time = r.decode()?,
                8 => m_os_type = r.decode()?,
                9 => m_offset = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSpotPriceHistoryRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            zone_id: m_zone_id,
            network_type: m_network_type.ok_or_else(|| r.missing("NetworkType"))?,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            spot_duration: m_spot_duration,
            io_optimized: m_io_optimized,
            start_time: m_start_time,
            end_time: m_end_time,
            os_type: m_os_type,
            offset: m_offset,
        })
    }
}

/// The `SpotPrices.SpotPriceType` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotPriceType {
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
    /// Example: `optimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::yun_core::Text>,
    /// `NetworkType`.
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::yun_core::Text>,
    /// `OriginPrice`.
    ///
    /// Example: `0.354`.
    #[serde(
        rename = "OriginPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_price: ::std::option::Option<f64>,
    /// `SpotPrice`.
    ///
    /// Example: `0.036`.
    #[serde(
        rename = "SpotPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price: ::std::option::Option<f64>,
    /// `Timestamp`.
    ///
    /// Example: `2019-11-19T06:00:00Z`.
    #[serde(
        rename = "Timestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timestamp: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-c`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SpotPriceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SpotPriceType",
            &[
                ("instance_type", d::opt(&self.instance_type)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("network_type", d::opt(&self.network_type)),
                ("origin_price", d::opt(&self.origin_price)),
                ("spot_price", d::opt(&self.spot_price)),
                ("timestamp", d::opt(&self.timestamp)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SpotPriceType {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceType",
            "IoOptimized",
            "NetworkType",
            "OriginPrice",
            "SpotPrice",
            "Timestamp",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = SpotPriceType::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type = r.decode()?,
                1 => out.io_optimized = r.decode()?,
                2 => out.network_type = r.decode()?,
                3 => out.origin_price = r.decode()?,
                4 => out.spot_price = r.decode()?,
                5 => out.timestamp = r.decode()?,
                6 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SpotPrices` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotPrices {
    /// `SpotPriceType`.
    #[serde(
        rename = "SpotPriceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price_type: ::std::option::Option<::std::vec::Vec<SpotPriceType>>,
}

impl ::std::fmt::Debug for SpotPrices {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SpotPrices",
            &[("spot_price_type", d::opt(&self.spot_price_type))],
        )
    }
}

impl ::yun_core::json::Decode for SpotPrices {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SpotPriceType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SpotPrices::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.spot_price_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_spot_price_history`](crate::Client::describe_spot_price_history) (`DescribeSpotPriceHistory`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSpotPriceHistoryResponse {
    /// `Currency`.
    ///
    /// Example: `CNY`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::yun_core::Text>,
    /// `NextOffset`.
    ///
    /// Example: `1000`.
    #[serde(
        rename = "NextOffset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_offset: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SpotPrices`.
    #[serde(
        rename = "SpotPrices",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_prices: ::std::option::Option<SpotPrices>,
}

impl DescribeSpotPriceHistoryResponse {
    /// The items of `SpotPrices` (through its wrapper), empty when absent.
    pub fn spot_prices(&self) -> &[SpotPriceType] {
        self.spot_prices
            .as_ref()
            .and_then(|w| w.spot_price_type.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSpotPriceHistoryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSpotPriceHistoryResponse",
            &[
                ("currency", d::opt(&self.currency)),
                ("next_offset", d::opt(&self.next_offset)),
                ("request_id", d::opt(&self.request_id)),
                ("spot_prices", d::opt(&self.spot_prices)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSpotPriceHistoryResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Currency", "NextOffset", "RequestId", "SpotPrices"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = DescribeSpotPriceHistoryResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.currency = r.decode()?,
                1 => out.next_offset = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.spot_prices = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
