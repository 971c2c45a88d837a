//! `ModifyDiskSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDiskSpec>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDiskSpec",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "DiskId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PerformanceLevel",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskCategory",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ProvisionedIops",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PerformanceControlOptions",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `PerformanceControlOptions` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PerformanceControlOptions {
    /// `IOPS`.
    ///
    /// Example: `2000`.
    #[serde(
        rename = "IOPS",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub iops: ::std::option::Option<i32>,
    /// `Recover`.
    ///
    /// Allowed values: `All`.
    ///
    /// Example: `All`.
    #[serde(
        rename = "Recover",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recover: ::std::option::Option<Recover>,
    /// `Throughput`.
    ///
    /// Example: `200`.
    #[serde(
        rename = "Throughput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub throughput: ::std::option::Option<i32>,
}

impl PerformanceControlOptions {
    /// An empty `PerformanceControlOptions`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            iops: ::std::option::Option::None,
            recover: ::std::option::Option::None,
            throughput: ::std::option::Option::None,
        }
    }

    /// Sets `IOPS`.
    pub fn iops(mut self, value: i32) -> Self {
        self.iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Recover`.
    pub fn recover(mut self, value: impl ::std::convert::Into<Recover>) -> Self {
        self.recover = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Throughput`.
    pub fn throughput(mut self, value: i32) -> Self {
        self.throughput = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for PerformanceControlOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "PerformanceControlOptions",
            &[
                ("iops", d::opt(&self.iops)),
                ("recover", d::opt(&self.recover)),
                ("throughput", d::opt(&self.throughput)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for PerformanceControlOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["IOPS", "Recover", "Throughput"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = PerformanceControlOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.iops = r.decode()?,
                1 => out.recover = r.decode()?,
                2 => out.throughput = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::modify_disk_spec`](crate::Client::modify_disk_spec) (`ModifyDiskSpec`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDiskSpecRequest {
    /// `DiskId` (query). Required.
    ///
    /// Example: `d-bp131n0q38u3a4zi****`.
    #[serde(rename = "DiskId")]
    pub disk_id: ::std::string::String,
    /// `PerformanceLevel` (query).
    ///
    /// Example: `PL2`.
    #[serde(
        rename = "PerformanceLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_level: ::std::option::Option<::std::string::String>,
    /// `DiskCategory` (query).
    ///
    /// Example: `cloud_essd`.
    #[serde(
        rename = "DiskCategory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_category: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `ProvisionedIops` (query).
    ///
    /// Example: `50000`.
    #[serde(
        rename = "ProvisionedIops",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provisioned_iops: ::std::option::Option<i64>,
    /// `PerformanceControlOptions` (query, sent as `PerformanceControlOptions.<member>`).
    #[serde(
        rename = "PerformanceControlOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub performance_control_options: ::std::option::Option<PerformanceControlOptions>,
}

impl ModifyDiskSpecRequest {
    /// A `ModifyDiskSpecRequest` with its required members: `DiskId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(disk_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            disk_id: disk_id.into(),
            performance_level: ::std::option::Option::None,
            disk_category: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            provisioned_iops: ::std::option::Option::None,
            performance_control_options: ::std::option::Option::None,
        }
    }

    /// Sets `PerformanceLevel`.
    pub fn performance_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.performance_level = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DiskCategory`.
    pub fn disk_category(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.disk_category = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ProvisionedIops`.
    pub fn provisioned_iops(mut self, value: i64) -> Self {
        self.provisioned_iops = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PerformanceControlOptions`.
    pub fn performance_control_options(mut self, value: PerformanceControlOptions) -> Self {
        self.performance_control_options = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyDiskSpecRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDiskSpecRequest",
            &[
                ("disk_id", d::req(&self.disk_id)),
                ("performance_level", d::opt(&self.performance_level)),
                ("disk_category", d::opt(&self.disk_category)),
                ("dry_run", d::opt(&self.dry_run)),
                ("provisioned_iops", d::opt(&self.provisioned_iops)),
                (
                    "performance_control_options",
                    d::opt(&self.performance_control_options),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDiskSpecRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DiskId",
            "PerformanceLevel",
            "DiskCategory",
            "DryRun",
            "ProvisionedIops",
            "PerformanceControlOptions",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_disk_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_performance_level: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_disk_category: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_provisioned_iops: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_performance_control_options: ::std::option::Option<PerformanceControlOptions> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_disk_id = r.decode()?,
                1 => m_performance_level = r.decode()?,
                2 => m_disk_category = r.decode()?,
                3 => m_dry_run = r.decode()?,
                4 => m_provisioned_iops = r.decode()?,
                5 => m_performance_control_options = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDiskSpecRequest {
            disk_id: m_disk_id.ok_or_else(|| r.missing("DiskId"))?,
            performance_level: m_performance_level,
            disk_category: m_disk_category,
            dry_run: m_dry_run,
            provisioned_iops: m_provisioned_iops,
            performance_control_options: m_performance_control_options,
        })
    }
}

/// The response of [`Client::modify_disk_spec`](crate::Client::modify_disk_spec) (`ModifyDiskSpec`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDiskSpecResponse {
    /// `OrderId`.
    ///
    /// Example: `20413515388****`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TaskId`.
    ///
    /// Example: `t-bp67acfmxazb4p****`.
    #[serde(
        rename = "TaskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub task_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDiskSpecResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDiskSpecResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
                ("task_id", d::opt(&self.task_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDiskSpecResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId", "TaskId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ModifyDiskSpecResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.task_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The values of `Recover`. `Unknown` carries any other value, so a value the metadata does not list still goes through.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Recover {
    /// `All`.
    All,
    /// A value not in the metadata (opaque: read it with `as_str`).
    Unknown(::yun_core::UnknownValue),
}

impl Recover {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "All",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl ::std::convert::From<&str> for Recover {
    fn from(value: &str) -> Self {
        match value {
            "All" => Self::All,
            other => Self::Unknown(::yun_core::internal::unknown_value(other)),
        }
    }
}

impl ::std::convert::From<::std::string::String> for Recover {
    fn from(value: ::std::string::String) -> Self {
        Self::from(value.as_str())
    }
}

impl ::std::fmt::Display for Recover {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ::serde::Serialize for Recover {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ::yun_core::json::Decode for Recover {
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
