//! `RedeployDedicatedHost`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RedeployDedicatedHost>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RedeployDedicatedHost",
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
                name: "DedicatedHostId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::redeploy_dedicated_host`](crate::Client::redeploy_dedicated_host) (`RedeployDedicatedHost`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RedeployDedicatedHostRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DedicatedHostId` (query). Required.
    ///
    /// Example: `dh-bp165p6xk2tlw61e****`.
    #[serde(rename = "DedicatedHostId")]
    pub dedicated_host_id: ::std::string::String,
}

impl RedeployDedicatedHostRequest {
    /// A `RedeployDedicatedHostRequest` with its required members: `RegionId`, `DedicatedHostId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        dedicated_host_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            dedicated_host_id: dedicated_host_id.into(),
        }
    }
}

impl ::std::fmt::Debug for RedeployDedicatedHostRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RedeployDedicatedHostRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("dedicated_host_id", d::req(&self.dedicated_host_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RedeployDedicatedHostRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "DedicatedHostId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_dedicated_host_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RedeployDedicatedHostRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            dedicated_host_id: m_dedicated_host_id.ok_or_else(|| r.missing("DedicatedHostId"))?,
        })
    }
}

/// The response of [`Client::redeploy_dedicated_host`](crate::Client::redeploy_dedicated_host) (`RedeployDedicatedHost`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RedeployDedicatedHostResponse {
    /// `RequestId`.
    ///
    /// Example: `FCED4B7A-53D5-4C04-ABE3-26D4F3890D57`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RedeployDedicatedHostResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RedeployDedicatedHostResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for RedeployDedicatedHostResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RedeployDedicatedHostResponse::default();
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
