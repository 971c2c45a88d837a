//! `DescribeDeploymentSetSupportedInstanceTypeFamily`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeDeploymentSetSupportedInstanceTypeFamily>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeDeploymentSetSupportedInstanceTypeFamily",
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
                name: "Strategy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_deployment_set_supported_instance_type_family`](crate::Client::describe_deployment_set_supported_instance_type_family) (`DescribeDeploymentSetSupportedInstanceTypeFamily`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Strategy` (query).
    ///
    /// Example: `Availability`.
    #[serde(
        rename = "Strategy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strategy: ::std::option::Option<::std::string::String>,
}

impl DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
    /// A `DescribeDeploymentSetSupportedInstanceTypeFamilyRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            strategy: ::std::option::Option::None,
        }
    }

    /// Sets `Strategy`.
    pub fn strategy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.strategy = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDeploymentSetSupportedInstanceTypeFamilyRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("strategy", d::opt(&self.strategy)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "Strategy"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_strategy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_strategy = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            strategy: m_strategy,
        })
    }
}

/// The response of [`Client::describe_deployment_set_supported_instance_type_family`](crate::Client::describe_deployment_set_supported_instance_type_family) (`DescribeDeploymentSetSupportedInstanceTypeFamily`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDeploymentSetSupportedInstanceTypeFamilyResponse {
    /// `InstanceTypeFamilies`.
    ///
    /// Example: `ecs.i2g,ecs.i1,ecs.i2ne,ecs.i2gne`.
    #[serde(
        rename = "InstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_families: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B7DB-A3DC7DE1****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeDeploymentSetSupportedInstanceTypeFamilyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeDeploymentSetSupportedInstanceTypeFamilyResponse",
            &[
                (
                    "instance_type_families",
                    d::opt(&self.instance_type_families),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeDeploymentSetSupportedInstanceTypeFamilyResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceTypeFamilies", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeDeploymentSetSupportedInstanceTypeFamilyResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type_families = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
