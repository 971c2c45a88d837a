//! `CreateNetworkInterface`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateNetworkInterface>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateNetworkInterface",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
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
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrimaryIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Visible",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BusinessType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecondaryPrivateIpAddressCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "QueueNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceTrafficMode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "QueuePairNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6Address",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6AddressCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv4Prefix",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv4PrefixCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6Prefix",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6PrefixCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteOnRelease",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TxQueueSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RxQueueSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceTrafficConfig",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ConnectionTrackingConfiguration",
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

/// The `NetworkInterfaceTrafficConfig` object of the request.
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
    pub queue_number: ::std::option::Option<i32>,
    /// `QueuePairNumber`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i32>,
    /// `RxQueueSize`.
    #[serde(
        rename = "RxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rx_queue_size: ::std::option::Option<i32>,
    /// `TxQueueSize`.
    #[serde(
        rename = "TxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tx_queue_size: ::std::option::Option<i32>,
}

impl NetworkInterfaceTrafficConfig {
    /// An empty `NetworkInterfaceTrafficConfig`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            network_interface_traffic_mode: ::std::option::Option::None,
            queue_number: ::std::option::Option::None,
            queue_pair_number: ::std::option::Option::None,
            rx_queue_size: ::std::option::Option::None,
            tx_queue_size: ::std::option::Option::None,
        }
    }

    /// Sets `NetworkInterfaceTrafficMode`.
    pub fn network_interface_traffic_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_traffic_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `QueueNumber`.
    pub fn queue_number(mut self, value: i32) -> Self {
        self.queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `QueuePairNumber`.
    pub fn queue_pair_number(mut self, value: i32) -> Self {
        self.queue_pair_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RxQueueSize`.
    pub fn rx_queue_size(mut self, value: i32) -> Self {
        self.rx_queue_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TxQueueSize`.
    pub fn tx_queue_size(mut self, value: i32) -> Self {
        self.tx_queue_size = ::std::option::Option::Some(value);
        self
    }
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
                        "RxQueueSize" => out.rx_queue_size = map.next_value()?,
                        "TxQueueSize" => out.tx_queue_size = map.next_value()?,
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

/// The `ConnectionTrackingConfiguration` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ConnectionTrackingConfiguration {
    /// `TcpClosedAndTimeWaitTimeout`.
    #[serde(
        rename = "TcpClosedAndTimeWaitTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_closed_and_time_wait_timeout: ::std::option::Option<i32>,
    /// `TcpEstablishedTimeout`.
    #[serde(
        rename = "TcpEstablishedTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tcp_established_timeout: ::std::option::Option<i32>,
    /// `UdpTimeout`.
    #[serde(
        rename = "UdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub udp_timeout: ::std::option::Option<i32>,
}

impl ConnectionTrackingConfiguration {
    /// An empty `ConnectionTrackingConfiguration`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            tcp_closed_and_time_wait_timeout: ::std::option::Option::None,
            tcp_established_timeout: ::std::option::Option::None,
            udp_timeout: ::std::option::Option::None,
        }
    }

    /// Sets `TcpClosedAndTimeWaitTimeout`.
    pub fn tcp_closed_and_time_wait_timeout(mut self, value: i32) -> Self {
        self.tcp_closed_and_time_wait_timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TcpEstablishedTimeout`.
    pub fn tcp_established_timeout(mut self, value: i32) -> Self {
        self.tcp_established_timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets `UdpTimeout`.
    pub fn udp_timeout(mut self, value: i32) -> Self {
        self.udp_timeout = ::std::option::Option::Some(value);
        self
    }
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

/// The request of [`Client::create_network_interface`](crate::Client::create_network_interface) (`CreateNetworkInterface`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNetworkInterfaceRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query). Required.
    #[serde(rename = "VSwitchId")]
    pub v_switch_id: ::std::string::String,
    /// `PrimaryIpAddress` (query).
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query).
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceName` (query).
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Visible` (query).
    #[serde(
        rename = "Visible",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub visible: ::std::option::Option<bool>,
    /// `InstanceType` (query).
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `BusinessType` (query).
    #[serde(
        rename = "BusinessType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub business_type: ::std::option::Option<::std::string::String>,
    /// `SecondaryPrivateIpAddressCount` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "SecondaryPrivateIpAddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_private_ip_address_count: ::std::option::Option<i32>,
    /// `QueueNumber` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i32>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceTrafficMode` (query).
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::std::string::String>,
    /// `QueuePairNumber` (query).
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i32>,
    /// `SecurityGroupIds` (query, sent as `SecurityGroupIds.1`, `SecurityGroupIds.2`, …).
    ///
    /// At most 16 items.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PrivateIpAddress` (query, sent as `PrivateIpAddress.1`, `PrivateIpAddress.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6Address` (query, sent as `Ipv6Address.1`, `Ipv6Address.2`, …).
    ///
    /// At most 20 items.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6AddressCount` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "Ipv6AddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address_count: ::std::option::Option<i32>,
    /// `Ipv4Prefix` (query, sent as `Ipv4Prefix.1`, `Ipv4Prefix.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Ipv4Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv4PrefixCount` (query).
    ///
    /// From 1 to 10.
    #[serde(
        rename = "Ipv4PrefixCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_count: ::std::option::Option<i32>,
    /// `Ipv6Prefix` (query, sent as `Ipv6Prefix.1`, `Ipv6Prefix.2`, …).
    ///
    /// At most 10 items.
    #[serde(
        rename = "Ipv6Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6PrefixCount` (query).
    ///
    /// From 1 to 10.
    #[serde(
        rename = "Ipv6PrefixCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_count: ::std::option::Option<i32>,
    /// `DeleteOnRelease` (query).
    #[serde(
        rename = "DeleteOnRelease",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_on_release: ::std::option::Option<bool>,
    /// `TxQueueSize` (query).
    #[serde(
        rename = "TxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tx_queue_size: ::std::option::Option<i32>,
    /// `RxQueueSize` (query).
    #[serde(
        rename = "RxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rx_queue_size: ::std::option::Option<i32>,
    /// `NetworkInterfaceTrafficConfig` (query, sent as `NetworkInterfaceTrafficConfig.<member>`).
    #[serde(
        rename = "NetworkInterfaceTrafficConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_config: ::std::option::Option<NetworkInterfaceTrafficConfig>,
    /// `ConnectionTrackingConfiguration` (query, sent as `ConnectionTrackingConfiguration.<member>`).
    #[serde(
        rename = "ConnectionTrackingConfiguration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection_tracking_configuration: ::std::option::Option<ConnectionTrackingConfiguration>,
}

impl CreateNetworkInterfaceRequest {
    /// A `CreateNetworkInterfaceRequest` with its required members: `RegionId`, `VSwitchId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        v_switch_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            v_switch_id: v_switch_id.into(),
            primary_ip_address: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            network_interface_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            visible: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            business_type: ::std::option::Option::None,
            secondary_private_ip_address_count: ::std::option::Option::None,
            queue_number: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            network_interface_traffic_mode: ::std::option::Option::None,
            queue_pair_number: ::std::option::Option::None,
            security_group_ids: ::std::option::Option::None,
            private_ip_address: ::std::option::Option::None,
            ipv6_address: ::std::option::Option::None,
            ipv6_address_count: ::std::option::Option::None,
            ipv4_prefix: ::std::option::Option::None,
            ipv4_prefix_count: ::std::option::Option::None,
            ipv6_prefix: ::std::option::Option::None,
            ipv6_prefix_count: ::std::option::Option::None,
            delete_on_release: ::std::option::Option::None,
            tx_queue_size: ::std::option::Option::None,
            rx_queue_size: ::std::option::Option::None,
            network_interface_traffic_config: ::std::option::Option::None,
            connection_tracking_configuration: ::std::option::Option::None,
        }
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrimaryIpAddress`.
    pub fn primary_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceName`.
    pub fn network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Visible`.
    pub fn visible(mut self, value: bool) -> Self {
        self.visible = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `BusinessType`.
    pub fn business_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.business_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecondaryPrivateIpAddressCount`.
    pub fn secondary_private_ip_address_count(mut self, value: i32) -> Self {
        self.secondary_private_ip_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `QueueNumber`.
    pub fn queue_number(mut self, value: i32) -> Self {
        self.queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceTrafficMode`.
    pub fn network_interface_traffic_mode(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_traffic_mode = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `QueuePairNumber`.
    pub fn queue_pair_number(mut self, value: i32) -> Self {
        self.queue_pair_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `SecurityGroupIds`.
    pub fn security_group_ids(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.security_group_ids = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6Address`.
    pub fn ipv6_address(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ipv6_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i32) -> Self {
        self.ipv6_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv4Prefix`.
    pub fn ipv4_prefix(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ipv4_prefix = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv4PrefixCount`.
    pub fn ipv4_prefix_count(mut self, value: i32) -> Self {
        self.ipv4_prefix_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6Prefix`.
    pub fn ipv6_prefix(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ipv6_prefix = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6PrefixCount`.
    pub fn ipv6_prefix_count(mut self, value: i32) -> Self {
        self.ipv6_prefix_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DeleteOnRelease`.
    pub fn delete_on_release(mut self, value: bool) -> Self {
        self.delete_on_release = ::std::option::Option::Some(value);
        self
    }

    /// Sets `TxQueueSize`.
    pub fn tx_queue_size(mut self, value: i32) -> Self {
        self.tx_queue_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `RxQueueSize`.
    pub fn rx_queue_size(mut self, value: i32) -> Self {
        self.rx_queue_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkInterfaceTrafficConfig`.
    pub fn network_interface_traffic_config(
        mut self,
        value: NetworkInterfaceTrafficConfig,
    ) -> Self {
        self.network_interface_traffic_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ConnectionTrackingConfiguration`.
    pub fn connection_tracking_configuration(
        mut self,
        value: ConnectionTrackingConfiguration,
    ) -> Self {
        self.connection_tracking_configuration = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for CreateNetworkInterfaceRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateNetworkInterfaceRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateNetworkInterfaceRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateNetworkInterfaceRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_v_switch_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_primary_ip_address: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_security_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_network_interface_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_description: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_visible: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_instance_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_business_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_secondary_private_ip_address_count: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                let mut m_queue_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_client_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_network_interface_traffic_mode: ::std::option::Option<
                    ::std::string::String,
                > = ::std::option::Option::None;
                let mut m_queue_pair_number: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                let mut m_security_group_ids: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_private_ip_address: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_ipv6_address: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_ipv6_address_count: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                let mut m_ipv4_prefix: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_ipv4_prefix_count: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                let mut m_ipv6_prefix: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_ipv6_prefix_count: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                let mut m_delete_on_release: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_tx_queue_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_rx_queue_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_network_interface_traffic_config: ::std::option::Option<
                    NetworkInterfaceTrafficConfig,
                > = ::std::option::Option::None;
                let mut m_connection_tracking_configuration: ::std::option::Option<
                    ConnectionTrackingConfiguration,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "VSwitchId" => m_v_switch_id = map.next_value()?,
                        "PrimaryIpAddress" => m_primary_ip_address = map.next_value()?,
                        "SecurityGroupId" => m_security_group_id = map.next_value()?,
                        "NetworkInterfaceName" => {
                            m_network_interface_name = map.next_value()?;
                        }

                        "Description" => m_description = map.next_value()?,
                        "Visible" => m_visible = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "BusinessType" => m_business_type = map.next_value()?,
                        "SecondaryPrivateIpAddressCount" => {
                            m_secondary_private_ip_address_count = map.next_value()?;
                        }

                        "QueueNumber" => m_queue_number = map.next_value()?,
                        "ClientToken" => m_client_token = map.next_value()?,
                        "NetworkInterfaceTrafficMode" => {
                            m_network_interface_traffic_mode = map.next_value()?;
                        }

                        "QueuePairNumber" => m_queue_pair_number = map.next_value()?,
                        "SecurityGroupIds" => m_security_group_ids = map.next_value()?,
                        "PrivateIpAddress" => m_private_ip_address = map.next_value()?,
                        "Ipv6Address" => m_ipv6_address = map.next_value()?,
                        "Ipv6AddressCount" => m_ipv6_address_count = map.next_value()?,
                        "Ipv4Prefix" => m_ipv4_prefix = map.next_value()?,
                        "Ipv4PrefixCount" => m_ipv4_prefix_count = map.next_value()?,
                        "Ipv6Prefix" => m_ipv6_prefix = map.next_value()?,
                        "Ipv6PrefixCount" => m_ipv6_prefix_count = map.next_value()?,
                        "DeleteOnRelease" => m_delete_on_release = map.next_value()?,
                        "TxQueueSize" => m_tx_queue_size = map.next_value()?,
                        "RxQueueSize" => m_rx_queue_size = map.next_value()?,
                        "NetworkInterfaceTrafficConfig" => {
                            m_network_interface_traffic_config = map.next_value()?;
                        }

                        "ConnectionTrackingConfiguration" => {
                            m_connection_tracking_configuration = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(CreateNetworkInterfaceRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    tag: m_tag,
                    resource_group_id: m_resource_group_id,
                    v_switch_id: m_v_switch_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("VSwitchId")
                    })?,
                    primary_ip_address: m_primary_ip_address,
                    security_group_id: m_security_group_id,
                    network_interface_name: m_network_interface_name,
                    description: m_description,
                    visible: m_visible,
                    instance_type: m_instance_type,
                    business_type: m_business_type,
                    secondary_private_ip_address_count: m_secondary_private_ip_address_count,
                    queue_number: m_queue_number,
                    client_token: m_client_token,
                    network_interface_traffic_mode: m_network_interface_traffic_mode,
                    queue_pair_number: m_queue_pair_number,
                    security_group_ids: m_security_group_ids,
                    private_ip_address: m_private_ip_address,
                    ipv6_address: m_ipv6_address,
                    ipv6_address_count: m_ipv6_address_count,
                    ipv4_prefix: m_ipv4_prefix,
                    ipv4_prefix_count: m_ipv4_prefix_count,
                    ipv6_prefix: m_ipv6_prefix,
                    ipv6_prefix_count: m_ipv6_prefix_count,
                    delete_on_release: m_delete_on_release,
                    tx_queue_size: m_tx_queue_size,
                    rx_queue_size: m_rx_queue_size,
                    network_interface_traffic_config: m_network_interface_traffic_config,
                    connection_tracking_configuration: m_connection_tracking_configuration,
                })
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

/// The `PrivateIpSets.PrivateIpSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrivateIpSet {
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

/// The response of [`Client::create_network_interface`](crate::Client::create_network_interface) (`CreateNetworkInterface`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNetworkInterfaceResponse {
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
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

impl<'de> ::serde::Deserialize<'de> for CreateNetworkInterfaceResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateNetworkInterfaceResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateNetworkInterfaceResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateNetworkInterfaceResponse, A::Error> {
                let mut out = CreateNetworkInterfaceResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Description" => out.description = map.next_value()?,
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

                        "OwnerId" => out.owner_id = map.next_value()?,
                        "PrivateIpAddress" => out.private_ip_address = map.next_value()?,
                        "PrivateIpSets" => out.private_ip_sets = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "SecurityGroupIds" => out.security_group_ids = map.next_value()?,
                        "ServiceID" => out.service_id = map.next_value()?,
                        "ServiceManaged" => out.service_managed = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
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
