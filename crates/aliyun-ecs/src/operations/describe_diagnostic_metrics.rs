//! `DescribeDiagnosticMetrics`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDiagnosticMetrics>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDiagnosticMetrics",
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
                name: "MetricIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_diagnostic_metrics`](crate::Client::describe_diagnostic_metrics) (`DescribeDiagnosticMetrics`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticMetricsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `MetricIds` (query, sent as `MetricIds.1`, `MetricIds.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "MetricIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `ResourceType` (query).
    ///
    /// Allowed values: `instance`.
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<ResourceType>,
    /// `NextToken` (query).
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
}

impl DescribeDiagnosticMetricsRequest {
    /// A `DescribeDiagnosticMetricsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            metric_ids: ::std::option::Option::None,
            resource_type: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
        }
    }

    /// Sets `MetricIds`.
    pub fn metric_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.metric_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `ResourceType`.
    pub fn resource_type(mut self, value: impl ::std::convert::Into<ResourceType>) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeDiagnosticMetricsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiagnosticMetricsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("metric_ids", d::opt(&self.metric_ids)),
                ("resource_type", d::opt(&self.resource_type)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiagnosticMetricsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "MetricIds",
            "ResourceType",
            "NextToken",
            "MaxResults",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_metric_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<ResourceType> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_metric_ids = r.decode()?,
                2 => m_resource_type = r.decode()?,
                3 => m_next_token = r.decode()?,
                4 => m_max_results = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDiagnosticMetricsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            metric_ids: m_metric_ids,
            resource_type: m_resource_type,
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}

/// The `Metrics` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Metric {
    /// `Description`.
    ///
    /// Example: `CPU诊断`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `GuestMetric`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "GuestMetric",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub guest_metric: ::std::option::Option<bool>,
    /// `MetricCategory`.
    ///
    /// Example: `CPU`.
    #[serde(
        rename = "MetricCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_category: ::std::option::Option<::yun_core::Text>,
    /// `MetricId`.
    ///
    /// Example: `GuestOS.WinFirewall`.
    #[serde(
        rename = "MetricId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_id: ::std::option::Option<::yun_core::Text>,
    /// `MetricName`.
    ///
    /// Example: `CPU诊断`.
    #[serde(
        rename = "MetricName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_name: ::std::option::Option<::yun_core::Text>,
    /// `ResourceType`.
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::yun_core::Text>,
    /// `SupportedOperatingSystem`.
    ///
    /// Example: `ALL`.
    #[serde(
        rename = "SupportedOperatingSystem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supported_operating_system: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Metric {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Metric",
            &[
                ("description", d::opt(&self.description)),
                ("guest_metric", d::opt(&self.guest_metric)),
                ("metric_category", d::opt(&self.metric_category)),
                ("metric_id", d::opt(&self.metric_id)),
                ("metric_name", d::opt(&self.metric_name)),
                ("resource_type", d::opt(&self.resource_type)),
                (
                    "supported_operating_system",
                    d::opt(&self.supported_operating_system),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Metric {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Description",
            "GuestMetric",
            "MetricCategory",
            "MetricId",
            "MetricName",
            "ResourceType",
            "SupportedOperatingSystem",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = Metric::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.guest_metric = r.decode()?,
                2 => out.metric_category = r.decode()?,
                3 => out.metric_id = r.decode()?,
                4 => out.metric_name = r.decode()?,
                5 => out.resource_type = r.decode()?,
                6 => out.supported_operating_system = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_diagnostic_metrics`](crate::Client::describe_diagnostic_metrics) (`DescribeDiagnosticMetrics`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDiagnosticMetricsResponse {
    /// `Metrics`.
    #[serde(
        rename = "Metrics",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metrics: ::std::option::Option<::std::vec::Vec<Metric>>,
    /// `NextToken`.
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE*****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeDiagnosticMetricsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDiagnosticMetricsResponse",
            &[
                ("metrics", d::opt(&self.metrics)),
                ("next_token", d::opt(&self.next_token)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDiagnosticMetricsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Metrics", "NextToken", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeDiagnosticMetricsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.metrics = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The values of `ResourceType`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `instance`.
    Instance,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl ResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "instance",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for ResourceType {
    fn from(value: &str) -> Self {
        match value {
            "instance" => Self::Instance,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for ResourceType {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for ResourceType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for ResourceType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for ResourceType {
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

impl ::yun_core::internal::AliyunCall for DescribeDiagnosticMetricsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDiagnosticMetrics` pages (by `NextToken`), for [`Client::describe_diagnostic_metrics_paginator`](crate::Client::describe_diagnostic_metrics_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDiagnosticMetricsRequest {
    type Response = DescribeDiagnosticMetricsResponse;
    type Item = Metric;
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

    fn next_token(page: &DescribeDiagnosticMetricsResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeDiagnosticMetricsResponse) -> usize {
        page.metrics.as_ref().map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeDiagnosticMetricsResponse) -> ::std::vec::Vec<Metric> {
        page.metrics.unwrap_or_default()
    }
}
