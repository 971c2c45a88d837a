//! `DescribeNetworkInterfaceAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNetworkInterfaceAttribute>
/// Where and how each request member is sent.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeNetworkInterfaceAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Attribute",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };
/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}
impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }
    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}
/// The request of [`Client::describe_network_interface_attribute`](crate::Client::describe_network_interface_attribute) (`DescribeNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfaceAttributeRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `NetworkInterfaceId` (query). Required.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `Attribute` (query).
    #[serde(
        rename = "Attribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attribute: ::std::option::Option<::std::string::String>,
}
impl DescribeNetworkInterfaceAttributeRequest {
    /// A `DescribeNetworkInterfaceAttributeRequest` with its required members: `RegionId`, `NetworkInterfaceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            tag: ::std::option::Option::None,
            network_interface_id: network_interface_id.into(),
            attribute: ::std::option::Option::None,
        }
    }
    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
    /// Sets `Attribute`.
    pub fn attribute(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.attribute = ::std::option::Option::Some(value.into());
        self
    }
}
/// The `AssociatedPublicIp` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AssociatedPublicIp {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::std::string::String>,
    /// `PublicIpAddress`.
    #[serde(
        rename = "PublicIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_address: ::std::option::Option<::std::string::String>,
}
/// The `Attachment.MemberNetworkInterfaceIds` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MemberNetworkInterfaceIds {
    /// `MemberNetworkInterfaceId`.
    #[serde(
        rename = "MemberNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub member_network_interface_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `Attachment` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Attachment {
    /// `DeviceIndex`.
    #[serde(
        rename = "DeviceIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i64>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `MemberNetworkInterfaceIds`.
    #[serde(
        rename = "MemberNetworkInterfaceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub member_network_interface_ids: ::std::option::Option<MemberNetworkInterfaceIds>,
    /// `NetworkCardIndex`.
    #[serde(
        rename = "NetworkCardIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_index: ::std::option::Option<i64>,
    /// `TrunkNetworkInterfaceId`.
    #[serde(
        rename = "TrunkNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trunk_network_interface_id: ::std::option::Option<::std::string::String>,
}
/// The `BondInterfaceSpecification.SlaveInterfaceSpecification.SlaveInterfaceSpecificationSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SlaveInterfaceSpecificationSet {
    /// `BondNetworkInterfaceId`.
    #[serde(
        rename = "BondNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bond_network_interface_id: ::std::option::Option<::std::string::String>,
    /// `SlaveNetworkInterfaceId`.
    #[serde(
        rename = "SlaveNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_network_interface_id: ::std::option::Option<::std::string::String>,
    /// `WorkState`.
    #[serde(
        rename = "WorkState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub work_state: ::std::option::Option<::std::string::String>,
}
/// The `BondInterfaceSpecification.SlaveInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SlaveInterfaceSpecification {
    /// `SlaveInterfaceSpecificationSet`.
    #[serde(
        rename = "SlaveInterfaceSpecificationSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_interface_specification_set:
        ::std::option::Option<::std::vec::Vec<SlaveInterfaceSpecificationSet>>,
}
/// The `BondInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BondInterfaceSpecification {
    /// `BondMode`.
    #[serde(
        rename = "BondMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bond_mode: ::std::option::Option<::std::string::String>,
    /// `SlaveInterfaceSpecification`.
    #[serde(
        rename = "SlaveInterfaceSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_interface_specification: ::std::option::Option<SlaveInterfaceSpecification>,
}
/// The `ConnectionTrackingConfiguration` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConnectionTrackingConfiguration {
    /// `TcpClosedAndTimeWaitTimeout`.
    #[serde(
        rename = "TcpClosedAndTimeWaitTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_closed_and_time_wait_timeout: ::std::option::Option<i64>,
    /// `TcpEstablishedTimeout`.
    #[serde(
        rename = "TcpEstablishedTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_established_timeout: ::std::option::Option<i64>,
    /// `UdpTimeout`.
    #[serde(
        rename = "UdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub udp_timeout: ::std::option::Option<i64>,
}
/// The `Ipv4PrefixSets.Ipv4PrefixSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSet {
    /// `Ipv4Prefix`.
    #[serde(
        rename = "Ipv4Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix: ::std::option::Option<::std::string::String>,
}
/// The `Ipv4PrefixSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSets {
    /// `Ipv4PrefixSet`.
    #[serde(
        rename = "Ipv4PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_set: ::std::option::Option<::std::vec::Vec<Ipv4PrefixSet>>,
}
/// The `Ipv6PrefixSets.Ipv6PrefixSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSet {
    /// `Ipv6Prefix`.
    #[serde(
        rename = "Ipv6Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix: ::std::option::Option<::std::string::String>,
}
/// The `Ipv6PrefixSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSets {
    /// `Ipv6PrefixSet`.
    #[serde(
        rename = "Ipv6PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_set: ::std::option::Option<::std::vec::Vec<Ipv6PrefixSet>>,
}
/// The `Ipv6Sets.Ipv6Set` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Ipv6Set {
    /// `Ipv6Address`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::string::String>,
}
/// The `Ipv6Sets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Ipv6Sets {
    /// `Ipv6Set`.
    #[serde(
        rename = "Ipv6Set",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_set: ::std::option::Option<::std::vec::Vec<Ipv6Set>>,
}
/// The `NetworkInterfaceTrafficConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct NetworkInterfaceTrafficConfig {
    /// `NetworkInterfaceTrafficMode`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::std::string::String>,
    /// `QueueNumber`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i64>,
    /// `QueuePairNumber`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i64>,
}
/// The `PrivateIpSets.PrivateIpSet.AssociatedPublicIp` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateIpSetAssociatedPublicIp {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::std::string::String>,
    /// `PublicIpAddress`.
    #[serde(
        rename = "PublicIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_address: ::std::option::Option<::std::string::String>,
}
/// The `PrivateIpSets.PrivateIpSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateIpSet {
    /// `AssociatedPublicIp`.
    #[serde(
        rename = "AssociatedPublicIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_public_ip: ::std::option::Option<PrivateIpSetAssociatedPublicIp>,
    /// `Primary`.
    #[serde(
        rename = "Primary",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary: ::std::option::Option<bool>,
    /// `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
}
/// The `PrivateIpSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PrivateIpSets {
    /// `PrivateIpSet`.
    #[serde(
        rename = "PrivateIpSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_set: ::std::option::Option<::std::vec::Vec<PrivateIpSet>>,
}
/// The `SecurityGroupIds` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecurityGroupIds {
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/// The `SlaveInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SlaveInterfaceSpecification2 {
    /// `BondNetworkInterfaceId`.
    #[serde(
        rename = "BondNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bond_network_interface_id: ::std::option::Option<::std::string::String>,
    /// `SlaveNetworkInterfaceId`.
    #[serde(
        rename = "SlaveNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_network_interface_id: ::std::option::Option<::std::string::String>,
    /// `WorkState`.
    #[serde(
        rename = "WorkState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub work_state: ::std::option::Option<::std::string::String>,
}
/// The `Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TagsTag {
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}
/// The `Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
}
/// The response of [`Client::describe_network_interface_attribute`](crate::Client::describe_network_interface_attribute) (`DescribeNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfaceAttributeResponse {
    /// `AssociatedPublicIp`.
    #[serde(
        rename = "AssociatedPublicIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_public_ip: ::std::option::Option<AssociatedPublicIp>,
    /// `Attachment`.
    #[serde(
        rename = "Attachment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attachment: ::std::option::Option<Attachment>,
    /// `BondInterfaceSpecification`.
    #[serde(
        rename = "BondInterfaceSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bond_interface_specification: ::std::option::Option<BondInterfaceSpecification>,
    /// `ConnectionTrackingConfiguration`.
    #[serde(
        rename = "ConnectionTrackingConfiguration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection_tracking_configuration: ::std::option::Option<ConnectionTrackingConfiguration>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `DeleteOnRelease`.
    #[serde(
        rename = "DeleteOnRelease",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_on_release: ::std::option::Option<bool>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `Ipv4PrefixSets`.
    #[serde(
        rename = "Ipv4PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_sets: ::std::option::Option<Ipv4PrefixSets>,
    /// `Ipv6PrefixSets`.
    #[serde(
        rename = "Ipv6PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_sets: ::std::option::Option<Ipv6PrefixSets>,
    /// `Ipv6Sets`.
    #[serde(
        rename = "Ipv6Sets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_sets: ::std::option::Option<Ipv6Sets>,
    /// `MacAddress`.
    #[serde(
        rename = "MacAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceId`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceName`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceTrafficConfig`.
    #[serde(
        rename = "NetworkInterfaceTrafficConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_config: ::std::option::Option<NetworkInterfaceTrafficConfig>,
    /// `NetworkInterfaceTrafficMode`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::std::string::String>,
    /// `OwnerId`.
    #[serde(
        rename = "OwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner_id: ::std::option::Option<::std::string::String>,
    /// `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// `PrivateIpSets`.
    #[serde(
        rename = "PrivateIpSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_sets: ::std::option::Option<PrivateIpSets>,
    /// `QueueNumber`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i64>,
    /// `QueuePairNumber`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<SecurityGroupIds>,
    /// `ServiceID`.
    #[serde(
        rename = "ServiceID",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_id: ::std::option::Option<i64>,
    /// `ServiceManaged`.
    #[serde(
        rename = "ServiceManaged",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_managed: ::std::option::Option<bool>,
    /// `SlaveInterfaceSpecification`.
    #[serde(
        rename = "SlaveInterfaceSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_interface_specification: ::std::option::Option<SlaveInterfaceSpecification2>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
    /// `TcpOptionAddressEnabled`.
    #[serde(
        rename = "TcpOptionAddressEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_option_address_enabled: ::std::option::Option<::std::string::String>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `VSwitchId`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}
