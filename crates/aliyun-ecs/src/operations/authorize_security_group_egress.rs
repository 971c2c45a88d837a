//! `AuthorizeSecurityGroupEgress`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AuthorizeSecurityGroupEgress>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AuthorizeSecurityGroupEgress",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Permissions",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Policy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Priority",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IpProtocol",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestCidrIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6DestCidrIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestPrefixListId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PortRange",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SourceCidrIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6SourceCidrIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SourcePortRange",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestGroupOwnerAccount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DestGroupOwnerId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NicType",
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

/// The `Permissions` object of the request.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RequestPermission {
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DestCidrIp`.
    ///
    /// Example: `10.0.0.0/8`.
    #[serde(
        rename = "DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `DestGroupId`.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "DestGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_id: ::std::option::Option<::std::string::String>,
    /// `DestGroupOwnerAccount`.
    ///
    /// Example: `Test@aliyun.com`.
    #[serde(
        rename = "DestGroupOwnerAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_owner_account: ::std::option::Option<::std::string::String>,
    /// `DestGroupOwnerId`.
    ///
    /// Example: `12345678910`.
    #[serde(
        rename = "DestGroupOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_owner_id: ::std::option::Option<i64>,
    /// `DestPrefixListId`.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "DestPrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_prefix_list_id: ::std::option::Option<::std::string::String>,
    /// `IpProtocol`.
    ///
    /// Example: `ALL`.
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::std::string::String>,
    /// `Ipv6DestCidrIp`.
    ///
    /// Example: `2001:db8:1233:1a00::***`.
    #[serde(
        rename = "Ipv6DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `Ipv6SourceCidrIp`.
    ///
    /// Example: `2001:db8:1234:1a00::***`.
    #[serde(
        rename = "Ipv6SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `NicType`.
    ///
    /// Example: `intranet`.
    #[serde(
        rename = "NicType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_type: ::std::option::Option<::std::string::String>,
    /// `Policy`.
    ///
    /// Example: `accept`.
    #[serde(
        rename = "Policy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    /// `PortRange`.
    ///
    /// Example: `80/80`.
    #[serde(
        rename = "PortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_range: ::std::option::Option<::std::string::String>,
    /// `Priority`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<::std::string::String>,
    /// `SourceCidrIp`.
    ///
    /// Example: `10.0.0.0/8`.
    #[serde(
        rename = "SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `SourcePortRange`.
    ///
    /// Example: `80/80`.
    #[serde(
        rename = "SourcePortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_port_range: ::std::option::Option<::std::string::String>,
}

impl RequestPermission {
    /// An empty `RequestPermission`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            description: ::std::option::Option::None,
            dest_cidr_ip: ::std::option::Option::None,
            dest_group_id: ::std::option::Option::None,
            dest_group_owner_account: ::std::option::Option::None,
            dest_group_owner_id: ::std::option::Option::None,
            dest_prefix_list_id: ::std::option::Option::None,
            ip_protocol: ::std::option::Option::None,
            ipv6_dest_cidr_ip: ::std::option::Option::None,
            ipv6_source_cidr_ip: ::std::option::Option::None,
            nic_type: ::std::option::Option::None,
            policy: ::std::option::Option::None,
            port_range: ::std::option::Option::None,
            priority: ::std::option::Option::None,
            source_cidr_ip: ::std::option::Option::None,
            source_port_range: ::std::option::Option::None,
        }
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestCidrIp`.
    pub fn dest_cidr_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.dest_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestGroupId`.
    pub fn dest_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dest_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestGroupOwnerAccount`.
    pub fn dest_group_owner_account(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dest_group_owner_account = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestGroupOwnerId`.
    pub fn dest_group_owner_id(mut self, value: i64) -> Self {
        self.dest_group_owner_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DestPrefixListId`.
    pub fn dest_prefix_list_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dest_prefix_list_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IpProtocol`.
    pub fn ip_protocol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip_protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6DestCidrIp`.
    pub fn ipv6_dest_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_dest_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6SourceCidrIp`.
    pub fn ipv6_source_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_source_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NicType`.
    pub fn nic_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nic_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Policy`.
    pub fn policy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PortRange`.
    pub fn port_range(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Priority`.
    pub fn priority(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourceCidrIp`.
    pub fn source_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourcePortRange`.
    pub fn source_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port_range = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RequestPermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RequestPermission",
            &[
                ("description", d::opt(&self.description)),
                ("dest_cidr_ip", d::opt(&self.dest_cidr_ip)),
                ("dest_group_id", d::opt(&self.dest_group_id)),
                (
                    "dest_group_owner_account",
                    d::opt(&self.dest_group_owner_account),
                ),
                ("dest_group_owner_id", d::opt(&self.dest_group_owner_id)),
                ("dest_prefix_list_id", d::opt(&self.dest_prefix_list_id)),
                ("ip_protocol", d::opt(&self.ip_protocol)),
                ("ipv6_dest_cidr_ip", d::opt(&self.ipv6_dest_cidr_ip)),
                ("ipv6_source_cidr_ip", d::opt(&self.ipv6_source_cidr_ip)),
                ("nic_type", d::opt(&self.nic_type)),
                ("policy", d::opt(&self.policy)),
                ("port_range", d::opt(&self.port_range)),
                ("priority", d::opt(&self.priority)),
                ("source_cidr_ip", d::opt(&self.source_cidr_ip)),
                ("source_port_range", d::opt(&self.source_port_range)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RequestPermission {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Description",
            "DestCidrIp",
            "DestGroupId",
            "DestGroupOwnerAccount",
            "DestGroupOwnerId",
            "DestPrefixListId",
            "IpProtocol",
            "Ipv6DestCidrIp",
            "Ipv6SourceCidrIp",
            "NicType",
            "Policy",
            "PortRange",
            "Priority",
            "SourceCidrIp",
            "SourcePortRange",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut out = RequestPermission::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.dest_cidr_ip = r.decode()?,
                2 => out.dest_group_id = r.decode()?,
                3 => out.dest_group_owner_account = r.decode()?,
                4 => out.dest_group_owner_id = r.decode()?,
                5 => out.dest_prefix_list_id = r.decode()?,
                6 => out.ip_protocol = r.decode()?,
                7 => out.ipv6_dest_cidr_ip = r.decode()?,
                8 => out.ipv6_source_cidr_ip = r.decode()?,
                9 => out.nic_type = r.decode()?,
                10 => out.policy = r.decode()?,
                11 => out.port_range = r.decode()?,
                12 => out.priority = r.decode()?,
                13 => out.source_cidr_ip = r.decode()?,
                14 => out.source_port_range = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The request of [`Client::authorize_security_group_egress`](crate::Client::authorize_security_group_egress) (`AuthorizeSecurityGroupEgress`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AuthorizeSecurityGroupEgressRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query). Required.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::string::String,
    /// `Permissions` (query, sent as `Permissions.<member>`).
    ///
    /// At most 100 items.
    #[serde(
        rename = "Permissions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permissions: ::std::option::Option<::std::vec::Vec<RequestPermission>>,
    /// `Policy` (query). Deprecated by the vendor.
    ///
    /// Example: `accept`.
    #[serde(
        rename = "Policy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    /// `Priority` (query). Deprecated by the vendor.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<::std::string::String>,
    /// `IpProtocol` (query). Deprecated by the vendor.
    ///
    /// Example: `ALL`.
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::std::string::String>,
    /// `DestCidrIp` (query). Deprecated by the vendor.
    ///
    /// Example: `10.0.0.0/8`.
    #[serde(
        rename = "DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `Ipv6DestCidrIp` (query). Deprecated by the vendor.
    ///
    /// Example: `2001:db8:1233:1a00::***`.
    #[serde(
        rename = "Ipv6DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `DestGroupId` (query). Deprecated by the vendor.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "DestGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_id: ::std::option::Option<::std::string::String>,
    /// `DestPrefixListId` (query). Deprecated by the vendor.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "DestPrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_prefix_list_id: ::std::option::Option<::std::string::String>,
    /// `PortRange` (query). Deprecated by the vendor.
    ///
    /// Example: `80/80`.
    #[serde(
        rename = "PortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_range: ::std::option::Option<::std::string::String>,
    /// `SourceCidrIp` (query). Deprecated by the vendor.
    ///
    /// Example: `10.0.0.0/8`.
    #[serde(
        rename = "SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `Ipv6SourceCidrIp` (query). Deprecated by the vendor.
    ///
    /// Example: `2001:db8:1234:1a00::***`.
    #[serde(
        rename = "Ipv6SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `SourcePortRange` (query). Deprecated by the vendor.
    ///
    /// Example: `80/80`.
    #[serde(
        rename = "SourcePortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_port_range: ::std::option::Option<::std::string::String>,
    /// `DestGroupOwnerAccount` (query). Deprecated by the vendor.
    ///
    /// Example: `Test@aliyun.com`.
    #[serde(
        rename = "DestGroupOwnerAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_owner_account: ::std::option::Option<::std::string::String>,
    /// `DestGroupOwnerId` (query). Deprecated by the vendor.
    ///
    /// Example: `12345678910`.
    #[serde(
        rename = "DestGroupOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_owner_id: ::std::option::Option<i64>,
    /// `NicType` (query). Deprecated by the vendor.
    ///
    /// Example: `intranet`.
    #[serde(
        rename = "NicType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_type: ::std::option::Option<::std::string::String>,
    /// `Description` (query). Deprecated by the vendor.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl AuthorizeSecurityGroupEgressRequest {
    /// A `AuthorizeSecurityGroupEgressRequest` with its required members: `RegionId`, `SecurityGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        security_group_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            security_group_id: security_group_id.into(),
            permissions: ::std::option::Option::None,
            policy: ::std::option::Option::None,
            priority: ::std::option::Option::None,
            ip_protocol: ::std::option::Option::None,
            dest_cidr_ip: ::std::option::Option::None,
            ipv6_dest_cidr_ip: ::std::option::Option::None,
            dest_group_id: ::std::option::Option::None,
            dest_prefix_list_id: ::std::option::Option::None,
            port_range: ::std::option::Option::None,
            source_cidr_ip: ::std::option::Option::None,
            ipv6_source_cidr_ip: ::std::option::Option::None,
            source_port_range: ::std::option::Option::None,
            dest_group_owner_account: ::std::option::Option::None,
            dest_group_owner_id: ::std::option::Option::None,
            nic_type: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Permissions`.
    pub fn permissions(mut self, value: ::std::vec::Vec<RequestPermission>) -> Self {
        self.permissions = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Policy`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn policy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.policy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Priority`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn priority(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IpProtocol`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn ip_protocol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip_protocol = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestCidrIp`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn dest_cidr_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.dest_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6DestCidrIp`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn ipv6_dest_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_dest_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestGroupId`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn dest_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dest_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestPrefixListId`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn dest_prefix_list_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dest_prefix_list_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PortRange`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn port_range(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourceCidrIp`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn source_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Ipv6SourceCidrIp`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn ipv6_source_cidr_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ipv6_source_cidr_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SourcePortRange`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn source_port_range(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_port_range = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestGroupOwnerAccount`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn dest_group_owner_account(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dest_group_owner_account = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DestGroupOwnerId`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn dest_group_owner_id(mut self, value: i64) -> Self {
        self.dest_group_owner_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NicType`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn nic_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nic_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for AuthorizeSecurityGroupEgressRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AuthorizeSecurityGroupEgressRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("client_token", d::opt(&self.client_token)),
                ("security_group_id", d::req(&self.security_group_id)),
                ("permissions", d::opt(&self.permissions)),
                ("policy", d::opt(&self.policy)),
                ("priority", d::opt(&self.priority)),
                ("ip_protocol", d::opt(&self.ip_protocol)),
                ("dest_cidr_ip", d::opt(&self.dest_cidr_ip)),
                ("ipv6_dest_cidr_ip", d::opt(&self.ipv6_dest_cidr_ip)),
                ("dest_group_id", d::opt(&self.dest_group_id)),
                ("dest_prefix_list_id", d::opt(&self.dest_prefix_list_id)),
                ("port_range", d::opt(&self.port_range)),
                ("source_cidr_ip", d::opt(&self.source_cidr_ip)),
                ("ipv6_source_cidr_ip", d::opt(&self.ipv6_source_cidr_ip)),
                ("source_port_range", d::opt(&self.source_port_range)),
                (
                    "dest_group_owner_account",
                    d::opt(&self.dest_group_owner_account),
                ),
                ("dest_group_owner_id", d::opt(&self.dest_group_owner_id)),
                ("nic_type", d::opt(&self.nic_type)),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AuthorizeSecurityGroupEgressRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ClientToken",
            "SecurityGroupId",
            "Permissions",
            "Policy",
            "Priority",
            "IpProtocol",
            "DestCidrIp",
            "Ipv6DestCidrIp",
            "DestGroupId",
            "DestPrefixListId",
            "PortRange",
            "SourceCidrIp",
            "Ipv6SourceCidrIp",
            "SourcePortRange",
            "DestGroupOwnerAccount",
            "DestGroupOwnerId",
            "NicType",
            "Description",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 20] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_permissions: ::std::option::Option<::std::vec::Vec<RequestPermission>> =
            ::std::option::Option::None;
        let mut m_policy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_priority: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ip_protocol: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dest_cidr_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ipv6_dest_cidr_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dest_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dest_prefix_list_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_port_range: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_source_cidr_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ipv6_source_cidr_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_source_port_range: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dest_group_owner_account: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dest_group_owner_id: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_nic_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_client_token = r.decode()?,
                2 => m_security_group_id = r.decode()?,
                3 => m_permissions = r.decode()?,
                4 => m_policy = r.decode()?,
                5 => m_priority = r.decode()?,
                6 => m_ip_protocol = r.decode()?,
                7 => m_dest_cidr_ip = r.decode()?,
                8 => m_ipv6_dest_cidr_ip = r.decode()?,
                9 => m_dest_group_id = r.decode()?,
                10 => m_dest_prefix_list_id = r.decode()?,
                11 => m_port_range = r.decode()?,
                12 => m_source_cidr_ip = r.decode()?,
                13 => m_ipv6_source_cidr_ip = r.decode()?,
                14 => m_source_port_range = r.decode()?,
                15 => m_dest_group_owner_account = r.decode()?,
                16 => m_dest_group_owner_id = r.decode()?,
                17 => m_nic_type = r.decode()?,
                18 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AuthorizeSecurityGroupEgressRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            client_token: m_client_token,
            security_group_id: m_security_group_id.ok_or_else(|| r.missing("SecurityGroupId"))?,
            permissions: m_permissions,
            policy: m_policy,
            priority: m_priority,
            ip_protocol: m_ip_protocol,
            dest_cidr_ip: m_dest_cidr_ip,
            ipv6_dest_cidr_ip: m_ipv6_dest_cidr_ip,
            dest_group_id: m_dest_group_id,
            dest_prefix_list_id: m_dest_prefix_list_id,
            port_range: m_port_range,
            source_cidr_ip: m_source_cidr_ip,
            ipv6_source_cidr_ip: m_ipv6_source_cidr_ip,
            source_port_range: m_source_port_range,
            dest_group_owner_account: m_dest_group_owner_account,
            dest_group_owner_id: m_dest_group_owner_id,
            nic_type: m_nic_type,
            description: m_description,
        })
    }
}

/// The response of [`Client::authorize_security_group_egress`](crate::Client::authorize_security_group_egress) (`AuthorizeSecurityGroupEgress`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AuthorizeSecurityGroupEgressResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AuthorizeSecurityGroupEgressResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AuthorizeSecurityGroupEgressResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for AuthorizeSecurityGroupEgressResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AuthorizeSecurityGroupEgressResponse::default();
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
