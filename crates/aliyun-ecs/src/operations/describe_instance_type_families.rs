//! `DescribeInstanceTypeFamilies`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceTypeFamilies>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceTypeFamilies",
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
                name: "Generation",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_type_families`](crate::Client::describe_instance_type_families) (`DescribeInstanceTypeFamilies`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypeFamiliesRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Generation` (query).
    ///
    /// Example: `ecs-5`.
    #[serde(
        rename = "Generation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generation: ::std::option::Option<::std::string::String>,
}

impl DescribeInstanceTypeFamiliesRequest {
    /// A `DescribeInstanceTypeFamiliesRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            generation: ::std::option::Option::None,
        }
    }

    /// Sets `Generation`.
    pub fn generation(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.generation = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeInstanceTypeFamiliesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceTypeFamiliesRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("generation", d::opt(&self.generation)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceTypeFamiliesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "Generation"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_generation: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_generation = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceTypeFamiliesRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            generation: m_generation,
        })
    }
}

/// The `InstanceTypeFamilies.InstanceTypeFamily` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeFamily {
    /// `Generation`.
    ///
    /// Example: `ecs-5`.
    #[serde(
        rename = "Generation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generation: ::std::option::Option<::yun_core::Text>,
    /// `InstanceTypeFamilyId`.
    ///
    /// Example: `ecs.g6`.
    #[serde(
        rename = "InstanceTypeFamilyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InstanceTypeFamily {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypeFamily",
            &[
                ("generation", d::opt(&self.generation)),
                (
                    "instance_type_family_id",
                    d::opt(&self.instance_type_family_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InstanceTypeFamily {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Generation", "InstanceTypeFamilyId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InstanceTypeFamily::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.generation = r.decode()?,
                1 => out.instance_type_family_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `InstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeFamilies {
    /// `InstanceTypeFamily`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::vec::Vec<InstanceTypeFamily>>,
}

impl ::std::fmt::Debug for InstanceTypeFamilies {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InstanceTypeFamilies",
            &[("instance_type_family", d::opt(&self.instance_type_family))],
        )
    }
}

impl ::yun_core::json::Decode for InstanceTypeFamilies {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceTypeFamily"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = InstanceTypeFamilies::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type_family = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_instance_type_families`](crate::Client::describe_instance_type_families) (`DescribeInstanceTypeFamilies`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypeFamiliesResponse {
    /// `InstanceTypeFamilies`.
    #[serde(
        rename = "InstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_families: ::std::option::Option<InstanceTypeFamilies>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeInstanceTypeFamiliesResponse {
    /// The items of `InstanceTypeFamilies` (through its wrapper), empty when absent.
    pub fn instance_type_families(&self) -> &[InstanceTypeFamily] {
        self.instance_type_families
            .as_ref()
            .and_then(|w| w.instance_type_family.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceTypeFamiliesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceTypeFamiliesResponse",
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

impl ::yun_core::json::Decode for DescribeInstanceTypeFamiliesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceTypeFamilies", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceTypeFamiliesResponse::default();
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
