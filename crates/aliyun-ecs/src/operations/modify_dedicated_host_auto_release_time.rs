//! `ModifyDedicatedHostAutoReleaseTime`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyDedicatedHostAutoReleaseTime>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyDedicatedHostAutoReleaseTime",
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
            ::yun_core::internal::Field {
                name: "AutoReleaseTime",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_dedicated_host_auto_release_time`](crate::Client::modify_dedicated_host_auto_release_time) (`ModifyDedicatedHostAutoReleaseTime`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAutoReleaseTimeRequest {
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
    /// `AutoReleaseTime` (query).
    ///
    /// Example: `2019-06-04T13:35:00Z`.
    #[serde(
        rename = "AutoReleaseTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_release_time: ::std::option::Option<::std::string::String>,
}

impl ModifyDedicatedHostAutoReleaseTimeRequest {
    /// A `ModifyDedicatedHostAutoReleaseTimeRequest` with its required members: `RegionId`, `DedicatedHostId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        dedicated_host_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            dedicated_host_id: dedicated_host_id.into(),
            auto_release_time: ::std::option::Option::None,
        }
    }

    /// Sets `AutoReleaseTime`.
    pub fn auto_release_time(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto_release_time = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyDedicatedHostAutoReleaseTimeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostAutoReleaseTimeRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("dedicated_host_id", d::req(&self.dedicated_host_id)),
                ("auto_release_time", d::opt(&self.auto_release_time)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostAutoReleaseTimeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "DedicatedHostId", "AutoReleaseTime"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_auto_release_time: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_dedicated_host_id = r.decode()?,
                2 => m_auto_release_time = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyDedicatedHostAutoReleaseTimeRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            dedicated_host_id: m_dedicated_host_id.ok_or_else(|| r.missing("DedicatedHostId"))?,
            auto_release_time: m_auto_release_time,
        })
    }
}

/// The response of [`Client::modify_dedicated_host_auto_release_time`](crate::Client::modify_dedicated_host_auto_release_time) (`ModifyDedicatedHostAutoReleaseTime`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyDedicatedHostAutoReleaseTimeResponse {
    /// `RequestId`.
    ///
    /// Example: `04F0F334-1335-436C-A1D7-6C044FE7****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyDedicatedHostAutoReleaseTimeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyDedicatedHostAutoReleaseTimeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyDedicatedHostAutoReleaseTimeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyDedicatedHostAutoReleaseTimeResponse::default();
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
