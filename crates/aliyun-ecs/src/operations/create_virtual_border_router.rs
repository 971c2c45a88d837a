//! `CreateVirtualBorderRouter`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateVirtualBorderRouter>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateVirtualBorderRouter",
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
                name: "PhysicalConnectionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VbrOwnerId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VlanId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CircuitCode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LocalGatewayIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeerGatewayIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeeringSubnetMask",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UserCidr",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_virtual_border_router`](crate::Client::create_virtual_border_router) (`CreateVirtualBorderRouter`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVirtualBorderRouterRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PhysicalConnectionId` (query). Required.
    #[serde(rename = "PhysicalConnectionId")]
    pub physical_connection_id: ::std::string::String,
    /// `VbrOwnerId` (query).
    #[serde(
        rename = "VbrOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vbr_owner_id: ::std::option::Option<i64>,
    /// `VlanId` (query). Required.
    #[serde(rename = "VlanId")]
    pub vlan_id: i32,
    /// `CircuitCode` (query).
    #[serde(
        rename = "CircuitCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub circuit_code: ::std::option::Option<::std::string::String>,
    /// `LocalGatewayIp` (query).
    #[serde(
        rename = "LocalGatewayIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_gateway_ip: ::std::option::Option<::std::string::String>,
    /// `PeerGatewayIp` (query).
    #[serde(
        rename = "PeerGatewayIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peer_gateway_ip: ::std::option::Option<::std::string::String>,
    /// `PeeringSubnetMask` (query).
    #[serde(
        rename = "PeeringSubnetMask",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peering_subnet_mask: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `Name` (query).
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query). Required.
    #[serde(rename = "ClientToken")]
    pub client_token: ::std::string::String,
    /// `UserCidr` (query).
    #[serde(
        rename = "UserCidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidr: ::std::option::Option<::std::string::String>,
}

impl CreateVirtualBorderRouterRequest {
    /// A `CreateVirtualBorderRouterRequest` with its required members: `RegionId`, `PhysicalConnectionId`, `VlanId`, `ClientToken`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        physical_connection_id: impl ::std::convert::Into<::std::string::String>,
        vlan_id: i32,
        client_token: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            physical_connection_id: physical_connection_id.into(),
            vbr_owner_id: ::std::option::Option::None,
            vlan_id,
            circuit_code: ::std::option::Option::None,
            local_gateway_ip: ::std::option::Option::None,
            peer_gateway_ip: ::std::option::Option::None,
            peering_subnet_mask: ::std::option::Option::None,
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
            client_token: client_token.into(),
            user_cidr: ::std::option::Option::None,
        }
    }

    /// Sets `VbrOwnerId`.
    pub fn vbr_owner_id(mut self, value: i64) -> Self {
        self.vbr_owner_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `CircuitCode`.
    pub fn circuit_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.circuit_code = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LocalGatewayIp`.
    pub fn local_gateway_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_gateway_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PeerGatewayIp`.
    pub fn peer_gateway_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peer_gateway_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PeeringSubnetMask`.
    pub fn peering_subnet_mask(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peering_subnet_mask = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserCidr`.
    pub fn user_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_cidr = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateVirtualBorderRouterRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateVirtualBorderRouterRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "physical_connection_id",
                    d::req(&self.physical_connection_id),
                ),
                ("vbr_owner_id", d::opt(&self.vbr_owner_id)),
                ("vlan_id", d::req(&self.vlan_id)),
                ("circuit_code", d::opt(&self.circuit_code)),
                ("local_gateway_ip", d::opt(&self.local_gateway_ip)),
                ("peer_gateway_ip", d::opt(&self.peer_gateway_ip)),
                ("peering_subnet_mask", d::opt(&self.peering_subnet_mask)),
                ("description", d::opt(&self.description)),
                ("name", d::opt(&self.name)),
                ("client_token", d::req(&self.client_token)),
                ("user_cidr", d::opt(&self.user_cidr)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateVirtualBorderRouterRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PhysicalConnectionId",
            "VbrOwnerId",
            "VlanId",
            "CircuitCode",
            "LocalGatewayIp",
            "PeerGatewayIp",
            "PeeringSubnetMask",
            "Description",
            "Name",
            "ClientToken",
            "UserCidr",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_physical_connection_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vbr_owner_id: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_vlan_id: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_circuit_code: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_local_gateway_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_peer_gateway_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_peering_subnet_mask: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_cidr: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_physical_connection_id = r.decode()?,
                2 => m_vbr_owner_id = r.decode()?,
                3 => m_vlan_id = r.decode()?,
                4 => m_circuit_code = r.decode()?,
                5 => m_local_gateway_ip = r.decode()?,
                6 => m_peer_gateway_ip = r.decode()?,
                7 => m_peering_subnet_mask = r.decode()?,
                8 => m_description = r.decode()?,
                9 => m_name = r.decode()?,
                10 => m_client_token = r.decode()?,
                11 => m_user_cidr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateVirtualBorderRouterRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            physical_connection_id: m_physical_connection_id
                .ok_or_else(|| r.missing("PhysicalConnectionId"))?,
            vbr_owner_id: m_vbr_owner_id,
            vlan_id: m_vlan_id.ok_or_else(|| r.missing("VlanId"))?,
            circuit_code: m_circuit_code,
            local_gateway_ip: m_local_gateway_ip,
            peer_gateway_ip: m_peer_gateway_ip,
            peering_subnet_mask: m_peering_subnet_mask,
            description: m_description,
            name: m_name,
            client_token: m_client_token.ok_or_else(|| r.missing("ClientToken"))?,
            user_cidr: m_user_cidr,
        })
    }
}

/// The response of [`Client::create_virtual_border_router`](crate::Client::create_virtual_border_router) (`CreateVirtualBorderRouter`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVirtualBorderRouterResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `VbrId`.
    #[serde(
        rename = "VbrId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vbr_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateVirtualBorderRouterResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateVirtualBorderRouterResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("vbr_id", d::opt(&self.vbr_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateVirtualBorderRouterResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "VbrId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateVirtualBorderRouterResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.vbr_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
