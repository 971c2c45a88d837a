//! `ModifyInstanceAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Password",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HostName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UserData",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Recyclable",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CreditSpecification",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeletionProtection",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceQueueNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoteConnectionOptions",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableJumboFrame",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuOptions.TopologyType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The `RemoteConnectionOptions` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoteConnectionOptions {
    /// `Password`.
    ///
    /// Example: `hide`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `Type`.
    ///
    /// Example: `hide`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl RemoteConnectionOptions {
    /// An empty `RemoteConnectionOptions`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            password: ::std::option::Option::None,
            r#type: ::std::option::Option::None,
        }
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Type`.
    pub fn r#type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RemoteConnectionOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RemoteConnectionOptions",
            &[
                ("password", d::secret(&self.password)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RemoteConnectionOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Password", "Type"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = RemoteConnectionOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.password = r.decode()?,
                1 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::modify_instance_attribute`](crate::Client::modify_instance_attribute) (`ModifyInstanceAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttributeRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4ph****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `Password` (query).
    ///
    /// Example: `Test123456`.
    #[serde(
        rename = "Password",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
    /// `HostName` (query).
    ///
    /// Example: `testHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `InstanceName` (query).
    ///
    /// Example: `testInstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testInstanceDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `UserData` (query).
    ///
    /// Example: `ZWNobyBoZWxsbyBlY3Mh`.
    #[serde(
        rename = "UserData",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_data: ::std::option::Option<::std::string::String>,
    /// `Recyclable` (query).
    #[serde(
        rename = "Recyclable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recyclable: ::std::option::Option<bool>,
    /// `CreditSpecification` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_specification: ::std::option::Option<::std::string::String>,
    /// `DeletionProtection` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeletionProtection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    /// `NetworkInterfaceQueueNumber` (query).
    ///
    /// At least -1.
    ///
    /// Example: `8`.
    #[serde(
        rename = "NetworkInterfaceQueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_queue_number: ::std::option::Option<i32>,
    /// `SecurityGroupIds` (query, sent as `SecurityGroupIds.1`, `SecurityGroupIds.2`, …).
    ///
    /// At most 16 items.
    ///
    /// Example: `sg-bp15ed6xe1yxeycg7o****`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `RemoteConnectionOptions` (query, sent as `RemoteConnectionOptions.<member>`).
    #[serde(
        rename = "RemoteConnectionOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_connection_options: ::std::option::Option<RemoteConnectionOptions>,
    /// `EnableJumboFrame` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableJumboFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_jumbo_frame: ::std::option::Option<bool>,
    /// `CpuOptions.TopologyType` (query).
    ///
    /// Example: `DiscreteCoreToHTMapping`.
    #[serde(
        rename = "CpuOptions.TopologyType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_options_topology_type: ::std::option::Option<::std::string::String>,
}

impl ModifyInstanceAttributeRequest {
    /// A `ModifyInstanceAttributeRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
            password: ::std::option::Option::None,
            host_name: ::std::option::Option::None,
            instance_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            user_data: ::std::option::Option::None,
            recyclable: ::std::option::Option::None,
            credit_specification: ::std::option::Option::None,
            deletion_protection: ::std::option::Option::None,
            network_interface_queue_number: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            remote_connection_options: ::std::option::Option::None,
            enable_jumbo_frame: ::std::option::Option::None,
            cpu_options_topology_type: ::std::option::Option::None,
        }
    }

    /// Sets `Password`.
    pub fn password(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HostName`.
    pub fn host_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserData`.
    pub fn user_data(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_data = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Recyclable`.
    pub fn recyclable(mut self, value: bool) -> Self {
        self.recyclable = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CreditSpecification`.
    pub fn credit_specification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credit_specification = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeletionProtection`.
    pub fn deletion_protection(mut self, value: bool) -> Self {
        self.deletion_protection = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkInterfaceQueueNumber`.
    pub fn network_interface_queue_number(mut self, value: i32) -> Self {
        self.network_interface_queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `RemoteConnectionOptions`.
    pub fn remote_connection_options(mut self, value: RemoteConnectionOptions) -> Self {
        self.remote_connection_options = ::std::option::Option::Some(value);
        self
    }

    /// Sets `EnableJumboFrame`.
    pub fn enable_jumbo_frame(mut self, value: bool) -> Self {
        self.enable_jumbo_frame = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CpuOptions.TopologyType`.
    pub fn cpu_options_topology_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cpu_options_topology_type = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAttributeRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("password", d::secret(&self.password)),
                ("host_name", d::opt(&self.host_name)),
                ("instance_name", d::opt(&self.instance_name)),
                ("description", d::opt(&self.description)),
                ("user_data", d::opt(&self.user_data)),
                ("recyclable", d::opt(&self.recyclable)),
                ("credit_specification", d::opt(&self.credit_specification)),
                ("deletion_protection", d::opt(&self.deletion_protection)),
                (
                    "network_interface_queue_number",
                    d::opt(&self.network_interface_queue_number),
                ),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                (
                    "remote_connection_options",
                    d::opt(&self.remote_connection_options),
                ),
                ("enable_jumbo_frame", d::opt(&self.enable_jumbo_frame)),
                (
                    "cpu_options_topology_type",
                    d::opt(&self.cpu_options_topology_type),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "Password",
            "HostName",
            "InstanceName",
            "Description",
            "UserData",
            "Recyclable",
            "CreditSpecification",
            "DeletionProtection",
            "NetworkInterfaceQueueNumber",
            "SecurityGroupIds",
            "RemoteConnectionOptions",
            "EnableJumboFrame",
            "CpuOptions.TopologyType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 15] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_password: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_data: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_recyclable: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_credit_specification: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deletion_protection: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_network_interface_queue_number: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_remote_connection_options: ::std::option::Option<RemoteConnectionOptions> =
            ::std::option::Option::None;
        let mut m_enable_jumbo_frame: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_cpu_options_topology_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_password = r.decode()?,
                2 => m_host_name = r.decode()?,
                3 => m_instance_name = r.decode()?,
                4 => m_description = r.decode()?,
                5 => m_user_data = r.decode()?,
                6 => m_recyclable = r.decode()?,
                7 => m_credit_specification = r.decode()?,
                8 => m_deletion_protection = r.decode()?,
                9 => m_network_interface_queue_number = r.decode()?,
                10 => m_security_group_ids = r.decode()?,
                11 => m_remote_connection_options = r.decode()?,
                12 => m_enable_jumbo_frame = r.decode()?,
                13 => m_cpu_options_topology_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceAttributeRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            password: m_password,
            host_name: m_host_name,
            instance_name: m_instance_name,
            description: m_description,
            user_data: m_user_data,
            recyclable: m_recyclable,
            credit_specification: m_credit_specification,
            deletion_protection: m_deletion_protection,
            network_interface_queue_number: m_network_interface_queue_number,
            security_group_ids: m_security_group_ids,
            remote_connection_options: m_remote_connection_options,
            enable_jumbo_frame: m_enable_jumbo_frame,
            cpu_options_topology_type: m_cpu_options_topology_type,
        })
    }
}

/// The response of [`Client::modify_instance_attribute`](crate::Client::modify_instance_attribute) (`ModifyInstanceAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
