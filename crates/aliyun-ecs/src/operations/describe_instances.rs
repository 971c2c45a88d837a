//! `DescribeInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstances>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstances",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceNetworkType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NextToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MaxResults",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InnerIpAddresses",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivateIpAddresses",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PublicIpAddresses",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EipAddresses",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ImageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "LockReason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.1.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.3.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.4.Key",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.1.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.2.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.3.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Filter.4.Value",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeviceAvailable",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IoOptimized",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NeedSaleCycle",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceTypeFamily",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "KeyPairName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HpcClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RdmaIpAddresses",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpEndpoint",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpTokens",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HttpPutResponseHopLimit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6Address",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AdditionalAttributes",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
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

/// The request of [`Client::describe_instances`](crate::Client::describe_instances) (`DescribeInstances`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `VpcId` (query).
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query).
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `InstanceNetworkType` (query).
    #[serde(
        rename = "InstanceNetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_network_type: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query).
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `InstanceIds` (query).
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `NextToken` (query).
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `InnerIpAddresses` (query).
    #[serde(
        rename = "InnerIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inner_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `PrivateIpAddresses` (query).
    #[serde(
        rename = "PrivateIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `PublicIpAddresses` (query).
    #[serde(
        rename = "PublicIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `EipAddresses` (query).
    #[serde(
        rename = "EipAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_addresses: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType` (query).
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType` (query).
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `InstanceName` (query).
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `ImageId` (query).
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Key` (query).
    #[serde(
        rename = "Filter.1.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_key: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Key` (query).
    #[serde(
        rename = "Filter.2.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_key: ::std::option::Option<::std::string::String>,
    /// `Filter.3.Key` (query).
    #[serde(
        rename = "Filter.3.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_3_key: ::std::option::Option<::std::string::String>,
    /// `Filter.4.Key` (query).
    #[serde(
        rename = "Filter.4.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_4_key: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Value` (query).
    #[serde(
        rename = "Filter.1.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_value: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Value` (query).
    #[serde(
        rename = "Filter.2.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_value: ::std::option::Option<::std::string::String>,
    /// `Filter.3.Value` (query).
    #[serde(
        rename = "Filter.3.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_3_value: ::std::option::Option<::std::string::String>,
    /// `Filter.4.Value` (query).
    #[serde(
        rename = "Filter.4.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_4_value: ::std::option::Option<::std::string::String>,
    /// `DeviceAvailable` (query).
    #[serde(
        rename = "DeviceAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_available: ::std::option::Option<bool>,
    /// `IoOptimized` (query).
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<bool>,
    /// `NeedSaleCycle` (query).
    #[serde(
        rename = "NeedSaleCycle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub need_sale_cycle: ::std::option::Option<bool>,
    /// `InstanceType` (query).
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily` (query).
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `KeyPairName` (query).
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId` (query).
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `RdmaIpAddresses` (query).
    #[serde(
        rename = "RdmaIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `HttpEndpoint` (query).
    #[serde(
        rename = "HttpEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_endpoint: ::std::option::Option<::std::string::String>,
    /// `HttpTokens` (query).
    #[serde(
        rename = "HttpTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_tokens: ::std::option::Option<::std::string::String>,
    /// `HttpPutResponseHopLimit` (query).
    #[serde(
        rename = "HttpPutResponseHopLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_put_response_hop_limit: ::std::option::Option<i32>,
    /// `Ipv6Address` (query, sent as `Ipv6Address.1`, `Ipv6Address.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
    /// `AdditionalAttributes` (query, sent as `AdditionalAttributes.1`, `AdditionalAttributes.2`, …).
    ///
    /// At most 5 items.
    #[serde(
        rename = "AdditionalAttributes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_attributes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeInstancesRequest {
    /// A `DescribeInstancesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            vpc_id: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            instance_network_type: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            instance_ids: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            inner_ip_addresses: ::std::option::Option::None,
            private_ip_addresses: ::std::option::Option::None,
            public_ip_addresses: ::std::option::Option::None,
            eip_addresses: ::std::option::Option::None,
            instance_charge_type: ::std::option::Option::None,
            internet_charge_type: ::std::option::Option::None,
            instance_name: ::std::option::Option::None,
            image_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            lock_reason: ::std::option::Option::None,
            filter_1_key: ::std::option::Option::None,
            filter_2_key: ::std::option::Option::None,
            filter_3_key: ::std::option::Option::None,
            filter_4_key: ::std::option::Option::None,
            filter_1_value: ::std::option::Option::None,
            filter_2_value: ::std::option::Option::None,
            filter_3_value: ::std::option::Option::None,
            filter_4_value: ::std::option::Option::None,
            device_available: ::std::option::Option::None,
            io_optimized: ::std::option::Option::None,
            need_sale_cycle: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            instance_type_family: ::std::option::Option::None,
            key_pair_name: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            hpc_cluster_id: ::std::option::Option::None,
            rdma_ip_addresses: ::std::option::Option::None,
            dry_run: ::std::option::Option::None,
            http_endpoint: ::std::option::Option::None,
            http_tokens: ::std::option::Option::None,
            http_put_response_hop_limit: ::std::option::Option::None,
            ipv6_address: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            additional_attributes: ::std::option::Option::None,
        }
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceNetworkType`.
    pub fn instance_network_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_network_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `SecurityGroupId`.
    pub fn security_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceIds`.
    pub fn instance_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: i32) -> Self {
        self.max_results = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InnerIpAddresses`.
    pub fn inner_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.inner_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrivateIpAddresses`.
    pub fn private_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PublicIpAddresses`.
    pub fn public_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EipAddresses`.
    pub fn eip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eip_addresses = ::std::option::Option::Some(value.into());
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

    /// Sets `InternetChargeType`.
    pub fn internet_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internet_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceName`.
    pub fn instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ImageId`.
    pub fn image_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.image_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `LockReason`.
    pub fn lock_reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.lock_reason = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.1.Key`.
    pub fn filter_1_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_1_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Key`.
    pub fn filter_2_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_2_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.3.Key`.
    pub fn filter_3_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_3_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.4.Key`.
    pub fn filter_4_key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.filter_4_key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.1.Value`.
    pub fn filter_1_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_1_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.2.Value`.
    pub fn filter_2_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_2_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.3.Value`.
    pub fn filter_3_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_3_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filter.4.Value`.
    pub fn filter_4_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.filter_4_value = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeviceAvailable`.
    pub fn device_available(mut self, value: bool) -> Self {
        self.device_available = ::std::option::Option::Some(value);
        self
    }

    /// Sets `IoOptimized`.
    pub fn io_optimized(mut self, value: bool) -> Self {
        self.io_optimized = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NeedSaleCycle`.
    pub fn need_sale_cycle(mut self, value: bool) -> Self {
        self.need_sale_cycle = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceTypeFamily`.
    pub fn instance_type_family(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type_family = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `KeyPairName`.
    pub fn key_pair_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.key_pair_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HpcClusterId`.
    pub fn hpc_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hpc_cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RdmaIpAddresses`.
    pub fn rdma_ip_addresses(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.rdma_ip_addresses = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HttpEndpoint`.
    pub fn http_endpoint(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_endpoint = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HttpTokens`.
    pub fn http_tokens(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.http_tokens = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HttpPutResponseHopLimit`.
    pub fn http_put_response_hop_limit(mut self, value: i32) -> Self {
        self.http_put_response_hop_limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Ipv6Address`.
    pub fn ipv6_address(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.ipv6_address = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AdditionalAttributes`.
    pub fn additional_attributes(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.additional_attributes = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstancesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstancesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstancesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstancesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_vpc_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_v_switch_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_zone_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_network_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_security_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_next_token: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_inner_ip_addresses: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_private_ip_addresses: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_public_ip_addresses: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_eip_addresses: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_charge_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_internet_charge_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_image_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_status: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_lock_reason: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_1_key: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_2_key: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_3_key: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_4_key: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_1_value: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_2_value: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_3_value: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_filter_4_value: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_device_available: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_io_optimized: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_need_sale_cycle: ::std::option::Option<bool> =
                    ::std::option::Option::None;
                let mut m_instance_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_type_family: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_key_pair_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_rdma_ip_addresses: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
                let mut m_http_endpoint: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_http_tokens: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_http_put_response_hop_limit: ::std::option::Option<i32> =
                    ::std::option::Option::None;
                let mut m_ipv6_address: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                let mut m_additional_attributes: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "VpcId" => m_vpc_id = map.next_value()?,
                        "VSwitchId" => m_v_switch_id = map.next_value()?,
                        "ZoneId" => m_zone_id = map.next_value()?,
                        "InstanceNetworkType" => {
                            m_instance_network_type = map.next_value()?;
                        }

                        "SecurityGroupId" => m_security_group_id = map.next_value()?,
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "NextToken" => m_next_token = map.next_value()?,
                        "MaxResults" => m_max_results = map.next_value()?,
                        "InnerIpAddresses" => m_inner_ip_addresses = map.next_value()?,
                        "PrivateIpAddresses" => {
                            m_private_ip_addresses = map.next_value()?;
                        }

                        "PublicIpAddresses" => m_public_ip_addresses = map.next_value()?,
                        "EipAddresses" => m_eip_addresses = map.next_value()?,
                        "InstanceChargeType" => {
                            m_instance_charge_type = map.next_value()?;
                        }

                        "InternetChargeType" => {
                            m_internet_charge_type = map.next_value()?;
                        }

                        "InstanceName" => m_instance_name = map.next_value()?,
                        "ImageId" => m_image_id = map.next_value()?,
                        "Status" => m_status = map.next_value()?,
                        "LockReason" => m_lock_reason = map.next_value()?,
                        "Filter.1.Key" => m_filter_1_key = map.next_value()?,
                        "Filter.2.Key" => m_filter_2_key = map.next_value()?,
                        "Filter.3.Key" => m_filter_3_key = map.next_value()?,
                        "Filter.4.Key" => m_filter_4_key = map.next_value()?,
                        "Filter.1.Value" => m_filter_1_value = map.next_value()?,
                        "Filter.2.Value" => m_filter_2_value = map.next_value()?,
                        "Filter.3.Value" => m_filter_3_value = map.next_value()?,
                        "Filter.4.Value" => m_filter_4_value = map.next_value()?,
                        "DeviceAvailable" => m_device_available = map.next_value()?,
                        "IoOptimized" => m_io_optimized = map.next_value()?,
                        "NeedSaleCycle" => m_need_sale_cycle = map.next_value()?,
                        "InstanceType" => m_instance_type = map.next_value()?,
                        "InstanceTypeFamily" => {
                            m_instance_type_family = map.next_value()?;
                        }

                        "KeyPairName" => m_key_pair_name = map.next_value()?,
                        "ResourceGroupId" => m_resource_group_id = map.next_value()?,
                        "HpcClusterId" => m_hpc_cluster_id = map.next_value()?,
                        "RdmaIpAddresses" => m_rdma_ip_addresses = map.next_value()?,
                        "DryRun" => m_dry_run = map.next_value()?,
                        "HttpEndpoint" => m_http_endpoint = map.next_value()?,
                        "HttpTokens" => m_http_tokens = map.next_value()?,
                        "HttpPutResponseHopLimit" => {
                            m_http_put_response_hop_limit = map.next_value()?;
                        }

                        "Ipv6Address" => m_ipv6_address = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        "AdditionalAttributes" => {
                            m_additional_attributes = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstancesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    vpc_id: m_vpc_id,
                    v_switch_id: m_v_switch_id,
                    zone_id: m_zone_id,
                    instance_network_type: m_instance_network_type,
                    security_group_id: m_security_group_id,
                    instance_ids: m_instance_ids,
                    page_number: m_page_number,
                    page_size: m_page_size,
                    next_token: m_next_token,
                    max_results: m_max_results,
                    inner_ip_addresses: m_inner_ip_addresses,
                    private_ip_addresses: m_private_ip_addresses,
                    public_ip_addresses: m_public_ip_addresses,
                    eip_addresses: m_eip_addresses,
                    instance_charge_type: m_instance_charge_type,
                    internet_charge_type: m_internet_charge_type,
                    instance_name: m_instance_name,
                    image_id: m_image_id,
                    status: m_status,
                    lock_reason: m_lock_reason,
                    filter_1_key: m_filter_1_key,
                    filter_2_key: m_filter_2_key,
                    filter_3_key: m_filter_3_key,
                    filter_4_key: m_filter_4_key,
                    filter_1_value: m_filter_1_value,
                    filter_2_value: m_filter_2_value,
                    filter_3_value: m_filter_3_value,
                    filter_4_value: m_filter_4_value,
                    device_available: m_device_available,
                    io_optimized: m_io_optimized,
                    need_sale_cycle: m_need_sale_cycle,
                    instance_type: m_instance_type,
                    instance_type_family: m_instance_type_family,
                    key_pair_name: m_key_pair_name,
                    resource_group_id: m_resource_group_id,
                    hpc_cluster_id: m_hpc_cluster_id,
                    rdma_ip_addresses: m_rdma_ip_addresses,
                    dry_run: m_dry_run,
                    http_endpoint: m_http_endpoint,
                    http_tokens: m_http_tokens,
                    http_put_response_hop_limit: m_http_put_response_hop_limit,
                    ipv6_address: m_ipv6_address,
                    tag: m_tag,
                    additional_attributes: m_additional_attributes,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Instances.Instance.CpuOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CpuOptions {
    /// `CoreCount`.
    #[serde(
        rename = "CoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub core_count: ::std::option::Option<i64>,
    /// `Numa`.
    #[serde(
        rename = "Numa",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub numa: ::std::option::Option<::std::string::String>,
    /// `ThreadsPerCore`.
    #[serde(
        rename = "ThreadsPerCore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub threads_per_core: ::std::option::Option<i64>,
    /// `TopologyType`.
    #[serde(
        rename = "TopologyType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topology_type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for CpuOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = CpuOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `CpuOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<CpuOptions, A::Error> {
                let mut out = CpuOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CoreCount" => out.core_count = map.next_value()?,
                        "Numa" => out.numa = map.next_value()?,
                        "ThreadsPerCore" => out.threads_per_core = map.next_value()?,
                        "TopologyType" => out.topology_type = map.next_value()?,
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

/// The `Instances.Instance.DedicatedHostAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostAttribute {
    /// `DedicatedHostClusterId`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
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
                        "DedicatedHostClusterId" => {
                            out.dedicated_host_cluster_id = map.next_value()?;
                        }

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

/// The `Instances.Instance.DedicatedInstanceAttribute` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedInstanceAttribute {
    /// `Affinity`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<::std::string::String>,
    /// `Tenancy`.
    #[serde(
        rename = "Tenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenancy: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DedicatedInstanceAttribute {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DedicatedInstanceAttribute;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DedicatedInstanceAttribute` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DedicatedInstanceAttribute, A::Error> {
                let mut out = DedicatedInstanceAttribute::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Affinity" => out.affinity = map.next_value()?,
                        "Tenancy" => out.tenancy = map.next_value()?,
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

/// The `Instances.Instance.EcsCapacityReservationAttr` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EcsCapacityReservationAttr {
    /// `CapacityReservationId`.
    #[serde(
        rename = "CapacityReservationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_id: ::std::option::Option<::std::string::String>,
    /// `CapacityReservationPreference`.
    #[serde(
        rename = "CapacityReservationPreference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_preference: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for EcsCapacityReservationAttr {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = EcsCapacityReservationAttr;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `EcsCapacityReservationAttr` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<EcsCapacityReservationAttr, A::Error> {
                let mut out = EcsCapacityReservationAttr::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "CapacityReservationId" => {
                            out.capacity_reservation_id = map.next_value()?;
                        }

                        "CapacityReservationPreference" => {
                            out.capacity_reservation_preference = map.next_value()?;
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

/// The `Instances.Instance.EipAddress` object of the response.
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
    /// `IsSupportUnassociate`.
    #[serde(
        rename = "IsSupportUnassociate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_unassociate: ::std::option::Option<bool>,
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
                        "IsSupportUnassociate" => {
                            out.is_support_unassociate = map.next_value()?;
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

/// The `Instances.Instance.HibernationOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HibernationOptions {
    /// `Configured`.
    #[serde(
        rename = "Configured",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub configured: ::std::option::Option<bool>,
}

impl<'de> ::serde::Deserialize<'de> for HibernationOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = HibernationOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `HibernationOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<HibernationOptions, A::Error> {
                let mut out = HibernationOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Configured" => out.configured = map.next_value()?,
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

/// The `Instances.Instance.ImageOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageOptions {
    /// `LoginAsNonRoot`.
    #[serde(
        rename = "LoginAsNonRoot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_as_non_root: ::std::option::Option<bool>,
}

impl<'de> ::serde::Deserialize<'de> for ImageOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = ImageOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `ImageOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<ImageOptions, A::Error> {
                let mut out = ImageOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LoginAsNonRoot" => out.login_as_non_root = map.next_value()?,
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

/// The `Instances.Instance.InnerIpAddress` object of the response.
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

/// The `Instances.Instance.MetadataOptions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetadataOptions {
    /// `HttpEndpoint`.
    #[serde(
        rename = "HttpEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_endpoint: ::std::option::Option<::std::string::String>,
    /// `HttpPutResponseHopLimit`.
    #[serde(
        rename = "HttpPutResponseHopLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_put_response_hop_limit: ::std::option::Option<i64>,
    /// `HttpTokens`.
    #[serde(
        rename = "HttpTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_tokens: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for MetadataOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = MetadataOptions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `MetadataOptions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<MetadataOptions, A::Error> {
                let mut out = MetadataOptions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "HttpEndpoint" => out.http_endpoint = map.next_value()?,
                        "HttpPutResponseHopLimit" => {
                            out.http_put_response_hop_limit = map.next_value()?;
                        }

                        "HttpTokens" => out.http_tokens = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.Ipv4PrefixSets.Ipv4PrefixSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSet {
    /// `Ipv4Prefix`.
    #[serde(
        rename = "Ipv4Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv4PrefixSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv4PrefixSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv4PrefixSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv4PrefixSet, A::Error> {
                let mut out = Ipv4PrefixSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv4Prefix" => out.ipv4_prefix = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.Ipv4PrefixSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv4PrefixSets {
    /// `Ipv4PrefixSet`.
    #[serde(
        rename = "Ipv4PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_set: ::std::option::Option<::std::vec::Vec<Ipv4PrefixSet>>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv4PrefixSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv4PrefixSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv4PrefixSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv4PrefixSets, A::Error> {
                let mut out = Ipv4PrefixSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv4PrefixSet" => out.ipv4_prefix_set = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.Ipv6PrefixSets.Ipv6PrefixSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSet {
    /// `Ipv6Prefix`.
    #[serde(
        rename = "Ipv6Prefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6PrefixSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6PrefixSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6PrefixSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6PrefixSet, A::Error> {
                let mut out = Ipv6PrefixSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6Prefix" => out.ipv6_prefix = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.Ipv6PrefixSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6PrefixSets {
    /// `Ipv6PrefixSet`.
    #[serde(
        rename = "Ipv6PrefixSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_set: ::std::option::Option<::std::vec::Vec<Ipv6PrefixSet>>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6PrefixSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6PrefixSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6PrefixSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6PrefixSets, A::Error> {
                let mut out = Ipv6PrefixSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6PrefixSet" => out.ipv6_prefix_set = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.Ipv6Sets.Ipv6Set` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6Set {
    /// `Ipv6Address`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6Set {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6Set;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6Set` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6Set, A::Error> {
                let mut out = Ipv6Set::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6Address" => out.ipv6_address = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.Ipv6Sets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Ipv6Sets {
    /// `Ipv6Set`.
    #[serde(
        rename = "Ipv6Set",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_set: ::std::option::Option<::std::vec::Vec<Ipv6Set>>,
}

impl<'de> ::serde::Deserialize<'de> for Ipv6Sets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Ipv6Sets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Ipv6Sets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Ipv6Sets, A::Error> {
                let mut out = Ipv6Sets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv6Set" => out.ipv6_set = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.PrivateIpSets.PrivateIpSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrivateIpSet {
    /// `Primary`.
    #[serde(
        rename = "Primary",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary: ::std::option::Option<bool>,
    /// `PrivateIpAddress`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for PrivateIpSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PrivateIpSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PrivateIpSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PrivateIpSet, A::Error> {
                let mut out = PrivateIpSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Primary" => out.primary = map.next_value()?,
                        "PrivateIpAddress" => out.private_ip_address = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface.PrivateIpSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct PrivateIpSets {
    /// `PrivateIpSet`.
    #[serde(
        rename = "PrivateIpSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_set: ::std::option::Option<::std::vec::Vec<PrivateIpSet>>,
}

impl<'de> ::serde::Deserialize<'de> for PrivateIpSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = PrivateIpSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `PrivateIpSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<PrivateIpSets, A::Error> {
                let mut out = PrivateIpSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "PrivateIpSet" => out.private_ip_set = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterface {
    /// `Ipv4PrefixSets`.
    #[serde(
        rename = "Ipv4PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_sets: ::std::option::Option<Ipv4PrefixSets>,
    /// `Ipv6PrefixSets`.
    #[serde(
        rename = "Ipv6PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_sets: ::std::option::Option<Ipv6PrefixSets>,
    /// `Ipv6Sets`.
    #[serde(
        rename = "Ipv6Sets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_sets: ::std::option::Option<Ipv6Sets>,
    /// `MacAddress`.
    #[serde(
        rename = "MacAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mac_address: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceId`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `PrimaryIpAddress`.
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// `PrivateIpSets`.
    #[serde(
        rename = "PrivateIpSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_sets: ::std::option::Option<PrivateIpSets>,
    /// `Type`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for NetworkInterface {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NetworkInterface;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NetworkInterface` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NetworkInterface, A::Error> {
                let mut out = NetworkInterface::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Ipv4PrefixSets" => out.ipv4_prefix_sets = map.next_value()?,
                        "Ipv6PrefixSets" => out.ipv6_prefix_sets = map.next_value()?,
                        "Ipv6Sets" => out.ipv6_sets = map.next_value()?,
                        "MacAddress" => out.mac_address = map.next_value()?,
                        "NetworkInterfaceId" => {
                            out.network_interface_id = map.next_value()?;
                        }

                        "PrimaryIpAddress" => out.primary_ip_address = map.next_value()?,
                        "PrivateIpSets" => out.private_ip_sets = map.next_value()?,
                        "Type" => out.r#type = map.next_value()?,
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

/// The `Instances.Instance.NetworkInterfaces` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfaces {
    /// `NetworkInterface`.
    #[serde(
        rename = "NetworkInterface",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<::std::vec::Vec<NetworkInterface>>,
}

impl<'de> ::serde::Deserialize<'de> for NetworkInterfaces {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = NetworkInterfaces;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `NetworkInterfaces` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<NetworkInterfaces, A::Error> {
                let mut out = NetworkInterfaces::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "NetworkInterface" => out.network_interface = map.next_value()?,
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

/// The `Instances.Instance.OperationLocks.LockReason` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LockReason {
    /// `LockMsg`.
    #[serde(
        rename = "LockMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_msg: ::std::option::Option<::std::string::String>,
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
                        "LockMsg" => out.lock_msg = map.next_value()?,
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

/// The `Instances.Instance.OperationLocks` object of the response.
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

/// The `Instances.Instance.PublicIpAddress` object of the response.
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

/// The `Instances.Instance.RdmaIpAddress` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RdmaIpAddress {
    /// `IpAddress`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl<'de> ::serde::Deserialize<'de> for RdmaIpAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = RdmaIpAddress;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `RdmaIpAddress` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<RdmaIpAddress, A::Error> {
                let mut out = RdmaIpAddress::default();
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

/// The `Instances.Instance.SecurityGroupIds` object of the response.
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

/// The `Instances.Instance.Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagsTag {
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for TagsTag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TagsTag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TagsTag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TagsTag, A::Error> {
                let mut out = TagsTag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TagKey" => out.tag_key = map.next_value()?,
                        "TagValue" => out.tag_value = map.next_value()?,
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

/// The `Instances.Instance.Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
}

impl<'de> ::serde::Deserialize<'de> for Tags {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tags;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tags` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tags, A::Error> {
                let mut out = Tags::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Tag" => out.tag = map.next_value()?,
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

/// The `Instances.Instance.VpcAttributes.PrivateIpAddress` object of the response.
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

/// The `Instances.Instance.VpcAttributes` object of the response.
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

/// The `Instances.Instance` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `AutoReleaseTime`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::std::string::String>,
    /// `ClusterId`.
    #[serde(
        rename = "ClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cluster_id: ::std::option::Option<::std::string::String>,
    /// `Cpu`.
    #[serde(rename = "Cpu", skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i64>,
    /// `CpuOptions`.
    #[serde(
        rename = "CpuOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_options: ::std::option::Option<CpuOptions>,
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
    /// `DedicatedInstanceAttribute`.
    #[serde(
        rename = "DedicatedInstanceAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_instance_attribute: ::std::option::Option<DedicatedInstanceAttribute>,
    /// `DeletionProtection`.
    #[serde(
        rename = "DeletionProtection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    /// `DeploymentSetGroupNo`.
    #[serde(
        rename = "DeploymentSetGroupNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_group_no: ::std::option::Option<i64>,
    /// `DeploymentSetId`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DeviceAvailable`.
    #[serde(
        rename = "DeviceAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_available: ::std::option::Option<bool>,
    /// `EcsCapacityReservationAttr`.
    #[serde(
        rename = "EcsCapacityReservationAttr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ecs_capacity_reservation_attr: ::std::option::Option<EcsCapacityReservationAttr>,
    /// `EipAddress`.
    #[serde(
        rename = "EipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_address: ::std::option::Option<EipAddress>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `GPUAmount`.
    #[serde(
        rename = "GPUAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_amount: ::std::option::Option<i64>,
    /// `GPUSpec`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::std::string::String>,
    /// `HibernationOptions`.
    #[serde(
        rename = "HibernationOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hibernation_options: ::std::option::Option<HibernationOptions>,
    /// `HostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `ISP`.
    #[serde(rename = "ISP", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::std::string::String>,
    /// `ImageId`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `ImageOptions`.
    #[serde(
        rename = "ImageOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_options: ::std::option::Option<ImageOptions>,
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
    /// `InstanceTypeFamily`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
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
    pub io_optimized: ::std::option::Option<bool>,
    /// `KeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `LocalStorageAmount`.
    #[serde(
        rename = "LocalStorageAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_amount: ::std::option::Option<i64>,
    /// `LocalStorageCapacity`.
    #[serde(
        rename = "LocalStorageCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_capacity: ::std::option::Option<i64>,
    /// `Memory`.
    #[serde(
        rename = "Memory",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub memory: ::std::option::Option<i64>,
    /// `MetadataOptions`.
    #[serde(
        rename = "MetadataOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub metadata_options: ::std::option::Option<MetadataOptions>,
    /// `NetworkInterfaces`.
    #[serde(
        rename = "NetworkInterfaces",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interfaces: ::std::option::Option<NetworkInterfaces>,
    /// `OSName`.
    #[serde(
        rename = "OSName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::std::string::String>,
    /// `OSNameEn`.
    #[serde(
        rename = "OSNameEn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name_en: ::std::option::Option<::std::string::String>,
    /// `OSType`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::std::string::String>,
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
    /// `RdmaIpAddress`.
    #[serde(
        rename = "RdmaIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_address: ::std::option::Option<RdmaIpAddress>,
    /// `Recyclable`.
    #[serde(
        rename = "Recyclable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recyclable: ::std::option::Option<bool>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `SaleCycle`.
    #[serde(
        rename = "SaleCycle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sale_cycle: ::std::option::Option<::std::string::String>,
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
    /// `SpotDuration`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i64>,
    /// `SpotInterruptionBehavior`.
    #[serde(
        rename = "SpotInterruptionBehavior",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_interruption_behavior: ::std::option::Option<::std::string::String>,
    /// `SpotPriceLimit`.
    #[serde(
        rename = "SpotPriceLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price_limit: ::std::option::Option<f64>,
    /// `SpotStrategy`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
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
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
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

impl<'de> ::serde::Deserialize<'de> for Instance {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Instance;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Instance` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Instance, A::Error> {
                let mut out = Instance::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AutoReleaseTime" => out.auto_release_time = map.next_value()?,
                        "ClusterId" => out.cluster_id = map.next_value()?,
                        "Cpu" => out.cpu = map.next_value()?,
                        "CpuOptions" => out.cpu_options = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "CreditSpecification" => {
                            out.credit_specification = map.next_value()?;
                        }

                        "DedicatedHostAttribute" => {
                            out.dedicated_host_attribute = map.next_value()?;
                        }

                        "DedicatedInstanceAttribute" => {
                            out.dedicated_instance_attribute = map.next_value()?;
                        }

                        "DeletionProtection" => {
                            out.deletion_protection = map.next_value()?;
                        }

                        "DeploymentSetGroupNo" => {
                            out.deployment_set_group_no = map.next_value()?;
                        }

                        "DeploymentSetId" => out.deployment_set_id = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "DeviceAvailable" => out.device_available = map.next_value()?,
                        "EcsCapacityReservationAttr" => {
                            out.ecs_capacity_reservation_attr = map.next_value()?;
                        }

                        "EipAddress" => out.eip_address = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "GPUAmount" => out.gpu_amount = map.next_value()?,
                        "GPUSpec" => out.gpu_spec = map.next_value()?,
                        "HibernationOptions" => {
                            out.hibernation_options = map.next_value()?;
                        }

                        "HostName" => out.host_name = map.next_value()?,
                        "HpcClusterId" => out.hpc_cluster_id = map.next_value()?,
                        "ISP" => out.isp = map.next_value()?,
                        "ImageId" => out.image_id = map.next_value()?,
                        "ImageOptions" => out.image_options = map.next_value()?,
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
                        "InstanceTypeFamily" => {
                            out.instance_type_family = map.next_value()?;
                        }

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
                        "KeyPairName" => out.key_pair_name = map.next_value()?,
                        "LocalStorageAmount" => {
                            out.local_storage_amount = map.next_value()?;
                        }

                        "LocalStorageCapacity" => {
                            out.local_storage_capacity = map.next_value()?;
                        }

                        "Memory" => out.memory = map.next_value()?,
                        "MetadataOptions" => out.metadata_options = map.next_value()?,
                        "NetworkInterfaces" => out.network_interfaces = map.next_value()?,
                        "OSName" => out.os_name = map.next_value()?,
                        "OSNameEn" => out.os_name_en = map.next_value()?,
                        "OSType" => out.os_type = map.next_value()?,
                        "OperationLocks" => out.operation_locks = map.next_value()?,
                        "PublicIpAddress" => out.public_ip_address = map.next_value()?,
                        "RdmaIpAddress" => out.rdma_ip_address = map.next_value()?,
                        "Recyclable" => out.recyclable = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "ResourceGroupId" => out.resource_group_id = map.next_value()?,
                        "SaleCycle" => out.sale_cycle = map.next_value()?,
                        "SecurityGroupIds" => out.security_group_ids = map.next_value()?,
                        "SerialNumber" => out.serial_number = map.next_value()?,
                        "SpotDuration" => out.spot_duration = map.next_value()?,
                        "SpotInterruptionBehavior" => {
                            out.spot_interruption_behavior = map.next_value()?;
                        }

                        "SpotPriceLimit" => out.spot_price_limit = map.next_value()?,
                        "SpotStrategy" => out.spot_strategy = map.next_value()?,
                        "StartTime" => out.start_time = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StoppedMode" => out.stopped_mode = map.next_value()?,
                        "Tags" => out.tags = map.next_value()?,
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

/// The `Instances` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instances {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<::std::vec::Vec<Instance>>,
}

impl<'de> ::serde::Deserialize<'de> for Instances {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Instances;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Instances` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Instances, A::Error> {
                let mut out = Instances::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Instance" => out.instance = map.next_value()?,
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

/// The response of [`Client::describe_instances`](crate::Client::describe_instances) (`DescribeInstances`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesResponse {
    /// `Instances`.
    #[serde(
        rename = "Instances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<Instances>,
    /// `NextToken`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstancesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstancesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstancesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstancesResponse, A::Error> {
                let mut out = DescribeInstancesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Instances" => out.instances = map.next_value()?,
                        "NextToken" => out.next_token = map.next_value()?,
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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

impl ::yun_core::internal::AliyunCall for DescribeInstancesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstances` pages (by `NextToken`), for [`Client::describe_instances_paginator`](crate::Client::describe_instances_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstancesRequest {
    type Response = DescribeInstancesResponse;
    type Item = Instance;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Token;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.max_results
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.next_token
            .as_deref()
            .filter(|t| !t.is_empty())
            .map(::yun_core::paginate::Position::Token)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Token(token) = position {
            self.next_token = ::std::option::Option::Some(token.to_owned());
        }
    }

    fn next_token(page: &DescribeInstancesResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeInstancesResponse) -> usize {
        page.instances
            .as_ref()
            .and_then(|x| x.instance.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeInstancesResponse) -> ::std::vec::Vec<Instance> {
        page.instances.and_then(|x| x.instance).unwrap_or_default()
    }
}
