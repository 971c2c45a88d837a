//! `StopInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/StopInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "StopInstances",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ForceStop",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StoppedMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BatchOptimization",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::stop_instances`](crate::Client::stop_instances) (`StopInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstancesRequest {
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ForceStop` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "ForceStop",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_stop: ::std::option::Option<bool>,
    /// `StoppedMode` (query).
    ///
    /// Example: `KeepCharging`.
    #[serde(
        rename = "StoppedMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stopped_mode: ::std::option::Option<::std::string::String>,
    /// `BatchOptimization` (query).
    ///
    /// Example: `AllTogether`.
    #[serde(
        rename = "BatchOptimization",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub batch_optimization: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::vec::Vec<::std::string::String>,
}

impl StopInstancesRequest {
    /// A `StopInstancesRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            dry_run: ::std::option::Option::None,
            region_id: region_id.into(),
            force_stop: ::std::option::Option::None,
            stopped_mode: ::std::option::Option::None,
            batch_optimization: ::std::option::Option::None,
            instance_id: instance_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ForceStop`.
    pub fn force_stop(mut self, value: bool) -> Self {
        self.force_stop = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StoppedMode`.
    pub fn stopped_mode(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.stopped_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BatchOptimization`.
    pub fn batch_optimization(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.batch_optimization = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for StopInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StopInstancesRequest",
            &[
                ("dry_run", d::opt(&self.dry_run)),
                ("region_id", d::req(&self.region_id)),
                ("force_stop", d::opt(&self.force_stop)),
                ("stopped_mode", d::opt(&self.stopped_mode)),
                ("batch_optimization", d::opt(&self.batch_optimization)),
                ("instance_id", d::req(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StopInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DryRun",
            "RegionId",
            "ForceStop",
            "StoppedMode",
            "BatchOptimization",
            "InstanceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force_stop: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_stopped_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_batch_optimization: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_dry_run = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_force_stop = r.decode()?,
                3 => m_stopped_mode = r.decode()?,
                4 => m_batch_optimization = r.decode()?,
                5 => m_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(StopInstancesRequest {
            dry_run: m_dry_run,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            force_stop: m_force_stop,
            stopped_mode: m_stopped_mode,
            batch_optimization: m_batch_optimization,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
        })
    }
}

/// The response of [`Client::stop_instances`](crate::Client::stop_instances) (`StopInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StopInstancesResponse {
    /// `InstanceResponses`.
    #[serde(
        rename = "InstanceResponses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_responses: ::std::option::Option<crate::models::InstanceResponses>,
    /// `RequestId`.
    ///
    /// Example: `1C488B66-B819-4D14-8711-C4EAAA13AC01`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl StopInstancesResponse {
    /// The items of `InstanceResponses` (through its wrapper), empty when absent.
    pub fn instance_responses(&self) -> &[crate::models::InstanceResponse] {
        self.instance_responses
            .as_ref()
            .and_then(|w| w.instance_response.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for StopInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StopInstancesResponse",
            &[
                ("instance_responses", d::opt(&self.instance_responses)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StopInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceResponses", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = StopInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_responses = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
