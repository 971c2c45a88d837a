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
        anonymous: false,
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
        nested_required: &[],
    };

/// The request of [`Client::detach_instance_ram_role`](crate::Client::detach_instance_ram_role) (`DetachInstanceRamRole`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachInstanceRamRoleRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `RamRoleName` (query).
    ///
    /// Example: `RamRoleTest`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
    /// `InstanceIds` (query). Required.
    ///
    /// Example: `["i-bp67acfmxazb4p****", "i-bp67acfmxazb5p****", "i-bp67acfmxazb6p****"…]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
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

impl ::std::fmt::Debug for DetachInstanceRamRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachInstanceRamRoleRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
                ("instance_ids", d::req(&self.instance_ids)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DetachInstanceRamRoleRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "RamRoleName", "InstanceIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_ram_role_name = r.decode()?,
                2 => m_instance_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DetachInstanceRamRoleRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            ram_role_name: m_ram_role_name,
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
        })
    }
}

/// The `DetachInstanceRamRoleResults.DetachInstanceRamRoleResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachInstanceRamRoleResult {
    /// `Code`.
    ///
    /// Example: `200`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::yun_core::Text>,
    /// `InstanceId`.
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `InstanceRamRoleSets`.
    #[serde(
        rename = "InstanceRamRoleSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ram_role_sets: ::std::option::Option<crate::models::InstanceRamRoleSets>,
    /// `Message`.
    ///
    /// Example: `Success`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `Success`.
    ///
    /// Example: `true`.
    #[serde(
        rename = "Success",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub success: ::std::option::Option<bool>,
}

impl DetachInstanceRamRoleResult {
    /// The items of `InstanceRamRoleSets` (through its wrapper), empty when absent.
    pub fn instance_ram_role_sets(&self) -> &[crate::models::InstanceRamRoleSet] {
        self.instance_ram_role_sets
            .as_ref()
            .and_then(|w| w.instance_ram_role_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DetachInstanceRamRoleResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachInstanceRamRoleResult",
            &[
                ("code", d::opt(&self.code)),
                ("instance_id", d::opt(&self.instance_id)),
                (
                    "instance_ram_role_sets",
                    d::opt(&self.instance_ram_role_sets),
                ),
                ("message", d::opt(&self.message)),
                ("success", d::opt(&self.success)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DetachInstanceRamRoleResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Code",
            "InstanceId",
            "InstanceRamRoleSets",
            "Message",
            "Success",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DetachInstanceRamRoleResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.code = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.instance_ram_role_sets = r.decode()?,
                3 => out.message = r.decode()?,
                4 => out.success = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `DetachInstanceRamRoleResults` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for DetachInstanceRamRoleResults {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachInstanceRamRoleResults",
            &[(
                "detach_instance_ram_role_result",
                d::opt(&self.detach_instance_ram_role_result),
            )],
        )
    }
}

impl ::yun_core::json::Decode for DetachInstanceRamRoleResults {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DetachInstanceRamRoleResult"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DetachInstanceRamRoleResults::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.detach_instance_ram_role_result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::detach_instance_ram_role`](crate::Client::detach_instance_ram_role) (`DetachInstanceRamRole`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DetachInstanceRamRoleResponse {
    /// `DetachInstanceRamRoleResults`.
    #[serde(
        rename = "DetachInstanceRamRoleResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detach_instance_ram_role_results: ::std::option::Option<DetachInstanceRamRoleResults>,
    /// `FailCount`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "FailCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fail_count: ::std::option::Option<i64>,
    /// `RamRoleName`.
    ///
    /// Example: `RamRoleTest`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DetachInstanceRamRoleResponse {
    /// The items of `DetachInstanceRamRoleResults` (through its wrapper), empty when absent.
    pub fn detach_instance_ram_role_results(&self) -> &[DetachInstanceRamRoleResult] {
        self.detach_instance_ram_role_results
            .as_ref()
            .and_then(|w| w.detach_instance_ram_role_result.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DetachInstanceRamRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DetachInstanceRamRoleResponse",
            &[
                (
                    "detach_instance_ram_role_results",
                    d::opt(&self.detach_instance_ram_role_results),
                ),
                ("fail_count", d::opt(&self.fail_count)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DetachInstanceRamRoleResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DetachInstanceRamRoleResults",
            "FailCount",
            "RamRoleName",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DetachInstanceRamRoleResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.detach_instance_ram_role_results = r.decode()?,
                1 => out.fail_count = r.decode()?,
                2 => out.ram_role_name = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
