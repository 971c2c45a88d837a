//! `CreateVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateVpc>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateVpc",
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
                name: "CidrBlock",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcName",
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
            ::yun_core::internal::Field {
                name: "UserCidr",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_vpc`](crate::Client::create_vpc) (`CreateVpc`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVpcRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `CidrBlock` (query).
    ///
    /// Default: `172.16.0.0/12`.
    #[serde(
        rename = "CidrBlock",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cidr_block: ::std::option::Option<::std::string::String>,
    /// `VpcName` (query).
    #[serde(
        rename = "VpcName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_name: ::std::option::Option<::std::string::String>,
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
    /// `UserCidr` (query).
    #[serde(
        rename = "UserCidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidr: ::std::option::Option<::std::string::String>,
}

impl CreateVpcRequest {
    /// A `CreateVpcRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            cidr_block: ::std::option::Option::None,
            vpc_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            user_cidr: ::std::option::Option::None,
        }
    }

    /// Sets `CidrBlock`.
    pub fn cidr_block(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.cidr_block = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VpcName`.
    pub fn vpc_name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_name = ::std::option::Option::Some(value.into());
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

    /// Sets `UserCidr`.
    pub fn user_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_cidr = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateVpcRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateVpcRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("cidr_block", d::opt(&self.cidr_block)),
                ("vpc_name", d::opt(&self.vpc_name)),
                ("description", d::opt(&self.description)),
                ("client_token", d::opt(&self.client_token)),
                ("user_cidr", d::opt(&self.user_cidr)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateVpcRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "CidrBlock",
            "VpcName",
            "Description",
            "ClientToken",
            "UserCidr",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cidr_block: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_cidr: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_cidr_block = r.decode()?,
                2 => m_vpc_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_client_token = r.decode()?,
                5 => m_user_cidr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateVpcRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            cidr_block: m_cidr_block,
            vpc_name: m_vpc_name,
            description: m_description,
            client_token: m_client_token,
            user_cidr: m_user_cidr,
        })
    }
}

/// The response of [`Client::create_vpc`](crate::Client::create_vpc) (`CreateVpc`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `RouteTableId`.
    #[serde(
        rename = "RouteTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::yun_core::Text>,
    /// `VRouterId`.
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateVpcResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateVpcResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("route_table_id", d::opt(&self.route_table_id)),
                ("v_router_id", d::opt(&self.v_router_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateVpcResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "RouteTableId", "VRouterId", "VpcId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = CreateVpcResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.route_table_id = r.decode()?,
                2 => out.v_router_id = r.decode()?,
                3 => out.vpc_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
