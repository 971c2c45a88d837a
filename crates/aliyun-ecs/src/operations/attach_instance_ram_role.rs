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
            ::yun_core::internal::Field {
                name: "Policy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::attach_instance_ram_role`](crate::Client::attach_instance_ram_role) (`AttachInstanceRamRole`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachInstanceRamRoleRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `RamRoleName` (query). Required.
    ///
    /// Example: `testRamRoleName`.
    #[serde(rename = "RamRoleName")]
    pub ram_role_name: ::std::string::String,
    /// `InstanceIds` (query). Required.
    ///
    /// Example: `[“i-bp14ss25xca5ex1u****”, “i-bp154z5o1qjalfse****”, “i-bp10ws62o04ubhvi****”…]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::string::String,
    /// `Policy` (query).
    ///
    /// Example: `{"Statement": [{"Action": ["*"],"Effect": "Allow","Resource": ["*"]}],"Version":"1"}`. The service reads this text as a JSON object: pass e.g. `serde_json::json!({"key": "value"}).to_string()`.
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

impl ::std::fmt::Debug for AttachInstanceRamRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachInstanceRamRoleRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("ram_role_name", d::req(&self.ram_role_name)),
                ("instance_ids", d::req(&self.instance_ids)),
                ("policy", d::opt(&self.policy)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AttachInstanceRamRoleRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "RamRoleName", "InstanceIds", "Policy"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_policy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_ram_role_name = r.decode()?,
                2 => m_instance_ids = r.decode()?,
                3 => m_policy = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AttachInstanceRamRoleRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            ram_role_name: m_ram_role_name.ok_or_else(|| r.missing("RamRoleName"))?,
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            policy: m_policy,
        })
    }
}

/// The `AttachInstanceRamRoleResults.AttachInstanceRamRoleResult` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachInstanceRamRoleResult {
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
    /// Example: `i-bp10ws62o04ubhvi****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::yun_core::Text>,
    /// `Message`.
    ///
    /// Example: `success`.
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

impl ::std::fmt::Debug for AttachInstanceRamRoleResult {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachInstanceRamRoleResult",
            &[
                ("code", d::opt(&self.code)),
                ("instance_id", d::opt(&self.instance_id)),
                ("message", d::opt(&self.message)),
                ("success", d::opt(&self.success)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AttachInstanceRamRoleResult {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Code", "InstanceId", "Message", "Success"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = AttachInstanceRamRoleResult::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.code = r.decode()?,
                1 => out.instance_id = r.decode()?,
                2 => out.message = r.decode()?,
                3 => out.success = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `AttachInstanceRamRoleResults` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
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

impl ::std::fmt::Debug for AttachInstanceRamRoleResults {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachInstanceRamRoleResults",
            &[(
                "attach_instance_ram_role_result",
                d::opt(&self.attach_instance_ram_role_result),
            )],
        )
    }
}

impl ::yun_core::json::Decode for AttachInstanceRamRoleResults {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AttachInstanceRamRoleResult"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AttachInstanceRamRoleResults::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attach_instance_ram_role_result = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::attach_instance_ram_role`](crate::Client::attach_instance_ram_role) (`AttachInstanceRamRole`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AttachInstanceRamRoleResponse {
    /// `AttachInstanceRamRoleResults`.
    #[serde(
        rename = "AttachInstanceRamRoleResults",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attach_instance_ram_role_results: ::std::option::Option<AttachInstanceRamRoleResults>,
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
    /// Example: `testRamRoleName`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `D9553E4C-6C3A-4D66-AE79-9835AF705639`.
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

impl AttachInstanceRamRoleResponse {
    /// The items of `AttachInstanceRamRoleResults` (through its wrapper), empty when absent.
    pub fn attach_instance_ram_role_results(&self) -> &[AttachInstanceRamRoleResult] {
        self.attach_instance_ram_role_results
            .as_ref()
            .and_then(|w| w.attach_instance_ram_role_result.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for AttachInstanceRamRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AttachInstanceRamRoleResponse",
            &[
                (
                    "attach_instance_ram_role_results",
                    d::opt(&self.attach_instance_ram_role_results),
                ),
                ("fail_count", d::opt(&self.fail_count)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AttachInstanceRamRoleResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AttachInstanceRamRoleResults",
            "FailCount",
            "RamRoleName",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = AttachInstanceRamRoleResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.attach_instance_ram_role_results = r.decode()?,
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
