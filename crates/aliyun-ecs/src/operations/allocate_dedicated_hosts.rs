//! `AllocateDedicatedHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AllocateDedicatedHosts>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AllocateDedicatedHosts",
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
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActionOnMaintenance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkAttributes.SlbUdpTimeout",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkAttributes.UdpTimeout",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoPlacement",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuOverCommitRatio",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MinQuantity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Quantity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenew",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoRenewPeriod",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AutoReleaseTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::allocate_dedicated_hosts`](crate::Client::allocate_dedicated_hosts) (`AllocateDedicatedHosts`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateDedicatedHostsRequest {
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
    /// Example: `rg-bp67acfmxazb4ph***`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-f`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostName` (query).
    ///
    /// Example: `myDDH`.
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostClusterId` (query).
    ///
    /// Example: `dc-bp12wlf6am0vz9v2****`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostType` (query). Required.
    ///
    /// Example: `ddh.c5`.
    #[serde(rename = "DedicatedHostType")]
    pub dedicated_host_type: ::std::string::String,
    /// `ActionOnMaintenance` (query).
    ///
    /// Example: `Migrate`.
    #[serde(
        rename = "ActionOnMaintenance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_on_maintenance: ::std::option::Option<::std::string::String>,
    /// `NetworkAttributes.SlbUdpTimeout` (query).
    ///
    /// Example: `60`.
    #[serde(
        rename = "NetworkAttributes.SlbUdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_attributes_slb_udp_timeout: ::std::option::Option<i32>,
    /// `NetworkAttributes.UdpTimeout` (query).
    ///
    /// Example: `60`.
    #[serde(
        rename = "NetworkAttributes.UdpTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_attributes_udp_timeout: ::std::option::Option<i32>,
    /// `Description` (query).
    ///
    /// Example: `This-is-my-DDH`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `AutoPlacement` (query).
    ///
    /// Example: `off`.
    #[serde(
        rename = "AutoPlacement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_placement: ::std::option::Option<::std::string::String>,
    /// `CpuOverCommitRatio` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "CpuOverCommitRatio",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_over_commit_ratio: ::std::option::Option<f64>,
    /// `MinQuantity` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "MinQuantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_quantity: ::std::option::Option<i32>,
    /// `ChargeType` (query).
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "ChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub charge_type: ::std::option::Option<::std::string::String>,
    /// `Quantity` (query).
    ///
    /// Example: `2`.
    #[serde(
        rename = "Quantity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub quantity: ::std::option::Option<i32>,
    /// `Period` (query).
    ///
    /// Example: `6`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `AutoRenew` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "AutoRenew",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew: ::std::option::Option<bool>,
    /// `AutoRenewPeriod` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "AutoRenewPeriod",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_renew_period: ::std::option::Option<i32>,
    /// `AutoReleaseTime` (query).
    ///
    /// Example: `2019-08-21T12:30:24Z`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl AllocateDedicatedHostsRequest {
    /// A `AllocateDedicatedHostsRequest` with its required members: `RegionId`, `DedicatedHostType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        dedicated_host_type: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            tag: ::std::option::Option::None,
            resource_group_id: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            dedicated_host_name: ::std::option::Option::None,
            dedicated_host_cluster_id: ::std::option::Option::None,
            dedicated_host_type: dedicated_host_type.into(),
            action_on_maintenance: ::std::option::Option::None,
            network_attributes_slb_udp_timeout: ::std::option::Option::None,
            network_attributes_udp_timeout: ::std::option::Option::None,
            description: ::std::option::Option::None,
            auto_placement: ::std::option::Option::None,
            cpu_over_commit_ratio: ::std::option::Option::None,
            min_quantity: ::std::option::Option::None,
            charge_type: ::std::option::Option::None,
            quantity: ::std::option::Option::None,
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            auto_renew: ::std::option::Option::None,
            auto_renew_period: ::std::option::Option::None,
            auto_release_time: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
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

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedHostName`.
    pub fn dedicated_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DedicatedHostClusterId`.
    pub fn dedicated_host_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ActionOnMaintenance`.
    pub fn action_on_maintenance(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.action_on_maintenance = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkAttributes.SlbUdpTimeout`.
    pub fn network_attributes_slb_udp_timeout(mut self, value: i32) -> Self {
        self.network_attributes_slb_udp_timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets `NetworkAttributes.UdpTimeout`.
    pub fn network_attributes_udp_timeout(mut self, value: i32) -> Self {
        self.network_attributes_udp_timeout = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoPlacement`.
    pub fn auto_placement(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_placement = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `CpuOverCommitRatio`.
    pub fn cpu_over_commit_ratio(mut self, value: f64) -> Self {
        self.cpu_over_commit_ratio = ::std::option::Option::Some(value);
        self
    }

    /// Sets `MinQuantity`.
    pub fn min_quantity(mut self, value: i32) -> Self {
        self.min_quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ChargeType`.
    pub fn charge_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Quantity`.
    pub fn quantity(mut self, value: i32) -> Self {
        self.quantity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Period`.
    pub fn period(mut self, value: i32) -> Self {
        self.period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AutoRenew`.
    pub fn auto_renew(mut self, value: bool) -> Self {
        self.auto_renew = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoRenewPeriod`.
    pub fn auto_renew_period(mut self, value: i32) -> Self {
        self.auto_renew_period = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AutoReleaseTime`.
    pub fn auto_release_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_release_time = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for AllocateDedicatedHostsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocateDedicatedHostsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("tag", d::opt(&self.tag)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("zone_id", d::opt(&self.zone_id)),
                ("dedicated_host_name", d::opt(&self.dedicated_host_name)),
                (
                    "dedicated_host_cluster_id",
                    d::opt(&self.dedicated_host_cluster_id),
                ),
                ("dedicated_host_type", d::req(&self.dedicated_host_type)),
                ("action_on_maintenance", d::opt(&self.action_on_maintenance)),
                (
                    "network_attributes_slb_udp_timeout",
                    d::opt(&self.network_attributes_slb_udp_timeout),
                ),
                (
                    "network_attributes_udp_timeout",
                    d::opt(&self.network_attributes_udp_timeout),
                ),
                ("description", d::opt(&self.description)),
                ("auto_placement", d::opt(&self.auto_placement)),
                ("cpu_over_commit_ratio", d::opt(&self.cpu_over_commit_ratio)),
                ("min_quantity", d::opt(&self.min_quantity)),
                ("charge_type", d::opt(&self.charge_type)),
                ("quantity", d::opt(&self.quantity)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("auto_renew", d::opt(&self.auto_renew)),
                ("auto_renew_period", d::opt(&self.auto_renew_period)),
                ("auto_release_time", d::opt(&self.auto_release_time)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocateDedicatedHostsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Tag",
            "ResourceGroupId",
            "ZoneId",
            "DedicatedHostName",
            "DedicatedHostClusterId",
            "DedicatedHostType",
            "ActionOnMaintenance",
            "NetworkAttributes.SlbUdpTimeout",
            "NetworkAttributes.UdpTimeout",
            "Description",
            "AutoPlacement",
            "CpuOverCommitRatio",
            "MinQuantity",
            "ChargeType",
            "Quantity",
            "Period",
            "PeriodUnit",
            "AutoRenew",
            "AutoRenewPeriod",
            "AutoReleaseTime",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 23] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_action_on_maintenance: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_attributes_slb_udp_timeout: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_network_attributes_udp_timeout: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_placement: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cpu_over_commit_ratio: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut m_min_quantity: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_quantity: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_renew: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_auto_renew_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_auto_release_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_tag = r.decode()?,
                2 => m_resource_group_id = r.decode()?,
                3 => m_zone_id = r.decode()?,
                4 => m_dedicated_host_name = r.decode()?,
                5 => m_dedicated_host_cluster_id = r.decode()?,
                6 => m_dedicated_host_type = r.decode()?,
                7 => m_action_on_maintenance = r.decode()?,
                8 => m_network_attributes_slb_udp_timeout = r.decode()?,
                9 => m_network_attributes_udp_timeout = r.decode()?,
                10 => m_description = r.decode()?,
                11 => m_auto_placement = r.decode()?,
                12 => m_cpu_over_commit_ratio = r.decode()?,
                13 => m_min_quantity = r.decode()?,
                14 => m_charge_type = r.decode()?,
                15 => m_quantity = r.decode()?,
                16 => m_period = r.decode()?,
                17 => m_period_unit = r.decode()?,
                18 => m_auto_renew = r.decode()?,
                19 => m_auto_renew_period = r.decode()?,
                20 => m_auto_release_time = r.decode()?,
                21 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AllocateDedicatedHostsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            tag: m_tag,
            resource_group_id: m_resource_group_id,
            zone_id: m_zone_id,
            dedicated_host_name: m_dedicated_host_name,
            dedicated_host_cluster_id: m_dedicated_host_cluster_id,
            dedicated_host_type: m_dedicated_host_type
                .ok_or_else(|| r.missing("DedicatedHostType"))?,
            action_on_maintenance: m_action_on_maintenance,
            network_attributes_slb_udp_timeout: m_network_attributes_slb_udp_timeout,
            network_attributes_udp_timeout: m_network_attributes_udp_timeout,
            description: m_description,
            auto_placement: m_auto_placement,
            cpu_over_commit_ratio: m_cpu_over_commit_ratio,
            min_quantity: m_min_quantity,
            charge_type: m_charge_type,
            quantity: m_quantity,
            period: m_period,
            period_unit: m_period_unit,
            auto_renew: m_auto_renew,
            auto_renew_period: m_auto_renew_period,
            auto_release_time: m_auto_release_time,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::allocate_dedicated_hosts`](crate::Client::allocate_dedicated_hosts) (`AllocateDedicatedHosts`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateDedicatedHostsResponse {
    /// `DedicatedHostIdSets`.
    #[serde(
        rename = "DedicatedHostIdSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id_sets: ::std::option::Option<crate::models::DedicatedHostIdSets>,
    /// `RequestId`.
    ///
    /// Example: `E2A664A6-2933-4C64-88AE-5033D003****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl AllocateDedicatedHostsResponse {
    /// The items of `DedicatedHostIdSets` (through its wrapper), empty when absent.
    pub fn dedicated_host_id_sets(&self) -> &[::yun_core::Text] {
        self.dedicated_host_id_sets
            .as_ref()
            .and_then(|w| w.dedicated_host_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AllocateDedicatedHostsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocateDedicatedHostsResponse",
            &[
                (
                    "dedicated_host_id_sets",
                    d::opt(&self.dedicated_host_id_sets),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocateDedicatedHostsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedHostIdSets", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = AllocateDedicatedHostsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_host_id_sets = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
