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
        ],
        nested_required: &[],
    };

/// The request of [`Client::deregister_managed_instance`](crate::Client::deregister_managed_instance) (`DeregisterManagedInstance`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeregisterManagedInstanceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `mi-hz01axdfas****`.
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

impl ::std::fmt::Debug for DeregisterManagedInstanceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeregisterManagedInstanceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeregisterManagedInstanceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeregisterManagedInstanceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
        })
    }
}

/// The `Instance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `ActivationId`.
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F7494****`.
    #[serde(
        rename = "ActivationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activation_id: ::std::option::Option<::yun_core::Text>,
    /// `AgentVersion`.
    ///
    /// Example: `2.2.0.102`.
    #[serde(
        rename = "AgentVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_version: ::std::option::Option<::yun_core::Text>,
    /// `Hostname`.
    ///
    /// Example: `test-Hostname`.
    #[serde(
        rename = "Hostname",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hostname: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `mi-hz01axdfas****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `test-InstanceName-001`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InternetIp`.
    ///
    /// Example: `47.8.**.**`.
    #[serde(
        rename = "InternetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_ip: ::std::option::Option<::yun_core::Text>,
    /// `IntranetIp`.
    ///
    /// Example: `10.0.**.**`.
    #[serde(
        rename = "IntranetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub intranet_ip: ::std::option::Option<::yun_core::Text>,
    /// `InvocationCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "InvocationCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub invocation_count: ::std::option::Option<i64>,
    /// `LastInvokedTime`.
    ///
    /// Example: `2021-01-20T09:00:40Z`.
    #[serde(
        rename = "LastInvokedTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_invoked_time: ::std::option::Option<::yun_core::Text>,
    /// `MachineId`.
    ///
    /// Example: `e03231b37ab14e53b5795ad625fc****`.
    #[serde(
        rename = "MachineId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub machine_id: ::std::option::Option<::yun_core::Text>,
    /// `OsType`.
    ///
    /// Example: `linux`.
    #[serde(
        rename = "OsType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::yun_core::Text>,
    /// `OsVersion`.
    ///
    /// Example: `Linux_#38~18.04.1-Ubuntu SMP Wed Jan 6 18:26:30 UTC 2021_x86_64`.
    #[serde(
        rename = "OsVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::yun_core::Text>,
    /// `RegistrationTime`.
    ///
    /// Example: `2021-01-20T08:57:56Z`.
    #[serde(
        rename = "RegistrationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub registration_time: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-123******`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Instance",
            &[
                ("activation_id", d::opt(&self.activation_id)),
                ("agent_version", d::opt(&self.agent_version)),
                ("hostname", d::opt(&self.hostname)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("internet_ip", d::opt(&self.internet_ip)),
                ("intranet_ip", d::opt(&self.intranet_ip)),
                ("invocation_count", d::opt(&self.invocation_count)),
                ("last_invoked_time", d::opt(&self.last_invoked_time)),
                ("machine_id", d::opt(&self.machine_id)),
                ("os_type", d::opt(&self.os_type)),
                ("os_version", d::opt(&self.os_version)),
                ("registration_time", d::opt(&self.registration_time)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Instance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ActivationId",
            "AgentVersion",
            "Hostname",
            "InstanceId",
            "InstanceName",
            "InternetIp",
            "IntranetIp",
            "InvocationCount",
            "LastInvokedTime",
            "MachineId",
            "OsType",
            "OsVersion",
            "RegistrationTime",
            "ResourceGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut out = Instance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.activation_id = r.decode()?,
                1 => out.agent_version = r.decode()?,
                2 => out.hostname = r.decode()?,
                3 => out.instance_id = r.decode()?,
                4 => out.instance_name = r.decode()?,
                5 => out.internet_ip = r.decode()?,
                6 => out.intranet_ip = r.decode()?,
                7 => out.invocation_count = r.decode()?,
                8 => out.last_invoked_time = r.decode()?,
                9 => out.machine_id = r.decode()?,
                10 => out.os_type = r.decode()?,
                11 => out.os_version = r.decode()?,
                12 => out.registration_time = r.decode()?,
                13 => out.resource_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::deregister_managed_instance`](crate::Client::deregister_managed_instance) (`DeregisterManagedInstance`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeregisterManagedInstanceResponse {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<Instance>,
    /// `RequestId`.
    ///
    /// Example: `4ECEEE12-56F1-4FBC-9AB1-890F74942176`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeregisterManagedInstanceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeregisterManagedInstanceResponse",
            &[
                ("instance", d::opt(&self.instance)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeregisterManagedInstanceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Instance", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DeregisterManagedInstanceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
