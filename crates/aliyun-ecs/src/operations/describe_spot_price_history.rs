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
    };

/// The request of [`Client::describe_spot_price_history`](crate::Client::describe_spot_price_history) (`DescribeSpotPriceHistory`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSpotPriceHistoryRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `NetworkType` (query). Required.
    #[serde(rename = "NetworkType")]
    pub network_type: ::std::string::String,
    /// `InstanceType` (query). Required.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `SpotDuration` (query).
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i32>,
    /// `IoOptimized` (query).
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `StartTime` (query).
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `EndTime` (query).
    #[serde(
        rename = "EndTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_time: ::std::option::Option<::std::string::String>,
    /// `OSType` (query).
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `Offset` (query).
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

impl<'de> ::serde::Deserialize<'de> for DescribeSpotPriceHistoryRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSpotPriceHistoryRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSpotPriceHistoryRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSpotPriceHistoryRequest, A::Error> {
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
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "NetworkType" => m_network_type = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "SpotDuration" => m_spot_duration = map.next_value()?,
                        "IoOptimized" => m_io_optimized = map.next_value()?,
                        "StartTime" => m_start_time = map.next_value()?,
                        "EndTime" => m_end_time = map.next_value()?,
                        "OSType" => m_os_type = map.next_value()?,
                        "Offset" => m_offset = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeSpotPriceHistoryRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    zone_id: m_zone_id,
                    network_type: m_network_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("NetworkType")
                    })?,
                    instance_type: m_instance_type.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceType")
                    })?,
                    spot_duration: m_spot_duration,
                    io_optimized: m_io_optimized,
                    start_time: m_start_time,
                    end_time: m_end_time,
                    os_type: m_os_type,
                    offset: m_offset,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `SpotPrices.SpotPriceType` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotPriceType {
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `IoOptimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `NetworkType`.
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::std::string::String>,
    /// `OriginPrice`.
    #[serde(
        rename = "OriginPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_price: ::std::option::Option<f64>,
    /// `SpotPrice`.
    #[serde(
        rename = "SpotPrice",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price: ::std::option::Option<f64>,
    /// `Timestamp`.
    #[serde(
        rename = "Timestamp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timestamp: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for SpotPriceType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SpotPriceType;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SpotPriceType` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SpotPriceType, A::Error> {
                let mut out = SpotPriceType::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceType" => out.instance_type = map.next_value()?,
                        "IoOptimized" => out.io_optimized = map.next_value()?,
                        "NetworkType" => out.network_type = map.next_value()?,
                        "OriginPrice" => out.origin_price = map.next_value()?,
                        "SpotPrice" => out.spot_price = map.next_value()?,
                        "Timestamp" => out.timestamp = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
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

/// The `SpotPrices` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SpotPrices {
    /// `SpotPriceType`.
    #[serde(
        rename = "SpotPriceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price_type: ::std::option::Option<::std::vec::Vec<SpotPriceType>>,
}

impl<'de> ::serde::Deserialize<'de> for SpotPrices {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SpotPrices;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SpotPrices` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SpotPrices, A::Error> {
                let mut out = SpotPrices::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SpotPriceType" => out.spot_price_type = map.next_value()?,
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

/// The response of [`Client::describe_spot_price_history`](crate::Client::describe_spot_price_history) (`DescribeSpotPriceHistory`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSpotPriceHistoryResponse {
    /// `Currency`.
    #[serde(
        rename = "Currency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency: ::std::option::Option<::std::string::String>,
    /// `NextOffset`.
    #[serde(
        rename = "NextOffset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_offset: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SpotPrices`.
    #[serde(
        rename = "SpotPrices",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_prices: ::std::option::Option<SpotPrices>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeSpotPriceHistoryResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeSpotPriceHistoryResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeSpotPriceHistoryResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeSpotPriceHistoryResponse, A::Error> {
                let mut out = DescribeSpotPriceHistoryResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Currency" => out.currency = map.next_value()?,
                        "NextOffset" => out.next_offset = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "SpotPrices" => out.spot_prices = map.next_value()?,
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
