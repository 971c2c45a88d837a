//! `CreateVSwitch`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateVSwitch>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateVSwitch",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CidrBlock",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_v_switch`](crate::Client::create_v_switch) (`CreateVSwitch`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVSwitchRequest {
    /// `ZoneId` (query). Required.
    #[serde(rename = "ZoneId")]
    pub zone_id: ::std::string::String,
    /// `CidrBlock` (query). Required.
    #[serde(rename = "CidrBlock")]
    pub cidr_block: ::std::string::String,
    /// `VpcId` (query). Required.
    #[serde(rename = "VpcId")]
    pub vpc_id: ::std::string::String,
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchName` (query).
    #[serde(
        rename = "VSwitchName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl CreateVSwitchRequest {
    /// A `CreateVSwitchRequest` with its required members: `ZoneId`, `CidrBlock`, `VpcId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        zone_id: impl ::std::convert::Into<::std::string::String>,
        cidr_block: impl ::std::convert::Into<::std::string::String>,
        vpc_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            zone_id: zone_id.into(),
            cidr_block: cidr_block.into(),
            vpc_id: vpc_id.into(),
            region_id: ::std::option::Option::None,
            v_switch_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VSwitchName`.
    pub fn v_switch_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.v_switch_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateVSwitchRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateVSwitchRequest",
            &[
                ("zone_id", d::req(&self.zone_id)),
                ("cidr_block", d::req(&self.cidr_block)),
                ("vpc_id", d::req(&self.vpc_id)),
                ("region_id", d::opt(&self.region_id)),
                ("v_switch_name", d::opt(&self.v_switch_name)),
                ("description", d::opt(&self.description)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateVSwitchRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ZoneId",
            "CidrBlock",
            "VpcId",
            "RegionId",
            "VSwitchName",
            "Description",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cidr_block: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_v_switch_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_zone_id = r.decode()?,
                1 => m_cidr_block = r.decode()?,
                2 => m_vpc_id = r.decode()?,
                3 => m_region_id = r.decode()?,
                4 => m_v_switch_name = r.decode()?,
                5 => m_description = r.decode()?,
                6 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateVSwitchRequest {
            zone_id: m_zone_id.ok_or_else(|| r.missing("ZoneId"))?,
            cidr_block: m_cidr_block.ok_or_else(|| r.missing("CidrBlock"))?,
            vpc_id: m_vpc_id.ok_or_else(|| r.missing("VpcId"))?,
            region_id: m_region_id,
            v_switch_name: m_v_switch_name,
            description: m_description,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::create_v_switch`](crate::Client::create_v_switch) (`CreateVSwitch`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVSwitchResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchId`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateVSwitchResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateVSwitchResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateVSwitchResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "VSwitchId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateVSwitchResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.v_switch_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
