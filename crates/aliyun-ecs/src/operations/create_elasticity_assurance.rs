//! `CreateElasticityAssurance`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateElasticityAssurance>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateElasticityAssurance",
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
                name: "ResourceGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
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
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PrivatePoolOptions.MatchCriteria",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AssuranceTimes",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceAmount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceCpuCoreCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StartTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_elasticity_assurance`](crate::Client::create_elasticity_assurance) (`CreateElasticityAssurance`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateElasticityAssuranceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ResourceGroupId` (query).
    ///
    /// Example: `rg-bp67acfmxazb4p****`.
    #[serde(
        rename = "ResourceGroupId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_group_id: ::std::option::Option<::std::string::String>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
    /// `Period` (query).
    ///
    /// Default: `1`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "Period",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period: ::std::option::Option<i32>,
    /// `PeriodUnit` (query).
    ///
    /// Default: `Year`.
    ///
    /// Example: `Year`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `0c593ea1-3bea-11e9-b96b-88e9fe637760`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptions.Name` (query).
    ///
    /// Example: `eapTestName`.
    #[serde(
        rename = "PrivatePoolOptions.Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `This is description.`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `PrivatePoolOptions.MatchCriteria` (query).
    ///
    /// Default: `Open`.
    ///
    /// Example: `Open`.
    #[serde(
        rename = "PrivatePoolOptions.MatchCriteria",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_match_criteria: ::std::option::Option<::std::string::String>,
    /// `AssuranceTimes` (query).
    ///
    /// Default: `Unlimited`.
    ///
    /// Example: `Unlimited`.
    #[serde(
        rename = "AssuranceTimes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub assurance_times: ::std::option::Option<::std::string::String>,
    /// `InstanceAmount` (query).
    ///
    /// At least 1.
    ///
    /// Example: `2`.
    #[serde(
        rename = "InstanceAmount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_amount: ::std::option::Option<i32>,
    /// `InstanceCpuCoreCount` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "InstanceCpuCoreCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_cpu_core_count: ::std::option::Option<i32>,
    /// `StartTime` (query).
    ///
    /// Example: `2020-10-30T06:32:00Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query, sent as `ZoneId.1`, `ZoneId.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `cn-hangzhou-h`.
    #[serde(rename = "ZoneId")]
    pub zone_id: ::std::vec::Vec<::std::string::String>,
    /// `InstanceType` (query, sent as `InstanceType.1`, `InstanceType.2`, …). Required.
    ///
    /// At most 100 items.
    ///
    /// Example: `ecs.c6.xlarge`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::vec::Vec<::std::string::String>,
}

impl CreateElasticityAssuranceRequest {
    /// A `CreateElasticityAssuranceRequest` with its required members: `RegionId`, `ZoneId`, `InstanceType`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        zone_id: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
        instance_type: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            resource_group_id: ::std::option::Option::None,
            tag: ::std::option::Option::None,
            period: ::std::option::Option::None,
            period_unit: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            private_pool_options_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
            private_pool_options_match_criteria: ::std::option::Option::None,
            assurance_times: ::std::option::Option::None,
            instance_amount: ::std::option::Option::None,
            instance_cpu_core_count: ::std::option::Option::None,
            start_time: ::std::option::Option::None,
            zone_id: zone_id
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            instance_type: instance_type
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }

    /// Sets `ResourceGroupId`.
    pub fn resource_group_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_group_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
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

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrivatePoolOptions.Name`.
    pub fn private_pool_options_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PrivatePoolOptions.MatchCriteria`.
    pub fn private_pool_options_match_criteria(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.private_pool_options_match_criteria = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AssuranceTimes`.
    pub fn assurance_times(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.assurance_times = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceAmount`.
    pub fn instance_amount(mut self, value: i32) -> Self {
        self.instance_amount = ::std::option::Option::Some(value);
        self
    }

    /// Sets `InstanceCpuCoreCount`.
    pub fn instance_cpu_core_count(mut self, value: i32) -> Self {
        self.instance_cpu_core_count = ::std::option::Option::Some(value);
        self
    }

    /// Sets `StartTime`.
    pub fn start_time(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.start_time = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for CreateElasticityAssuranceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateElasticityAssuranceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("resource_group_id", d::opt(&self.resource_group_id)),
                ("tag", d::opt(&self.tag)),
                ("period", d::opt(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("client_token", d::opt(&self.client_token)),
                (
                    "private_pool_options_name",
                    d::opt(&self.private_pool_options_name),
                ),
                ("description", d::opt(&self.description)),
                (
                    "private_pool_options_match_criteria",
                    d::opt(&self.private_pool_options_match_criteria),
                ),
                ("assurance_times", d::opt(&self.assurance_times)),
                ("instance_amount", d::opt(&self.instance_amount)),
                (
                    "instance_cpu_core_count",
                    d::opt(&self.instance_cpu_core_count),
                ),
                ("start_time", d::opt(&self.start_time)),
                ("zone_id", d::req(&self.zone_id)),
                ("instance_type", d::req(&self.instance_type)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateElasticityAssuranceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ResourceGroupId",
            "Tag",
            "Period",
            "PeriodUnit",
            "ClientToken",
            "PrivatePoolOptions.Name",
            "Description",
            "PrivatePoolOptions.MatchCriteria",
            "AssuranceTimes",
            "InstanceAmount",
            "InstanceCpuCoreCount",
            "StartTime",
            "ZoneId",
            "InstanceType",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 16] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_resource_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_match_criteria: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_assurance_times: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_amount: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_instance_cpu_core_count: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_start_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_resource_group_id = r.decode()?,
                2 => m_tag = r.decode()?,
                3 => m_period = r.decode()?,
                4 => m_period_unit = r.decode()?,
                5 => m_client_token = r.decode()?,
                6 => m_private_pool_options_name = r.decode()?,
                7 => m_description = r.decode()?,
                8 => m_private_pool_options_match_criteria = r.decode()?,
                9 => m_assurance_times = r.decode()?,
                10 => m_instance_amount = r.decode()?,
                11 => m_instance_cpu_core_count = r.decode()?,
                12 => m_start_time = r.decode()?,
                13 => m_zone_id = r.decode()?,
                14 => m_instance_type = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateElasticityAssuranceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            resource_group_id: m_resource_group_id,
            tag: m_tag,
            period: m_period,
            period_unit: m_period_unit,
            client_token: m_client_token,
            private_pool_options_name: m_private_pool_options_name,
            description: m_description,
            private_pool_options_match_criteria: m_private_pool_options_match_criteria,
            assurance_times: m_assurance_times,
            instance_amount: m_instance_amount,
            instance_cpu_core_count: m_instance_cpu_core_count,
            start_time: m_start_time,
            zone_id: m_zone_id.ok_or_else(|| r.missing("ZoneId"))?,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
        })
    }
}

/// The response of [`Client::create_elasticity_assurance`](crate::Client::create_elasticity_assurance) (`CreateElasticityAssurance`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateElasticityAssuranceResponse {
    /// `OrderId`.
    ///
    /// Example: `1234567890`.
    #[serde(
        rename = "OrderId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::yun_core::Text>,
    /// `PrivatePoolOptionsId`.
    ///
    /// Example: `eap-bp67acfmxazb4****`.
    #[serde(
        rename = "PrivatePoolOptionsId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub private_pool_options_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateElasticityAssuranceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateElasticityAssuranceResponse",
            &[
                ("order_id", d::opt(&self.order_id)),
                (
                    "private_pool_options_id",
                    d::opt(&self.private_pool_options_id),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateElasticityAssuranceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["OrderId", "PrivatePoolOptionsId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = CreateElasticityAssuranceResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.order_id = r.decode()?,
                1 => out.private_pool_options_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
