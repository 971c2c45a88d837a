//! `DescribeSecurityGroupAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroupAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSecurityGroupAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NicType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Direction",
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

/// The request of [`Client::describe_security_group_attribute`](crate::Client::describe_security_group_attribute) (`DescribeSecurityGroupAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupAttributeRequest {
    /// `SecurityGroupId` (query). Required.
    ///
    /// Example: `sg-bp1gxw6bznjjvhu3****`.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::string::String,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NicType` (query).
    ///
    /// Default: `internet`.
    ///
    /// Example: `intranet`.
    #[serde(
        rename = "NicType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_type: ::std::option::Option<::std::string::String>,
    /// `Direction` (query).
    ///
    /// Default: `all`.
    ///
    /// Example: `all`.
    #[serde(
        rename = "Direction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 10 to 1000.
    ///
    /// Example: `500`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
}

impl DescribeSecurityGroupAttributeRequest {
    /// A `DescribeSecurityGroupAttributeRequest` with its required members: `SecurityGroupId`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            region_id: region_id.into(),
            nic_type: ::std::option::Option::None,
            direction: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
        }
    }

    /// Sets `NicType`.
    pub fn nic_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.nic_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Direction`.
    pub fn direction(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeSecurityGroupAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSecurityGroupAttributeRequest",
            &[
                ("security_group_id", d::req(&self.security_group_id)),
                ("region_id", d::req(&self.region_id)),
                ("nic_type", d::opt(&self.nic_type)),
                ("direction", d::opt(&self.direction)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSecurityGroupAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "SecurityGroupId",
            "RegionId",
            "NicType",
            "Direction",
            "NextToken",
            "MaxResults",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_nic_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_direction: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_security_group_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_nic_type = r.decode()?,
                3 => m_direction = r.decode()?,
                4 => m_next_token = r.decode()?,
                5 => m_max_results = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeSecurityGroupAttributeRequest {
            security_group_id: m_security_group_id.ok_or_else(|| r.missing("SecurityGroupId"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            nic_type: m_nic_type,
            direction: m_direction,
            next_token: m_next_token,
            max_results: m_max_results,
        })
    }
}

/// The `Permissions.Permission` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponsePermission {
    /// `CreateTime`.
    ///
    /// Example: `2018-12-12T07:28:38Z`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `Description Sample 01`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `DestCidrIp`.
    ///
    /// Example: `0.0.0.0/0`.
    #[serde(
        rename = "DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_cidr_ip: ::std::option::Option<::yun_core::Text>,
    /// `DestGroupId`.
    ///
    /// Example: `sg-bp1czdx84jd88i7v****`.
    #[serde(
        rename = "DestGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_id: ::std::option::Option<::yun_core::Text>,
    /// `DestGroupName`.
    ///
    /// Example: `testDestGroupName`.
    #[serde(
        rename = "DestGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_name: ::std::option::Option<::yun_core::Text>,
    /// `DestGroupOwnerAccount`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "DestGroupOwnerAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_owner_account: ::std::option::Option<::yun_core::Text>,
    /// `DestPrefixListId`.
    ///
    /// Example: `pl-x1j1k5ykzqlixabc****`.
    #[serde(
        rename = "DestPrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_prefix_list_id: ::std::option::Option<::yun_core::Text>,
    /// `DestPrefixListName`.
    ///
    /// Example: `DestPrefixListName Sample`.
    #[serde(
        rename = "DestPrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_prefix_list_name: ::std::option::Option<::yun_core::Text>,
    /// `Direction`.
    ///
    /// Example: `ingress`.
    #[serde(
        rename = "Direction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<::yun_core::Text>,
    /// `IpProtocol`.
    ///
    /// Example: `TCP`.
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::yun_core::Text>,
    /// `Ipv6DestCidrIp`.
    ///
    /// Example: `2001:db8:1233:1a00::***`.
    #[serde(
        rename = "Ipv6DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_dest_cidr_ip: ::std::option::Option<::yun_core::Text>,
    /// `Ipv6SourceCidrIp`.
    ///
    /// Example: `2001:db8:1234:1a00::***`.
    #[serde(
        rename = "Ipv6SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_source_cidr_ip: ::std::option::Option<::yun_core::Text>,
    /// `NicType`.
    ///
    /// Example: `intranet`.
    #[serde(
        rename = "NicType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_type: ::std::option::Option<::yun_core::Text>,
    /// `Policy`.
    ///
    /// Example: `Accept`.
    #[serde(
        rename = "Policy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::yun_core::Text>,
    /// `PortRange`.
    ///
    /// Example: `80/80`.
    #[serde(
        rename = "PortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_range: ::std::option::Option<::yun_core::Text>,
    /// `Priority`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupRuleId`.
    ///
    /// Example: `sgr-bp12kewq32dfwrdi****`.
    #[serde(
        rename = "SecurityGroupRuleId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_rule_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceCidrIp`.
    ///
    /// Example: `0.0.0.0/0`.
    #[serde(
        rename = "SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_cidr_ip: ::std::option::Option<::yun_core::Text>,
    /// `SourceGroupId`.
    ///
    /// Example: `sg-bp12kc4rqohaf2js****`.
    #[serde(
        rename = "SourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SourceGroupName`.
    ///
    /// Example: `testSourceGroupName1`.
    #[serde(
        rename = "SourceGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_name: ::std::option::Option<::yun_core::Text>,
    /// `SourceGroupOwnerAccount`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "SourceGroupOwnerAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_owner_account: ::std::option::Option<::yun_core::Text>,
    /// `SourcePortRange`.
    ///
    /// Example: `80/80`.
    #[serde(
        rename = "SourcePortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_port_range: ::std::option::Option<::yun_core::Text>,
    /// `SourcePrefixListId`.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(
        rename = "SourcePrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_prefix_list_id: ::std::option::Option<::yun_core::Text>,
    /// `SourcePrefixListName`.
    ///
    /// Example: `SourcePrefixListName Sample`.
    #[serde(
        rename = "SourcePrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_prefix_list_name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResponsePermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponsePermission",
            &[
                ("create_time", d::opt(&self.create_time)),
                ("description", d::opt(&self.description)),
                ("dest_cidr_ip", d::opt(&self.dest_cidr_ip)),
                ("dest_group_id", d::opt(&self.dest_group_id)),
                ("dest_group_name", d::opt(&self.dest_group_name)),
                (
                    "dest_group_owner_account",
                    d::opt(&self.dest_group_owner_account),
                ),
                ("dest_prefix_list_id", d::opt(&self.dest_prefix_list_id)),
                ("dest_prefix_list_name", d::opt(&self.dest_prefix_list_name)),
                ("direction", d::opt(&self.direction)),
                ("ip_protocol", d::opt(&self.ip_protocol)),
                ("ipv6_dest_cidr_ip", d::opt(&self.ipv6_dest_cidr_ip)),
                ("ipv6_source_cidr_ip", d::opt(&self.ipv6_source_cidr_ip)),
                ("nic_type", d::opt(&self.nic_type)),
                ("policy", d::opt(&self.policy)),
                ("port_range", d::opt(&self.port_range)),
                ("priority", d::opt(&self.priority)),
                (
                    "security_group_rule_id",
                    d::opt(&self.security_group_rule_id),
                ),
                ("source_cidr_ip", d::opt(&self.source_cidr_ip)),
                ("source_group_id", d::opt(&self.source_group_id)),
                ("source_group_name", d::opt(&self.source_group_name)),
                (
                    "source_group_owner_account",
                    d::opt(&self.source_group_owner_account),
                ),
                ("source_port_range", d::opt(&self.source_port_range)),
                ("source_prefix_list_id", d::opt(&self.source_prefix_list_id)),
                (
                    "source_prefix_list_name",
                    d::opt(&self.source_prefix_list_name),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponsePermission {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreateTime",
            "Description",
            "DestCidrIp",
            "DestGroupId",
            "DestGroupName",
            "DestGroupOwnerAccount",
            "DestPrefixListId",
            "DestPrefixListName",
            "Direction",
            "IpProtocol",
            "Ipv6DestCidrIp",
            "Ipv6SourceCidrIp",
            "NicType",
            "Policy",
            "PortRange",
            "Priority",
            "SecurityGroupRuleId",
            "SourceCidrIp",
            "SourceGroupId",
            "SourceGroupName",
            "SourceGroupOwnerAccount",
            "SourcePortRange",
            "SourcePrefixListId",
            "SourcePrefixListName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 25] = ::yun_core::json::member_order();
        let mut out = ResponsePermission::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.create_time = r.decode()?,
                1 => out.description = r.decode()?,
                2 => out.dest_cidr_ip = r.decode()?,
                3 => out.dest_group_id = r.decode()?,
                4 => out.dest_group_name = r.decode()?,
                5 => out.dest_group_owner_account = r.decode()?,
                6 => out.dest_prefix_list_id = r.decode()?,
                7 => out.dest_prefix_list_name = r.decode()?,
                8 => out.direction = r.decode()?,
                9 => out.ip_protocol = r.decode()?,
                10 => out.ipv6_dest_cidr_ip = r.decode()?,
                11 => out.ipv6_source_cidr_ip = r.decode()?,
                12 => out.nic_type = r.decode()?,
                13 => out.policy = r.decode()?,
                14 => out.port_range = r.decode()?,
                15 => out.priority = r.decode()?,
                16 => out.security_group_rule_id = r.decode()?,
                17 => out.source_cidr_ip = r.decode()?,
                18 => out.source_group_id = r.decode()?,
                19 => out.source_group_name = r.decode()?,
                20 => out.source_group_owner_account = r.decode()?,
                21 => out.source_port_range = r.decode()?,
                22 => out.source_prefix_list_id = r.decode()?,
                23 => out.source_prefix_list_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Permissions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Permissions {
    /// `Permission`.
    #[serde(
        rename = "Permission",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission: ::std::option::Option<::std::vec::Vec<ResponsePermission>>,
}

impl ::std::fmt::Debug for Permissions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Permissions",
            &[("permission", d::opt(&self.permission))],
        )
    }
}

impl ::yun_core::json::Decode for Permissions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Permission"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Permissions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.permission = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_security_group_attribute`](crate::Client::describe_security_group_attribute) (`DescribeSecurityGroupAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupAttributeResponse {
    /// `Description`.
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `InnerAccessPolicy`.
    ///
    /// Example: `Accept`.
    #[serde(
        rename = "InnerAccessPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inner_access_policy: ::std::option::Option<::yun_core::Text>,
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `Permissions`.
    #[serde(
        rename = "Permissions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permissions: ::std::option::Option<Permissions>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupId`.
    ///
    /// Example: `sg-bp1gxw6bznjjvhu3****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupName`.
    ///
    /// Example: `SecurityGroupName Sample`.
    #[serde(
        rename = "SecurityGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_name: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `vpc-bp1opxu1zkhn00gzv****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeSecurityGroupAttributeResponse {
    /// The items of `Permissions` (through its wrapper), empty when absent.
    pub fn permissions(&self) -> &[ResponsePermission] {
        self.permissions
            .as_ref()
            .and_then(|w| w.permission.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeSecurityGroupAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeSecurityGroupAttributeResponse",
            &[
                ("description", d::opt(&self.description)),
                ("inner_access_policy", d::opt(&self.inner_access_policy)),
                ("next_token", d::opt(&self.next_token)),
                ("permissions", d::opt(&self.permissions)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("security_group_name", d::opt(&self.security_group_name)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeSecurityGroupAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Description",
            "InnerAccessPolicy",
            "NextToken",
            "Permissions",
            "RegionId",
            "RequestId",
            "SecurityGroupId",
            "SecurityGroupName",
            "VpcId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = DescribeSecurityGroupAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.inner_access_policy = r.decode()?,
                2 => out.next_token = r.decode()?,
                3 => out.permissions = r.decode()?,
                4 => out.region_id = r.decode()?,
                5 => out.request_id = r.decode()?,
                6 => out.security_group_id = r.decode()?,
                7 => out.security_group_name = r.decode()?,
                8 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeSecurityGroupAttributeRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeSecurityGroupAttribute` pages (by `NextToken`), for [`Client::describe_security_group_attribute_paginator`](crate::Client::describe_security_group_attribute_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeSecurityGroupAttributeRequest {
    type Response = DescribeSecurityGroupAttributeResponse;
    type Item = ResponsePermission;
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

    fn next_token(page: &DescribeSecurityGroupAttributeResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeSecurityGroupAttributeResponse) -> usize {
        page.permissions
            .as_ref()
            .and_then(|x| x.permission.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeSecurityGroupAttributeResponse,
    ) -> ::std::vec::Vec<ResponsePermission> {
        page.permissions
            .and_then(|x| x.permission)
            .unwrap_or_default()
    }
}
