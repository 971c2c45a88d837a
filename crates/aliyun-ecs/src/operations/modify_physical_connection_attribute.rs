//! `ModifyPhysicalConnectionAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyPhysicalConnectionAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyPhysicalConnectionAttribute",
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
                name: "LineOperator",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "bandwidth",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeerLocation",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PortType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RedundantPhysicalConnectionId",
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
            ::yun_core::internal::Field {
                name: "CircuitCode",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_physical_connection_attribute`](crate::Client::modify_physical_connection_attribute) (`ModifyPhysicalConnectionAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPhysicalConnectionAttributeRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PhysicalConnectionId` (query). Required.
    #[serde(rename = "PhysicalConnectionId")]
    pub physical_connection_id: ::std::string::String,
    /// `LineOperator` (query).
    #[serde(
        rename = "LineOperator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub line_operator: ::std::option::Option<::std::string::String>,
    /// `bandwidth` (query).
    #[serde(
        rename = "bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i32>,
    /// `PeerLocation` (query).
    #[serde(
        rename = "PeerLocation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peer_location: ::std::option::Option<::std::string::String>,
    /// `PortType` (query).
    #[serde(
        rename = "PortType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub port_type: ::std::option::Option<::std::string::String>,
    /// `RedundantPhysicalConnectionId` (query).
    #[serde(
        rename = "RedundantPhysicalConnectionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub redundant_physical_connection_id: ::std::option::Option<::std::string::String>,
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
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `UserCidr` (query).
    #[serde(
        rename = "UserCidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidr: ::std::option::Option<::std::string::String>,
    /// `CircuitCode` (query).
    #[serde(
        rename = "CircuitCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub circuit_code: ::std::option::Option<::std::string::String>,
}

impl ModifyPhysicalConnectionAttributeRequest {
    /// A `ModifyPhysicalConnectionAttributeRequest` with its required members: `RegionId`, `PhysicalConnectionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        physical_connection_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            physical_connection_id: physical_connection_id.into(),
            line_operator: ::std::option::Option::None,
            bandwidth: ::std::option::Option::None,
            peer_location: ::std::option::Option::None,
            port_type: ::std::option::Option::None,
            redundant_physical_connection_id: ::std::option::Option::None,
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            user_cidr: ::std::option::Option::None,
            circuit_code: ::std::option::Option::None,
        }
    }

    /// Sets `LineOperator`.
    pub fn line_operator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_operator = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `bandwidth`.
    pub fn bandwidth(mut self, value: i32) -> Self {
        self.bandwidth = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeerLocation`.
    pub fn peer_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.peer_location = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PortType`.
    pub fn port_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.port_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RedundantPhysicalConnectionId`.
    pub fn redundant_physical_connection_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.redundant_physical_connection_id = ::std::option::Option::Some(value.into());
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

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserCidr`.
    pub fn user_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_cidr = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CircuitCode`.
    pub fn circuit_code(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.circuit_code = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyPhysicalConnectionAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyPhysicalConnectionAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "physical_connection_id",
                    d::req(&self.physical_connection_id),
                ),
                ("line_operator", d::opt(&self.line_operator)),
                ("bandwidth", d::opt(&self.bandwidth)),
                ("peer_location", d::opt(&self.peer_location)),
                ("port_type", d::opt(&self.port_type)),
                (
                    "redundant_physical_connection_id",
                    d::opt(&self.redundant_physical_connection_id),
                ),
                ("description", d::opt(&self.description)),
                ("name", d::opt(&self.name)),
                ("client_token", d::opt(&self.client_token)),
                ("user_cidr", d::opt(&self.user_cidr)),
                ("circuit_code", d::opt(&self.circuit_code)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyPhysicalConnectionAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PhysicalConnectionId",
            "LineOperator",
            "bandwidth",
            "PeerLocation",
            "PortType",
            "RedundantPhysicalConnectionId",
            "Description",
            "Name",
            "ClientToken",
            "UserCidr",
            "CircuitCode",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_physical_connection_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_line_operator: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bandwidth: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_peer_location: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_port_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_redundant_physical_connection_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_cidr: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_circuit_code: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_physical_connection_id = r.decode()?,
                2 => m_line_operator = r.decode()?,
                3 => m_bandwidth = r.decode()?,
                4 => m_peer_location = r.decode()?,
                5 => m_port_type = r.decode()?,
                6 => m_redundant_physical_connection_id = r.decode()?,
                7 => m_description = r.decode()?,
                8 => m_name = r.decode()?,
                9 => m_client_token = r.decode()?,
                10 => m_user_cidr = r.decode()?,
                11 => m_circuit_code = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyPhysicalConnectionAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            physical_connection_id: m_physical_connection_id
                .ok_or_else(|| r.missing("PhysicalConnectionId"))?,
            line_operator: m_line_operator,
            bandwidth: m_bandwidth,
            peer_location: m_peer_location,
            port_type: m_port_type,
            redundant_physical_connection_id: m_redundant_physical_connection_id,
            description: m_description,
            name: m_name,
            client_token: m_client_token,
            user_cidr: m_user_cidr,
            circuit_code: m_circuit_code,
        })
    }
}

/// The response of [`Client::modify_physical_connection_attribute`](crate::Client::modify_physical_connection_attribute) (`ModifyPhysicalConnectionAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyPhysicalConnectionAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyPhysicalConnectionAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyPhysicalConnectionAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyPhysicalConnectionAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyPhysicalConnectionAttributeResponse::default();
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
