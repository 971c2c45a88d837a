//! `DescribeInstanceAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "InstanceId",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
    };

/// The request of [`Client::describe_instance_attribute`](crate::Client::describe_instance_attribute) (`DescribeInstanceAttribute`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAttributeRequest {
    /// `InstanceId` (query). Required.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
}

impl DescribeInstanceAttributeRequest {
    /// A `DescribeInstanceAttributeRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceAttributeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceAttributeRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceAttributeRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceAttributeRequest, A::Error> {
                let mut m_instance_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => m_instance_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstanceAttributeRequest {
                    instance_id: m_instance_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceId")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `DedicatedHostAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostAttribute {
    /// `DedicatedHostId`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostName`.
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DedicatedHostAttribute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedHostAttribute;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedHostAttribute` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedHostAttribute, A::Error> {
                let mut out = DedicatedHostAttribute::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DedicatedHostId" => out.dedicated_host_id = map.next_value()?,
                        "DedicatedHostName" => {
                            out.dedicated_host_name = map.next_value()?;
                        }

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

/// The `EipAddress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddress {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::std::string::String>,
    /// `Bandwidth`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i64>,
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for EipAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EipAddress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EipAddress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EipAddress, A::Error> {
                let mut out = EipAddress::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocationId" => out.allocation_id = map.next_value()?,
                        "Bandwidth" => out.bandwidth = map.next_value()?,
                        "InternetChargeType" => {
                            out.internet_charge_type = map.next_value()?;
                        }

                        "IpAddress" => out.ip_address = map.next_value()?,
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

/// The `InnerIpAddress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InnerIpAddress {
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for InnerIpAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InnerIpAddress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InnerIpAddress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InnerIpAddress, A::Error> {
                let mut out = InnerIpAddress::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "IpAddress" => out.ip_address = map.next_value()?,
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

/// The `OperationLocks.LockReason` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LockReason {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for LockReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = LockReason;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `LockReason` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<LockReason, A::Error> {
                let mut out = LockReason::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LockReason" => out.lock_reason = map.next_value()?,
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

/// The `OperationLocks` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct OperationLocks {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::vec::Vec<LockReason>>,
}

impl<'de> ::serde::Deserialize<'de> for OperationLocks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = OperationLocks;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `OperationLocks` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<OperationLocks, A::Error> {
                let mut out = OperationLocks::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LockReason" => out.lock_reason = map.next_value()?,
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

/// The `PublicIpAddress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PublicIpAddress {
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for PublicIpAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PublicIpAddress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PublicIpAddress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PublicIpAddress, A::Error> {
                let mut out = PublicIpAddress::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "IpAddress" => out.ip_address = map.next_value()?,
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

/// The `SecurityGroupIds` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct SecurityGroupIds {
    /// `SecurityGroupId`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for SecurityGroupIds {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = SecurityGroupIds;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `SecurityGroupIds` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<SecurityGroupIds, A::Error> {
                let mut out = SecurityGroupIds::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "SecurityGroupId" => out.security_group_id = map.next_value()?,
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

/// The `VpcAttributes.PrivateIpAddress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrivateIpAddress {
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for PrivateIpAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PrivateIpAddress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PrivateIpAddress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PrivateIpAddress, A::Error> {
                let mut out = PrivateIpAddress::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "IpAddress" => out.ip_address = map.next_value()?,
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

/// The `VpcAttributes` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct VpcAttributes {
    /// `NatIpAddress`.
    #[serde(
        rename = "NatIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub nat_ip_address: ::std::option::Option<::std::string::String>,
    /// `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<PrivateIpAddress>,
    /// `VSwitchId`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `VpcId`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for VpcAttributes {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = VpcAttributes;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `VpcAttributes` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<VpcAttributes, A::Error> {
                let mut out = VpcAttributes::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "NatIpAddress" => out.nat_ip_address = map.next_value()?,
                        "PrivateIpAddress" => out.private_ip_address = map.next_value()?,
                        "VSwitchId" => out.v_switch_id = map.next_value()?,
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

/// The response of [`Client::describe_instance_attribute`](crate::Client::describe_instance_attribute) (`DescribeInstanceAttribute`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAttributeResponse {
    /// `ClusterId`.
    #[serde(
        rename = "ClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// `Cpu`.
    #[serde(rename = "Cpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `CreditSpecification`.
    #[serde(
        rename = "CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_specification: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostAttribute`.
    #[serde(
        rename = "DedicatedHostAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_attribute: ::std::option::Option<DedicatedHostAttribute>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `EipAddress`.
    #[serde(
        rename = "EipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_address: ::std::option::Option<EipAddress>,
    /// `EnableJumboFrame`.
    #[serde(
        rename = "EnableJumboFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_jumbo_frame: ::std::option::Option<bool>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `InnerIpAddress`.
    #[serde(
        rename = "InnerIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inner_ip_address: ::std::option::Option<InnerIpAddress>,
    /// `InstanceChargeType`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `InstanceNetworkType`.
    #[serde(
        rename = "InstanceNetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_network_type: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `InternetMaxBandwidthIn`.
    #[serde(
        rename = "InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i64>,
    /// `InternetMaxBandwidthOut`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i64>,
    /// `IoOptimized`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::std::string::String>,
    /// `Memory`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `OperationLocks`.
    #[serde(
        rename = "OperationLocks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_locks: ::std::option::Option<OperationLocks>,
    /// `PublicIpAddress`.
    #[serde(
        rename = "PublicIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_address: ::std::option::Option<PublicIpAddress>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<SecurityGroupIds>,
    /// `SerialNumber`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `StoppedMode`.
    #[serde(
        rename = "StoppedMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stopped_mode: ::std::option::Option<::std::string::String>,
    /// `VlanId`.
    #[serde(
        rename = "VlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vlan_id: ::std::option::Option<::std::string::String>,
    /// `VpcAttributes`.
    #[serde(
        rename = "VpcAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_attributes: ::std::option::Option<VpcAttributes>,
    /// `ZoneId`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceAttributeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceAttributeResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceAttributeResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceAttributeResponse, A::Error> {
                let mut out = DescribeInstanceAttributeResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "ClusterId" => out.cluster_id = map.next_value()?,
                        "Cpu" => out.cpu = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "CreditSpecification" => {
                            out.credit_specification = map.next_value()?;
                        }

                        "DedicatedHostAttribute" => {
                            out.dedicated_host_attribute = map.next_value()?;
                        }

                        "Description" => out.description = map.next_value()?,
                        "EipAddress" => out.eip_address = map.next_value()?,
                        "EnableJumboFrame" => out.enable_jumbo_frame = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "HostName" => out.host_name = map.next_value()?,
                        "ImageId" => out.image_id = map.next_value()?,
                        "InnerIpAddress" => out.inner_ip_address = map.next_value()?,
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InstanceName" => out.instance_name = map.next_value()?,
                        "InstanceNetworkType" => {
                            out.instance_network_type = map.next_value()?;
                        }

                        "InstanceType" => out.instance_type = map.next_value()?,
                        "InternetChargeType" => {
                            out.internet_charge_type = map.next_value()?;
                        }

                        "InternetMaxBandwidthIn" => {
                            out.internet_max_bandwidth_in = map.next_value()?;
                        }

                        "InternetMaxBandwidthOut" => {
                            out.internet_max_bandwidth_out = map.next_value()?;
                        }

                        "IoOptimized" => out.io_optimized = map.next_value()?,
                        "Memory" => out.memory = map.next_value()?,
                        "OperationLocks" => out.operation_locks = map.next_value()?,
                        "PublicIpAddress" => out.public_ip_address = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "SecurityGroupIds" => out.security_group_ids = map.next_value()?,
                        "SerialNumber" => out.serial_number = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StoppedMode" => out.stopped_mode = map.next_value()?,
                        "VlanId" => out.vlan_id = map.next_value()?,
                        "VpcAttributes" => out.vpc_attributes = map.next_value()?,
                        "ZoneId" => out.zone_id = map.next_value()?,
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
