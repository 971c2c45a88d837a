//! `CreateForwardEntry`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateForwardEntry>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateForwardEntry",
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
                name: "ForwardTableId",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_forward_entry`](crate::Client::create_forward_entry) (`CreateForwardEntry`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateForwardEntryRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ForwardTableId` (query). Required.
    #[serde(rename = "ForwardTableId")]
    pub forward_table_id: ::std::string::String,
    /// `ExternalIp` (query). Required.
    #[serde(rename = "ExternalIp")]
    pub external_ip: ::std::string::String,
    /// `ExternalPort` (query). Required.
    #[serde(rename = "ExternalPort")]
    pub external_port: ::std::string::String,
    /// `InternalIp` (query). Required.
    #[serde(rename = "InternalIp")]
    pub internal_ip: ::std::string::String,
    /// `InternalPort` (query). Required.
    #[serde(rename = "InternalPort")]
    pub internal_port: ::std::string::String,
    /// `IpProtocol` (query). Required.
    #[serde(rename = "IpProtocol")]
    pub ip_protocol: ::std::string::String,
}

impl CreateForwardEntryRequest {
    /// A `CreateForwardEntryRequest` with its required members: `RegionId`, `ForwardTableId`, `ExternalIp`, `ExternalPort`, `InternalIp`, `InternalPort`, `IpProtocol`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        forward_table_id: impl ::std::convert::Into<::std::string::String>,
        external_ip: impl ::std::convert::Into<::std::string::String>,
        external_port: impl ::std::convert::Into<::std::string::String>,
        internal_ip: impl ::std::convert::Into<::std::string::String>,
        internal_port: impl ::std::convert::Into<::std::string::String>,
        ip_protocol: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            forward_table_id: forward_table_id.into(),
            external_ip: external_ip.into(),
            external_port: external_port.into(),
            internal_ip: internal_ip.into(),
            internal_port: internal_port.into(),
            ip_protocol: ip_protocol.into(),
        }
    }
}

impl ::std::fmt::Debug for CreateForwardEntryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateForwardEntryRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("forward_table_id", d::req(&self.forward_table_id)),
                ("external_ip", d::req(&self.external_ip)),
                ("external_port", d::req(&self.external_port)),
                ("internal_ip", d::req(&self.internal_ip)),
                ("internal_port", d::req(&self.internal_port)),
                ("ip_protocol", d::req(&self.ip_protocol)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateForwardEntryRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ForwardTableId",
            "ExternalIp",
            "ExternalPort",
            "InternalIp",
            "InternalPort",
            "IpProtocol",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_forward_table_id: ::std::option::Option<::std::string::String> =
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
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_forward_table_id = r.decode()?,
                2 => m_external_ip = r.decode()?,
                3 => m_external_port = r.decode()?,
                4 => m_internal_ip = r.decode()?,
                5 => m_internal_port = r.decode()?,
                6 => m_ip_protocol = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateForwardEntryRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            forward_table_id: m_forward_table_id.ok_or_else(|| r.missing("ForwardTableId"))?,
            external_ip: m_external_ip.ok_or_else(|| r.missing("ExternalIp"))?,
            external_port: m_external_port.ok_or_else(|| r.missing("ExternalPort"))?,
            internal_ip: m_internal_ip.ok_or_else(|| r.missing("InternalIp"))?,
            internal_port: m_internal_port.ok_or_else(|| r.missing("InternalPort"))?,
            ip_protocol: m_ip_protocol.ok_or_else(|| r.missing("IpProtocol"))?,
        })
    }
}

/// The response of [`Client::create_forward_entry`](crate::Client::create_forward_entry) (`CreateForwardEntry`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateForwardEntryResponse {
    /// `ForwardEntryId`.
    #[serde(
        rename = "ForwardEntryId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forward_entry_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateForwardEntryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateForwardEntryResponse",
            &[
                ("forward_entry_id", d::opt(&self.forward_entry_id)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateForwardEntryResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ForwardEntryId", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateForwardEntryResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.forward_entry_id = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
