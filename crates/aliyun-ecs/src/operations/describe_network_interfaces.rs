//! `DescribeNetworkInterfaces`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNetworkInterfaces>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeNetworkInterfaces",
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
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VSwitchId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "VpcId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrimaryIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Type",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ServiceManaged",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
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
                name: "PrivateIpAddress",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Ipv6Address",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_network_interfaces`](crate::Client::describe_network_interfaces) (`DescribeNetworkInterfaces`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfacesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `VSwitchId` (query).
    ///
    /// Example: `vsw-bp16usj2p27htro3****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::std::string::String>,
    /// `VpcId` (query).
    ///
    /// Example: `vpc-bp1j7w3gc1cexjqd****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    /// `PrimaryIpAddress` (query).
    ///
    /// Example: `192.168.**.**`.
    #[serde(
        rename = "PrimaryIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub primary_ip_address: ::std::option::Option<::std::string::String>,
    /// `SecurityGroupId` (query).
    ///
    /// Example: `sg-bp144yr32sx6ndw****`.
    #[serde(
        rename = "SecurityGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_id: ::std::option::Option<::std::string::String>,
    /// `NetworkInterfaceName` (query).
    ///
    /// Example: `test-eni-name`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::std::string::String>,
    /// `Type` (query).
    ///
    /// Example: `Secondary`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp1e2l6djkndyuli****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `ServiceManaged` (query).
    ///
    /// Example: `true`.
    #[serde(
        rename = "ServiceManaged",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_managed: ::std::option::Option<bool>,
    /// `Status` (query).
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query). Deprecated by the vendor.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query). Deprecated by the vendor.
    ///
    /// Example: `100`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `NextToken` (query).
    ///
    /// Example: `AAAAAdDWBF2****`.
    #[serde(
        rename = "NextToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    /// `MaxResults` (query).
    ///
    /// Example: `50`.
    #[serde(
        rename = "MaxResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    /// `PrivateIpAddress` (query, sent as `PrivateIpAddress.1`, `PrivateIpAddress.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `192.168.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `NetworkInterfaceId` (query, sent as `NetworkInterfaceId.1`, `NetworkInterfaceId.2`, …).
    ///
    /// At most 1000 items.
    ///
    /// Example: `eni-bp125p95hhdhn3ot****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Ipv6Address` (query, sent as `Ipv6Address.1`, `Ipv6Address.2`, …).
    ///
    /// At most 1000 items.
    ///
    /// Example: `2408:4321:180:1701:94c7:bc38:3bfa:****`.
    #[serde(
        rename = "Ipv6Address",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeNetworkInterfacesRequest {
    /// A `DescribeNetworkInterfacesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            v_switch_id: ::std::option::Option::None,
            vpc_id: ::std::option::Option::None,
            primary_ip_address: ::std::option::Option::None,
            security_group_id: ::std::option::Option::None,
            network_interface_name: ::std::option::Option::None,
            r#type: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            service_managed: ::std::option::Option::None,
            status: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            next_token: ::std::option::Option::None,
            max_results: ::std::option::Option::None,
            private_ip_address: ::std::option::Option::None,
            network_interface_id: ::std::option::Option::None,
            ipv6_address: ::std::option::Option::None,
        }
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
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

    /// Sets `VSwitchId`.
    pub fn v_switch_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.v_switch_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `VpcId`.
    pub fn vpc_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.vpc_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrimaryIpAddress`.
    pub fn primary_ip_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.primary_ip_address = ::std::option::Option::Some(value.into());
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

    /// Sets `NetworkInterfaceName`.
    pub fn network_interface_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Type`.
    pub fn r#type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ServiceManaged`.
    pub fn service_managed(mut self, value: bool) -> Self {
        self.service_managed = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PageNumber`.
    #[deprecated(note = "deprecated by the vendor")]
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    #[deprecated(note = "deprecated by the vendor")]
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

    /// Sets `PrivateIpAddress`.
    pub fn private_ip_address(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.private_ip_address = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
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
}

impl ::std::fmt::Debug for DescribeNetworkInterfacesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNetworkInterfacesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("primary_ip_address", d::opt(&self.primary_ip_address)),
                ("security_group_id", d::opt(&self.security_group_id)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                ("type", d::opt(&self.r#type)),
                ("instance_id", d::opt(&self.instance_id)),
                ("service_managed", d::opt(&self.service_managed)),
                ("status", d::opt(&self.status)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("next_token", d::opt(&self.next_token)),
                ("max_results", d::opt(&self.max_results)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                ("ipv6_address", d::opt(&self.ipv6_address)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNetworkInterfacesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Tag",
            "ResourceGroupId",
            "VSwitchId",
            "VpcId",
            "PrimaryIpAddress",
            "SecurityGroupId",
            "NetworkInterfaceName",
            "Type",
            "InstanceId",
            "ServiceManaged",
            "Status",
            "PageNumber",
            "PageSize",
            "NextToken",
            "MaxResults",
            "PrivateIpAddress",
            "NetworkInterfaceId",
            "Ipv6Address",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 20] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_v_switch_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_vpc_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_primary_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_type: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_service_managed: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_next_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_max_results: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_private_ip_address: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_ipv6_address: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_tag = r.decode()?,
                2 => m_resource_group_id = r.decode()?,
                3 => m_v_switch_id = r.decode()?,
                4 => m_vpc_id = r.decode()?,
                5 => m_primary_ip_address = r.decode()?,
                6 => m_security_group_id = r.decode()?,
                7 => m_network_interface_name = r.decode()?,
                8 => m_type = r.decode()?,
                9 => m_instance_id = r.decode()?,
                10 => m_service_managed = r.decode()?,
                11 => m_status = r.decode()?,
                12 => m_page_number = r.decode()?,
                13 => m_page_size = r.decode()?,
                14 => m_next_token = r.decode()?,
                15 => m_max_results = r.decode()?,
                16 => m_private_ip_address = r.decode()?,
                17 => m_network_interface_id = r.decode()?,
                18 => m_ipv6_address = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeNetworkInterfacesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
            v_switch_id: m_v_switch_id,
            vpc_id: m_vpc_id,
            primary_ip_address: m_primary_ip_address,
            security_group_id: m_security_group_id,
            network_interface_name: m_network_interface_name,
            r#type: m_type,
            instance_id: m_instance_id,
            service_managed: m_service_managed,
            status: m_status,
            page_number: m_page_number,
            page_size: m_page_size,
            next_token: m_next_token,
            max_results: m_max_results,
            private_ip_address: m_private_ip_address,
            network_interface_id: m_network_interface_id,
            ipv6_address: m_ipv6_address,
        })
    }
}

/// The `NetworkInterfaceSets.NetworkInterfaceSet.Attachment` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Attachment {
    /// `DeviceIndex`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "DeviceIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_index: ::std::option::Option<i64>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `NetworkCardIndex`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "NetworkCardIndex",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_card_index: ::std::option::Option<i64>,
    /// `TrunkNetworkInterfaceId`.
    #[serde(
        rename = "TrunkNetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub trunk_network_interface_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Attachment {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Attachment",
            &[
                ("device_index", d::opt(&self.device_index)),
                ("instance_id", d::opt(&self.instance_id)),
                ("network_card_index", d::opt(&self.network_card_index)),
                (
                    "trunk_network_interface_id",
                    d::opt(&self.trunk_network_interface_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Attachment {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DeviceIndex",
            "InstanceId",
            "NetworkCardIndex",
            "TrunkNetworkInterfaceId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Attachment::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.device_index = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.network_card_index = r.decode()?,
                3 => out.trunk_network_interface_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkInterfaceSets.NetworkInterfaceSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfaceSet {
    /// `AssociatedPublicIp`.
    #[serde(
        rename = "AssociatedPublicIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub associated_public_ip: ::std::option::Option<crate::models::AssociatedPublicIp>,
    /// `Attachment`.
    #[serde(
        rename = "Attachment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attachment: ::std::option::Option<Attachment>,
    /// `CreationTime`.
    ///
    /// Example: `2019-12-25T12:31:31Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DeleteOnRelease`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "DeleteOnRelease",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delete_on_release: ::std::option::Option<bool>,
    /// `Description`.
    ///
    /// Example: `DescriptionTest`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp1e2l6djkndyuli****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `00:16:3e:12:**:**`.
    #[serde(
        rename = "MacAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mac_address: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceId`.
    ///
    /// Example: `eni-bp125p95hhdhn3ot****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceName`.
    ///
    /// Example: `my-eni-name`.
    #[serde(
        rename = "NetworkInterfaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_name: ::std::option::Option<::yun_core::Text>,
    /// `NetworkInterfaceTrafficMode`.
    ///
    /// Example: `Standard`.
    #[serde(
        rename = "NetworkInterfaceTrafficMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_traffic_mode: ::std::option::Option<::yun_core::Text>,
    /// `OwnerId`.
    ///
    /// Example: `123456****`.
    #[serde(
        rename = "OwnerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpAddress`.
    ///
    /// Example: `172.17.**.**`.
    #[serde(
        rename = "PrivateIpAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_address: ::std::option::Option<::yun_core::Text>,
    /// `PrivateIpSets`.
    #[serde(
        rename = "PrivateIpSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_ip_sets: ::std::option::Option<crate::models::ResponsePrivateIpSets>,
    /// `QueueNumber`.
    ///
    /// Example: `8`.
    #[serde(
        rename = "QueueNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_number: ::std::option::Option<i64>,
    /// `QueuePairNumber`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "QueuePairNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queue_pair_number: ::std::option::Option<i64>,
    /// `ResourceGroupId`.
    ///
    /// Example: `rg-2ze88m67qx5z****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::yun_core::Text>,
    /// `SecurityGroupIds`.
    #[serde(
        rename = "SecurityGroupIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_group_ids: ::std::option::Option<crate::models::SecurityGroupIds>,
    /// `ServiceID`.
    ///
    /// Example: `12345678910`.
    #[serde(
        rename = "ServiceID",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_id: ::std::option::Option<i64>,
    /// `ServiceManaged`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "ServiceManaged",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_managed: ::std::option::Option<bool>,
    /// `Status`.
    ///
    /// Example: `Available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
    /// `Type`.
    ///
    /// Example: `Secondary`.
    #[serde(
        rename = "Type",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::yun_core::Text>,
    /// `VSwitchId`.
    ///
    /// Example: `vsw-bp16usj2p27htro3****`.
    #[serde(
        rename = "VSwitchId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub v_switch_id: ::std::option::Option<::yun_core::Text>,
    /// `VpcId`.
    ///
    /// Example: `vpc-bp1j7w3gc1cexjqd****`.
    #[serde(
        rename = "VpcId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vpc_id: ::std::option::Option<::yun_core::Text>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-e`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl NetworkInterfaceSet {
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
    pub fn private_ip_sets(&self) -> &[crate::models::ResponsePrivateIpSet] {
        self.private_ip_sets
            .as_ref()
            .and_then(|w| w.private_ip_set.as_deref())
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

impl ::std::fmt::Debug for NetworkInterfaceSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfaceSet",
            &[
                ("associated_public_ip", d::opt(&self.associated_public_ip)),
                ("attachment", d::opt(&self.attachment)),
                ("creation_time", d::opt(&self.creation_time)),
                ("delete_on_release", d::opt(&self.delete_on_release)),
                ("description", d::opt(&self.description)),
                ("instance_id", d::opt(&self.instance_id)),
                ("ipv4_prefix_sets", d::opt(&self.ipv4_prefix_sets)),
                ("ipv6_prefix_sets", d::opt(&self.ipv6_prefix_sets)),
                ("ipv6_sets", d::opt(&self.ipv6_sets)),
                ("mac_address", d::opt(&self.mac_address)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                (
                    "network_interface_name",
                    d::opt(&self.network_interface_name),
                ),
                (
                    "network_interface_traffic_mode",
                    d::opt(&self.network_interface_traffic_mode),
                ),
                ("owner_id", d::opt(&self.owner_id)),
                ("private_ip_address", d::opt(&self.private_ip_address)),
                ("private_ip_sets", d::opt(&self.private_ip_sets)),
                ("queue_number", d::opt(&self.queue_number)),
                ("queue_pair_number", d::opt(&self.queue_pair_number)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("security_group_ids", d::opt(&self.security_group_ids)),
                ("service_id", d::opt(&self.service_id)),
                ("service_managed", d::opt(&self.service_managed)),
                ("status", d::opt(&self.status)),
                ("tags", d::opt(&self.tags)),
                ("type", d::opt(&self.r#type)),
                ("v_switch_id", d::opt(&self.v_switch_id)),
                ("vpc_id", d::opt(&self.vpc_id)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterfaceSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AssociatedPublicIp",
            "Attachment",
            "CreationTime",
            "DeleteOnRelease",
            "Description",
            "InstanceId",
            "Ipv4PrefixSets",
            "Ipv6PrefixSets",
            "Ipv6Sets",
            "MacAddress",
            "NetworkInterfaceId",
            "NetworkInterfaceName",
            "NetworkInterfaceTrafficMode",
            "OwnerId",
            "PrivateIpAddress",
            "PrivateIpSets",
            "QueueNumber",
            "QueuePairNumber",
            "ResourceGroupId",
            "SecurityGroupIds",
            "ServiceID",
            "ServiceManaged",
            "Status",
            "Tags",
            "Type",
            "VSwitchId",
            "VpcId",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 29] = ::yun_core::json::member_order();
        let mut out = NetworkInterfaceSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.associated_public_ip = r.decode()?,
                1 => out.attachment = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.delete_on_release = r.decode()?,
                4 => out.description = r.decode()?,
                5 => out.instance_id = r.decode()?,
                6 => out.ipv4_prefix_sets = r.decode()?,
                7 => out.ipv6_prefix_sets = r.decode()?,
                8 => out.ipv6_sets = r.decode()?,
                9 => out.mac_address = r.decode()?,
                10 => out.network_interface_id = r.decode()?,
                11 => out.network_interface_name = r.decode()?,
                12 => out.network_interface_traffic_mode = r.decode()?,
                13 => out.owner_id = r.decode()?,
                14 => out.private_ip_address = r.decode()?,
                15 => out.private_ip_sets = r.decode()?,
                16 => out.queue_number = r.decode()?,
                17 => out.queue_pair_number = r.decode()?,
                18 => out.resource_group_id = r.decode()?,
                19 => out.security_group_ids = r.decode()?,
                20 => out.service_id = r.decode()?,
                21 => out.service_managed = r.decode()?,
                22 => out.status = r.decode()?,
                23 => out.tags = r.decode()?,
                24 => out.r#type = r.decode()?,
                25 => out.v_switch_id = r.decode()?,
                26 => out.vpc_id = r.decode()?,
                27 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `NetworkInterfaceSets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfaceSets {
    /// `NetworkInterfaceSet`.
    #[serde(
        rename = "NetworkInterfaceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_set: ::std::option::Option<::std::vec::Vec<NetworkInterfaceSet>>,
}

impl ::std::fmt::Debug for NetworkInterfaceSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfaceSets",
            &[("network_interface_set", d::opt(&self.network_interface_set))],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterfaceSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkInterfaceSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkInterfaceSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_network_interfaces`](crate::Client::describe_network_interfaces) (`DescribeNetworkInterfaces`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfacesResponse {
    /// `NetworkInterfaceSets`.
    #[serde(
        rename = "NetworkInterfaceSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_sets: ::std::option::Option<NetworkInterfaceSets>,
    /// `NextToken`.
    ///
    /// Example: `AAAAAdDWBF2****`.
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
    /// Example: `1`.
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
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeNetworkInterfacesResponse {
    /// The items of `NetworkInterfaceSets` (through its wrapper), empty when absent.
    pub fn network_interface_sets(&self) -> &[NetworkInterfaceSet] {
        self.network_interface_sets
            .as_ref()
            .and_then(|w| w.network_interface_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeNetworkInterfacesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNetworkInterfacesResponse",
            &[
                (
                    "network_interface_sets",
                    d::opt(&self.network_interface_sets),
                ),
                ("next_token", d::opt(&self.next_token)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNetworkInterfacesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "NetworkInterfaceSets",
            "NextToken",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeNetworkInterfacesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface_sets = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeNetworkInterfacesRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeNetworkInterfaces` pages (by `NextToken`), for [`Client::describe_network_interfaces_paginator`](crate::Client::describe_network_interfaces_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeNetworkInterfacesRequest {
    type Response = DescribeNetworkInterfacesResponse;
    type Item = NetworkInterfaceSet;
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

    fn next_token(page: &DescribeNetworkInterfacesResponse) -> ::std::option::Option<&str> {
        page.next_token.as_deref()
    }

    fn item_count(page: &DescribeNetworkInterfacesResponse) -> usize {
        page.network_interface_sets
            .as_ref()
            .and_then(|x| x.network_interface_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeNetworkInterfacesResponse) -> ::std::vec::Vec<NetworkInterfaceSet> {
        page.network_interface_sets
            .and_then(|x| x.network_interface_set)
            .unwrap_or_default()
    }
}
