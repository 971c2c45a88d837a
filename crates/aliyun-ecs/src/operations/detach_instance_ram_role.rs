//! `DetachInstanceRamRole`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DetachInstanceRamRole>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DetachInstanceRamRole",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RamRoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::detach_instance_ram_role`](crate::Client::detach_instance_ram_role) (`DetachInstanceRamRole`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachInstanceRamRoleRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `RamRoleName` (query).
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
    /// `InstanceIds` (query). Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::string::String,
}

impl DetachInstanceRamRoleRequest {
    /// A `DetachInstanceRamRoleRequest` with its required members: `RegionId`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        instance_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            ram_role_name: ::std::option::Option::None,
            instance_ids: instance_ids.into(),
        }
    }

    /// Sets `RamRoleName`.
    pub fn ram_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ram_role_name = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DetachInstanceRamRoleRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachInstanceRamRoleRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachInstanceRamRoleRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachInstanceRamRoleRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "RamRoleName" => m_ram_role_name = map.next_value()?,
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DetachInstanceRamRoleRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    ram_role_name: m_ram_role_name,
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `DetachInstanceRamRoleResults.DetachInstanceRamRoleResult.InstanceRamRoleSets.InstanceRamRoleSet` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRamRoleSet {
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `RamRoleName`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceRamRoleSet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceRamRoleSet;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceRamRoleSet` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceRamRoleSet, A::Error> {
                let mut out = InstanceRamRoleSet::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "RamRoleName" => out.ram_role_name = map.next_value()?,
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

/// The `DetachInstanceRamRoleResults.DetachInstanceRamRoleResult.InstanceRamRoleSets` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InstanceRamRoleSets {
    /// `InstanceRamRoleSet`.
    #[serde(
        rename = "InstanceRamRoleSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ram_role_set: ::std::option::Option<::std::vec::Vec<InstanceRamRoleSet>>,
}

impl<'de> ::serde::Deserialize<'de> for InstanceRamRoleSets {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = InstanceRamRoleSets;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `InstanceRamRoleSets` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<InstanceRamRoleSets, A::Error> {
                let mut out = InstanceRamRoleSets::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "InstanceRamRoleSet" => {
                            out.instance_ram_role_set = map.next_value()?;
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

/// The `DetachInstanceRamRoleResults.DetachInstanceRamRoleResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachInstanceRamRoleResult {
    /// `Code`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::std::string::String>,
    /// `InstanceId`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `InstanceRamRoleSets`.
    #[serde(
        rename = "InstanceRamRoleSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ram_role_sets: ::std::option::Option<InstanceRamRoleSets>,
    /// `Message`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// `Success`.
    #[serde(
        rename = "Success",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}

impl<'de> ::serde::Deserialize<'de> for DetachInstanceRamRoleResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachInstanceRamRoleResult;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachInstanceRamRoleResult` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachInstanceRamRoleResult, A::Error> {
                let mut out = DetachInstanceRamRoleResult::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Code" => out.code = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
                        "InstanceRamRoleSets" => {
                            out.instance_ram_role_sets = map.next_value()?;
                        }

                        "Message" => out.message = map.next_value()?,
                        "Success" => out.success = map.next_value()?,
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

/// The `DetachInstanceRamRoleResults` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachInstanceRamRoleResults {
    /// `DetachInstanceRamRoleResult`.
    #[serde(
        rename = "DetachInstanceRamRoleResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detach_instance_ram_role_result:
        ::std::option::Option<::std::vec::Vec<DetachInstanceRamRoleResult>>,
}

impl<'de> ::serde::Deserialize<'de> for DetachInstanceRamRoleResults {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachInstanceRamRoleResults;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachInstanceRamRoleResults` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachInstanceRamRoleResults, A::Error> {
                let mut out = DetachInstanceRamRoleResults::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DetachInstanceRamRoleResult" => {
                            out.detach_instance_ram_role_result = map.next_value()?;
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

/// The response of [`Client::detach_instance_ram_role`](crate::Client::detach_instance_ram_role) (`DetachInstanceRamRole`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachInstanceRamRoleResponse {
    /// `DetachInstanceRamRoleResults`.
    #[serde(
        rename = "DetachInstanceRamRoleResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detach_instance_ram_role_results: ::std::option::Option<DetachInstanceRamRoleResults>,
    /// `FailCount`.
    #[serde(
        rename = "FailCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fail_count: ::std::option::Option<i64>,
    /// `RamRoleName`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DetachInstanceRamRoleResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DetachInstanceRamRoleResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DetachInstanceRamRoleResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DetachInstanceRamRoleResponse, A::Error> {
                let mut out = DetachInstanceRamRoleResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "DetachInstanceRamRoleResults" => {
                            out.detach_instance_ram_role_results = map.next_value()?;
                        }

                        "FailCount" => out.fail_count = map.next_value()?,
                        "RamRoleName" => out.ram_role_name = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "TotalCount" => out.total_count = map.next_value()?,
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
