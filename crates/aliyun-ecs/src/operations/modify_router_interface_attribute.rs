//! `ModifyRouterInterfaceAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyRouterInterfaceAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyRouterInterfaceAttribute",
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
                name: "RouterInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OppositeInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OppositeRouterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OppositeRouterType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OppositeInterfaceOwnerId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HealthCheckSourceIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HealthCheckTargetIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_router_interface_attribute`](crate::Client::modify_router_interface_attribute) (`ModifyRouterInterfaceAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyRouterInterfaceAttributeRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `RouterInterfaceId` (query). Required.
    #[serde(rename = "RouterInterfaceId")]
    pub router_interface_id: ::std::string::String,
    /// `Name` (query).
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `OppositeInterfaceId` (query).
    #[serde(
        rename = "OppositeInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_id: ::std::option::Option<::std::string::String>,
    /// `OppositeRouterId` (query).
    #[serde(
        rename = "OppositeRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_router_id: ::std::option::Option<::std::string::String>,
    /// `OppositeRouterType` (query).
    #[serde(
        rename = "OppositeRouterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_router_type: ::std::option::Option<::std::string::String>,
    /// `OppositeInterfaceOwnerId` (query).
    #[serde(
        rename = "OppositeInterfaceOwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_interface_owner_id: ::std::option::Option<i64>,
    /// `HealthCheckSourceIp` (query).
    #[serde(
        rename = "HealthCheckSourceIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_check_source_ip: ::std::option::Option<::std::string::String>,
    /// `HealthCheckTargetIp` (query).
    #[serde(
        rename = "HealthCheckTargetIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub health_check_target_ip: ::std::option::Option<::std::string::String>,
}

impl ModifyRouterInterfaceAttributeRequest {
    /// A `ModifyRouterInterfaceAttributeRequest` with its required members: `RegionId`, `RouterInterfaceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        router_interface_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            router_interface_id: router_interface_id.into(),
            name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            opposite_interface_id: ::std::option::Option::None,
            opposite_router_id: ::std::option::Option::None,
            opposite_router_type: ::std::option::Option::None,
            opposite_interface_owner_id: ::std::option::Option::None,
            health_check_source_ip: ::std::option::Option::None,
            health_check_target_ip: ::std::option::Option::None,
        }
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OppositeInterfaceId`.
    pub fn opposite_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opposite_interface_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OppositeRouterId`.
    pub fn opposite_router_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opposite_router_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OppositeRouterType`.
    pub fn opposite_router_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opposite_router_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OppositeInterfaceOwnerId`.
    pub fn opposite_interface_owner_id(mut self, value: i64) -> Self {
        self.opposite_interface_owner_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HealthCheckSourceIp`.
    pub fn health_check_source_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.health_check_source_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HealthCheckTargetIp`.
    pub fn health_check_target_ip(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.health_check_target_ip = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyRouterInterfaceAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyRouterInterfaceAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("router_interface_id", d::req(&self.router_interface_id)),
                ("name", d::opt(&self.name)),
                ("description", d::opt(&self.description)),
                ("opposite_interface_id", d::opt(&self.opposite_interface_id)),
                ("opposite_router_id", d::opt(&self.opposite_router_id)),
                ("opposite_router_type", d::opt(&self.opposite_router_type)),
                (
                    "opposite_interface_owner_id",
                    d::opt(&self.opposite_interface_owner_id),
                ),
                (
                    "health_check_source_ip",
                    d::opt(&self.health_check_source_ip),
                ),
                (
                    "health_check_target_ip",
                    d::opt(&self.health_check_target_ip),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyRouterInterfaceAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "RouterInterfaceId",
            "Name",
            "Description",
            "OppositeInterfaceId",
            "OppositeRouterId",
            "OppositeRouterType",
            "OppositeInterfaceOwnerId",
            "HealthCheckSourceIp",
            "HealthCheckTargetIp",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_router_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_router_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_router_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_interface_owner_id: ::std::option::Option<i64> =
            ::std::option::Option::None;
        let mut m_health_check_source_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_health_check_target_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_router_interface_id = r.decode()?,
                2 => m_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_opposite_interface_id = r.decode()?,
                5 => m_opposite_router_id = r.decode()?,
                6 => m_opposite_router_type = r.decode()?,
                7 => m_opposite_interface_owner_id = r.decode()?,
                8 => m_health_check_source_ip = r.decode()?,
                9 => m_health_check_target_ip = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyRouterInterfaceAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            router_interface_id: m_router_interface_id
                .ok_or_else(|| r.missing("RouterInterfaceId"))?,
            name: m_name,
            description: m_description,
            opposite_interface_id: m_opposite_interface_id,
            opposite_router_id: m_opposite_router_id,
            opposite_router_type: m_opposite_router_type,
            opposite_interface_owner_id: m_opposite_interface_owner_id,
            health_check_source_ip: m_health_check_source_ip,
            health_check_target_ip: m_health_check_target_ip,
        })
    }
}

/// The response of [`Client::modify_router_interface_attribute`](crate::Client::modify_router_interface_attribute) (`ModifyRouterInterfaceAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyRouterInterfaceAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyRouterInterfaceAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyRouterInterfaceAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyRouterInterfaceAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyRouterInterfaceAttributeResponse::default();
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
