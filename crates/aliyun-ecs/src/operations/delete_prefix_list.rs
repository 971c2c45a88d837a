//! `DeletePrefixList`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeletePrefixList>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeletePrefixList",
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
                name: "PrefixListId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_prefix_list`](crate::Client::delete_prefix_list) (`DeletePrefixList`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeletePrefixListRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-chengdu`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrefixListId` (query). Required.
    ///
    /// Example: `pl-x1j1k5ykzqlixdcy****`.
    #[serde(rename = "PrefixListId")]
    pub prefix_list_id: ::std::string::String,
}

impl DeletePrefixListRequest {
    /// A `DeletePrefixListRequest` with its required members: `RegionId`, `PrefixListId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        prefix_list_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            prefix_list_id: prefix_list_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DeletePrefixListRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeletePrefixListRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("prefix_list_id", d::req(&self.prefix_list_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeletePrefixListRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "PrefixListId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_prefix_list_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_prefix_list_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeletePrefixListRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            prefix_list_id: m_prefix_list_id.ok_or_else(|| r.missing("PrefixListId"))?,
        })
    }
}

/// The response of [`Client::delete_prefix_list`](crate::Client::delete_prefix_list) (`DeletePrefixList`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeletePrefixListResponse {
    /// `RequestId`.
    ///
    /// Example: `38793DB8-A4B2-4AEC-BFD3-111234E9188D`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeletePrefixListResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeletePrefixListResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeletePrefixListResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeletePrefixListResponse::default();
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
