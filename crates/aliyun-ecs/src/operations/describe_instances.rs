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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::describe_instances`](crate::Client::describe_instances) (`DescribeInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `VpcId` (query).
    ///
    /// Example: `v-bp67acfmxazb4p****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query).
    ///
    /// Example: `vsw-bp67acfmxazb4p****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `InstanceNetworkType` (query).
    ///
    /// Example: `vpc`.
    #[serde(
        rename = "InstanceNetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_network_type: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query).
    ///
    /// Example: `sg-bp67acfmxazb4p****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `InstanceIds` (query).
    ///
    /// Example: `["i-bp67acfmxazb4p****", "i-bp67acfmxazb4p****", … "i-bp67acfmxazb4p****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `NextToken` (query).
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// From 1 to 100.
    ///
    /// Example: `10`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `InnerIpAddresses` (query).
    ///
    /// Example: `["10.1.1.1", "10.1.2.1", … "10.1.10.1"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "InnerIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub inner_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `PrivateIpAddresses` (query).
    ///
    /// Example: `["172.16.1.1", "172.16.2.1", … "172.16.10.1"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "PrivateIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `PublicIpAddresses` (query).
    ///
    /// Example: `["42.1.1.**", "42.1.2.**", … "42.1.10.**"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "PublicIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `EipAddresses` (query).
    ///
    /// Example: `["42.1.1.**", "42.1.2.**", … "42.1.10.**"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "EipAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_addresses: ::std::option::Option<::std::string::String>,
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType` (query).
    ///
    /// Example: `PayByTraffic`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `InstanceName` (query).
    ///
    /// Example: `Test`.
    #[serde(
        rename = "InstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_name: ::std::option::Option<::std::string::String>,
    /// `ImageId` (query).
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::std::string::String>,
    /// `Status` (query).
    ///
    /// Example: `Running`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `LockReason` (query).
    ///
    /// Example: `security`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Key` (query).
    ///
    /// Example: `CreationStartTime`.
    #[serde(
        rename = "Filter.1.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_key: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Key` (query).
    ///
    /// Example: `CreationEndTime`.
    #[serde(
        rename = "Filter.2.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_key: ::std::option::Option<::std::string::String>,
    /// `Filter.3.Key` (query).
    ///
    /// Example: `ExpiredStartTime`.
    #[serde(
        rename = "Filter.3.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_3_key: ::std::option::Option<::std::string::String>,
    /// `Filter.4.Key` (query).
    ///
    /// Example: `ExpiredEndTime`.
    #[serde(
        rename = "Filter.4.Key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_4_key: ::std::option::Option<::std::string::String>,
    /// `Filter.1.Value` (query).
    ///
    /// Example: `2017-12-05T22:40Z`.
    #[serde(
        rename = "Filter.1.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_1_value: ::std::option::Option<::std::string::String>,
    /// `Filter.2.Value` (query).
    ///
    /// Example: `2017-12-06T22:40Z`.
    #[serde(
        rename = "Filter.2.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_2_value: ::std::option::Option<::std::string::String>,
    /// `Filter.3.Value` (query).
    ///
    /// Example: `2017-12-07T22:40Z`.
    #[serde(
        rename = "Filter.3.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_3_value: ::std::option::Option<::std::string::String>,
    /// `Filter.4.Value` (query).
    ///
    /// Example: `2017-12-08T22:40Z`.
    #[serde(
        rename = "Filter.4.Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filter_4_value: ::std::option::Option<::std::string::String>,
    /// `DeviceAvailable` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeviceAvailable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_available: ::std::option::Option<bool>,
    /// `IoOptimized` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "IoOptimized",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub io_optimized: ::std::option::Option<bool>,
    /// `NeedSaleCycle` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "NeedSaleCycle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub need_sale_cycle: ::std::option::Option<bool>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.g5.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamily` (query).
    ///
    /// Example: `ecs.g5`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::string::String>,
    /// `KeyPairName` (query).
    ///
    /// Example: `KeyPairNameTest`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::std::string::String>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId` (query).
    ///
    /// Example: `hpc-bp67acfmxazb4p****`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::std::string::String>,
    /// `RdmaIpAddresses` (query).
    ///
    /// Example: `10.10.10.102`.
    #[serde(
        rename = "RdmaIpAddresses",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_addresses: ::std::option::Option<::std::string::String>,
    /// `DryRun` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
    /// `HttpEndpoint` (query).
    ///
    /// Example: `enabled`.
    #[serde(
        rename = "HttpEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_endpoint: ::std::option::Option<::std::string::String>,
    /// `HttpTokens` (query).
    ///
    /// Example: `optional`.
    #[serde(
        rename = "HttpTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_tokens: ::std::option::Option<::std::string::String>,
    /// `HttpPutResponseHopLimit` (query).
    ///
    /// Example: `0`.
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
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `AdditionalAttributes` (query, sent as `AdditionalAttributes.1`, `AdditionalAttributes.2`, …).
    ///
    /// At most 5 items.
    ///
    /// Example: `META_OPTIONS`.
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
    pub fn ipv6_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.ipv6_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AdditionalAttributes`.
    pub fn additional_attributes(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.additional_attributes = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("instance_network_type", d::opt(&self.instance_network_type)),
                ("security_group_id", d::opt(&self.security_group_id)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("inner_ip_addresses", d::opt(&self.inner_ip_addresses)),
                ("private_ip_addresses", d::opt(&self.private_ip_addresses)),
                ("public_ip_addresses", d::opt(&self.public_ip_addresses)),
                ("eip_addresses", d::opt(&self.eip_addresses)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("instance_name", d::opt(&self.instance_name)),
                ("image_id", d::opt(&self.image_id)),
                ("status", d::opt(&self.status)),
                ("lock_reason", d::opt(&self.lock_reason)),
                ("filter_1_key", d::opt(&self.filter_1_key)),
                ("filter_2_key", d::opt(&self.filter_2_key)),
                ("filter_3_key", d::opt(&self.filter_3_key)),
                ("filter_4_key", d::opt(&self.filter_4_key)),
                ("filter_1_value", d::opt(&self.filter_1_value)),
                ("filter_2_value", d::opt(&self.filter_2_value)),
                ("filter_3_value", d::opt(&self.filter_3_value)),
                ("filter_4_value", d::opt(&self.filter_4_value)),
                ("device_available", d::opt(&self.device_available)),
                ("io_optimized", d::opt(&self.io_optimized)),
                ("need_sale_cycle", d::opt(&self.need_sale_cycle)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("rdma_ip_addresses", d::opt(&self.rdma_ip_addresses)),
                ("dry_run", d::opt(&self.dry_run)),
                ("http_endpoint", d::opt(&self.http_endpoint)),
                ("http_tokens", d::opt(&self.http_tokens)),
                (
                    "http_put_response_hop_limit",
                    d::opt(&self.http_put_response_hop_limit),
                ),
                ("ipv6_address", d::opt(&self.ipv6_address)),
                ("tag", d::opt(&self.tag)),
                ("additional_attributes", d::opt(&self.additional_attributes)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "VpcId",
            "VSwitchId",
            "ZoneId",
            "InstanceNetworkType",
            "SecurityGroupId",
            "InstanceIds",
            "PageNumber",
            "PageSize",
            "NextToken",
            "MaxResults",
            "InnerIpAddresses",
            "PrivateIpAddresses",
            "PublicIpAddresses",
            "EipAddresses",
            "InstanceChargeType",
            "InternetChargeType",
            "InstanceName",
            "ImageId",
            "Status",
            "LockReason",
            "Filter.1.Key",
            "Filter.2.Key",
            "Filter.3.Key",
            "Filter.4.Key",
            "Filter.1.Value",
            "Filter.2.Value",
            "Filter.3.Value",
            "Filter.4.Value",
            "DeviceAvailable",
            "IoOptimized",
            "NeedSaleCycle",
            "InstanceType",
            "InstanceTypeFamily",
            "KeyPairName",
            "ResourceGroupId",
            "HpcClusterId",
            "RdmaIpAddresses",
            "DryRun",
            "HttpEndpoint",
            "HttpTokens",
            "HttpPutResponseHopLimit",
            "Ipv6Address",
            "Tag",
            "AdditionalAttributes",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 46] = ::yun_core::json::member_order();
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
        let mut m_device_available: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_io_optimized: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_need_sale_cycle: ::std::option::Option<bool> = ::std::option::Option::None;
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
        let mut m_ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_additional_attributes: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_vpc_id = r.decode()?,
                2 => m_v_switch_id = r.decode()?,
                3 => m_zone_id = r.decode()?,
                4 => m_instance_network_type = r.decode()?,
                5 => m_security_group_id = r.decode()?,
                6 => m_instance_ids = r.decode()?,
                7 => m_page_number = r.decode()?,
                8 => m_page_size = r.decode()?,
                9 => m_next_token = r.decode()?,
                10 => m_max_results = r.decode()?,
                11 => m_inner_ip_addresses = r.decode()?,
                12 => m_private_ip_addresses = r.decode()?,
                13 => m_public_ip_addresses = r.decode()?,
                14 => m_eip_addresses = r.decode()?,
                15 => m_instance_charge_type = r.decode()?,
                16 => m_internet_charge_type = r.decode()?,
                17 => m_instance_name = r.decode()?,
                18 => m_image_id = r.decode()?,
                19 => m_status = r.decode()?,
                20 => m_lock_reason = r.decode()?,
                21 => m_filter_1_key = r.decode()?,
                22 => m_filter_2_key = r.decode()?,
                23 => m_filter_3_key = r.decode()?,
                24 => m_filter_4_key = r.decode()?,
                25 => m_filter_1_value = r.decode()?,
                26 => m_filter_2_value = r.decode()?,
                27 => m_filter_3_value = r.decode()?,
                28 => m_filter_4_value = r.decode()?,
                29 => m_device_available = r.decode()?,
                30 => m_io_optimized = r.decode()?,
                31 => m_need_sale_cycle = r.decode()?,
                32 => m_instance_type = r.decode()?,
                33 => m_instance_type_family = r.decode()?,
                34 => m_key_pair_name = r.decode()?,
                35 => m_resource_group_id = r.decode()?,
                36 => m_hpc_cluster_id = r.decode()?,
                37 => m_rdma_ip_addresses = r.decode()?,
                38 => m_dry_run = r.decode()?,
                39 => m_http_endpoint = r.decode()?,
                40 => m_http_tokens = r.decode()?,
                41 => m_http_put_response_hop_limit = r.decode()?,
                42 => m_ipv6_address = r.decode()?,
                43 => m_tag = r.decode()?,
                44 => m_additional_attributes = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstancesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
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

/// The `Instances.Instance.CpuOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CpuOptions {
    /// `CoreCount`.
    ///
    /// Example: `2`.
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
    pub numa: ::std::option::Option<::yun_core::Text>,
    /// `ThreadsPerCore`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "ThreadsPerCore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub threads_per_core: ::std::option::Option<i64>,
    /// `TopologyType`.
    ///
    /// Example: `DiscreteCoreToHTMapping`.
    #[serde(
        rename = "TopologyType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub topology_type: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CpuOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CpuOptions",
            &[
                ("core_count", d::opt(&self.core_count)),
                ("numa", d::opt(&self.numa)),
                ("threads_per_core", d::opt(&self.threads_per_core)),
                ("topology_type", d::opt(&self.topology_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CpuOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CoreCount", "Numa", "ThreadsPerCore", "TopologyType"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = CpuOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.core_count = r.decode()?,
                1 => out.numa = r.decode()?,
                2 => out.threads_per_core = r.decode()?,
                3 => out.topology_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.DedicatedHostAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedHostAttribute {
    /// `DedicatedHostClusterId`.
    ///
    /// Example: `dc-bp67acfmxazb4h****`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostId`.
    ///
    /// Example: `dh-bp67acfmxazb4p****`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::yun_core::Text>,
    /// `DedicatedHostName`.
    ///
    /// Example: `testDedicatedHostName`.
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
                (
                    "dedicated_host_cluster_id",
                    d::opt(&self.dedicated_host_cluster_id),
                ),
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
        const NAMES: &[&str] = &[
            "DedicatedHostClusterId",
            "DedicatedHostId",
            "DedicatedHostName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DedicatedHostAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_cluster_id = r.decode()?,
                1 => out.dedicated_host_id = r.decode()?,
                2 => out.dedicated_host_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.DedicatedInstanceAttribute` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DedicatedInstanceAttribute {
    /// `Affinity`.
    ///
    /// Example: `default`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<::yun_core::Text>,
    /// `Tenancy`.
    ///
    /// Example: `default`.
    #[serde(
        rename = "Tenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenancy: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DedicatedInstanceAttribute {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DedicatedInstanceAttribute",
            &[
                ("affinity", d::opt(&self.affinity)),
                ("tenancy", d::opt(&self.tenancy)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DedicatedInstanceAttribute {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Affinity", "Tenancy"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DedicatedInstanceAttribute::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.affinity = r.decode()?,
                1 => out.tenancy = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.EcsCapacityReservationAttr` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EcsCapacityReservationAttr {
    /// `CapacityReservationId`.
    ///
    /// Example: `cr-bp67acfmxazb4p****`.
    #[serde(
        rename = "CapacityReservationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_id: ::std::option::Option<::yun_core::Text>,
    /// `CapacityReservationPreference`.
    ///
    /// Example: `cr-bp67acfmxazb4p****`.
    #[serde(
        rename = "CapacityReservationPreference",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity_reservation_preference: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for EcsCapacityReservationAttr {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "EcsCapacityReservationAttr",
            &[
                (
                    "capacity_reservation_id",
                    d::opt(&self.capacity_reservation_id),
                ),
                (
                    "capacity_reservation_preference",
                    d::opt(&self.capacity_reservation_preference),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for EcsCapacityReservationAttr {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CapacityReservationId", "CapacityReservationPreference"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = EcsCapacityReservationAttr::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.capacity_reservation_id = r.decode()?,
                1 => out.capacity_reservation_preference = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.EipAddress` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct EipAddress {
    /// `AllocationId`.
    ///
    /// Example: `eip-2ze88m67qx5z****`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::yun_core::Text>,
    /// `Bandwidth`.
    ///
    /// Example: `5`.
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
    /// Example: `42.112.**.**`.
    #[serde(
        rename = "IpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_address: ::std::option::Option<::yun_core::Text>,
    /// `IsSupportUnassociate`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "IsSupportUnassociate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub is_support_unassociate: ::std::option::Option<bool>,
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
                (
                    "is_support_unassociate",
                    d::opt(&self.is_support_unassociate),
                ),
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
            "IsSupportUnassociate",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = EipAddress::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_id = r.decode()?,
                1 => out.bandwidth = r.decode()?,
                2 => out.internet_charge_type = r.decode()?,
                3 => out.ip_address = r.decode()?,
                4 => out.is_support_unassociate = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.HibernationOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HibernationOptions {
    /// `Configured`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Configured",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub configured: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for HibernationOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HibernationOptions",
            &[("configured", d::opt(&self.configured))],
        )
    }
}

impl ::yun_core::json::Decode for HibernationOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Configured"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = HibernationOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.configured = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.ImageOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ImageOptions {
    /// `LoginAsNonRoot`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "LoginAsNonRoot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub login_as_non_root: ::std::option::Option<bool>,
}

impl ::std::fmt::Debug for ImageOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ImageOptions",
            &[("login_as_non_root", d::opt(&self.login_as_non_root))],
        )
    }
}

impl ::yun_core::json::Decode for ImageOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LoginAsNonRoot"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ImageOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.login_as_non_root = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.MetadataOptions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct MetadataOptions {
    /// `HttpEndpoint`.
    ///
    /// Example: `enabled`.
    #[serde(
        rename = "HttpEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_endpoint: ::std::option::Option<::yun_core::Text>,
    /// `HttpPutResponseHopLimit`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "HttpPutResponseHopLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_put_response_hop_limit: ::std::option::Option<i64>,
    /// `HttpTokens`.
    ///
    /// Example: `optional`.
    #[serde(
        rename = "HttpTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_tokens: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for MetadataOptions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "MetadataOptions",
            &[
                ("http_endpoint", d::opt(&self.http_endpoint)),
                (
                    "http_put_response_hop_limit",
                    d::opt(&self.http_put_response_hop_limit),
                ),
                ("http_tokens", d::opt(&self.http_tokens)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for MetadataOptions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HttpEndpoint", "HttpPutResponseHopLimit", "HttpTokens"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = MetadataOptions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.http_endpoint = r.decode()?,
                1 => out.http_put_response_hop_limit = r.decode()?,
                2 => out.http_tokens = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.NetworkInterfaces.NetworkInterface` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceNetworkInterface {
    /// `Ipv4PrefixSets`.
    #[serde(
        rename = "Ipv4PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv4_prefix_sets: ::std::option::Option<crate::models::Ipv4PrefixSets>,
    /// `Ipv6PrefixSets`.
    #[serde(
        rename = "Ipv6PrefixSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_prefix_sets: ::std::option::Option<crate::models::Ipv6PrefixSets>,
    /// `Ipv6Sets`.
    #[serde(
        rename = "Ipv6Sets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_sets: ::std::option::Option<crate::models::Ipv6Sets>,
    /// `MacAddress`.
    ///
    /// Example: `00:16:3e:32:b4:**`.
    #[serde(
        rename = "MacAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mac_address: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-2zeh9atclduxvf1z****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `PrimaryIpAddress`.
    ///
    /// Example: `172.17.**.***`.
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpSets`.
    #[serde(
        rename = "PrivateIpSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_sets: ::std::option::Option<crate::models::PrivateIpSets>,
    /// `Type`.
    ///
    /// Example: `Primary`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
}

impl InstanceNetworkInterface {
    /// The items of `Ipv4PrefixSets` (through its wrapper), empty when absent.
    pub fn ipv4_prefix_sets(&self) -> &[crate::models::Ipv4PrefixSet] {
        self.ipv4_prefix_sets
            .as_ref()
            .and_then(|w| w.ipv4_prefix_set.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Ipv6PrefixSets` (through its wrapper), empty when absent.
    pub fn ipv6_prefix_sets(&self) -> &[crate::models::Ipv6PrefixSet] {
        self.ipv6_prefix_sets
            .as_ref()
            .and_then(|w| w.ipv6_prefix_set.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `Ipv6Sets` (through its wrapper), empty when absent.
    pub fn ipv6_sets(&self) -> &[crate::models::Ipv6Set] {
        self.ipv6_sets
            .as_ref()
            .and_then(|w| w.ipv6_set.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `PrivateIpSets` (through its wrapper), empty when absent.
    pub fn private_ip_sets(&self) -> &[crate::models::PrivateIpSet] {
        self.private_ip_sets
            .as_ref()
            .and_then(|w| w.private_ip_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for InstanceNetworkInterface {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceNetworkInterface",
            &[
                ("ipv4_prefix_sets", d::opt(&self.ipv4_prefix_sets)),
                ("ipv6_prefix_sets", d::opt(&self.ipv6_prefix_sets)),
                ("ipv6_sets", d::opt(&self.ipv6_sets)),
                ("mac_address", d::opt(&self.mac_address)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                ("primary_ip_address", d::opt(&self.primary_ip_address)),
                ("private_ip_sets", d::opt(&self.private_ip_sets)),
                ("type", d::opt(&self.r#type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceNetworkInterface {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Ipv4PrefixSets",
            "Ipv6PrefixSets",
            "Ipv6Sets",
            "MacAddress",
            "NetworkInterfaceId",
            "PrimaryIpAddress",
            "PrivateIpSets",
            "Type",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = InstanceNetworkInterface::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.ipv4_prefix_sets = r.decode()?,
                1 => out.ipv6_prefix_sets = r.decode()?,
                2 => out.ipv6_sets = r.decode()?,
                3 => out.mac_address = r.decode()?,
                4 => out.network_interface_id = r.decode()?,
                5 => out.primary_ip_address = r.decode()?,
                6 => out.private_ip_sets = r.decode()?,
                7 => out.r#type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.NetworkInterfaces` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfaces {
    /// `NetworkInterface`.
    #[serde(
        rename = "NetworkInterface",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface: ::std::option::Option<::std::vec::Vec<InstanceNetworkInterface>>,
}

impl ::std::fmt::Debug for NetworkInterfaces {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfaces",
            &[("network_interface", d::opt(&self.network_interface))],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterfaces {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkInterface"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkInterfaces::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.OperationLocks.LockReason` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct LockReason {
    /// `LockMsg`.
    ///
    /// Example: `The specified instance is locked due to financial reason.`.
    #[serde(
        rename = "LockMsg",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_msg: ::std::option::Option<::yun_core::Text>,
    /// `LockReason`.
    ///
    /// Example: `Recycling`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for LockReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "LockReason",
            &[
                ("lock_msg", d::opt(&self.lock_msg)),
                ("lock_reason", d::opt(&self.lock_reason)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for LockReason {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LockMsg", "LockReason"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = LockReason::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.lock_msg = r.decode()?,
                1 => out.lock_reason = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance.OperationLocks` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceOperationLocks {
    /// `LockReason`.
    #[serde(
        rename = "LockReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lock_reason: ::std::option::Option<::std::vec::Vec<LockReason>>,
}

impl ::std::fmt::Debug for InstanceOperationLocks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceOperationLocks",
            &[("lock_reason", d::opt(&self.lock_reason))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceOperationLocks {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LockReason"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceOperationLocks::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.lock_reason = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances.Instance` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// `AutoReleaseTime`.
    ///
    /// Example: `2017-12-10T04:04Z`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::yun_core::Text>,
    /// `ClusterId`.
    ///
    /// Example: `c-bp67acfmxazb4p****`.
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
    /// `CpuOptions`.
    #[serde(
        rename = "CpuOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_options: ::std::option::Option<CpuOptions>,
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
    /// `DedicatedInstanceAttribute`.
    #[serde(
        rename = "DedicatedInstanceAttribute",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_instance_attribute: ::std::option::Option<DedicatedInstanceAttribute>,
    /// `DeletionProtection`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DeletionProtection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deletion_protection: ::std::option::Option<bool>,
    /// `DeploymentSetGroupNo`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "DeploymentSetGroupNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_group_no: ::std::option::Option<i64>,
    /// `DeploymentSetId`.
    ///
    /// Example: `ds-bp67acfmxazb4p****`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `DeviceAvailable`.
    ///
    /// Example: `true`.
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
    ///
    /// Example: `2017-12-10T04:04Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `GPUAmount`.
    ///
    /// Example: `4`.
    #[serde(
        rename = "GPUAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_amount: ::std::option::Option<i64>,
    /// `GPUSpec`.
    ///
    /// Example: `NVIDIA V100`.
    #[serde(
        rename = "GPUSpec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub gpu_spec: ::std::option::Option<::yun_core::Text>,
    /// `HibernationOptions`.
    #[serde(
        rename = "HibernationOptions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hibernation_options: ::std::option::Option<HibernationOptions>,
    /// `HostName`.
    ///
    /// Example: `testHostName`.
    #[serde(
        rename = "HostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub host_name: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterId`.
    ///
    /// Example: `hpc-bp67acfmxazb4p****`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `ISP`.
    #[serde(rename = "ISP", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::yun_core::Text>,
    /// `ImageId`.
    ///
    /// Example: `m-bp67acfmxazb4p****`.
    #[serde(
        rename = "ImageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub image_id: ::std::option::Option<::yun_core::Text>,
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
    pub inner_ip_address: ::std::option::Option<crate::models::InnerIpAddress>,
    /// `InstanceChargeType`.
    ///
    /// Example: `PostPaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceName`.
    ///
    /// Example: `InstanceNameTest`.
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
    /// `InstanceTypeFamily`.
    ///
    /// Example: `ecs.g5`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::yun_core::Text>,
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
    pub io_optimized: ::std::option::Option<bool>,
    /// `KeyPairName`.
    ///
    /// Example: `testKeyPairName`.
    #[serde(
        rename = "KeyPairName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub key_pair_name: ::std::option::Option<::yun_core::Text>,
    /// `LocalStorageAmount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "LocalStorageAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_amount: ::std::option::Option<i64>,
    /// `LocalStorageCapacity`.
    ///
    /// Example: `1000`.
    #[serde(
        rename = "LocalStorageCapacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_storage_capacity: ::std::option::Option<i64>,
    /// `Memory`.
    ///
    /// Example: `16384`.
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
    ///
    /// Example: `CentOS  7.4 64 位`.
    #[serde(
        rename = "OSName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name: ::std::option::Option<::yun_core::Text>,
    /// `OSNameEn`.
    ///
    /// Example: `CentOS  7.4 64 bit`.
    #[serde(
        rename = "OSNameEn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_name_en: ::std::option::Option<::yun_core::Text>,
    /// `OSType`.
    ///
    /// Example: `linux`.
    #[serde(
        rename = "OSType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_type: ::std::option::Option<::yun_core::Text>,
    /// `OperationLocks`.
    #[serde(
        rename = "OperationLocks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub operation_locks: ::std::option::Option<InstanceOperationLocks>,
    /// `PublicIpAddress`.
    #[serde(
        rename = "PublicIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_ip_address: ::std::option::Option<crate::models::InnerIpAddress>,
    /// `RdmaIpAddress`.
    #[serde(
        rename = "RdmaIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rdma_ip_address: ::std::option::Option<crate::models::InnerIpAddress>,
    /// `Recyclable`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "Recyclable",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recyclable: ::std::option::Option<bool>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SaleCycle`.
    ///
    /// Example: `month`.
    #[serde(
        rename = "SaleCycle",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sale_cycle: ::std::option::Option<::yun_core::Text>,
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
    /// `SpotDuration`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "SpotDuration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_duration: ::std::option::Option<i64>,
    /// `SpotInterruptionBehavior`.
    ///
    /// Example: `Terminate`.
    #[serde(
        rename = "SpotInterruptionBehavior",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_interruption_behavior: ::std::option::Option<::yun_core::Text>,
    /// `SpotPriceLimit`.
    ///
    /// Example: `0.98`.
    #[serde(
        rename = "SpotPriceLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_price_limit: ::std::option::Option<f64>,
    /// `SpotStrategy`.
    ///
    /// Example: `NoSpot`.
    #[serde(
        rename = "SpotStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spot_strategy: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2017-12-10T04:04Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
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
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
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

impl Instance {
    /// The items of `InnerIpAddress` (through its wrapper), empty when absent.
    pub fn inner_ip_address(&self) -> &[::yun_core::Text] {
        self.inner_ip_address
            .as_ref()
            .and_then(|w| w.ip_address.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `NetworkInterfaces` (through its wrapper), empty when absent.
    pub fn network_interfaces(&self) -> &[InstanceNetworkInterface] {
        self.network_interfaces
            .as_ref()
            .and_then(|w| w.network_interface.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `OperationLocks` (through its wrapper), empty when absent.
    pub fn operation_locks(&self) -> &[LockReason] {
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

    /// The items of `RdmaIpAddress` (through its wrapper), empty when absent.
    pub fn rdma_ip_address(&self) -> &[::yun_core::Text] {
        self.rdma_ip_address
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

    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Instance",
            &[
                ("auto_release_time", d::opt(&self.auto_release_time)),
                ("cluster_id", d::opt(&self.cluster_id)),
                ("cpu", d::opt(&self.cpu)),
                ("cpu_options", d::opt(&self.cpu_options)),
                ("creation_time", d::opt(&self.creation_time)),
                ("credit_specification", d::opt(&self.credit_specification)),
                (
                    "dedicated_host_attribute",
                    d::opt(&self.dedicated_host_attribute),
                ),
                (
                    "dedicated_instance_attribute",
                    d::opt(&self.dedicated_instance_attribute),
                ),
                ("deletion_protection", d::opt(&self.deletion_protection)),
                (
                    "deployment_set_group_no",
                    d::opt(&self.deployment_set_group_no),
                ),
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                ("description", d::opt(&self.description)),
                ("device_available", d::opt(&self.device_available)),
                (
                    "ecs_capacity_reservation_attr",
                    d::opt(&self.ecs_capacity_reservation_attr),
                ),
                ("eip_address", d::opt(&self.eip_address)),
                ("expired_time", d::opt(&self.expired_time)),
                ("gpu_amount", d::opt(&self.gpu_amount)),
                ("gpu_spec", d::opt(&self.gpu_spec)),
                ("hibernation_options", d::opt(&self.hibernation_options)),
                ("host_name", d::opt(&self.host_name)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("isp", d::opt(&self.isp)),
                ("image_id", d::opt(&self.image_id)),
                ("image_options", d::opt(&self.image_options)),
                ("inner_ip_address", d::opt(&self.inner_ip_address)),
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("instance_id", d::opt(&self.instance_id)),
                ("instance_name", d::opt(&self.instance_name)),
                ("instance_network_type", d::opt(&self.instance_network_type)),
                ("instance_type", d::opt(&self.instance_type)),
                ("instance_type_family", d::opt(&self.instance_type_family)),
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
                ("key_pair_name", d::opt(&self.key_pair_name)),
                ("local_storage_amount", d::opt(&self.local_storage_amount)),
                (
                    "local_storage_capacity",
                    d::opt(&self.local_storage_capacity),
                ),
                ("memory", d::opt(&self.memory)),
                ("metadata_options", d::opt(&self.metadata_options)),
                ("network_interfaces", d::opt(&self.network_interfaces)),
                ("os_name", d::opt(&self.os_name)),
                ("os_name_en", d::opt(&self.os_name_en)),
                ("os_type", d::opt(&self.os_type)),
                ("operation_locks", d::opt(&self.operation_locks)),
                ("public_ip_address", d::opt(&self.public_ip_address)),
                ("rdma_ip_address", d::opt(&self.rdma_ip_address)),
                ("recyclable", d::opt(&self.recyclable)),
                ("region_id", d::opt(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("sale_cycle", d::opt(&self.sale_cycle)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("serial_number", d::opt(&self.serial_number)),
                ("spot_duration", d::opt(&self.spot_duration)),
                (
                    "spot_interruption_behavior",
                    d::opt(&self.spot_interruption_behavior),
                ),
                ("spot_price_limit", d::opt(&self.spot_price_limit)),
                ("spot_strategy", d::opt(&self.spot_strategy)),
                ("start_time", d::opt(&self.start_time)),
                ("status", d::opt(&self.status)),
                ("stopped_mode", d::opt(&self.stopped_mode)),
                ("tags", d::opt(&self.tags)),
                ("vlan_id", d::opt(&self.vlan_id)),
                ("vpc_attributes", d::opt(&self.vpc_attributes)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Instance {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AutoReleaseTime",
            "ClusterId",
            "Cpu",
            "CpuOptions",
            "CreationTime",
            "CreditSpecification",
            "DedicatedHostAttribute",
            "DedicatedInstanceAttribute",
            "DeletionProtection",
            "DeploymentSetGroupNo",
            "DeploymentSetId",
            "Description",
            "DeviceAvailable",
            "EcsCapacityReservationAttr",
            "EipAddress",
            "ExpiredTime",
            "GPUAmount",
            "GPUSpec",
            "HibernationOptions",
            "HostName",
            "HpcClusterId",
            "ISP",
            "ImageId",
            "ImageOptions",
            "InnerIpAddress",
            "InstanceChargeType",
            "InstanceId",
            "InstanceName",
            "InstanceNetworkType",
            "InstanceType",
            "InstanceTypeFamily",
            "InternetChargeType",
            "InternetMaxBandwidthIn",
            "InternetMaxBandwidthOut",
            "IoOptimized",
            "KeyPairName",
            "LocalStorageAmount",
            "LocalStorageCapacity",
            "Memory",
            "MetadataOptions",
            "NetworkInterfaces",
            "OSName",
            "OSNameEn",
            "OSType",
            "OperationLocks",
            "PublicIpAddress",
            "RdmaIpAddress",
            "Recyclable",
            "RegionId",
            "ResourceGroupId",
            "SaleCycle",
            "SecurityGroupIds",
            "SerialNumber",
            "SpotDuration",
            "SpotInterruptionBehavior",
            "SpotPriceLimit",
            "SpotStrategy",
            "StartTime",
            "Status",
            "StoppedMode",
            "Tags",
            "VlanId",
            "VpcAttributes",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 65] = ::yun_core::json::member_order();
        let mut out = Instance::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.auto_release_time = r.decode()?,
                1 => out.cluster_id = r.decode()?,
                2 => out.cpu = r.decode()?,
                3 => out.cpu_options = r.decode()?,
                4 => out.creation_time = r.decode()?,
                5 => out.credit_specification = r.decode()?,
                6 => out.dedicated_host_attribute = r.decode()?,
                7 => out.dedicated_instance_attribute = r.decode()?,
                8 => out.deletion_protection = r.decode()?,
                9 => out.deployment_set_group_no = r.decode()?,
                10 => out.deployment_set_id = r.decode()?,
                11 => out.description = r.decode()?,
                12 => out.device_available = r.decode()?,
                13 => out.ecs_capacity_reservation_attr = r.decode()?,
                14 => out.eip_address = r.decode()?,
                15 => out.expired_time = r.decode()?,
                16 => out.gpu_amount = r.decode()?,
                17 => out.gpu_spec = r.decode()?,
                18 => out.hibernation_options = r.decode()?,
                19 => out.host_name = r.decode()?,
                20 => out.hpc_cluster_id = r.decode()?,
                21 => out.isp = r.decode()?,
                22 => out.image_id = r.decode()?,
                23 => out.image_options = r.decode()?,
                24 => out.inner_ip_address = r.decode()?,
                25 => out.instance_charge_type = r.decode()?,
                26 => out.instance_id = r.decode()?,
                27 => out.instance_name = r.decode()?,
                28 => out.instance_network_type = r.decode()?,
                29 => out.instance_type = r.decode()?,
                30 => out.instance_type_family = r.decode()?,
                31 => out.internet_charge_type = r.decode()?,
                32 => out.internet_max_bandwidth_in = r.decode()?,
                33 => out.internet_max_bandwidth_out = r.decode()?,
                34 => out.io_optimized = r.decode()?,
                35 => out.key_pair_name = r.decode()?,
                36 => out.local_storage_amount = r.decode()?,
                37 => out.local_storage_capacity = r.decode()?,
                38 => out.memory = r.decode()?,
                39 => out.metadata_options = r.decode()?,
                40 => out.network_interfaces = r.decode()?,
                41 => out.os_name = r.decode()?,
                42 => out.os_name_en = r.decode()?,
                43 => out.os_type = r.decode()?,
                44 => out.operation_locks = r.decode()?,
                45 => out.public_ip_address = r.decode()?,
                46 => out.rdma_ip_address = r.decode()?,
                47 => out.recyclable = r.decode()?,
                48 => out.region_id = r.decode()?,
                49 => out.resource_group_id = r.decode()?,
                50 => out.sale_cycle = r.decode()?,
                51 => out.security_group_ids = r.decode()?,
                52 => out.serial_number = r.decode()?,
                53 => out.spot_duration = r.decode()?,
                54 => out.spot_interruption_behavior = r.decode()?,
                55 => out.spot_price_limit = r.decode()?,
                56 => out.spot_strategy = r.decode()?,
                57 => out.start_time = r.decode()?,
                58 => out.status = r.decode()?,
                59 => out.stopped_mode = r.decode()?,
                60 => out.tags = r.decode()?,
                61 => out.vlan_id = r.decode()?,
                62 => out.vpc_attributes = r.decode()?,
                63 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Instances` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Instances {
    /// `Instance`.
    #[serde(
        rename = "Instance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance: ::std::option::Option<::std::vec::Vec<Instance>>,
}

impl ::std::fmt::Debug for Instances {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Instances", &[("instance", d::opt(&self.instance))])
    }
}

impl ::yun_core::json::Decode for Instances {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Instance"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Instances::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instances`](crate::Client::describe_instances) (`DescribeInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesResponse {
    /// `Instances`.
    #[serde(
        rename = "Instances",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instances: ::std::option::Option<Instances>,
    /// `NextToken`.
    ///
    /// Example: `caeba0bbb2be03f84eb48b699f0a4883`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::yun_core::Text>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeInstancesResponse {
    /// The items of `Instances` (through its wrapper), empty when absent.
    pub fn instances(&self) -> &[Instance] {
        self.instances
            .as_ref()
            .and_then(|w| w.instance.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesResponse",
            &[
                ("instances", d::opt(&self.instances)),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Instances",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instances = r.decode()?,
                1 => out.next_token = r.decode()?,
                2 => out.page_number = r.decode()?,
                3 => out.page_size = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
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
