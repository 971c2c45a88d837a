//! `RebootInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RebootInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RebootInstances",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
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
                name: "ForceReboot",
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
    };

/// The request of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct RebootInstancesRequest {
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ForceReboot` (query).
    #[serde(
        rename = "ForceReboot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_reboot: ::std::option::Option<bool>,
    /// `BatchOptimization` (query).
    #[serde(
        rename = "BatchOptimization",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub batch_optimization: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …). Required.
    ///
    /// At most 100 items.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::vec::Vec<::std::string::String>,
}

impl RebootInstancesRequest {
    /// A `RebootInstancesRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            dry_run: ::std::option::Option::None,
            region_id: region_id.into(),
            force_reboot: ::std::option::Option::None,
            batch_optimization: ::std::option::Option::None,
            instance_id,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ForceReboot`.
    pub fn force_reboot(mut self, value: bool) -> Self {
        self.force_reboot = ::std::option::Option::Some(value);
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

impl<'de> ::serde::Deserialize<'de> for RebootInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RebootInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RebootInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RebootInstancesRequest, A::Error> {
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_force_reboot: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_batch_optimization: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DryRun" => m_dry_run = map.next_value()?,
                        "RegionId" => m_region_id = map.next_value()?,
                        "ForceReboot" => m_force_reboot = map.next_value()?,
                        "BatchOptimization" => m_batch_optimization = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(RebootInstancesRequest {
                    dry_run: m_dry_run,
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    force_reboot: m_force_reboot,
                    batch_optimization: m_batch_optimization,
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `InstanceResponses.InstanceResponse` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceResponse {
    /// `Code`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::std::string::String>,
    /// `CurrentStatus`.
    #[serde(
        rename = "CurrentStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_status: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Message`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `PreviousStatus`.
    #[serde(
        rename = "PreviousStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_status: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceResponse, A::Error> {
                let mut out = InstanceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Code" => out.code = map.next_value()?,
                        "CurrentStatus" => out.current_status = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "Message" => out.message = map.next_value()?,
                        "PreviousStatus" => out.previous_status = map.next_value()?,
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

/// The `InstanceResponses` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceResponses {
    /// `InstanceResponse`.
    #[serde(
        rename = "InstanceResponse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_response: ::std::option::Option<::std::vec::Vec<InstanceResponse>>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceResponses {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceResponses;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceResponses` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceResponses, A::Error> {
                let mut out = InstanceResponses::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceResponse" => out.instance_response = map.next_value()?,
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

/// The response of [`Client::reboot_instances`](crate::Client::reboot_instances) (`RebootInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RebootInstancesResponse {
    /// `InstanceResponses`.
    #[serde(
        rename = "InstanceResponses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_responses: ::std::option::Option<InstanceResponses>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for RebootInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RebootInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RebootInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RebootInstancesResponse, A::Error> {
                let mut out = RebootInstancesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceResponses" => out.instance_responses = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
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
