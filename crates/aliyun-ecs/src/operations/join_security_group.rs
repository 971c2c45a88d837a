//! `JoinSecurityGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/JoinSecurityGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "JoinSecurityGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::join_security_group`](crate::Client::join_security_group) (`JoinSecurityGroup`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct JoinSecurityGroupRequest {
    /// `SecurityGroupId` (query). Required.
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::string::String,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceId` (query).
    ///
    /// Example: `eni-bp13kd656hxambfe****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query).
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
}

impl JoinSecurityGroupRequest {
    /// A `JoinSecurityGroupRequest` with its required members: `SecurityGroupId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(security_group_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            instance_id: ::std::option::Option::None,
            network_interface_id: ::std::option::Option::None,
            region_id: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for JoinSecurityGroupRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "JoinSecurityGroupRequest",
            &[
                ("security_group_id", d::req(&self.security_group_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                ("region_id", d::opt(&self.region_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for JoinSecurityGroupRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "SecurityGroupId",
            "InstanceId",
            "NetworkInterfaceId",
            "RegionId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_security_group_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_network_interface_id = r.decode()?,
                3 => m_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(JoinSecurityGroupRequest {
            security_group_id: m_security_group_id.ok_or_else(|| r.missing("SecurityGroupId"))?,
            instance_id: m_instance_id,
            network_interface_id: m_network_interface_id,
            region_id: m_region_id,
        })
    }
}

/// The response of [`Client::join_security_group`](crate::Client::join_security_group) (`JoinSecurityGroup`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct JoinSecurityGroupResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for JoinSecurityGroupResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "JoinSecurityGroupResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for JoinSecurityGroupResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = JoinSecurityGroupResponse::default();
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
