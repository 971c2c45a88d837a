//! `RenewDedicatedHosts`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/RenewDedicatedHosts>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "RenewDedicatedHosts",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "DedicatedHostIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Period",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PeriodUnit",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::renew_dedicated_hosts`](crate::Client::renew_dedicated_hosts) (`RenewDedicatedHosts`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewDedicatedHostsRequest {
    /// `DedicatedHostIds` (query). Required.
    ///
    /// Example: `dh-bp199lyny9b3****`.
    #[serde(rename = "DedicatedHostIds")]
    pub dedicated_host_ids: ::std::string::String,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Period` (query). Required.
    ///
    /// Example: `1`.
    #[serde(rename = "Period")]
    pub period: i32,
    /// `PeriodUnit` (query).
    ///
    /// Example: `Month`.
    #[serde(
        rename = "PeriodUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub period_unit: ::std::option::Option<::std::string::String>,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl RenewDedicatedHostsRequest {
    /// A `RenewDedicatedHostsRequest` with its required members: `DedicatedHostIds`, `RegionId`, `Period`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_host_ids: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
        period: i32,
    ) -> Self {
        Self {
            dedicated_host_ids: dedicated_host_ids.into(),
            region_id: region_id.into(),
            period,
            period_unit: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `PeriodUnit`.
    pub fn period_unit(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.period_unit = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for RenewDedicatedHostsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewDedicatedHostsRequest",
            &[
                ("dedicated_host_ids", d::req(&self.dedicated_host_ids)),
                ("region_id", d::req(&self.region_id)),
                ("period", d::req(&self.period)),
                ("period_unit", d::opt(&self.period_unit)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for RenewDedicatedHostsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "DedicatedHostIds",
            "RegionId",
            "Period",
            "PeriodUnit",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_dedicated_host_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_period_unit: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_dedicated_host_ids = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_period = r.decode()?,
                3 => m_period_unit = r.decode()?,
                4 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RenewDedicatedHostsRequest {
            dedicated_host_ids: m_dedicated_host_ids
                .ok_or_else(|| r.missing("DedicatedHostIds"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            period: m_period.ok_or_else(|| r.missing("Period"))?,
            period_unit: m_period_unit,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::renew_dedicated_hosts`](crate::Client::renew_dedicated_hosts) (`RenewDedicatedHosts`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RenewDedicatedHostsResponse {
    /// `RequestId`.
    ///
    /// Example: `2A4EA075-CB5B-41B7-B0EB-70D339F6****`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RenewDedicatedHostsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RenewDedicatedHostsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for RenewDedicatedHostsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RenewDedicatedHostsResponse::default();
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
