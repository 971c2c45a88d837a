//! `AttachNetworkInterface`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachNetworkInterface>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AttachNetworkInterface",
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
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "TrunkNetworkInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "WaitForNetworkConfigurationReady",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkCardIndex",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::attach_network_interface`](crate::Client::attach_network_interface) (`AttachNetworkInterface`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachNetworkInterfaceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp17pdijfczax1huji****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp16qstyvxj9gpqw****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `TrunkNetworkInstanceId` (query).
    ///
    /// Example: `eni-f8zapqwj1v1j4ia3****`.
    #[serde(
        rename = "TrunkNetworkInstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trunk_network_instance_id: ::std::option::Option<::std::string::String>,
    /// `WaitForNetworkConfigurationReady` (query).
    #[serde(
        rename = "WaitForNetworkConfigurationReady",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub wait_for_network_configuration_ready: ::std::option::Option<bool>,
    /// `NetworkCardIndex` (query).
    ///
    /// Example: `0`.
    #[serde(
        rename = "NetworkCardIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_index: ::std::option::Option<i32>,
}

impl AttachNetworkInterfaceRequest {
    /// A `AttachNetworkInterfaceRequest` with its required members: `RegionId`, `NetworkInterfaceId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_id: network_interface_id.into(),
            instance_id: instance_id.into(),
            trunk_network_instance_id: ::std::option::Option::None,
            wait_for_network_configuration_ready: ::std::option::Option::None,
            network_card_index: ::std::option::Option::None,
        }
    }

    /// Sets `TrunkNetworkInstanceId`.
    pub fn trunk_network_instance_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.trunk_network_instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `WaitForNetworkConfigurationReady`.
    pub fn wait_for_network_configuration_ready(mut self, value: bool) -> Self {
        self.wait_for_network_configuration_ready = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkCardIndex`.
    pub fn network_card_index(mut self, value: i32) -> Self {
        self.network_card_index = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for AttachNetworkInterfaceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachNetworkInterfaceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("network_interface_id", d::req(&self.network_interface_id)),
                ("instance_id", d::req(&self.instance_id)),
                (
                    "trunk_network_instance_id",
                    d::opt(&self.trunk_network_instance_id),
                ),
                (
                    "wait_for_network_configuration_ready",
                    d::opt(&self.wait_for_network_configuration_ready),
                ),
                ("network_card_index", d::opt(&self.network_card_index)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AttachNetworkInterfaceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NetworkInterfaceId",
            "InstanceId",
            "TrunkNetworkInstanceId",
            "WaitForNetworkConfigurationReady",
            "NetworkCardIndex",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_trunk_network_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_wait_for_network_configuration_ready: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut m_network_card_index: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_network_interface_id = r.decode()?,
                2 => m_instance_id = r.decode()?,
                3 => m_trunk_network_instance_id = r.decode()?,
                4 => m_wait_for_network_configuration_ready = r.decode()?,
                5 => m_network_card_index = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AttachNetworkInterfaceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            trunk_network_instance_id: m_trunk_network_instance_id,
            wait_for_network_configuration_ready: m_wait_for_network_configuration_ready,
            network_card_index: m_network_card_index,
        })
    }
}

/// The response of [`Client::attach_network_interface`](crate::Client::attach_network_interface) (`AttachNetworkInterface`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachNetworkInterfaceResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AttachNetworkInterfaceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachNetworkInterfaceResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for AttachNetworkInterfaceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AttachNetworkInterfaceResponse::default();
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
