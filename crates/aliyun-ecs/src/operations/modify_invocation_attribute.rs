//! `ModifyInvocationAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyInvocationAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyInvocationAttribute",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InvokeId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "CommandContent",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "EnableParameter",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Parameters",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Json,
            },
            ::yun_core::internal::Field {
                name: "Frequency",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ContentEncoding",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_invocation_attribute`](crate::Client::modify_invocation_attribute) (`ModifyInvocationAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInvocationAttributeRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceId` (query, sent as `InstanceId.1`, `InstanceId.2`, …).
    ///
    /// At most 201 items.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `InvokeId` (query). Required.
    ///
    /// Example: `t-hz0jdfwd9f****`.
    #[serde(rename = "InvokeId")]
    pub invoke_id: ::std::string::String,
    /// `CommandContent` (query).
    ///
    /// Example: `ZWNobyAxMjM=`.
    #[serde(
        rename = "CommandContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_content: ::std::option::Option<::std::string::String>,
    /// `EnableParameter` (query).
    ///
    /// Example: `false`.
    #[serde(
        rename = "EnableParameter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enable_parameter: ::std::option::Option<bool>,
    /// `Parameters` (query, sent as JSON text).
    ///
    /// Example: `{"name":"Jack", "accessKey":"LTAIdyvdIqaRY****"}`.
    #[serde(
        rename = "Parameters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameters: ::std::option::Option<::serde_json::Value>,
    /// `Frequency` (query).
    ///
    /// Example: `0 */20 * * * *`.
    #[serde(
        rename = "Frequency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub frequency: ::std::option::Option<::std::string::String>,
    /// `ContentEncoding` (query).
    ///
    /// Example: `PlainText`.
    #[serde(
        rename = "ContentEncoding",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_encoding: ::std::option::Option<::std::string::String>,
}

impl ModifyInvocationAttributeRequest {
    /// A `ModifyInvocationAttributeRequest` with its required members: `RegionId`, `InvokeId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        invoke_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            instance_id: ::std::option::Option::None,
            invoke_id: invoke_id.into(),
            command_content: ::std::option::Option::None,
            enable_parameter: ::std::option::Option::None,
            parameters: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
            content_encoding: ::std::option::Option::None,
        }
    }

    /// Sets `InstanceId`.
    pub fn instance_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.instance_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `CommandContent`.
    pub fn command_content(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.command_content = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `EnableParameter`.
    pub fn enable_parameter(mut self, value: bool) -> Self {
        self.enable_parameter = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Parameters`.
    pub fn parameters(mut self, value: ::serde_json::Value) -> Self {
        self.parameters = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Frequency`.
    pub fn frequency(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ContentEncoding`.
    pub fn content_encoding(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.content_encoding = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyInvocationAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInvocationAttributeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("invoke_id", d::req(&self.invoke_id)),
                ("command_content", d::opt(&self.command_content)),
                ("enable_parameter", d::opt(&self.enable_parameter)),
                ("parameters", d::opt(&self.parameters)),
                ("frequency", d::opt(&self.frequency)),
                ("content_encoding", d::opt(&self.content_encoding)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInvocationAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "InstanceId",
            "InvokeId",
            "CommandContent",
            "EnableParameter",
            "Parameters",
            "Frequency",
            "ContentEncoding",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_invoke_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_command_content: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_enable_parameter: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut m_parameters: ::std::option::Option<::serde_json::Value> =
            ::std::option::Option::None;
        let mut m_frequency: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_content_encoding: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_invoke_id = r.decode()?,
                3 => m_command_content = r.decode()?,
                4 => m_enable_parameter = r.decode()?,
                5 => m_parameters = r.decode()?,
                6 => m_frequency = r.decode()?,
                7 => m_content_encoding = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyInvocationAttributeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_id: m_instance_id,
            invoke_id: m_invoke_id.ok_or_else(|| r.missing("InvokeId"))?,
            command_content: m_command_content,
            enable_parameter: m_enable_parameter,
            parameters: m_parameters,
            frequency: m_frequency,
            content_encoding: m_content_encoding,
        })
    }
}

/// The response of [`Client::modify_invocation_attribute`](crate::Client::modify_invocation_attribute) (`ModifyInvocationAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyInvocationAttributeResponse {
    /// `CommandId`.
    ///
    /// Example: `c-hz01272yr52****`.
    #[serde(
        rename = "CommandId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyInvocationAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyInvocationAttributeResponse",
            &[
                ("command_id", d::opt(&self.command_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyInvocationAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["CommandId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ModifyInvocationAttributeResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.command_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
