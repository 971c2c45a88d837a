//! `CreateDiagnosticMetricSet`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDiagnosticMetricSet>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateDiagnosticMetricSet",
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
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MetricSetName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MetricIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_diagnostic_metric_set`](crate::Client::create_diagnostic_metric_set) (`CreateDiagnosticMetricSet`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDiagnosticMetricSetRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceType` (query). Required.
    ///
    /// Allowed values: `instance`, `account`.
    ///
    /// Example: `instance`.
    #[serde(rename = "ResourceType")]
    pub resource_type: ResourceType,
    /// `MetricSetName` (query).
    ///
    /// At most 128 characters.
    ///
    /// Example: `远程连接问题诊断`.
    #[serde(
        rename = "MetricSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_set_name: ::std::option::Option<::std::string::String>,
    /// `MetricIds` (query, sent as `MetricIds.1`, `MetricIds.2`, …). Required.
    ///
    /// From 1 to 100 items.
    #[serde(rename = "MetricIds")]
    pub metric_ids: ::std::vec::Vec<::std::string::String>,
    /// `Description` (query).
    ///
    /// At most 255 characters.
    ///
    /// Example: `远程连接问题诊断`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl CreateDiagnosticMetricSetRequest {
    /// A `CreateDiagnosticMetricSetRequest` with its required members: `RegionId`, `ResourceType`, `MetricIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        resource_type: impl ::std::convert::Into<ResourceType>,
        metric_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_type: resource_type.into(),
            metric_set_name: ::std::option::Option::None,
            metric_ids: metric_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            description: ::std::option::Option::None,
        }
    }

    /// Sets `MetricSetName`.
    pub fn metric_set_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.metric_set_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateDiagnosticMetricSetRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDiagnosticMetricSetRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_type", d::req(&self.resource_type)),
                ("metric_set_name", d::opt(&self.metric_set_name)),
                ("metric_ids", d::req(&self.metric_ids)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDiagnosticMetricSetRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceType",
            "MetricSetName",
            "MetricIds",
            "Description",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_type: ::std::option::Option<ResourceType> = ::std::option::Option::None;
        let mut m_metric_set_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_metric_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_type = r.decode()?,
                2 => m_metric_set_name = r.decode()?,
                3 => m_metric_ids = r.decode()?,
                4 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateDiagnosticMetricSetRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_type: m_resource_type.ok_or_else(|| r.missing("ResourceType"))?,
            metric_set_name: m_metric_set_name,
            metric_ids: m_metric_ids.ok_or_else(|| r.missing("MetricIds"))?,
            description: m_description,
        })
    }
}

/// The response of [`Client::create_diagnostic_metric_set`](crate::Client::create_diagnostic_metric_set) (`CreateDiagnosticMetricSet`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDiagnosticMetricSetResponse {
    /// `MetricSetId`.
    ///
    /// Example: `dms-o7ymuutup5l*****`.
    #[serde(
        rename = "MetricSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metric_set_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE*****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateDiagnosticMetricSetResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDiagnosticMetricSetResponse",
            &[
                ("metric_set_id", d::opt(&self.metric_set_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDiagnosticMetricSetResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MetricSetId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateDiagnosticMetricSetResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.metric_set_id = r.decode()?,
                1 => out.request_id = r.decode()?,
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
    /// `account`.
    Account,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl ResourceType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "instance",
            Self::Account => "account",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for ResourceType {
    fn from(value: &str) -> Self {
        match value {
            "instance" => Self::Instance,
            "account" => Self::Account,
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
