//! `ModifyDedicatedHostAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDedicatedHostAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
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
                name: "AutoPlacement",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CpuOverCommitRatio",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_dedicated_host_attribute`](crate::Client::modify_dedicated_host_attribute) (`ModifyDedicatedHostAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DedicatedHostId` (query). Required.
    ///
    /// Example: `dh-bp165p6xk2tlw61e****`.
    #[serde(rename = "DedicatedHostId")]
    pub dedicated_host_id: ::std::string::String,
    /// `DedicatedHostName` (query).
    ///
    /// Example: `testDedicatedHostName`.
    #[serde(
        rename = "DedicatedHostName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
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
    /// `AutoPlacement` (query).
    ///
    /// Example: `on`.
    #[serde(
        rename = "AutoPlacement",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_placement: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostClusterId` (query).
    ///
    /// Example: `dc-bp165p6xk2tlw61e****`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
    /// `CpuOverCommitRatio` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "CpuOverCommitRatio",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_over_commit_ratio: ::std::option::Option<f64>,
}

impl ModifyDedicatedHostAttributeRequest {
    /// A `ModifyDedicatedHostAttributeRequest` with its required members: `RegionId`, `DedicatedHostId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        dedicated_host_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            dedicated_host_id: dedicated_host_id.into(),
            dedicated_host_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            action_on_maintenance: ::std::option::Option::None,
            network_attributes_slb_udp_timeout: ::std::option::Option::None,
            network_attributes_udp_timeout: ::std::option::Option::None,
            auto_placement: ::std::option::Option::None,
            dedicated_host_cluster_id: ::std::option::Option::None,
            cpu_over_commit_ratio: ::std::option::Option::None,
        }
    }

    /// Sets `DedicatedHostName`.
    pub fn dedicated_host_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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

    /// Sets `AutoPlacement`.
    pub fn auto_placement(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_placement = ::std::option::Option::Some(value.into());
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

    /// Sets `CpuOverCommitRatio`.
    pub fn cpu_over_commit_ratio(mut self, value: f64) -> Self {
        self.cpu_over_commit_ratio = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyDedicatedHostAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("dedicated_host_id", d::req(&self.dedicated_host_id)),
                ("dedicated_host_name", d::opt(&self.dedicated_host_name)),
                ("description", d::opt(&self.description)),
                ("action_on_maintenance", d::opt(&self.action_on_maintenance)),
                (
                    "network_attributes_slb_udp_timeout",
                    d::opt(&self.network_attributes_slb_udp_timeout),
                ),
                (
                    "network_attributes_udp_timeout",
                    d::opt(&self.network_attributes_udp_timeout),
                ),
                ("auto_placement", d::opt(&self.auto_placement)),
                (
                    "dedicated_host_cluster_id",
                    d::opt(&self.dedicated_host_cluster_id),
                ),
                ("cpu_over_commit_ratio", d::opt(&self.cpu_over_commit_ratio)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "DedicatedHostId",
            "DedicatedHostName",
            "Description",
            "ActionOnMaintenance",
            "NetworkAttributes.SlbUdpTimeout",
            "NetworkAttributes.UdpTimeout",
            "AutoPlacement",
            "DedicatedHostClusterId",
            "CpuOverCommitRatio",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 11] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_action_on_maintenance: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_attributes_slb_udp_timeout: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_network_attributes_udp_timeout: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_auto_placement: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_cpu_over_commit_ratio: ::std::option::Option<f64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_dedicated_host_id = r.decode()?,
                2 => m_dedicated_host_name = r.decode()?,
                3 => m_description = r.decode()?,
                4 => m_action_on_maintenance = r.decode()?,
                5 => m_network_attributes_slb_udp_timeout = r.decode()?,
                6 => m_network_attributes_udp_timeout = r.decode()?,
                7 => m_auto_placement = r.decode()?,
                8 => m_dedicated_host_cluster_id = r.decode()?,
                9 => m_cpu_over_commit_ratio = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDedicatedHostAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            dedicated_host_id: m_dedicated_host_id.ok_or_else(|| r.missing("DedicatedHostId"))?,
            dedicated_host_name: m_dedicated_host_name,
            description: m_description,
            action_on_maintenance: m_action_on_maintenance,
            network_attributes_slb_udp_timeout: m_network_attributes_slb_udp_timeout,
            network_attributes_udp_timeout: m_network_attributes_udp_timeout,
            auto_placement: m_auto_placement,
            dedicated_host_cluster_id: m_dedicated_host_cluster_id,
            cpu_over_commit_ratio: m_cpu_over_commit_ratio,
        })
    }
}

/// The response of [`Client::modify_dedicated_host_attribute`](crate::Client::modify_dedicated_host_attribute) (`ModifyDedicatedHostAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `2A4EA075-CB5B-41B7-B0EB-70D339F6****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDedicatedHostAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyDedicatedHostAttributeResponse::default();
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
