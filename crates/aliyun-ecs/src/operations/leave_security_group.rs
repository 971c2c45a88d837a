//! `LeaveSecurityGroup`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/LeaveSecurityGroup>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "LeaveSecurityGroup",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
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
    };

/// The request of [`Client::leave_security_group`](crate::Client::leave_security_group) (`LeaveSecurityGroup`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct LeaveSecurityGroupRequest {
    /// `SecurityGroupId` (query). Required.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::string::String,
    /// `InstanceId` (query).
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceId` (query).
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
}

impl LeaveSecurityGroupRequest {
    /// A `LeaveSecurityGroupRequest` with its required members: `SecurityGroupId`.
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

impl<'de> ::serde::Deserialize<'de> for LeaveSecurityGroupRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LeaveSecurityGroupRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LeaveSecurityGroupRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LeaveSecurityGroupRequest, A::Error> {
                let mut m_security_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SecurityGroupId" => m_security_group_id = map.next_value()?,
                        "InstanceId" => m_instance_id = map.next_value()?,
                        "NetworkInterfaceId" => {
                            m_network_interface_id = map.next_value()?;
                        }

                        "RegionId" => m_region_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(LeaveSecurityGroupRequest {
                    security_group_id: m_security_group_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field(
                            "SecurityGroupId",
                        )
                    })?,
                    instance_id: m_instance_id,
                    network_interface_id: m_network_interface_id,
                    region_id: m_region_id,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::leave_security_group`](crate::Client::leave_security_group) (`LeaveSecurityGroup`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LeaveSecurityGroupResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for LeaveSecurityGroupResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LeaveSecurityGroupResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LeaveSecurityGroupResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LeaveSecurityGroupResponse, A::Error> {
                let mut out = LeaveSecurityGroupResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RequestId" => out.request_id = map.next_value()?,
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
