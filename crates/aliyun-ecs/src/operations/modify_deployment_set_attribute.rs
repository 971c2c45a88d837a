//! `ModifyDeploymentSetAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDeploymentSetAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDeploymentSetAttribute",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "DeploymentSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_deployment_set_attribute`](crate::Client::modify_deployment_set_attribute) (`ModifyDeploymentSetAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDeploymentSetAttributeRequest {
    /// `DeploymentSetId` (query). Required.
    ///
    /// Example: `ds-bp1frxuzdg87zh4p****`.
    #[serde(rename = "DeploymentSetId")]
    pub deployment_set_id: ::std::string::String,
    /// `Description` (query).
    ///
    /// Example: `TestDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetName` (query).
    ///
    /// Example: `DeploymentSetTestName`.
    #[serde(
        rename = "DeploymentSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_name: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl ModifyDeploymentSetAttributeRequest {
    /// A `ModifyDeploymentSetAttributeRequest` with its required members: `DeploymentSetId`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        deployment_set_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            deployment_set_id: deployment_set_id.into(),
            description: ::std::option::Option::None,
            deployment_set_name: ::std::option::Option::None,
            region_id: region_id.into(),
        }
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for ModifyDeploymentSetAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDeploymentSetAttributeRequest",
            &[
                ("deployment_set_id", d::req(&self.deployment_set_id)),
                ("description", d::opt(&self.description)),
                ("deployment_set_name", d::opt(&self.deployment_set_name)),
                ("region_id", d::req(&self.region_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDeploymentSetAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DeploymentSetId",
            "Description",
            "DeploymentSetName",
            "RegionId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_deployment_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_deployment_set_id = r.decode()?,
                1 => m_description = r.decode()?,
                2 => m_deployment_set_name = r.decode()?,
                3 => m_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDeploymentSetAttributeRequest {
            deployment_set_id: m_deployment_set_id.ok_or_else(|| r.missing("DeploymentSetId"))?,
            description: m_description,
            deployment_set_name: m_deployment_set_name,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
        })
    }
}

/// The response of [`Client::modify_deployment_set_attribute`](crate::Client::modify_deployment_set_attribute) (`ModifyDeploymentSetAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDeploymentSetAttributeResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDeploymentSetAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDeploymentSetAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDeploymentSetAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyDeploymentSetAttributeResponse::default();
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
