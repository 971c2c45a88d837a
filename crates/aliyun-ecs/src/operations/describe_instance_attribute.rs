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
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[::yun_core::internal::Field {
            name: "InstanceId",
            location: ::yun_core::internal::Location::Query,
            style: ::yun_core::internal::Style::Flat,
        }],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_attribute`](crate::Client::describe_instance_attribute) (`DescribeInstanceAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAttributeRequest {
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-uf6f5trc95ug8t33****`.
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

impl ::std::fmt::Debug for DescribeInstanceAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceAttributeRequest",
            &[("instance_id", d::req(&self.instance_id))],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceAttributeRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
        })
    }
}

/// The `DedicatedHostAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostAttribute {
    /// `DedicatedHostId`.
    ///
    /// Example: `dh-2ze7qrzz6lvbfhr0****`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostName`.
    ///
    /// Example: `ecs-autoui-create-ddh-temp`.
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DedicatedHostAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedHostAttribute",
            &[
                ("dedicated_host_id", d::opt(&self.dedicated_host_id)),
                ("dedicated_host_name", d::opt(&self.dedicated_host_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedHostAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostId", "DedicatedHostName"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DedicatedHostAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_id = r.decode()?,
                1 => out.dedicated_host_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `EipAddress` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddress {
    /// `AllocationId`.
    ///
    /// Example: `eip-wz9uilio26dfscamm****`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::yun_core::Text>,
    /// `Bandwidth`.
    ///
    /// Example: `8`.
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<i64>,
    /// `InternetChargeType`.
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `IpAddress`.
    ///
    /// Example: `30.21.**.**`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for EipAddress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EipAddress",
            &[
                ("allocation_id", d::opt(&self.allocation_id)),
                ("bandwidth", d::opt(&self.bandwidth)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("ip_address", d::opt(&self.ip_address)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EipAddress {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AllocationId",
            "Bandwidth",
            "InternetChargeType",
            "IpAddress",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = EipAddress::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_id = r.decode()?,
                1 => out.bandwidth = r.decode()?,
                2 => out.internet_charge_type = r.decode()?,
                3 => out.ip_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_attribute`](crate::Client::describe_instance_attribute) (`DescribeInstanceAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceAttributeResponse {
    /// `ClusterId`.
    ///
    /// Example: `cls-bp67acfmxazb4p****`.
    #[serde(
        rename = "ClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `Cpu`.
    ///
    /// Example: `8`.
    #[serde(rename = "Cpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `CreationTime`.
    ///
    /// Example: `2017-12-10T04:04Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `CreditSpecification`.
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "CreditSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_specification: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostAttribute`.
    #[serde(
        rename = "DedicatedHostAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_attribute: ::std::option::Option<DedicatedHostAttribute>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `EipAddress`.
    #[serde(
        rename = "EipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_address: ::std::option::Option<EipAddress>,
    /// `EnableJumboFrame`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableJumboFrame",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_jumbo_frame: ::std::option::Option<bool>,
    /// `ExpiredTime`.
    ///
    /// Example: `2017-12-10T04:04Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `HostName`.
    ///
    /// Example: `testHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `ImageId`.
    ///
    /// Example: `m-bp1h46wfpjsjastc****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
    /// `InnerIpAddress`.
    #[serde(
        rename = "InnerIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inner_ip_address: ::std::option::Option<crate::models::InnerIpAddress>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-uf6f5trc95ug8t33****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `testInstanceName`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::yun_core::Text>,
    /// `InstanceNetworkType`.
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "InstanceNetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_network_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceType`.
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetChargeType`.
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InternetMaxBandwidthIn`.
    ///
    /// Example: `50`.
    #[serde(
        rename = "InternetMaxBandwidthIn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_in: ::std::option::Option<i64>,
    /// `InternetMaxBandwidthOut`.
    ///
    /// Example: `5`.
    #[serde(
        rename = "InternetMaxBandwidthOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_max_bandwidth_out: ::std::option::Option<i64>,
    /// `IoOptimized`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<::yun_core::Text>,
    /// `Memory`.
    ///
    /// Example: `16384`.
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
    pub operation_locks: ::std::option::Option<crate::models::EipAddressOperationLocks>,
    /// `PublicIpAddress`.
    #[serde(
        rename = "PublicIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_address: ::std::option::Option<crate::models::InnerIpAddress>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<crate::models::SecurityGroupIds>,
    /// `SerialNumber`.
    ///
    /// Example: `51d1353b-22bf-4567-a176-8b3e12e4****`.
    #[serde(
        rename = "SerialNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serial_number: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Running`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `StoppedMode`.
    ///
    /// Example: `KeepCharging`.
    #[serde(
        rename = "StoppedMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stopped_mode: ::std::option::Option<::yun_core::Text>,
    /// `VlanId`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "VlanId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vlan_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcAttributes`.
    #[serde(
        rename = "VpcAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_attributes: ::std::option::Option<crate::models::VpcAttributes>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeInstanceAttributeResponse {
    /// The items of `InnerIpAddress` (through its wrapper), empty when absent.
    pub fn inner_ip_address(&self) -> &[::yun_core::Text] {
        self.inner_ip_address
            .as_ref()
            .and_then(|w| w.ip_address.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `OperationLocks` (through its wrapper), empty when absent.
    pub fn operation_locks(&self) -> &[crate::models::OperationLock] {
        self.operation_locks
            .as_ref()
            .and_then(|w| w.lock_reason.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `PublicIpAddress` (through its wrapper), empty when absent.
    pub fn public_ip_address(&self) -> &[::yun_core::Text] {
        self.public_ip_address
            .as_ref()
            .and_then(|w| w.ip_address.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `SecurityGroupIds` (through its wrapper), empty when absent.
    pub fn security_group_ids(&self) -> &[::yun_core::Text] {
        self.security_group_ids
            .as_ref()
            .and_then(|w| w.security_group_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceAttributeResponse",
            &[
                ("cluster_id", d::opt(&self.cluster_id)),
                ("cpu", d::opt(&self.cpu)),
                ("creation_time", d::opt(&self.creation_time)),
                ("credit_specification", d::opt(&self.credit_specification)),
                (
                    "dedicated_host_attribute",
                    d::opt(&self.dedicated_host_attribute),
                ),
                ("description", d::opt(&self.description)),
                ("eip_address", d::opt(&self.eip_address)),
                ("enable_jumbo_frame", d::opt(&self.enable_jumbo_frame)),
                ("expired_time", d::opt(&self.expired_time)),
                ("host_name", d::opt(&self.host_name)),
                ("image_id", d::opt(&self.image_id)),
                ("inner_ip_address", d::opt(&self.inner_ip_address)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("instance_network_type", d::opt(&self.instance_network_type)),
                ("instance_type", d::opt(&self.instance_type)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                (
                    "internet_max_bandwidth_in",
                    d::opt(&self.internet_max_bandwidth_in),
                ),
                (
                    "internet_max_bandwidth_out",
                    d::opt(&self.internet_max_bandwidth_out),
                ),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("memory", d::opt(&self.memory)),
                ("operation_locks", d::opt(&self.operation_locks)),
                ("public_ip_address", d::opt(&self.public_ip_address)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("serial_number", d::opt(&self.serial_number)),
                ("status", d::opt(&self.status)),
                ("stopped_mode", d::opt(&self.stopped_mode)),
                ("vlan_id", d::opt(&self.vlan_id)),
                ("vpc_attributes", d::opt(&self.vpc_attributes)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClusterId",
            "Cpu",
            "CreationTime",
            "CreditSpecification",
            "DedicatedHostAttribute",
            "Description",
            "EipAddress",
            "EnableJumboFrame",
            "ExpiredTime",
            "HostName",
            "ImageId",
            "InnerIpAddress",
            "InstanceChargeType",
            "InstanceId",
            "InstanceName",
            "InstanceNetworkType",
            "InstanceType",
            "InternetChargeType",
            "InternetMaxBandwidthIn",
            "InternetMaxBandwidthOut",
            "IoOptimized",
            "Memory",
            "OperationLocks",
            "PublicIpAddress",
            "RegionId",
            "RequestId",
            "SecurityGroupIds",
            "SerialNumber",
            "Status",
            "StoppedMode",
            "VlanId",
            "VpcAttributes",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 34] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.cluster_id = r.decode()?,
                1 => out.cpu = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.credit_specification = r.decode()?,
                4 => out.dedicated_host_attribute = r.decode()?,
                5 => out.description = r.decode()?,
                6 => out.eip_address = r.decode()?,
                7 => out.enable_jumbo_frame = r.decode()?,
                8 => out.expired_time = r.decode()?,
                9 => out.host_name = r.decode()?,
                10 => out.image_id = r.decode()?,
                11 => out.inner_ip_address = r.decode()?,
                12 => out.instance_charge_type = r.decode()?,
                13 => out.instance_id = r.decode()?,
                14 => out.instance_name = r.decode()?,
                15 => out.instance_network_type = r.decode()?,
                16 => out.instance_type = r.decode()?,
                17 => out.internet_charge_type = r.decode()?,
                18 => out.internet_max_bandwidth_in = r.decode()?,
                19 => out.internet_max_bandwidth_out = r.decode()?,
                20 => out.io_optimized = r.decode()?,
                21 => out.memory = r.decode()?,
                22 => out.operation_locks = r.decode()?,
                23 => out.public_ip_address = r.decode()?,
                24 => out.region_id = r.decode()?,
                25 => out.request_id = r.decode()?,
                26 => out.security_group_ids = r.decode()?,
                27 => out.serial_number = r.decode()?,
                28 => out.status = r.decode()?,
                29 => out.stopped_mode = r.decode()?,
                30 => out.vlan_id = r.decode()?,
                31 => out.vpc_attributes = r.decode()?,
                32 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
