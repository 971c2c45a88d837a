//! `CreateDeploymentSet`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateDeploymentSet>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateDeploymentSet",
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
                name: "OnUnableToRedeployFailedInstance",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Domain",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Granularity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Strategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "GroupCount",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_deployment_set`](crate::Client::create_deployment_set) (`CreateDeploymentSet`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDeploymentSetRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `OnUnableToRedeployFailedInstance` (query).
    ///
    /// Example: `CancelMembershipAndStart`.
    #[serde(
        rename = "OnUnableToRedeployFailedInstance",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub on_unable_to_redeploy_failed_instance: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetName` (query).
    ///
    /// Example: `testDeploymentSetName`.
    #[serde(
        rename = "DeploymentSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_name: ::std::option::Option<::std::string::String>,
    /// `Domain` (query).
    #[serde(
        rename = "Domain",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub domain: ::std::option::Option<::std::string::String>,
    /// `Granularity` (query).
    #[serde(
        rename = "Granularity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub granularity: ::std::option::Option<::std::string::String>,
    /// `Strategy` (query).
    ///
    /// Example: `Availability`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
    /// `GroupCount` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "GroupCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub group_count: ::std::option::Option<i64>,
}

impl CreateDeploymentSetRequest {
    /// A `CreateDeploymentSetRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            on_unable_to_redeploy_failed_instance: ::std::option::Option::None,
            description: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
            deployment_set_name: ::std::option::Option::None,
            domain: ::std::option::Option::None,
            granularity: ::std::option::Option::None,
            strategy: ::std::option::Option::None,
            group_count: ::std::option::Option::None,
        }
    }

    /// Sets `OnUnableToRedeployFailedInstance`.
    pub fn on_unable_to_redeploy_failed_instance(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.on_unable_to_redeploy_failed_instance = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
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

    /// Sets `Domain`.
    pub fn domain(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.domain = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Granularity`.
    pub fn granularity(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.granularity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Strategy`.
    pub fn strategy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.strategy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `GroupCount`.
    pub fn group_count(mut self, value: i64) -> Self {
        self.group_count = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateDeploymentSetRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDeploymentSetRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "on_unable_to_redeploy_failed_instance",
                    d::opt(&self.on_unable_to_redeploy_failed_instance),
                ),
                ("description", d::opt(&self.description)),
                ("client_token", d::opt(&self.client_token)),
                ("deployment_set_name", d::opt(&self.deployment_set_name)),
                ("domain", d::opt(&self.domain)),
                ("granularity", d::opt(&self.granularity)),
                ("strategy", d::opt(&self.strategy)),
                ("group_count", d::opt(&self.group_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDeploymentSetRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "OnUnableToRedeployFailedInstance",
            "Description",
            "ClientToken",
            "DeploymentSetName",
            "Domain",
            "Granularity",
            "Strategy",
            "GroupCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_on_unable_to_redeploy_failed_instance: ::std::option::Option<
            ::std::string::String,
        > = ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_domain: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_granularity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_group_count: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_on_unable_to_redeploy_failed_instance = r.decode()?,
                2 => m_description = r.decode()?,
                3 => m_client_token = r.decode()?,
                4 => m_deployment_set_name = r.decode()?,
                5 => m_domain = r.decode()?,
                6 => m_granularity = r.decode()?,
                7 => m_strategy = r.decode()?,
                8 => m_group_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateDeploymentSetRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            on_unable_to_redeploy_failed_instance: m_on_unable_to_redeploy_failed_instance,
            description: m_description,
            client_token: m_client_token,
            deployment_set_name: m_deployment_set_name,
            domain: m_domain,
            granularity: m_granularity,
            strategy: m_strategy,
            group_count: m_group_count,
        })
    }
}

/// The response of [`Client::create_deployment_set`](crate::Client::create_deployment_set) (`CreateDeploymentSet`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateDeploymentSetResponse {
    /// `DeploymentSetId`.
    ///
    /// Example: `ds-bp1frxuzdg87zh4pzq****`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateDeploymentSetResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateDeploymentSetResponse",
            &[
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateDeploymentSetResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DeploymentSetId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateDeploymentSetResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.deployment_set_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
