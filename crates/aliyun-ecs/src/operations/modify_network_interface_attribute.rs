//! `ModifyNetworkInterfaceAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyNetworkInterfaceAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyNetworkInterfaceAttribute",
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
                name: "NetworkInterfaceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "QueueNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeleteOnRelease",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RxQueueSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TxQueueSize",
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

/// The request of [`Client::modify_network_interface_attribute`](crate::Client::modify_network_interface_attribute) (`ModifyNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyNetworkInterfaceAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfaceName` (query).
    ///
    /// Example: `eniTestName`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp67acfmxazb4p****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `QueueNumber` (query).
    ///
    /// At least -1.
    ///
    /// Example: `8`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i32>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query, sent as `SecurityGroupId.1`, `SecurityGroupId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `DeleteOnRelease` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteOnRelease",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_on_release: ::std::option::Option<bool>,
    /// `RxQueueSize` (query).
    ///
    /// Example: `8192`.
    #[serde(
        rename = "RxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rx_queue_size: ::std::option::Option<i32>,
    /// `TxQueueSize` (query).
    ///
    /// Example: `8192`.
    #[serde(
        rename = "TxQueueSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tx_queue_size: ::std::option::Option<i32>,
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

impl ModifyNetworkInterfaceAttributeRequest {
    /// A `ModifyNetworkInterfaceAttributeRequest` with its required members: `RegionId`, `NetworkInterfaceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_name: ::std::option::Option::None,
            network_interface_id: network_interface_id.into(),
            queue_number: ::std::option::Option::None,
            description: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            delete_on_release: ::std::option::Option::None,
            rx_queue_size: ::std::option::Option::None,
            tx_queue_size: ::std::option::Option::None,
            network_interface_traffic_config: ::std::option::Option::None,
            connection_tracking_configuration: ::std::option::Option::None,
        }
    }

    /// Sets `NetworkInterfaceName`.
    pub fn network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `QueueNumber`.
    pub fn queue_number(mut self, value: i32) -> Self {
        self.queue_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `DeleteOnRelease`.
    pub fn delete_on_release(mut self, value: bool) -> Self {
        self.delete_on_release = ::std::option::Option::Some(value);
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

impl ::std::fmt::Debug for ModifyNetworkInterfaceAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyNetworkInterfaceAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                ("network_interface_id", d::req(&self.network_interface_id)),
                ("queue_number", d::opt(&self.queue_number)),
                ("description", d::opt(&self.description)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("delete_on_release", d::opt(&self.delete_on_release)),
                ("rx_queue_size", d::opt(&self.rx_queue_size)),
                ("tx_queue_size", d::opt(&self.tx_queue_size)),
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

impl ::yun_core::json::Decode for ModifyNetworkInterfaceAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NetworkInterfaceName",
            "NetworkInterfaceId",
            "QueueNumber",
            "Description",
            "SecurityGroupId",
            "DeleteOnRelease",
            "RxQueueSize",
            "TxQueueSize",
            "NetworkInterfaceTrafficConfig",
            "ConnectionTrackingConfiguration",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_queue_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_delete_on_release: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_rx_queue_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_tx_queue_size: ::std::option::Option<i32> = ::std::option::Option::None;
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
                1 => m_network_interface_name = r.decode()?,
                2 => m_network_interface_id = r.decode()?,
                3 => m_queue_number = r.decode()?,
                4 => m_description = r.decode()?,
                5 => m_security_group_id = r.decode()?,
                6 => m_delete_on_release = r.decode()?,
                7 => m_rx_queue_size = r.decode()?,
                8 => m_tx_queue_size = r.decode()?,
                9 => m_network_interface_traffic_config = r.decode()?,
                10 => m_connection_tracking_configuration = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyNetworkInterfaceAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_name: m_network_interface_name,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            queue_number: m_queue_number,
            description: m_description,
            security_group_id: m_security_group_id,
            delete_on_release: m_delete_on_release,
            rx_queue_size: m_rx_queue_size,
            tx_queue_size: m_tx_queue_size,
            network_interface_traffic_config: m_network_interface_traffic_config,
            connection_tracking_configuration: m_connection_tracking_configuration,
        })
    }
}

/// The response of [`Client::modify_network_interface_attribute`](crate::Client::modify_network_interface_attribute) (`ModifyNetworkInterfaceAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyNetworkInterfaceAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyNetworkInterfaceAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyNetworkInterfaceAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyNetworkInterfaceAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyNetworkInterfaceAttributeResponse::default();
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
