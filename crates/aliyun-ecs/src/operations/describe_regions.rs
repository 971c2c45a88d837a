//! `DescribeRegions`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeRegions>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeRegions",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "InstanceChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ResourceType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AcceptLanguage",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRegionsRequest {
    /// `InstanceChargeType` (query).
    ///
    /// Example: `PrePaid`.
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `ResourceType` (query).
    ///
    /// Example: `instance`.
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `AcceptLanguage` (query).
    ///
    /// Example: `zh-CN`.
    #[serde(
        rename = "AcceptLanguage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub accept_language: ::std::option::Option<::std::string::String>,
}

impl DescribeRegionsRequest {
    /// An empty `DescribeRegionsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            instance_charge_type: ::std::option::Option::None,
            resource_type: ::std::option::Option::None,
            accept_language: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceChargeType`.
    pub fn instance_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ResourceType`.
    pub fn resource_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resource_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `AcceptLanguage`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeRegionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRegionsRequest",
            &[
                ("instance_charge_type", d::opt(&self.instance_charge_type)),
                ("resource_type", d::opt(&self.resource_type)),
                ("accept_language", d::opt(&self.accept_language)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRegionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceChargeType", "ResourceType", "AcceptLanguage"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeRegionsRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_charge_type = r.decode()?,
                1 => out.resource_type = r.decode()?,
                2 => out.accept_language = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Regions.Region` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Region {
    /// `LocalName`.
    ///
    /// Example: `China (Qingdao)`.
    #[serde(
        rename = "LocalName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_name: ::std::option::Option<::yun_core::Text>,
    /// `RegionEndpoint`.
    ///
    /// Example: `ecs.aliyuncs.com`.
    #[serde(
        rename = "RegionEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_endpoint: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-qingdao-et2-bo1`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `available`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for Region {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "Region",
            &[
                ("local_name", d::opt(&self.local_name)),
                ("region_endpoint", d::opt(&self.region_endpoint)),
                ("region_id", d::opt(&self.region_id)),
                ("status", d::opt(&self.status)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for Region {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["LocalName", "RegionEndpoint", "RegionId", "Status"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = Region::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.local_name = r.decode()?,
                1 => out.region_endpoint = r.decode()?,
                2 => out.region_id = r.decode()?,
                3 => out.status = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Regions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Regions {
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::vec::Vec<Region>>,
}

impl ::std::fmt::Debug for Regions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Regions", &[("region", d::opt(&self.region))])
    }
}

impl ::yun_core::json::Decode for Regions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Region"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Regions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.region = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRegionsResponse {
    /// `Regions`.
    #[serde(
        rename = "Regions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub regions: ::std::option::Option<Regions>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl DescribeRegionsResponse {
    /// The items of `Regions` (through its wrapper), empty when absent.
    pub fn regions(&self) -> &[Region] {
        self.regions
            .as_ref()
            .and_then(|w| w.region.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeRegionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeRegionsResponse",
            &[
                ("regions", d::opt(&self.regions)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeRegionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Regions", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeRegionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.regions = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
