//! `ModifyInstanceDeployment`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInstanceDeployment>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInstanceDeployment",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DeploymentSetGroupNo",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Force",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Affinity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tenancy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "MigrationType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DedicatedHostClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RemoveFromDeploymentSet",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_instance_deployment`](crate::Client::modify_instance_deployment) (`ModifyInstanceDeployment`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceDeploymentRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query). Required.
    ///
    /// Example: `i-bp67acfmxazb4ph***`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
    /// `DedicatedHostId` (query).
    ///
    /// Example: `dh-bp67acfmxazb4ph****`.
    #[serde(
        rename = "DedicatedHostId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_id: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetId` (query).
    ///
    /// Example: `ds-bp67acfmxazb4ph****`.
    #[serde(
        rename = "DeploymentSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_id: ::std::option::Option<::std::string::String>,
    /// `DeploymentSetGroupNo` (query).
    ///
    /// Example: `3`.
    #[serde(
        rename = "DeploymentSetGroupNo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deployment_set_group_no: ::std::option::Option<i32>,
    /// `Force` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
    /// `Affinity` (query).
    ///
    /// Example: `host`.
    #[serde(
        rename = "Affinity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub affinity: ::std::option::Option<::std::string::String>,
    /// `Tenancy` (query).
    ///
    /// Example: `host`.
    #[serde(
        rename = "Tenancy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenancy: ::std::option::Option<::std::string::String>,
    /// `MigrationType` (query).
    ///
    /// Example: `live`.
    #[serde(
        rename = "MigrationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_type: ::std::option::Option<::std::string::String>,
    /// `InstanceType` (query).
    ///
    /// Example: `ecs.c6.large`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `DedicatedHostClusterId` (query).
    ///
    /// Example: `dc-bp67acfmxazb4ph****`.
    #[serde(
        rename = "DedicatedHostClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_host_cluster_id: ::std::option::Option<::std::string::String>,
    /// `RemoveFromDeploymentSet` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "RemoveFromDeploymentSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remove_from_deployment_set: ::std::option::Option<bool>,
}

impl ModifyInstanceDeploymentRequest {
    /// A `ModifyInstanceDeploymentRequest` with its required members: `RegionId`, `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: instance_id.into(),
            dedicated_host_id: ::std::option::Option::None,
            deployment_set_id: ::std::option::Option::None,
            deployment_set_group_no: ::std::option::Option::None,
            force: ::std::option::Option::None,
            affinity: ::std::option::Option::None,
            tenancy: ::std::option::Option::None,
            migration_type: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            dedicated_host_cluster_id: ::std::option::Option::None,
            remove_from_deployment_set: ::std::option::Option::None,
        }
    }

    /// Sets `DedicatedHostId`.
    pub fn dedicated_host_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeploymentSetId`.
    pub fn deployment_set_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deployment_set_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DeploymentSetGroupNo`.
    pub fn deployment_set_group_no(mut self, value: i32) -> Self {
        self.deployment_set_group_no = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Affinity`.
    pub fn affinity(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.affinity = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Tenancy`.
    pub fn tenancy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.tenancy = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `MigrationType`.
    pub fn migration_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.migration_type = ::std::option::Option::Some(value.into());
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

    /// Sets `DedicatedHostClusterId`.
    pub fn dedicated_host_cluster_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.dedicated_host_cluster_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RemoveFromDeploymentSet`.
    pub fn remove_from_deployment_set(mut self, value: bool) -> Self {
        self.remove_from_deployment_set = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ModifyInstanceDeploymentRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceDeploymentRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::req(&self.instance_id)),
                ("dedicated_host_id", d::opt(&self.dedicated_host_id)),
                ("deployment_set_id", d::opt(&self.deployment_set_id)),
                (
                    "deployment_set_group_no",
                    d::opt(&self.deployment_set_group_no),
                ),
                ("force", d::opt(&self.force)),
                ("affinity", d::opt(&self.affinity)),
                ("tenancy", d::opt(&self.tenancy)),
                ("migration_type", d::opt(&self.migration_type)),
                ("instance_type", d::opt(&self.instance_type)),
                (
                    "dedicated_host_cluster_id",
                    d::opt(&self.dedicated_host_cluster_id),
                ),
                (
                    "remove_from_deployment_set",
                    d::opt(&self.remove_from_deployment_set),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceDeploymentRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "DedicatedHostId",
            "DeploymentSetId",
            "DeploymentSetGroupNo",
            "Force",
            "Affinity",
            "Tenancy",
            "MigrationType",
            "InstanceType",
            "DedicatedHostClusterId",
            "RemoveFromDeploymentSet",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 13] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_deployment_set_group_no: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_force: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_affinity: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tenancy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_migration_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_remove_from_deployment_set: ::std::option::Option<bool> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_dedicated_host_id = r.decode()?,
                3 => m_deployment_set_id = r.decode()?,
                4 => m_deployment_set_group_no = r.decode()?,
                5 => m_force = r.decode()?,
                6 => m_affinity = r.decode()?,
                7 => m_tenancy = r.decode()?,
                8 => m_migration_type = r.decode()?,
                9 => m_instance_type = r.decode()?,
                10 => m_dedicated_host_cluster_id = r.decode()?,
                11 => m_remove_from_deployment_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInstanceDeploymentRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
            dedicated_host_id: m_dedicated_host_id,
            deployment_set_id: m_deployment_set_id,
            deployment_set_group_no: m_deployment_set_group_no,
            force: m_force,
            affinity: m_affinity,
            tenancy: m_tenancy,
            migration_type: m_migration_type,
            instance_type: m_instance_type,
            dedicated_host_cluster_id: m_dedicated_host_cluster_id,
            remove_from_deployment_set: m_remove_from_deployment_set,
        })
    }
}

/// The response of [`Client::modify_instance_deployment`](crate::Client::modify_instance_deployment) (`ModifyInstanceDeployment`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInstanceDeploymentResponse {
    /// `RequestId`.
    ///
    /// Example: `04F0F334-1335-436C-A1D7-6C044FE7****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInstanceDeploymentResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInstanceDeploymentResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInstanceDeploymentResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyInstanceDeploymentResponse::default();
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
