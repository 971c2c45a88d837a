//! `ModifyInstanceVpcAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceVpcAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceVpcAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_vpc_attribute`](crate::Client::modify_instance_vpc_attribute) (`ModifyInstanceVpcAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceVpcAttributeRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp1iudwa5b1tqag1****`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `VSwitchId` (query). Required.
    ///
    /// Example: `vsw-bp1s5fnvk4gn3tw12****`.
    #[serde(rename = "VSwitchId")]
    pub v_switch_id: ::std::string::String,
    /// `PrivateIpAddress` (query).
    ///
    /// Example: `172.17.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
    /// `VpcId` (query).
    ///
    /// Example: `vpc-bp1vwnn14rqpyiczj****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query, sent as `SecurityGroupId.1`, `SecurityGroupId.2`, …).
    ///
    /// At most 16 items.
    ///
    /// Example: `sg-o6w9l8bc8dgmkw87****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl ModifyInstanceVpcAttributeRequest {
    /// A `ModifyInstanceVpcAttributeRequest` with its required members: `InstanceId`, `VSwitchId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_id: impl ::std::convert::Into<::std::string::String>,
        v_switch_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_id: instance_id.into(),
            v_switch_id: v_switch_id.into(),
            private_ip_address: ::std::option::Option::None,
            vpc_id: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
        }
    }

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for ModifyInstanceVpcAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceVpcAttributeRequest",
            &[
                ("instance_id", d::req(&self.instance_id)),
                ("v_switch_id", d::req(&self.v_switch_id)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("security_group_id", d::opt(&self.security_group_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceVpcAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "InstanceId",
            "VSwitchId",
            "PrivateIpAddress",
            "VpcId",
            "SecurityGroupId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_v_switch_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                1 => m_v_switch_id = r.decode()?,
                2 => m_private_ip_address = r.decode()?,
                3 => m_vpc_id = r.decode()?,
                4 => m_security_group_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceVpcAttributeRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            v_switch_id: m_v_switch_id.ok_or_else(|| r.missing("VSwitchId"))?,
            private_ip_address: m_private_ip_address,
            vpc_id: m_vpc_id,
            security_group_id: m_security_group_id,
        })
    }
}

/// The response of [`Client::modify_instance_vpc_attribute`](crate::Client::modify_instance_vpc_attribute) (`ModifyInstanceVpcAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceVpcAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceVpcAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceVpcAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceVpcAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceVpcAttributeResponse::default();
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
