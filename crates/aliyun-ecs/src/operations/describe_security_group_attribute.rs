//! `DescribeSecurityGroupAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeSecurityGroupAttribute>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeSecurityGroupAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
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
    };
/// The request of [`Client::describe_security_group_attribute`](crate::Client::describe_security_group_attribute) (`DescribeSecurityGroupAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupAttributeRequest {
    /// `SecurityGroupId` (query). Required.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::string::String,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NicType` (query).
    #[serde(
        rename = "NicType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_type: ::std::option::Option<::std::string::String>,
    /// `Direction` (query).
    #[serde(
        rename = "Direction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<::std::string::String>,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 10 to 1000.
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
/// The `Permissions.Permission` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Permission {
    /// `CreateTime`.
    #[serde(
        rename = "CreateTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub create_time: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DestCidrIp`.
    #[serde(
        rename = "DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `DestGroupId`.
    #[serde(
        rename = "DestGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_id: ::std::option::Option<::std::string::String>,
    /// `DestGroupName`.
    #[serde(
        rename = "DestGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_name: ::std::option::Option<::std::string::String>,
    /// `DestGroupOwnerAccount`.
    #[serde(
        rename = "DestGroupOwnerAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_group_owner_account: ::std::option::Option<::std::string::String>,
    /// `DestPrefixListId`.
    #[serde(
        rename = "DestPrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_prefix_list_id: ::std::option::Option<::std::string::String>,
    /// `DestPrefixListName`.
    #[serde(
        rename = "DestPrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dest_prefix_list_name: ::std::option::Option<::std::string::String>,
    /// `Direction`.
    #[serde(
        rename = "Direction",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub direction: ::std::option::Option<::std::string::String>,
    /// `IpProtocol`.
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::std::string::String>,
    /// `Ipv6DestCidrIp`.
    #[serde(
        rename = "Ipv6DestCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_dest_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `Ipv6SourceCidrIp`.
    #[serde(
        rename = "Ipv6SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `NicType`.
    #[serde(
        rename = "NicType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nic_type: ::std::option::Option<::std::string::String>,
    /// `Policy`.
    #[serde(
        rename = "Policy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
    /// `PortRange`.
    #[serde(
        rename = "PortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_range: ::std::option::Option<::std::string::String>,
    /// `Priority`.
    #[serde(
        rename = "Priority",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupRuleId`.
    #[serde(
        rename = "SecurityGroupRuleId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_rule_id: ::std::option::Option<::std::string::String>,
    /// `SourceCidrIp`.
    #[serde(
        rename = "SourceCidrIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_cidr_ip: ::std::option::Option<::std::string::String>,
    /// `SourceGroupId`.
    #[serde(
        rename = "SourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_id: ::std::option::Option<::std::string::String>,
    /// `SourceGroupName`.
    #[serde(
        rename = "SourceGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_name: ::std::option::Option<::std::string::String>,
    /// `SourceGroupOwnerAccount`.
    #[serde(
        rename = "SourceGroupOwnerAccount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_group_owner_account: ::std::option::Option<::std::string::String>,
    /// `SourcePortRange`.
    #[serde(
        rename = "SourcePortRange",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_port_range: ::std::option::Option<::std::string::String>,
    /// `SourcePrefixListId`.
    #[serde(
        rename = "SourcePrefixListId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_prefix_list_id: ::std::option::Option<::std::string::String>,
    /// `SourcePrefixListName`.
    #[serde(
        rename = "SourcePrefixListName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_prefix_list_name: ::std::option::Option<::std::string::String>,
}
/// The `Permissions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Permissions {
    /// `Permission`.
    #[serde(
        rename = "Permission",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission: ::std::option::Option<::std::vec::Vec<Permission>>,
}
/// The response of [`Client::describe_security_group_attribute`](crate::Client::describe_security_group_attribute) (`DescribeSecurityGroupAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeSecurityGroupAttributeResponse {
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `InnerAccessPolicy`.
    #[serde(
        rename = "InnerAccessPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inner_access_policy: ::std::option::Option<::std::string::String>,
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `Permissions`.
    #[serde(
        rename = "Permissions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permissions: ::std::option::Option<Permissions>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupName`.
    #[serde(
        rename = "SecurityGroupName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_name: ::std::option::Option<::std::string::String>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}
