//! `DescribeNetworkInterfaceAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNetworkInterfaceAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeNetworkInterfaceAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
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
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
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

/// The request of [`Client::describe_network_interface_attribute`](crate::Client::describe_network_interface_attribute) (`DescribeNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeNetworkInterfaceAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeNetworkInterfaceAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeNetworkInterfaceAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeNetworkInterfaceAttributeRequest, A::Error>
            {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_attribute: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "NetworkInterfaceId" => {
                            m_network_interface_id = map.next_value()?;
                        }

                        "Attribute" => m_attribute = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeNetworkInterfaceAttributeRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    tag: m_tag,
                    network_interface_id: m_network_interface_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "NetworkInterfaceId",
                        )
                    })?,
                    attribute: m_attribute,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AssociatedPublicIp` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for AssociatedPublicIp {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AssociatedPublicIp;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AssociatedPublicIp` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AssociatedPublicIp, A::Error> {
                let mut out = AssociatedPublicIp::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocationId" => out.allocation_id = map.next_value()?,
                        "PublicIpAddress" => out.public_ip_address = map.next_value()?,
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

/// The `Attachment.MemberNetworkInterfaceIds` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MemberNetworkInterfaceIds {
    /// `MemberNetworkInterfaceId`.
    #[serde(
        rename = "MemberNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub member_network_interface_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for MemberNetworkInterfaceIds {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = MemberNetworkInterfaceIds;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `MemberNetworkInterfaceIds` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<MemberNetworkInterfaceIds, A::Error> {
                let mut out = MemberNetworkInterfaceIds::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "MemberNetworkInterfaceId" => {
                            out.member_network_interface_id = map.next_value()?;
                        }

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

/// The `Attachment` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for Attachment {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Attachment;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Attachment` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Attachment, A::Error> {
                let mut out = Attachment::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DeviceIndex" => out.device_index = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "MemberNetworkInterfaceIds" => {
                            out.member_network_interface_ids = map.next_value()?;
                        }

                        "NetworkCardIndex" => out.network_card_index = map.next_value()?,
                        "TrunkNetworkInterfaceId" => {
                            out.trunk_network_interface_id = map.next_value()?;
                        }

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

/// The `BondInterfaceSpecification.SlaveInterfaceSpecification.SlaveInterfaceSpecificationSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SlaveInterfaceSpecificationSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SlaveInterfaceSpecificationSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SlaveInterfaceSpecificationSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SlaveInterfaceSpecificationSet, A::Error> {
                let mut out = SlaveInterfaceSpecificationSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "BondNetworkInterfaceId" => {
                            out.bond_network_interface_id = map.next_value()?;
                        }

                        "SlaveNetworkInterfaceId" => {
                            out.slave_network_interface_id = map.next_value()?;
                        }

                        "WorkState" => out.work_state = map.next_value()?,
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

/// The `BondInterfaceSpecification.SlaveInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SlaveInterfaceSpecification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SlaveInterfaceSpecification;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SlaveInterfaceSpecification` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SlaveInterfaceSpecification, A::Error> {
                let mut out = SlaveInterfaceSpecification::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SlaveInterfaceSpecificationSet" => {
                            out.slave_interface_specification_set = map.next_value()?;
                        }

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

/// The `BondInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for BondInterfaceSpecification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = BondInterfaceSpecification;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `BondInterfaceSpecification` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<BondInterfaceSpecification, A::Error> {
                let mut out = BondInterfaceSpecification::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "BondMode" => out.bond_mode = map.next_value()?,
                        "SlaveInterfaceSpecification" => {
                            out.slave_interface_specification = map.next_value()?;
                        }

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

/// The `ConnectionTrackingConfiguration` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for ConnectionTrackingConfiguration {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ConnectionTrackingConfiguration;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ConnectionTrackingConfiguration` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ConnectionTrackingConfiguration, A::Error> {
                let mut out = ConnectionTrackingConfiguration::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TcpClosedAndTimeWaitTimeout" => {
                            out.tcp_closed_and_time_wait_timeout = map.next_value()?;
                        }

                        "TcpEstablishedTimeout" => {
                            out.tcp_established_timeout = map.next_value()?;
                        }

                        "UdpTimeout" => out.udp_timeout = map.next_value()?,
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

/// The `Ipv4PrefixSets.Ipv4PrefixSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSet {
    /// `Ipv4Prefix`.
    #[serde(
        rename = "Ipv4Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv4PrefixSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv4PrefixSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv4PrefixSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv4PrefixSet, A::Error> {
                let mut out = Ipv4PrefixSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv4Prefix" => out.ipv4_prefix = map.next_value()?,
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

/// The `Ipv4PrefixSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSets {
    /// `Ipv4PrefixSet`.
    #[serde(
        rename = "Ipv4PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_set: ::std::option::Option<::std::vec::Vec<Ipv4PrefixSet>>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv4PrefixSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv4PrefixSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv4PrefixSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv4PrefixSets, A::Error> {
                let mut out = Ipv4PrefixSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv4PrefixSet" => out.ipv4_prefix_set = map.next_value()?,
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

/// The `Ipv6PrefixSets.Ipv6PrefixSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSet {
    /// `Ipv6Prefix`.
    #[serde(
        rename = "Ipv6Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6PrefixSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6PrefixSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6PrefixSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6PrefixSet, A::Error> {
                let mut out = Ipv6PrefixSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6Prefix" => out.ipv6_prefix = map.next_value()?,
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

/// The `Ipv6PrefixSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSets {
    /// `Ipv6PrefixSet`.
    #[serde(
        rename = "Ipv6PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_set: ::std::option::Option<::std::vec::Vec<Ipv6PrefixSet>>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6PrefixSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6PrefixSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6PrefixSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6PrefixSets, A::Error> {
                let mut out = Ipv6PrefixSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6PrefixSet" => out.ipv6_prefix_set = map.next_value()?,
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

/// The `Ipv6Sets.Ipv6Set` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6Set {
    /// `Ipv6Address`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6Set {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6Set;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6Set` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6Set, A::Error> {
                let mut out = Ipv6Set::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6Address" => out.ipv6_address = map.next_value()?,
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

/// The `Ipv6Sets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6Sets {
    /// `Ipv6Set`.
    #[serde(
        rename = "Ipv6Set",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_set: ::std::option::Option<::std::vec::Vec<Ipv6Set>>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6Sets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6Sets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6Sets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6Sets, A::Error> {
                let mut out = Ipv6Sets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6Set" => out.ipv6_set = map.next_value()?,
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

/// The `NetworkInterfaceTrafficConfig` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for NetworkInterfaceTrafficConfig {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NetworkInterfaceTrafficConfig;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NetworkInterfaceTrafficConfig` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NetworkInterfaceTrafficConfig, A::Error> {
                let mut out = NetworkInterfaceTrafficConfig::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "NetworkInterfaceTrafficMode" => {
                            out.network_interface_traffic_mode = map.next_value()?;
                        }

                        "QueueNumber" => out.queue_number = map.next_value()?,
                        "QueuePairNumber" => out.queue_pair_number = map.next_value()?,
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

/// The `PrivateIpSets.PrivateIpSet.AssociatedPublicIp` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for PrivateIpSetAssociatedPublicIp {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PrivateIpSetAssociatedPublicIp;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PrivateIpSetAssociatedPublicIp` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PrivateIpSetAssociatedPublicIp, A::Error> {
                let mut out = PrivateIpSetAssociatedPublicIp::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocationId" => out.allocation_id = map.next_value()?,
                        "PublicIpAddress" => out.public_ip_address = map.next_value()?,
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

/// The `PrivateIpSets.PrivateIpSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for PrivateIpSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PrivateIpSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PrivateIpSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PrivateIpSet, A::Error> {
                let mut out = PrivateIpSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AssociatedPublicIp" => {
                            out.associated_public_ip = map.next_value()?;
                        }

                        "Primary" => out.primary = map.next_value()?,
                        "PrivateIpAddress" => out.private_ip_address = map.next_value()?,
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

/// The `PrivateIpSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrivateIpSets {
    /// `PrivateIpSet`.
    #[serde(
        rename = "PrivateIpSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_set: ::std::option::Option<::std::vec::Vec<PrivateIpSet>>,
}

impl<'de> ::serde::Deserialize<'de> for PrivateIpSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PrivateIpSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PrivateIpSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PrivateIpSets, A::Error> {
                let mut out = PrivateIpSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "PrivateIpSet" => out.private_ip_set = map.next_value()?,
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

/// The `SecurityGroupIds` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroupIds {
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for SecurityGroupIds {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SecurityGroupIds;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SecurityGroupIds` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SecurityGroupIds, A::Error> {
                let mut out = SecurityGroupIds::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SecurityGroupId" => out.security_group_id = map.next_value()?,
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

/// The `SlaveInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for SlaveInterfaceSpecification2 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SlaveInterfaceSpecification2;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SlaveInterfaceSpecification2` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SlaveInterfaceSpecification2, A::Error> {
                let mut out = SlaveInterfaceSpecification2::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "BondNetworkInterfaceId" => {
                            out.bond_network_interface_id = map.next_value()?;
                        }

                        "SlaveNetworkInterfaceId" => {
                            out.slave_network_interface_id = map.next_value()?;
                        }

                        "WorkState" => out.work_state = map.next_value()?,
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

/// The `Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for TagsTag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TagsTag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TagsTag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TagsTag, A::Error> {
                let mut out = TagsTag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TagKey" => out.tag_key = map.next_value()?,
                        "TagValue" => out.tag_value = map.next_value()?,
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

/// The `Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
}

impl<'de> ::serde::Deserialize<'de> for Tags {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tags;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tags` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tags, A::Error> {
                let mut out = Tags::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Tag" => out.tag = map.next_value()?,
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

/// The response of [`Client::describe_network_interface_attribute`](crate::Client::describe_network_interface_attribute) (`DescribeNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
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

impl<'de> ::serde::Deserialize<'de> for DescribeNetworkInterfaceAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeNetworkInterfaceAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeNetworkInterfaceAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeNetworkInterfaceAttributeResponse, A::Error>
            {
                let mut out = DescribeNetworkInterfaceAttributeResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AssociatedPublicIp" => {
                            out.associated_public_ip = map.next_value()?;
                        }

                        "Attachment" => out.attachment = map.next_value()?,
                        "BondInterfaceSpecification" => {
                            out.bond_interface_specification = map.next_value()?;
                        }

                        "ConnectionTrackingConfiguration" => {
                            out.connection_tracking_configuration = map.next_value()?;
                        }

                        "CreationTime" => out.creation_time = map.next_value()?,
                        "DeleteOnRelease" => out.delete_on_release = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "Ipv4PrefixSets" => out.ipv4_prefix_sets = map.next_value()?,
                        "Ipv6PrefixSets" => out.ipv6_prefix_sets = map.next_value()?,
                        "Ipv6Sets" => out.ipv6_sets = map.next_value()?,
                        "MacAddress" => out.mac_address = map.next_value()?,
                        "NetworkInterfaceId" => {
                            out.network_interface_id = map.next_value()?;
                        }

                        "NetworkInterfaceName" => {
                            out.network_interface_name = map.next_value()?;
                        }

                        "NetworkInterfaceTrafficConfig" => {
                            out.network_interface_traffic_config = map.next_value()?;
                        }

                        "NetworkInterfaceTrafficMode" => {
                            out.network_interface_traffic_mode = map.next_value()?;
                        }

                        "OwnerId" => out.owner_id = map.next_value()?,
                        "PrivateIpAddress" => out.private_ip_address = map.next_value()?,
                        "PrivateIpSets" => out.private_ip_sets = map.next_value()?,
                        "QueueNumber" => out.queue_number = map.next_value()?,
                        "QueuePairNumber" => out.queue_pair_number = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "SecurityGroupIds" => out.security_group_ids = map.next_value()?,
                        "ServiceID" => out.service_id = map.next_value()?,
                        "ServiceManaged" => out.service_managed = map.next_value()?,
                        "SlaveInterfaceSpecification" => {
                            out.slave_interface_specification = map.next_value()?;
                        }

                        "Status" => out.status = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
                        "TcpOptionAddressEnabled" => {
                            out.tcp_option_address_enabled = map.next_value()?;
                        }

                        "Type" => out.r#type = map.next_value()?,
                        "VSwitchId" => out.v_switch_id = map.next_value()?,
                        "VpcId" => out.vpc_id = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
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
