//! `AttachInstanceRamRole`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AttachInstanceRamRole>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AttachInstanceRamRole",
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
            ::yun_core::internal::Field {
                name: "Policy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
    };

/// The request of [`Client::attach_instance_ram_role`](crate::Client::attach_instance_ram_role) (`AttachInstanceRamRole`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachInstanceRamRoleRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `RamRoleName` (query). Required.
    #[serde(rename = "RamRoleName")]
    pub ram_role_name: ::std::string::String,
    /// `InstanceIds` (query). Required.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::string::String,
    /// `Policy` (query).
    #[serde(
        rename = "Policy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub policy: ::std::option::Option<::std::string::String>,
}

impl AttachInstanceRamRoleRequest {
    /// A `AttachInstanceRamRoleRequest` with its required members: `RegionId`, `RamRoleName`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        ram_role_name: impl ::std::convert::Into<::std::string::String>,
        instance_ids: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            ram_role_name: ram_role_name.into(),
            instance_ids: instance_ids.into(),
            policy: ::std::option::Option::None,
        }
    }

    /// Sets `Policy`.
    pub fn policy(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.policy = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for AttachInstanceRamRoleRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AttachInstanceRamRoleRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AttachInstanceRamRoleRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AttachInstanceRamRoleRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_instance_ids: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_policy: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "RamRoleName" => m_ram_role_name = map.next_value()?,
                        "InstanceIds" => m_instance_ids = map.next_value()?,
                        "Policy" => m_policy = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(AttachInstanceRamRoleRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
                    ram_role_name: m_ram_role_name.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RamRoleName")
                    })?,
                    instance_ids: m_instance_ids.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("InstanceIds")
                    })?,
                    policy: m_policy,
                })
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `AttachInstanceRamRoleResults.AttachInstanceRamRoleResult` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachInstanceRamRoleResult {
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

impl<'de> ::serde::Deserialize<'de> for AttachInstanceRamRoleResult {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AttachInstanceRamRoleResult;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AttachInstanceRamRoleResult` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AttachInstanceRamRoleResult, A::Error> {
                let mut out = AttachInstanceRamRoleResult::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Code" => out.code = map.next_value()?,
                        "InstanceId" => out.instance_id = map.next_value()?,
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

/// The `AttachInstanceRamRoleResults` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachInstanceRamRoleResults {
    /// `AttachInstanceRamRoleResult`.
    #[serde(
        rename = "AttachInstanceRamRoleResult",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attach_instance_ram_role_result:
        ::std::option::Option<::std::vec::Vec<AttachInstanceRamRoleResult>>,
}

impl<'de> ::serde::Deserialize<'de> for AttachInstanceRamRoleResults {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AttachInstanceRamRoleResults;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AttachInstanceRamRoleResults` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AttachInstanceRamRoleResults, A::Error> {
                let mut out = AttachInstanceRamRoleResults::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AttachInstanceRamRoleResult" => {
                            out.attach_instance_ram_role_result = map.next_value()?;
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

/// The response of [`Client::attach_instance_ram_role`](crate::Client::attach_instance_ram_role) (`AttachInstanceRamRole`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachInstanceRamRoleResponse {
    /// `AttachInstanceRamRoleResults`.
    #[serde(
        rename = "AttachInstanceRamRoleResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attach_instance_ram_role_results: ::std::option::Option<AttachInstanceRamRoleResults>,
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

impl<'de> ::serde::Deserialize<'de> for AttachInstanceRamRoleResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = AttachInstanceRamRoleResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `AttachInstanceRamRoleResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<AttachInstanceRamRoleResponse, A::Error> {
                let mut out = AttachInstanceRamRoleResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AttachInstanceRamRoleResults" => {
                            out.attach_instance_ram_role_results = map.next_value()?;
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
