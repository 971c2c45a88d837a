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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_network_interface_attribute`](crate::Client::describe_network_interface_attribute) (`DescribeNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfaceAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp67acfmxazb4p****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `Attribute` (query).
    ///
    /// Example: `attachment`.
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
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Attribute`.
    pub fn attribute(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.attribute = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeNetworkInterfaceAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNetworkInterfaceAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("tag", d::opt(&self.tag)),
                ("network_interface_id", d::req(&self.network_interface_id)),
                ("attribute", d::opt(&self.attribute)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNetworkInterfaceAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "Tag", "NetworkInterfaceId", "Attribute"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_attribute: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_tag = r.decode()?,
                2 => m_network_interface_id = r.decode()?,
                3 => m_attribute = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeNetworkInterfaceAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            tag: m_tag,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            attribute: m_attribute,
        })
    }
}

/// The `Attachment.MemberNetworkInterfaceIds` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MemberNetworkInterfaceIds {
    /// `MemberNetworkInterfaceId`.
    #[serde(
        rename = "MemberNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub member_network_interface_id: ::std::option::Option<::std::vec::Vec<::yun_core::Text>>,
}

impl ::std::fmt::Debug for MemberNetworkInterfaceIds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MemberNetworkInterfaceIds",
            &[(
                "member_network_interface_id",
                d::opt(&self.member_network_interface_id),
            )],
        )
    }
}

impl ::yun_core::json::Decode for MemberNetworkInterfaceIds {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["MemberNetworkInterfaceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = MemberNetworkInterfaceIds::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.member_network_interface_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Attachment` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Attachment {
    /// `DeviceIndex`.
    #[serde(
        rename = "DeviceIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i64>,
    /// `InstanceId`.
    ///
    /// Example: `hide`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `MemberNetworkInterfaceIds`.
    #[serde(
        rename = "MemberNetworkInterfaceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub member_network_interface_ids: ::std::option::Option<MemberNetworkInterfaceIds>,
    /// `NetworkCardIndex`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "NetworkCardIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_index: ::std::option::Option<i64>,
    /// `TrunkNetworkInterfaceId`.
    ///
    /// Example: `hide`.
    #[serde(
        rename = "TrunkNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trunk_network_interface_id: ::std::option::Option<::yun_core::Text>,
}

impl Attachment {
    /// The items of `MemberNetworkInterfaceIds` (through its wrapper), empty when absent.
    pub fn member_network_interface_ids(&self) -> &[::yun_core::Text] {
        self.member_network_interface_ids
            .as_ref()
            .and_then(|w| w.member_network_interface_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Attachment",
            &[
                ("device_index", d::opt(&self.device_index)),
                ("instance_id", d::opt(&self.instance_id)),
                (
                    "member_network_interface_ids",
                    d::opt(&self.member_network_interface_ids),
                ),
                ("network_card_index", d::opt(&self.network_card_index)),
                (
                    "trunk_network_interface_id",
                    d::opt(&self.trunk_network_interface_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Attachment {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DeviceIndex",
            "InstanceId",
            "MemberNetworkInterfaceIds",
            "NetworkCardIndex",
            "TrunkNetworkInterfaceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = Attachment::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.device_index = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.member_network_interface_ids = r.decode()?,
                3 => out.network_card_index = r.decode()?,
                4 => out.trunk_network_interface_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `BondInterfaceSpecification.SlaveInterfaceSpecification.SlaveInterfaceSpecificationSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SlaveInterfaceSpecificationSet {
    /// `BondNetworkInterfaceId`.
    #[serde(
        rename = "BondNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bond_network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `SlaveNetworkInterfaceId`.
    #[serde(
        rename = "SlaveNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `WorkState`.
    #[serde(
        rename = "WorkState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub work_state: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for SlaveInterfaceSpecificationSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SlaveInterfaceSpecificationSet",
            &[
                (
                    "bond_network_interface_id",
                    d::opt(&self.bond_network_interface_id),
                ),
                (
                    "slave_network_interface_id",
                    d::opt(&self.slave_network_interface_id),
                ),
                ("work_state", d::opt(&self.work_state)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for SlaveInterfaceSpecificationSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BondNetworkInterfaceId",
            "SlaveNetworkInterfaceId",
            "WorkState",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = SlaveInterfaceSpecificationSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bond_network_interface_id = r.decode()?,
                1 => out.slave_network_interface_id = r.decode()?,
                2 => out.work_state = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `BondInterfaceSpecification.SlaveInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for SlaveInterfaceSpecification {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "SlaveInterfaceSpecification",
            &[(
                "slave_interface_specification_set",
                d::opt(&self.slave_interface_specification_set),
            )],
        )
    }
}

impl ::yun_core::json::Decode for SlaveInterfaceSpecification {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SlaveInterfaceSpecificationSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = SlaveInterfaceSpecification::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.slave_interface_specification_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `BondInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct BondInterfaceSpecification {
    /// `BondMode`.
    #[serde(
        rename = "BondMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bond_mode: ::std::option::Option<::yun_core::Text>,
    /// `SlaveInterfaceSpecification`.
    #[serde(
        rename = "SlaveInterfaceSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_interface_specification: ::std::option::Option<SlaveInterfaceSpecification>,
}

impl BondInterfaceSpecification {
    /// The items of `SlaveInterfaceSpecification` (through its wrapper), empty when absent.
    pub fn slave_interface_specification(&self) -> &[SlaveInterfaceSpecificationSet] {
        self.slave_interface_specification
            .as_ref()
            .and_then(|w| w.slave_interface_specification_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for BondInterfaceSpecification {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "BondInterfaceSpecification",
            &[
                ("bond_mode", d::opt(&self.bond_mode)),
                (
                    "slave_interface_specification",
                    d::opt(&self.slave_interface_specification),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for BondInterfaceSpecification {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["BondMode", "SlaveInterfaceSpecification"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = BondInterfaceSpecification::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bond_mode = r.decode()?,
                1 => out.slave_interface_specification = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `ConnectionTrackingConfiguration` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseConnectionTrackingConfiguration {
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

impl ::std::fmt::Debug for ResponseConnectionTrackingConfiguration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseConnectionTrackingConfiguration",
            &[
                (
                    "tcp_closed_and_time_wait_timeout",
                    d::opt(&self.tcp_closed_and_time_wait_timeout),
                ),
                (
                    "tcp_established_timeout",
                    d::opt(&self.tcp_established_timeout),
                ),
                ("udp_timeout", d::opt(&self.udp_timeout)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponseConnectionTrackingConfiguration {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "TcpClosedAndTimeWaitTimeout",
            "TcpEstablishedTimeout",
            "UdpTimeout",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ResponseConnectionTrackingConfiguration::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.tcp_closed_and_time_wait_timeout = r.decode()?,
                1 => out.tcp_established_timeout = r.decode()?,
                2 => out.udp_timeout = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkInterfaceTrafficConfig` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseNetworkInterfaceTrafficConfig {
    /// `NetworkInterfaceTrafficMode`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::yun_core::Text>,
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

impl ::std::fmt::Debug for ResponseNetworkInterfaceTrafficConfig {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseNetworkInterfaceTrafficConfig",
            &[
                (
                    "network_interface_traffic_mode",
                    d::opt(&self.network_interface_traffic_mode),
                ),
                ("queue_number", d::opt(&self.queue_number)),
                ("queue_pair_number", d::opt(&self.queue_pair_number)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponseNetworkInterfaceTrafficConfig {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "NetworkInterfaceTrafficMode",
            "QueueNumber",
            "QueuePairNumber",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ResponseNetworkInterfaceTrafficConfig::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface_traffic_mode = r.decode()?,
                1 => out.queue_number = r.decode()?,
                2 => out.queue_pair_number = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `SlaveInterfaceSpecification` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseSlaveInterfaceSpecification {
    /// `BondNetworkInterfaceId`.
    #[serde(
        rename = "BondNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bond_network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `SlaveNetworkInterfaceId`.
    #[serde(
        rename = "SlaveNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub slave_network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `WorkState`.
    #[serde(
        rename = "WorkState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub work_state: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResponseSlaveInterfaceSpecification {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseSlaveInterfaceSpecification",
            &[
                (
                    "bond_network_interface_id",
                    d::opt(&self.bond_network_interface_id),
                ),
                (
                    "slave_network_interface_id",
                    d::opt(&self.slave_network_interface_id),
                ),
                ("work_state", d::opt(&self.work_state)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponseSlaveInterfaceSpecification {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "BondNetworkInterfaceId",
            "SlaveNetworkInterfaceId",
            "WorkState",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = ResponseSlaveInterfaceSpecification::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.bond_network_interface_id = r.decode()?,
                1 => out.slave_network_interface_id = r.decode()?,
                2 => out.work_state = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_network_interface_attribute`](crate::Client::describe_network_interface_attribute) (`DescribeNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfaceAttributeResponse {
    /// `AssociatedPublicIp`.
    #[serde(
        rename = "AssociatedPublicIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_public_ip: ::std::option::Option<crate::models::AssociatedPublicIp>,
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
    pub connection_tracking_configuration:
        ::std::option::Option<ResponseConnectionTrackingConfiguration>,
    /// `CreationTime`.
    ///
    /// Example: `2019-12-25T12:31:31Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DeleteOnRelease`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteOnRelease",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_on_release: ::std::option::Option<bool>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1e2l6djkndyuli****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Ipv4PrefixSets`.
    #[serde(
        rename = "Ipv4PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_sets: ::std::option::Option<crate::models::Ipv4PrefixSets>,
    /// `Ipv6PrefixSets`.
    #[serde(
        rename = "Ipv6PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_sets: ::std::option::Option<crate::models::Ipv6PrefixSets>,
    /// `Ipv6Sets`.
    #[serde(
        rename = "Ipv6Sets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_sets: ::std::option::Option<crate::models::Ipv6Sets>,
    /// `MacAddress`.
    ///
    /// Example: `00:16:3e:12:**:**`.
    #[serde(
        rename = "MacAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mac_address: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-bp125p95hhdhn3ot****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceName`.
    ///
    /// Example: `my-eni-name`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceTrafficConfig`.
    #[serde(
        rename = "NetworkInterfaceTrafficConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_config:
        ::std::option::Option<ResponseNetworkInterfaceTrafficConfig>,
    /// `NetworkInterfaceTrafficMode`.
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::yun_core::Text>,
    /// `OwnerId`.
    ///
    /// Example: `123456****`.
    #[serde(
        rename = "OwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpAddress`.
    ///
    /// Example: `10.1.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpSets`.
    #[serde(
        rename = "PrivateIpSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_sets: ::std::option::Option<crate::models::ResponsePrivateIpSets>,
    /// `QueueNumber`.
    ///
    /// Example: `8`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i64>,
    /// `QueuePairNumber`.
    ///
    /// Example: `22`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<crate::models::SecurityGroupIds>,
    /// `ServiceID`.
    ///
    /// Example: `12345678910`.
    #[serde(
        rename = "ServiceID",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_id: ::std::option::Option<i64>,
    /// `ServiceManaged`.
    ///
    /// Example: `true`.
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
    pub slave_interface_specification: ::std::option::Option<ResponseSlaveInterfaceSpecification>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `TcpOptionAddressEnabled`.
    #[serde(
        rename = "TcpOptionAddressEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_option_address_enabled: ::std::option::Option<::yun_core::Text>,
    /// `Type`.
    ///
    /// Example: `Secondary`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-bp1s5fnvk4gn2tws0****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `vpc-bp67acfmxazb4p****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeNetworkInterfaceAttributeResponse {
    /// The items of `Ipv4PrefixSets` (through its wrapper), empty when absent.
    pub fn ipv4_prefix_sets(&self) -> &[crate::models::Ipv4PrefixSet] {
        self.ipv4_prefix_sets
            .as_ref()
            .and_then(|w| w.ipv4_prefix_set.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Ipv6PrefixSets` (through its wrapper), empty when absent.
    pub fn ipv6_prefix_sets(&self) -> &[crate::models::Ipv6PrefixSet] {
        self.ipv6_prefix_sets
            .as_ref()
            .and_then(|w| w.ipv6_prefix_set.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Ipv6Sets` (through its wrapper), empty when absent.
    pub fn ipv6_sets(&self) -> &[crate::models::Ipv6Set] {
        self.ipv6_sets
            .as_ref()
            .and_then(|w| w.ipv6_set.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `PrivateIpSets` (through its wrapper), empty when absent.
    pub fn private_ip_sets(&self) -> &[crate::models::ResponsePrivateIpSet] {
        self.private_ip_sets
            .as_ref()
            .and_then(|w| w.private_ip_set.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SecurityGroupIds` (through its wrapper), empty when absent.
    pub fn security_group_ids(&self) -> &[::yun_core::Text] {
        self.security_group_ids
            .as_ref()
            .and_then(|w| w.security_group_id.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeNetworkInterfaceAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNetworkInterfaceAttributeResponse",
            &[
                ("associated_public_ip", d::opt(&self.associated_public_ip)),
                ("attachment", d::opt(&self.attachment)),
                (
                    "bond_interface_specification",
                    d::opt(&self.bond_interface_specification),
                ),
                (
                    "connection_tracking_configuration",
                    d::opt(&self.connection_tracking_configuration),
                ),
                ("creation_time", d::opt(&self.creation_time)),
                ("delete_on_release", d::opt(&self.delete_on_release)),
                ("description", d::opt(&self.description)),
                ("instance_id", d::opt(&self.instance_id)),
                ("ipv4_prefix_sets", d::opt(&self.ipv4_prefix_sets)),
                ("ipv6_prefix_sets", d::opt(&self.ipv6_prefix_sets)),
                ("ipv6_sets", d::opt(&self.ipv6_sets)),
                ("mac_address", d::opt(&self.mac_address)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                (
                    "network_interface_traffic_config",
                    d::opt(&self.network_interface_traffic_config),
                ),
                (
                    "network_interface_traffic_mode",
                    d::opt(&self.network_interface_traffic_mode),
                ),
                ("owner_id", d::opt(&self.owner_id)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("private_ip_sets", d::opt(&self.private_ip_sets)),
                ("queue_number", d::opt(&self.queue_number)),
                ("queue_pair_number", d::opt(&self.queue_pair_number)),
                ("request_id", d::opt(&self.request_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("service_id", d::opt(&self.service_id)),
                ("service_managed", d::opt(&self.service_managed)),
                (
                    "slave_interface_specification",
                    d::opt(&self.slave_interface_specification),
                ),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                (
                    "tcp_option_address_enabled",
                    d::opt(&self.tcp_option_address_enabled),
                ),
                ("type", d::opt(&self.r#type)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNetworkInterfaceAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AssociatedPublicIp",
            "Attachment",
            "BondInterfaceSpecification",
            "ConnectionTrackingConfiguration",
            "CreationTime",
            "DeleteOnRelease",
            "Description",
            "InstanceId",
            "Ipv4PrefixSets",
            "Ipv6PrefixSets",
            "Ipv6Sets",
            "MacAddress",
            "NetworkInterfaceId",
            "NetworkInterfaceName",
            "NetworkInterfaceTrafficConfig",
            "NetworkInterfaceTrafficMode",
            "OwnerId",
            "PrivateIpAddress",
            "PrivateIpSets",
            "QueueNumber",
            "QueuePairNumber",
            "RequestId",
            "ResourceGroupId",
            "SecurityGroupIds",
            "ServiceID",
            "ServiceManaged",
            "SlaveInterfaceSpecification",
            "Status",
            "Tags",
            "TcpOptionAddressEnabled",
            "Type",
            "VSwitchId",
            "VpcId",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 35] = ::yun_core::json::member_order();
        let mut out = DescribeNetworkInterfaceAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.associated_public_ip = r.decode()?,
                1 => out.attachment = r.decode()?,
                2 => out.bond_interface_specification = r.decode()?,
                3 => out.connection_tracking_configuration = r.decode()?,
                4 => out.creation_time = r.decode()?,
                5 => out.delete_on_release = r.decode()?,
                6 => out.description = r.decode()?,
                7 => out.instance_id = r.decode()?,
                8 => out.ipv4_prefix_sets = r.decode()?,
                9 => out.ipv6_prefix_sets = r.decode()?,
                10 => out.ipv6_sets = r.decode()?,
                11 => out.mac_address = r.decode()?,
                12 => out.network_interface_id = r.decode()?,
                13 => out.network_interface_name = r.decode()?,
                14 => out.network_interface_traffic_config = r.decode()?,
                15 => out.network_interface_traffic_mode = r.decode()?,
                16 => out.owner_id = r.decode()?,
                17 => out.private_ip_address = r.decode()?,
                18 => out.private_ip_sets = r.decode()?,
                19 => out.queue_number = r.decode()?,
                20 => out.queue_pair_number = r.decode()?,
                21 => out.request_id = r.decode()?,
                22 => out.resource_group_id = r.decode()?,
                23 => out.security_group_ids = r.decode()?,
                24 => out.service_id = r.decode()?,
                25 => out.service_managed = r.decode()?,
                26 => out.slave_interface_specification = r.decode()?,
                27 => out.status = r.decode()?,
                28 => out.tags = r.decode()?,
                29 => out.tcp_option_address_enabled = r.decode()?,
                30 => out.r#type = r.decode()?,
                31 => out.v_switch_id = r.decode()?,
                32 => out.vpc_id = r.decode()?,
                33 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
