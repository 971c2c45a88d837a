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
    };

/// The request of [`Client::create_vpc`](crate::Client::create_vpc) (`CreateVpc`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVpcRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `CidrBlock` (query).
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

impl<'de> ::serde::Deserialize<'de> for CreateVpcRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateVpcRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateVpcRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateVpcRequest, A::Error> {
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
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "CidrBlock" => m_cidr_block = map.next_value()?,
                        "VpcName" => m_vpc_name = map.next_value()?,
                        "Description" => m_description = map.next_value()?,
                        "ClientToken" => m_client_token = map.next_value()?,
                        "UserCidr" => m_user_cidr = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(CreateVpcRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    cidr_block: m_cidr_block,
                    vpc_name: m_vpc_name,
                    description: m_description,
                    client_token: m_client_token,
                    user_cidr: m_user_cidr,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::create_vpc`](crate::Client::create_vpc) (`CreateVpc`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `RouteTableId`.
    #[serde(
        rename = "RouteTableId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub route_table_id: ::std::option::Option<::std::string::String>,
    /// `VRouterId`.
    #[serde(
        rename = "VRouterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_router_id: ::std::option::Option<::std::string::String>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CreateVpcResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CreateVpcResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CreateVpcResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CreateVpcResponse, A::Error> {
                let mut out = CreateVpcResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
                        "RouteTableId" => out.route_table_id = map.next_value()?,
                        "VRouterId" => out.v_router_id = map.next_value()?,
                        "VpcId" => out.vpc_id = map.next_value()?,
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
