//! `DescribeDeploymentSets`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDeploymentSets>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDeploymentSets",
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
                name: "DeploymentSetIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Strategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Granularity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Domain",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_deployment_sets`](crate::Client::describe_deployment_sets) (`DescribeDeploymentSets`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDeploymentSetsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 50.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `DeploymentSetIds` (query).
    ///
    /// Example: `["ds-bp67acfmxazb4ph****", "ds-bp67acfmxazb4pi****", … "ds-bp67acfmxazb4pj****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "DeploymentSetIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_ids: ::std::option::Option<::std::string::String>,
    /// `NetworkType` (query).
    #[serde(
        rename = "NetworkType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_type: ::std::option::Option<::std::string::String>,
    /// `Strategy` (query).
    ///
    /// Example: `Availability`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetName` (query).
    ///
    /// Example: `testDeploymentSetName`.
    #[serde(
        rename = "DeploymentSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_name: ::std::option::Option<::std::string::String>,
    /// `Granularity` (query).
    #[serde(
        rename = "Granularity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub granularity: ::std::option::Option<::std::string::String>,
    /// `Domain` (query).
    #[serde(
        rename = "Domain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain: ::std::option::Option<::std::string::String>,
}

impl DescribeDeploymentSetsRequest {
    /// A `DescribeDeploymentSetsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            deployment_set_ids: ::std::option::Option::None,
            network_type: ::std::option::Option::None,
            strategy: ::std::option::Option::None,
            deployment_set_name: ::std::option::Option::None,
            granularity: ::std::option::Option::None,
            domain: ::std::option::Option::None,
        }
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

    /// Sets `DeploymentSetIds`.
    pub fn deployment_set_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_set_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `NetworkType`.
    pub fn network_type(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.network_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Strategy`.
    pub fn strategy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeploymentSetName`.
    pub fn deployment_set_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_set_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Granularity`.
    pub fn granularity(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.granularity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Domain`.
    pub fn domain(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.domain = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeDeploymentSetsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDeploymentSetsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("deployment_set_ids", d::opt(&self.deployment_set_ids)),
                ("network_type", d::opt(&self.network_type)),
                ("strategy", d::opt(&self.strategy)),
                ("deployment_set_name", d::opt(&self.deployment_set_name)),
                ("granularity", d::opt(&self.granularity)),
                ("domain", d::opt(&self.domain)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDeploymentSetsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "DeploymentSetIds",
            "NetworkType",
            "Strategy",
            "DeploymentSetName",
            "Granularity",
            "Domain",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_deployment_set_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_granularity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_domain: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_deployment_set_ids = r.decode()?,
                4 => m_network_type = r.decode()?,
                5 => m_strategy = r.decode()?,
                6 => m_deployment_set_name = r.decode()?,
                7 => m_granularity = r.decode()?,
                8 => m_domain = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDeploymentSetsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            deployment_set_ids: m_deployment_set_ids,
            network_type: m_network_type,
            strategy: m_strategy,
            deployment_set_name: m_deployment_set_name,
            granularity: m_granularity,
            domain: m_domain,
        })
    }
}

/// The `DeploymentSets.DeploymentSet.Capacities.Capacity` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Capacity {
    /// `AvailableAmount`.
    ///
    /// Example: `18`.
    #[serde(
        rename = "AvailableAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_amount: ::std::option::Option<i64>,
    /// `UsedAmount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "UsedAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub used_amount: ::std::option::Option<i64>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-i`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Capacity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Capacity",
            &[
                ("available_amount", d::opt(&self.available_amount)),
                ("used_amount", d::opt(&self.used_amount)),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Capacity {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AvailableAmount", "UsedAmount", "ZoneId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = Capacity::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.available_amount = r.decode()?,
                1 => out.used_amount = r.decode()?,
                2 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DeploymentSets.DeploymentSet.Capacities` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Capacities {
    /// `Capacity`.
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<::std::vec::Vec<Capacity>>,
}

impl ::std::fmt::Debug for Capacities {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Capacities", &[("capacity", d::opt(&self.capacity))])
    }
}

impl ::yun_core::json::Decode for Capacities {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Capacity"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Capacities::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.capacity = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DeploymentSets.DeploymentSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeploymentSet {
    /// `Capacities`.
    #[serde(
        rename = "Capacities",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacities: ::std::option::Option<Capacities>,
    /// `CreationTime`.
    ///
    /// Example: `2021-12-07T06:01:46Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DeploymentSetDescription`.
    ///
    /// Example: `testDeploymentSetDescription`.
    #[serde(
        rename = "DeploymentSetDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_description: ::std::option::Option<::yun_core::Text>,
    /// `DeploymentSetId`.
    ///
    /// Example: `ds-bp67acfmxazb4ph****`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::yun_core::Text>,
    /// `DeploymentSetName`.
    ///
    /// Example: `testDeploymentSetName`.
    #[serde(
        rename = "DeploymentSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_name: ::std::option::Option<::yun_core::Text>,
    /// `DeploymentStrategy`.
    ///
    /// Example: `Availability`.
    #[serde(
        rename = "DeploymentStrategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_strategy: ::std::option::Option<::yun_core::Text>,
    /// `Domain`.
    ///
    /// Example: `default`.
    #[serde(
        rename = "Domain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain: ::std::option::Option<::yun_core::Text>,
    /// `Granularity`.
    ///
    /// Example: `host`.
    #[serde(
        rename = "Granularity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub granularity: ::std::option::Option<::yun_core::Text>,
    /// `GroupCount`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "GroupCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_count: ::std::option::Option<i64>,
    /// `InstanceAmount`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "InstanceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_amount: ::std::option::Option<i64>,
    /// `InstanceIds`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<crate::models::InstanceIds>,
    /// `Strategy`.
    ///
    /// Example: `LooseDispersion`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::yun_core::Text>,
}

impl DeploymentSet {
    /// The items of `Capacities` (through its wrapper), empty when absent.
    pub fn capacities(&self) -> &[Capacity] {
        self.capacities
            .as_ref()
            .and_then(|w| w.capacity.as_deref())
            .unwrap_or(&[])
    }

    /// The items of `InstanceIds` (through its wrapper), empty when absent.
    pub fn instance_ids(&self) -> &[::yun_core::Text] {
        self.instance_ids
            .as_ref()
            .and_then(|w| w.instance_id.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DeploymentSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeploymentSet",
            &[
                ("capacities", d::opt(&self.capacities)),
                ("creation_time", d::opt(&self.creation_time)),
                (
                    "deployment_set_description",
                    d::opt(&self.deployment_set_description),
                ),
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                ("deployment_set_name", d::opt(&self.deployment_set_name)),
                ("deployment_strategy", d::opt(&self.deployment_strategy)),
                ("domain", d::opt(&self.domain)),
                ("granularity", d::opt(&self.granularity)),
                ("group_count", d::opt(&self.group_count)),
                ("instance_amount", d::opt(&self.instance_amount)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("strategy", d::opt(&self.strategy)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeploymentSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Capacities",
            "CreationTime",
            "DeploymentSetDescription",
            "DeploymentSetId",
            "DeploymentSetName",
            "DeploymentStrategy",
            "Domain",
            "Granularity",
            "GroupCount",
            "InstanceAmount",
            "InstanceIds",
            "Strategy",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut out = DeploymentSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.capacities = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.deployment_set_description = r.decode()?,
                3 => out.deployment_set_id = r.decode()?,
                4 => out.deployment_set_name = r.decode()?,
                5 => out.deployment_strategy = r.decode()?,
                6 => out.domain = r.decode()?,
                7 => out.granularity = r.decode()?,
                8 => out.group_count = r.decode()?,
                9 => out.instance_amount = r.decode()?,
                10 => out.instance_ids = r.decode()?,
                11 => out.strategy = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DeploymentSets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeploymentSets {
    /// `DeploymentSet`.
    #[serde(
        rename = "DeploymentSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set: ::std::option::Option<::std::vec::Vec<DeploymentSet>>,
}

impl ::std::fmt::Debug for DeploymentSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeploymentSets",
            &[("deployment_set", d::opt(&self.deployment_set))],
        )
    }
}

impl ::yun_core::json::Decode for DeploymentSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DeploymentSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeploymentSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.deployment_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_deployment_sets`](crate::Client::describe_deployment_sets) (`DescribeDeploymentSets`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDeploymentSetsResponse {
    /// `DeploymentSets`.
    #[serde(
        rename = "DeploymentSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_sets: ::std::option::Option<DeploymentSets>,
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

impl DescribeDeploymentSetsResponse {
    /// The items of `DeploymentSets` (through its wrapper), empty when absent.
    pub fn deployment_sets(&self) -> &[DeploymentSet] {
        self.deployment_sets
            .as_ref()
            .and_then(|w| w.deployment_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeDeploymentSetsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDeploymentSetsResponse",
            &[
                ("deployment_sets", d::opt(&self.deployment_sets)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDeploymentSetsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DeploymentSets",
            "PageNumber",
            "PageSize",
            "RegionId",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut out = DescribeDeploymentSetsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.deployment_sets = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.region_id = r.decode()?,
                4 => out.request_id = r.decode()?,
                5 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeDeploymentSetsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeDeploymentSets` pages (by `PageNumber`), for [`Client::describe_deployment_sets_paginator`](crate::Client::describe_deployment_sets_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeDeploymentSetsRequest {
    type Response = DescribeDeploymentSetsResponse;
    type Item = DeploymentSet;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeDeploymentSetsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeDeploymentSetsResponse) -> usize {
        page.deployment_sets
            .as_ref()
            .and_then(|x| x.deployment_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeDeploymentSetsResponse) -> ::std::vec::Vec<DeploymentSet> {
        page.deployment_sets
            .and_then(|x| x.deployment_set)
            .unwrap_or_default()
    }
}
