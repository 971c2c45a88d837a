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
    };

/// The request of [`Client::describe_instance_type_families`](crate::Client::describe_instance_type_families) (`DescribeInstanceTypeFamilies`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypeFamiliesRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Generation` (query).
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

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceTypeFamiliesRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceTypeFamiliesRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceTypeFamiliesRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceTypeFamiliesRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_generation: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Generation" => m_generation = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeInstanceTypeFamiliesRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    generation: m_generation,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `InstanceTypeFamilies.InstanceTypeFamily` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeFamily {
    /// `Generation`.
    #[serde(
        rename = "Generation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub generation: ::std::option::Option<::std::string::String>,
    /// `InstanceTypeFamilyId`.
    #[serde(
        rename = "InstanceTypeFamilyId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceTypeFamily {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceTypeFamily;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceTypeFamily` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceTypeFamily, A::Error> {
                let mut out = InstanceTypeFamily::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Generation" => out.generation = map.next_value()?,
                        "InstanceTypeFamilyId" => {
                            out.instance_type_family_id = map.next_value()?;
                        }

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

/// The `InstanceTypeFamilies` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceTypeFamilies {
    /// `InstanceTypeFamily`.
    #[serde(
        rename = "InstanceTypeFamily",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_family: ::std::option::Option<::std::vec::Vec<InstanceTypeFamily>>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceTypeFamilies {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceTypeFamilies;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceTypeFamilies` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceTypeFamilies, A::Error> {
                let mut out = InstanceTypeFamilies::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceTypeFamily" => {
                            out.instance_type_family = map.next_value()?;
                        }

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

/// The response of [`Client::describe_instance_type_families`](crate::Client::describe_instance_type_families) (`DescribeInstanceTypeFamilies`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceTypeFamiliesResponse {
    /// `InstanceTypeFamilies`.
    #[serde(
        rename = "InstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_families: ::std::option::Option<InstanceTypeFamilies>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeInstanceTypeFamiliesResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeInstanceTypeFamiliesResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeInstanceTypeFamiliesResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeInstanceTypeFamiliesResponse, A::Error> {
                let mut out = DescribeInstanceTypeFamiliesResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceTypeFamilies" => {
                            out.instance_type_families = map.next_value()?;
                        }

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
