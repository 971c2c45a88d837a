//! `ModifyEipAddressAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyEipAddressAttribute>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyEipAddressAttribute",
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
                name: "AllocationId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Bandwidth",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_eip_address_attribute`](crate::Client::modify_eip_address_attribute) (`ModifyEipAddressAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyEipAddressAttributeRequest {
    /// `RegionId` (query).
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `AllocationId` (query). Required.
    #[serde(rename = "AllocationId")]
    pub allocation_id: ::std::string::String,
    /// `Bandwidth` (query). Required.
    #[serde(rename = "Bandwidth")]
    pub bandwidth: ::std::string::String,
}

impl ModifyEipAddressAttributeRequest {
    /// A `ModifyEipAddressAttributeRequest` with its required members: `AllocationId`, `Bandwidth`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        allocation_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            allocation_id: allocation_id.into(),
            bandwidth: bandwidth.into(),
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyEipAddressAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyEipAddressAttributeRequest",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("allocation_id", d::req(&self.allocation_id)),
                ("bandwidth", d::req(&self.bandwidth)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyEipAddressAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "AllocationId", "Bandwidth"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_allocation_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bandwidth: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_allocation_id = r.decode()?,
                2 => m_bandwidth = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyEipAddressAttributeRequest {
            region_id: m_region_id,
            allocation_id: m_allocation_id.ok_or_else(|| r.missing("AllocationId"))?,
            bandwidth: m_bandwidth.ok_or_else(|| r.missing("Bandwidth"))?,
        })
    }
}

/// The response of [`Client::modify_eip_address_attribute`](crate::Client::modify_eip_address_attribute) (`ModifyEipAddressAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyEipAddressAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyEipAddressAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyEipAddressAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyEipAddressAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyEipAddressAttributeResponse::default();
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
