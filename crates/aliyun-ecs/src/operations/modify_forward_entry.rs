//! `ModifyForwardEntry`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyForwardEntry>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyForwardEntry",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "ForwardTableId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ForwardEntryId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExternalIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ExternalPort",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternalIp",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternalPort",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IpProtocol",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_forward_entry`](crate::Client::modify_forward_entry) (`ModifyForwardEntry`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyForwardEntryRequest {
    /// `ForwardTableId` (query). Required.
    #[serde(rename = "ForwardTableId")]
    pub forward_table_id: ::std::string::String,
    /// `ForwardEntryId` (query). Required.
    #[serde(rename = "ForwardEntryId")]
    pub forward_entry_id: ::std::string::String,
    /// `ExternalIp` (query).
    #[serde(
        rename = "ExternalIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_ip: ::std::option::Option<::std::string::String>,
    /// `ExternalPort` (query).
    #[serde(
        rename = "ExternalPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub external_port: ::std::option::Option<::std::string::String>,
    /// `InternalIp` (query).
    #[serde(
        rename = "InternalIp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_ip: ::std::option::Option<::std::string::String>,
    /// `InternalPort` (query).
    #[serde(
        rename = "InternalPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internal_port: ::std::option::Option<::std::string::String>,
    /// `IpProtocol` (query).
    #[serde(
        rename = "IpProtocol",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ip_protocol: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
}

impl ModifyForwardEntryRequest {
    /// A `ModifyForwardEntryRequest` with its required members: `ForwardTableId`, `ForwardEntryId`, `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        forward_table_id: impl ::std::convert::Into<::std::string::String>,
        forward_entry_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            forward_table_id: forward_table_id.into(),
            forward_entry_id: forward_entry_id.into(),
            external_ip: ::std::option::Option::None,
            external_port: ::std::option::Option::None,
            internal_ip: ::std::option::Option::None,
            internal_port: ::std::option::Option::None,
            ip_protocol: ::std::option::Option::None,
            region_id: region_id.into(),
        }
    }

    /// Sets `ExternalIp`.
    pub fn external_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.external_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ExternalPort`.
    pub fn external_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternalIp`.
    pub fn internal_ip(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.internal_ip = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternalPort`.
    pub fn internal_port(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internal_port = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `IpProtocol`.
    pub fn ip_protocol(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.ip_protocol = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyForwardEntryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyForwardEntryRequest",
            &[
                ("forward_table_id", d::req(&self.forward_table_id)),
                ("forward_entry_id", d::req(&self.forward_entry_id)),
                ("external_ip", d::opt(&self.external_ip)),
                ("external_port", d::opt(&self.external_port)),
                ("internal_ip", d::opt(&self.internal_ip)),
                ("internal_port", d::opt(&self.internal_port)),
                ("ip_protocol", d::opt(&self.ip_protocol)),
                ("region_id", d::req(&self.region_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyForwardEntryRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ForwardTableId",
            "ForwardEntryId",
            "ExternalIp",
            "ExternalPort",
            "InternalIp",
            "InternalPort",
            "IpProtocol",
            "RegionId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut m_forward_table_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_forward_entry_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_external_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_external_port: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internal_ip: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_internal_port: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ip_protocol: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_forward_table_id = r.decode()?,
                1 => m_forward_entry_id = r.decode()?,
                2 => m_external_ip = r.decode()?,
                3 => m_external_port = r.decode()?,
                4 => m_internal_ip = r.decode()?,
                5 => m_internal_port = r.decode()?,
                6 => m_ip_protocol = r.decode()?,
                7 => m_region_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyForwardEntryRequest {
            forward_table_id: m_forward_table_id.ok_or_else(|| r.missing("ForwardTableId"))?,
            forward_entry_id: m_forward_entry_id.ok_or_else(|| r.missing("ForwardEntryId"))?,
            external_ip: m_external_ip,
            external_port: m_external_port,
            internal_ip: m_internal_ip,
            internal_port: m_internal_port,
            ip_protocol: m_ip_protocol,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
        })
    }
}

/// The response of [`Client::modify_forward_entry`](crate::Client::modify_forward_entry) (`ModifyForwardEntry`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyForwardEntryResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyForwardEntryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyForwardEntryResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyForwardEntryResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyForwardEntryResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
