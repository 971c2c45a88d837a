//! `CreateRouterInterface`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateRouterInterface>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateRouterInterface",
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
                name: "Role",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OppositeRegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Spec",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RouterType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RouterId",
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
            ::yun_core::internal::Field {
                name: "AccessPointId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "OppositeAccessPointId",
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
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoPay",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PricingCycle",
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

/// The request of [`Client::create_router_interface`](crate::Client::create_router_interface) (`CreateRouterInterface`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateRouterInterfaceRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Role` (query). Required.
    #[serde(rename = "Role")]
    pub role: ::std::string::String,
    /// `OppositeRegionId` (query). Required.
    #[serde(rename = "OppositeRegionId")]
    pub opposite_region_id: ::std::string::String,
    /// `Spec` (query). Required.
    #[serde(rename = "Spec")]
    pub spec: ::std::string::String,
    /// `RouterType` (query). Required.
    #[serde(rename = "RouterType")]
    pub router_type: ::std::string::String,
    /// `RouterId` (query). Required.
    #[serde(rename = "RouterId")]
    pub router_id: ::std::string::String,
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
    ///
    /// Default: `VRouter`.
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
    pub opposite_interface_owner_id: ::std::option::Option<::std::string::String>,
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
    /// `AccessPointId` (query).
    #[serde(
        rename = "AccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_point_id: ::std::option::Option<::std::string::String>,
    /// `OppositeAccessPointId` (query).
    #[serde(
        rename = "OppositeAccessPointId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opposite_access_point_id: ::std::option::Option<::std::string::String>,
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
    /// `Period` (query).
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `InstanceChargeType` (query).
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `AutoPay` (query).
    #[serde(
        rename = "AutoPay",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_pay: ::std::option::Option<bool>,
    /// `PricingCycle` (query).
    #[serde(
        rename = "PricingCycle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pricing_cycle: ::std::option::Option<::std::string::String>,
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
}

impl CreateRouterInterfaceRequest {
    /// A `CreateRouterInterfaceRequest` with its required members: `RegionId`, `Role`, `OppositeRegionId`, `Spec`, `RouterType`, `RouterId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        role: impl ::std::convert::Into<::std::string::String>,
        opposite_region_id: impl ::std::convert::Into<::std::string::String>,
        spec: impl ::std::convert::Into<::std::string::String>,
        router_type: impl ::std::convert::Into<::std::string::String>,
        router_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            role: role.into(),
            opposite_region_id: opposite_region_id.into(),
            spec: spec.into(),
            router_type: router_type.into(),
            router_id: router_id.into(),
            opposite_interface_id: ::std::option::Option::None,
            opposite_router_id: ::std::option::Option::None,
            opposite_router_type: ::std::option::Option::None,
            opposite_interface_owner_id: ::std::option::Option::None,
            health_check_source_ip: ::std::option::Option::None,
            health_check_target_ip: ::std::option::Option::None,
            access_point_id: ::std::option::Option::None,
            opposite_access_point_id: ::std::option::Option::None,
            description: ::std::option::Option::None,
            name: ::std::option::Option::None,
            period: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            auto_pay: ::std::option::Option::None,
            pricing_cycle: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            user_cidr: ::std::option::Option::None,
        }
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
    pub fn opposite_interface_owner_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opposite_interface_owner_id = ::std::option::Option::Some(value.into());
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

    /// Sets `AccessPointId`.
    pub fn access_point_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.access_point_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `OppositeAccessPointId`.
    pub fn opposite_access_point_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.opposite_access_point_id = ::std::option::Option::Some(value.into());
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

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoPay`.
    pub fn auto_pay(mut self, value: bool) -> Self {
        self.auto_pay = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PricingCycle`.
    pub fn pricing_cycle(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pricing_cycle = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for CreateRouterInterfaceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateRouterInterfaceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("role", d::req(&self.role)),
                ("opposite_region_id", d::req(&self.opposite_region_id)),
                ("spec", d::req(&self.spec)),
                ("router_type", d::req(&self.router_type)),
                ("router_id", d::req(&self.router_id)),
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
                ("access_point_id", d::opt(&self.access_point_id)),
                (
                    "opposite_access_point_id",
                    d::opt(&self.opposite_access_point_id),
                ),
                ("description", d::opt(&self.description)),
                ("name", d::opt(&self.name)),
                ("period", d::opt(&self.period)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("auto_pay", d::opt(&self.auto_pay)),
                ("pricing_cycle", d::opt(&self.pricing_cycle)),
                ("client_token", d::opt(&self.client_token)),
                ("user_cidr", d::opt(&self.user_cidr)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateRouterInterfaceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Role",
            "OppositeRegionId",
            "Spec",
            "RouterType",
            "RouterId",
            "OppositeInterfaceId",
            "OppositeRouterId",
            "OppositeRouterType",
            "OppositeInterfaceOwnerId",
            "HealthCheckSourceIp",
            "HealthCheckTargetIp",
            "AccessPointId",
            "OppositeAccessPointId",
            "Description",
            "Name",
            "Period",
            "InstanceChargeType",
            "AutoPay",
            "PricingCycle",
            "ClientToken",
            "UserCidr",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 23] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_role: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_opposite_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_router_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_router_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_router_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_router_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_interface_owner_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_health_check_source_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_health_check_target_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_access_point_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_opposite_access_point_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_pay: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_pricing_cycle: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_cidr: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_role = r.decode()?,
                2 => m_opposite_region_id = r.decode()?,
                3 => m_spec = r.decode()?,
                4 => m_router_type = r.decode()?,
                5 => m_router_id = r.decode()?,
                6 => m_opposite_interface_id = r.decode()?,
                7 => m_opposite_router_id = r.decode()?,
                8 => m_opposite_router_type = r.decode()?,
                9 => m_opposite_interface_owner_id = r.decode()?,
                10 => m_health_check_source_ip = r.decode()?,
                11 => m_health_check_target_ip = r.decode()?,
                12 => m_access_point_id = r.decode()?,
                13 => m_opposite_access_point_id = r.decode()?,
                14 => m_description = r.decode()?,
                15 => m_name = r.decode()?,
                16 => m_period = r.decode()?,
                17 => m_instance_charge_type = r.decode()?,
                18 => m_auto_pay = r.decode()?,
                19 => m_pricing_cycle = r.decode()?,
                20 => m_client_token = r.decode()?,
                21 => m_user_cidr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateRouterInterfaceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            role: m_role.ok_or_else(|| r.missing("Role"))?,
            opposite_region_id: m_opposite_region_id
                .ok_or_else(|| r.missing("OppositeRegionId"))?,
            spec: m_spec.ok_or_else(|| r.missing("Spec"))?,
            router_type: m_router_type.ok_or_else(|| r.missing("RouterType"))?,
            router_id: m_router_id.ok_or_else(|| r.missing("RouterId"))?,
            opposite_interface_id: m_opposite_interface_id,
            opposite_router_id: m_opposite_router_id,
            opposite_router_type: m_opposite_router_type,
            opposite_interface_owner_id: m_opposite_interface_owner_id,
            health_check_source_ip: m_health_check_source_ip,
            health_check_target_ip: m_health_check_target_ip,
            access_point_id: m_access_point_id,
            opposite_access_point_id: m_opposite_access_point_id,
            description: m_description,
            name: m_name,
            period: m_period,
            instance_charge_type: m_instance_charge_type,
            auto_pay: m_auto_pay,
            pricing_cycle: m_pricing_cycle,
            client_token: m_client_token,
            user_cidr: m_user_cidr,
        })
    }
}

/// The response of [`Client::create_router_interface`](crate::Client::create_router_interface) (`CreateRouterInterface`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateRouterInterfaceResponse {
    /// `OrderId`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `RouterInterfaceId`.
    #[serde(
        rename = "RouterInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub router_interface_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateRouterInterfaceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateRouterInterfaceResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                ("request_id", d::opt(&self.request_id)),
                ("router_interface_id", d::opt(&self.router_interface_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateRouterInterfaceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "RequestId", "RouterInterfaceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CreateRouterInterfaceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                2 => out.router_interface_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
