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
    };

/// The request of [`Client::describe_deployment_set_supported_instance_type_family`](crate::Client::describe_deployment_set_supported_instance_type_family) (`DescribeDeploymentSetSupportedInstanceTypeFamily`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Strategy` (query).
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

impl<'de> ::serde::Deserialize<'de> for DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDeploymentSetSupportedInstanceTypeFamilyRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDeploymentSetSupportedInstanceTypeFamilyRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<
                DescribeDeploymentSetSupportedInstanceTypeFamilyRequest,
                A::Error,
            > {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_strategy: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "Strategy" => m_strategy = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeDeploymentSetSupportedInstanceTypeFamilyRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    strategy: m_strategy,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_deployment_set_supported_instance_type_family`](crate::Client::describe_deployment_set_supported_instance_type_family) (`DescribeDeploymentSetSupportedInstanceTypeFamily`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeDeploymentSetSupportedInstanceTypeFamilyResponse {
    /// `InstanceTypeFamilies`.
    #[serde(
        rename = "InstanceTypeFamilies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_families: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeDeploymentSetSupportedInstanceTypeFamilyResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeDeploymentSetSupportedInstanceTypeFamilyResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeDeploymentSetSupportedInstanceTypeFamilyResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<
                DescribeDeploymentSetSupportedInstanceTypeFamilyResponse,
                A::Error,
            > {
                let mut out = DescribeDeploymentSetSupportedInstanceTypeFamilyResponse::default();
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
