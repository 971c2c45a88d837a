//! `ModifyReservedInstanceAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyReservedInstanceAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyReservedInstanceAttribute",
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
                name: "ReservedInstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ReservedInstanceName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Description",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_reserved_instance_attribute`](crate::Client::modify_reserved_instance_attribute) (`ModifyReservedInstanceAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyReservedInstanceAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ReservedInstanceId` (query). Required.
    ///
    /// Example: `ecsri-uf61hdhue4kcorqsk****`.
    #[serde(rename = "ReservedInstanceId")]
    pub reserved_instance_id: ::std::string::String,
    /// `ReservedInstanceName` (query).
    ///
    /// Example: `testReservedInstanceName`.
    #[serde(
        rename = "ReservedInstanceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reserved_instance_name: ::std::option::Option<::std::string::String>,
    /// `Description` (query).
    ///
    /// Example: `ri-example`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
}

impl ModifyReservedInstanceAttributeRequest {
    /// A `ModifyReservedInstanceAttributeRequest` with its required members: `RegionId`, `ReservedInstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        reserved_instance_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            reserved_instance_id: reserved_instance_id.into(),
            reserved_instance_name: ::std::option::Option::None,
            description: ::std::option::Option::None,
        }
    }

    /// Sets `ReservedInstanceName`.
    pub fn reserved_instance_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reserved_instance_name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Description`.
    pub fn description(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyReservedInstanceAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyReservedInstanceAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("reserved_instance_id", d::req(&self.reserved_instance_id)),
                (
                    "reserved_instance_name",
                    d::opt(&self.reserved_instance_name),
                ),
                ("description", d::opt(&self.description)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyReservedInstanceAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ReservedInstanceId",
            "ReservedInstanceName",
            "Description",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reserved_instance_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_description: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_reserved_instance_id = r.decode()?,
                2 => m_reserved_instance_name = r.decode()?,
                3 => m_description = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyReservedInstanceAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            reserved_instance_id: m_reserved_instance_id
                .ok_or_else(|| r.missing("ReservedInstanceId"))?,
            reserved_instance_name: m_reserved_instance_name,
            description: m_description,
        })
    }
}

/// The response of [`Client::modify_reserved_instance_attribute`](crate::Client::modify_reserved_instance_attribute) (`ModifyReservedInstanceAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyReservedInstanceAttributeResponse {
    /// `Code`.
    ///
    /// Example: `200`.
    #[serde(
        rename = "Code",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub code: ::std::option::Option<::yun_core::Text>,
    /// `HttpStatusCode`.
    ///
    /// Example: `200`.
    #[serde(
        rename = "HttpStatusCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_status_code: ::std::option::Option<i64>,
    /// `Message`.
    ///
    /// Example: `Success`.
    #[serde(
        rename = "Message",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyReservedInstanceAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyReservedInstanceAttributeResponse",
            &[
                ("code", d::opt(&self.code)),
                ("http_status_code", d::opt(&self.http_status_code)),
                ("message", d::opt(&self.message)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyReservedInstanceAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Code", "HttpStatusCode", "Message", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = ModifyReservedInstanceAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.code = r.decode()?,
                1 => out.http_status_code = r.decode()?,
                2 => out.message = r.decode()?,
                3 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
