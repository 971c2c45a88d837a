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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::create_network_interface`](crate::Client::create_network_interface) (`CreateNetworkInterface`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNetworkInterfaceRequest {
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
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4ph****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query). Required.
    ///
    /// Example: `vsw-bp1s5fnvk4gn2tws03****`.
    #[serde(rename = "VSwitchId")]
    pub v_switch_id: ::std::string::String,
    /// `PrimaryIpAddress` (query).
    ///
    /// Example: `172.17.**.**`.
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query).
    ///
    /// Example: `sg-bp1fg655nh68xyz9i****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceName` (query).
    ///
    /// Example: `testNetworkInterfaceName`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
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
    ///
    /// Example: `Secondary`.
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
    ///
    /// Example: `1`.
    #[serde(
        rename = "SecondaryPrivateIpAddressCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secondary_private_ip_address_count: ::std::option::Option<i32>,
    /// `QueueNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i32>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceTrafficMode` (query).
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::std::string::String>,
    /// `QueuePairNumber` (query).
    ///
    /// Example: `22`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i32>,
    /// `SecurityGroupIds` (query, sent as `SecurityGroupIds.1`, `SecurityGroupIds.2`, …).
    ///
    /// At most 16 items.
    ///
    /// Example: `sg-bp1fg655nh68xyz9i****`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `PrivateIpAddress` (query, sent as `PrivateIpAddress.1`, `PrivateIpAddress.2`, …).
    ///
    /// At most 10 items.
    ///
    /// Example: `172.17.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6Address` (query, sent as `Ipv6Address.1`, `Ipv6Address.2`, …).
    ///
    /// At most 20 items.
    ///
    /// Example: `2001:db8:1234:1a00::****`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6AddressCount` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
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
    ///
    /// Example: `1`.
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
    ///
    /// Example: `1`.
    #[serde(
        rename = "Ipv6PrefixCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_count: ::std::option::Option<i32>,
    /// `DeleteOnRelease` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteOnRelease",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_on_release: ::std::option::Option<bool>,
    /// `TxQueueSize` (query).
    ///
    /// Example: `8192`.
    #[serde(
        rename = "TxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tx_queue_size: ::std::option::Option<i32>,
    /// `RxQueueSize` (query).
    ///
    /// Example: `8192`.
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
    pub network_interface_traffic_config:
        ::std::option::Option<crate::models::NetworkInterfaceTrafficConfig>,
    /// `ConnectionTrackingConfiguration` (query, sent as `ConnectionTrackingConfiguration.<member>`).
    #[serde(
        rename = "ConnectionTrackingConfiguration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connection_tracking_configuration:
        ::std::option::Option<crate::models::ConnectionTrackingConfiguration>,
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
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
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
    pub fn security_group_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.security_group_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv6Address`.
    pub fn ipv6_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv6_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv6AddressCount`.
    pub fn ipv6_address_count(mut self, value: i32) -> Self {
        self.ipv6_address_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv4Prefix`.
    pub fn ipv4_prefix(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv4_prefix = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Ipv4PrefixCount`.
    pub fn ipv4_prefix_count(mut self, value: i32) -> Self {
        self.ipv4_prefix_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6Prefix`.
    pub fn ipv6_prefix(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv6_prefix = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
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
        value: crate::models::NetworkInterfaceTrafficConfig,
    ) -> Self {
        self.network_interface_traffic_config = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ConnectionTrackingConfiguration`.
    pub fn connection_tracking_configuration(
        mut self,
        value: crate::models::ConnectionTrackingConfiguration,
    ) -> Self {
        self.connection_tracking_configuration = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateNetworkInterfaceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateNetworkInterfaceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("v_switch_id", d::req(&self.v_switch_id)),
                ("primary_ip_address", d::opt(&self.primary_ip_address)),
                ("security_group_id", d::opt(&self.security_group_id)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                ("description", d::opt(&self.description)),
                ("visible", d::opt(&self.visible)),
                ("instance_type", d::opt(&self.instance_type)),
                ("business_type", d::opt(&self.business_type)),
                (
                    "secondary_private_ip_address_count",
                    d::opt(&self.secondary_private_ip_address_count),
                ),
                ("queue_number", d::opt(&self.queue_number)),
                ("client_token", d::opt(&self.client_token)),
                (
                    "network_interface_traffic_mode",
                    d::opt(&self.network_interface_traffic_mode),
                ),
                ("queue_pair_number", d::opt(&self.queue_pair_number)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("ipv6_address", d::opt(&self.ipv6_address)),
                ("ipv6_address_count", d::opt(&self.ipv6_address_count)),
                ("ipv4_prefix", d::opt(&self.ipv4_prefix)),
                ("ipv4_prefix_count", d::opt(&self.ipv4_prefix_count)),
                ("ipv6_prefix", d::opt(&self.ipv6_prefix)),
                ("ipv6_prefix_count", d::opt(&self.ipv6_prefix_count)),
                ("delete_on_release", d::opt(&self.delete_on_release)),
                ("tx_queue_size", d::opt(&self.tx_queue_size)),
                ("rx_queue_size", d::opt(&self.rx_queue_size)),
                (
                    "network_interface_traffic_config",
                    d::opt(&self.network_interface_traffic_config),
                ),
                (
                    "connection_tracking_configuration",
                    d::opt(&self.connection_tracking_configuration),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateNetworkInterfaceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Tag",
            "ResourceGroupId",
            "VSwitchId",
            "PrimaryIpAddress",
            "SecurityGroupId",
            "NetworkInterfaceName",
            "Description",
            "Visible",
            "InstanceType",
            "BusinessType",
            "SecondaryPrivateIpAddressCount",
            "QueueNumber",
            "ClientToken",
            "NetworkInterfaceTrafficMode",
            "QueuePairNumber",
            "SecurityGroupIds",
            "PrivateIpAddress",
            "Ipv6Address",
            "Ipv6AddressCount",
            "Ipv4Prefix",
            "Ipv4PrefixCount",
            "Ipv6Prefix",
            "Ipv6PrefixCount",
            "DeleteOnRelease",
            "TxQueueSize",
            "RxQueueSize",
            "NetworkInterfaceTrafficConfig",
            "ConnectionTrackingConfiguration",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 30] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
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
        let mut m_network_interface_traffic_mode: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_queue_pair_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_ipv6_address_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_ipv4_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_ipv4_prefix_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_ipv6_prefix: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_ipv6_prefix_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_delete_on_release: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_tx_queue_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_rx_queue_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_network_interface_traffic_config: ::std::option::Option<
            crate::models::NetworkInterfaceTrafficConfig,
        > = ::std::option::Option::None;
        let mut m_connection_tracking_configuration: ::std::option::Option<
            crate::models::ConnectionTrackingConfiguration,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_tag = r.decode()?,
                2 => m_resource_group_id = r.decode()?,
                3 => m_v_switch_id = r.decode()?,
                4 => m_primary_ip_address = r.decode()?,
                5 => m_security_group_id = r.decode()?,
                6 => m_network_interface_name = r.decode()?,
                7 => m_description = r.decode()?,
                8 => m_visible = r.decode()?,
                9 => m_instance_type = r.decode()?,
                10 => m_business_type = r.decode()?,
                11 => m_secondary_private_ip_address_count = r.decode()?,
                12 => m_queue_number = r.decode()?,
                13 => m_client_token = r.decode()?,
                14 => m_network_interface_traffic_mode = r.decode()?,
                15 => m_queue_pair_number = r.decode()?,
                16 => m_security_group_ids = r.decode()?,
                17 => m_private_ip_address = r.decode()?,
                18 => m_ipv6_address = r.decode()?,
                19 => m_ipv6_address_count = r.decode()?,
                20 => m_ipv4_prefix = r.decode()?,
                21 => m_ipv4_prefix_count = r.decode()?,
                22 => m_ipv6_prefix = r.decode()?,
                23 => m_ipv6_prefix_count = r.decode()?,
                24 => m_delete_on_release = r.decode()?,
                25 => m_tx_queue_size = r.decode()?,
                26 => m_rx_queue_size = r.decode()?,
                27 => m_network_interface_traffic_config = r.decode()?,
                28 => m_connection_tracking_configuration = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateNetworkInterfaceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
            v_switch_id: m_v_switch_id.ok_or_else(|| r.missing("VSwitchId"))?,
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

/// The response of [`Client::create_network_interface`](crate::Client::create_network_interface) (`CreateNetworkInterface`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNetworkInterfaceResponse {
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `eni-bp14v2sdd3v8htln****`.
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
    /// Example: `172.17.**.**`.
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
    pub private_ip_sets: ::std::option::Option<crate::models::PrivateIpSets>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-2ze88m67qx5z****`.
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
    /// Example: `vsw-bp16usj2p27htro3****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `vpc-bp1j7w3gc1cexjqd****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-e`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl CreateNetworkInterfaceResponse {
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
    pub fn private_ip_sets(&self) -> &[crate::models::PrivateIpSet] {
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

impl ::std::fmt::Debug for CreateNetworkInterfaceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateNetworkInterfaceResponse",
            &[
                ("description", d::opt(&self.description)),
                ("ipv4_prefix_sets", d::opt(&self.ipv4_prefix_sets)),
                ("ipv6_prefix_sets", d::opt(&self.ipv6_prefix_sets)),
                ("ipv6_sets", d::opt(&self.ipv6_sets)),
                ("mac_address", d::opt(&self.mac_address)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                ("owner_id", d::opt(&self.owner_id)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("private_ip_sets", d::opt(&self.private_ip_sets)),
                ("request_id", d::opt(&self.request_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("service_id", d::opt(&self.service_id)),
                ("service_managed", d::opt(&self.service_managed)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("type", d::opt(&self.r#type)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateNetworkInterfaceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Description",
            "Ipv4PrefixSets",
            "Ipv6PrefixSets",
            "Ipv6Sets",
            "MacAddress",
            "NetworkInterfaceId",
            "NetworkInterfaceName",
            "OwnerId",
            "PrivateIpAddress",
            "PrivateIpSets",
            "RequestId",
            "ResourceGroupId",
            "SecurityGroupIds",
            "ServiceID",
            "ServiceManaged",
            "Status",
            "Tags",
            "Type",
            "VSwitchId",
            "VpcId",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 22] = ::yun_core::json::member_order();
        let mut out = CreateNetworkInterfaceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.ipv4_prefix_sets = r.decode()?,
                2 => out.ipv6_prefix_sets = r.decode()?,
                3 => out.ipv6_sets = r.decode()?,
                4 => out.mac_address = r.decode()?,
                5 => out.network_interface_id = r.decode()?,
                6 => out.network_interface_name = r.decode()?,
                7 => out.owner_id = r.decode()?,
                8 => out.private_ip_address = r.decode()?,
                9 => out.private_ip_sets = r.decode()?,
                10 => out.request_id = r.decode()?,
                11 => out.resource_group_id = r.decode()?,
                12 => out.security_group_ids = r.decode()?,
                13 => out.service_id = r.decode()?,
                14 => out.service_managed = r.decode()?,
                15 => out.status = r.decode()?,
                16 => out.tags = r.decode()?,
                17 => out.r#type = r.decode()?,
                18 => out.v_switch_id = r.decode()?,
                19 => out.vpc_id = r.decode()?,
                20 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
