//! `ModifyElasticityAssurance`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyElasticityAssurance>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyElasticityAssurance",
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
                name: "PrivatePoolOptions.Id",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_elasticity_assurance`](crate::Client::modify_elasticity_assurance) (`ModifyElasticityAssurance`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyElasticityAssuranceRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrivatePoolOptions.Id` (query). Required.
    ///
    /// Example: `eap-bp67acfmxazb4****`.
    #[serde(rename = "PrivatePoolOptions.Id")]
    pub private_pool_options_id: ::std::string::String,
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
}

impl ModifyElasticityAssuranceRequest {
    /// A `ModifyElasticityAssuranceRequest` with its required members: `RegionId`, `PrivatePoolOptions.Id`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        private_pool_options_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            private_pool_options_id: private_pool_options_id.into(),
            private_pool_options_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
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
}

impl ::std::fmt::Debug for ModifyElasticityAssuranceRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyElasticityAssuranceRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "private_pool_options_id",
                    d::req(&self.private_pool_options_id),
                ),
                (
                    "private_pool_options_name",
                    d::opt(&self.private_pool_options_name),
                ),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyElasticityAssuranceRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PrivatePoolOptions.Id",
            "PrivatePoolOptions.Name",
            "Description",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_private_pool_options_id = r.decode()?,
                2 => m_private_pool_options_name = r.decode()?,
                3 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyElasticityAssuranceRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            private_pool_options_id: m_private_pool_options_id
                .ok_or_else(|| r.missing("PrivatePoolOptions.Id"))?,
            private_pool_options_name: m_private_pool_options_name,
            description: m_description,
        })
    }
}

/// The response of [`Client::modify_elasticity_assurance`](crate::Client::modify_elasticity_assurance) (`ModifyElasticityAssurance`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyElasticityAssuranceResponse {
    /// `RequestId`.
    ///
    /// Example: `8455DD10-84F8-43C9-8365-5F448EB169B6`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyElasticityAssuranceResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyElasticityAssuranceResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyElasticityAssuranceResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyElasticityAssuranceResponse::default();
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
