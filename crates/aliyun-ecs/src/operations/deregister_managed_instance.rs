//! `DeregisterManagedInstance`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeregisterManagedInstance>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeregisterManagedInstance",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
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
        ],
    };

/// The request of [`Client::deregister_managed_instance`](crate::Client::deregister_managed_instance) (`DeregisterManagedInstance`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeregisterManagedInstanceRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
}

impl DeregisterManagedInstanceRequest {
    /// A `DeregisterManagedInstanceRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DeregisterManagedInstanceRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeregisterManagedInstanceRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeregisterManagedInstanceRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeregisterManagedInstanceRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DeregisterManagedInstanceRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Instance` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `ActivationId`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::std::string::String>,
    /// `AgentVersion`.
    #[serde(
        rename = "AgentVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_version: ::std::option::Option<::std::string::String>,
    /// `Hostname`.
    #[serde(
        rename = "Hostname",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `InternetIp`.
    #[serde(
        rename = "InternetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_ip: ::std::option::Option<::std::string::String>,
    /// `IntranetIp`.
    #[serde(
        rename = "IntranetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_ip: ::std::option::Option<::std::string::String>,
    /// `InvocationCount`.
    #[serde(
        rename = "InvocationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_count: ::std::option::Option<i64>,
    /// `LastInvokedTime`.
    #[serde(
        rename = "LastInvokedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_invoked_time: ::std::option::Option<::std::string::String>,
    /// `MachineId`.
    #[serde(
        rename = "MachineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub machine_id: ::std::option::Option<::std::string::String>,
    /// `OsType`.
    #[serde(
        rename = "OsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
    /// `OsVersion`.
    #[serde(
        rename = "OsVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::std::string::String>,
    /// `RegistrationTime`.
    #[serde(
        rename = "RegistrationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registration_time: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Instance {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Instance;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Instance` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Instance, A::Error> {
                let mut out = Instance::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ActivationId" => out.activation_id = map.next_value()?,
                        "AgentVersion" => out.agent_version = map.next_value()?,
                        "Hostname" => out.hostname = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InstanceName" => out.instance_name = map.next_value()?,
                        "InternetIp" => out.internet_ip = map.next_value()?,
                        "IntranetIp" => out.intranet_ip = map.next_value()?,
                        "InvocationCount" => out.invocation_count = map.next_value()?,
                        "LastInvokedTime" => out.last_invoked_time = map.next_value()?,
                        "MachineId" => out.machine_id = map.next_value()?,
                        "OsType" => out.os_type = map.next_value()?,
                        "OsVersion" => out.os_version = map.next_value()?,
                        "RegistrationTime" => out.registration_time = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
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

/// The response of [`Client::deregister_managed_instance`](crate::Client::deregister_managed_instance) (`DeregisterManagedInstance`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeregisterManagedInstanceResponse {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<Instance>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DeregisterManagedInstanceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DeregisterManagedInstanceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DeregisterManagedInstanceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DeregisterManagedInstanceResponse, A::Error> {
                let mut out = DeregisterManagedInstanceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Instance" => out.instance = map.next_value()?,
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
