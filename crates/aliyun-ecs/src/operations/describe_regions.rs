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
    };

/// The request of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRegionsRequest {
    /// `InstanceChargeType` (query).
    #[serde(
        rename = "InstanceChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_charge_type: ::std::option::Option<::std::string::String>,
    /// `ResourceType` (query).
    #[serde(
        rename = "ResourceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_type: ::std::option::Option<::std::string::String>,
    /// `AcceptLanguage` (query).
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

impl<'de> ::serde::Deserialize<'de> for DescribeRegionsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeRegionsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeRegionsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeRegionsRequest, A::Error> {
                let mut out = DescribeRegionsRequest::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceChargeType" => {
                            out.instance_charge_type = map.next_value()?;
                        }

                        "ResourceType" => out.resource_type = map.next_value()?,
                        "AcceptLanguage" => out.accept_language = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Regions.Region` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Region {
    /// `LocalName`.
    #[serde(
        rename = "LocalName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_name: ::std::option::Option<::std::string::String>,
    /// `RegionEndpoint`.
    #[serde(
        rename = "RegionEndpoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_endpoint: ::std::option::Option<::std::string::String>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for Region {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Region;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Region` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Region, A::Error> {
                let mut out = Region::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "LocalName" => out.local_name = map.next_value()?,
                        "RegionEndpoint" => out.region_endpoint = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `Regions` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Regions {
    /// `Region`.
    #[serde(
        rename = "Region",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region: ::std::option::Option<::std::vec::Vec<Region>>,
}

impl<'de> ::serde::Deserialize<'de> for Regions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Regions;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Regions` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Regions, A::Error> {
                let mut out = Regions::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Region" => out.region = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_regions`](crate::Client::describe_regions) (`DescribeRegions`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeRegionsResponse {
    /// `Regions`.
    #[serde(
        rename = "Regions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub regions: ::std::option::Option<Regions>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeRegionsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeRegionsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeRegionsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeRegionsResponse, A::Error> {
                let mut out = DescribeRegionsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Regions" => out.regions = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}
