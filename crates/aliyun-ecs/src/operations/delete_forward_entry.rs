//! `DeleteForwardEntry`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteForwardEntry>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteForwardEntry",
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
                name: "ForwardEntryId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_forward_entry`](crate::Client::delete_forward_entry) (`DeleteForwardEntry`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteForwardEntryRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ForwardTableId` (query). Required.
    #[serde(rename = "ForwardTableId")]
    pub forward_table_id: ::std::string::String,
    /// `ForwardEntryId` (query). Required.
    #[serde(rename = "ForwardEntryId")]
    pub forward_entry_id: ::std::string::String,
}

impl DeleteForwardEntryRequest {
    /// A `DeleteForwardEntryRequest` with its required members: `RegionId`, `ForwardTableId`, `ForwardEntryId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        forward_table_id: impl ::std::convert::Into<::std::string::String>,
        forward_entry_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            forward_table_id: forward_table_id.into(),
            forward_entry_id: forward_entry_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DeleteForwardEntryRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteForwardEntryRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("forward_table_id", d::req(&self.forward_table_id)),
                ("forward_entry_id", d::req(&self.forward_entry_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteForwardEntryRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ForwardTableId", "ForwardEntryId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_forward_table_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_forward_entry_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_forward_table_id = r.decode()?,
                2 => m_forward_entry_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteForwardEntryRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            forward_table_id: m_forward_table_id.ok_or_else(|| r.missing("ForwardTableId"))?,
            forward_entry_id: m_forward_entry_id.ok_or_else(|| r.missing("ForwardEntryId"))?,
        })
    }
}

/// The response of [`Client::delete_forward_entry`](crate::Client::delete_forward_entry) (`DeleteForwardEntry`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteForwardEntryResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteForwardEntryResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteForwardEntryResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteForwardEntryResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteForwardEntryResponse::default();
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
