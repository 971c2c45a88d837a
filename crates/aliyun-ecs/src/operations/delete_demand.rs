//! `DeleteDemand`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDemand>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteDemand",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DemandId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Reason",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_demand`](crate::Client::delete_demand) (`DeleteDemand`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDemandRequest {
    /// `ClientToken` (query).
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DemandId` (query). Required.
    ///
    /// Example: `ed-bp11n21kq00sl71p****`.
    #[serde(rename = "DemandId")]
    pub demand_id: ::std::string::String,
    /// `Reason` (query).
    ///
    /// Example: `test-reason`.
    #[serde(
        rename = "Reason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
}

impl DeleteDemandRequest {
    /// A `DeleteDemandRequest` with its required members: `RegionId`, `DemandId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        demand_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            demand_id: demand_id.into(),
            reason: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Reason`.
    pub fn reason(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DeleteDemandRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteDemandRequest",
            &[
                ("client_token", d::opt(&self.client_token)),
                ("region_id", d::req(&self.region_id)),
                ("demand_id", d::req(&self.demand_id)),
                ("reason", d::opt(&self.reason)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteDemandRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ClientToken", "RegionId", "DemandId", "Reason"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_demand_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_reason: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_client_token = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_demand_id = r.decode()?,
                3 => m_reason = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteDemandRequest {
            client_token: m_client_token,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            demand_id: m_demand_id.ok_or_else(|| r.missing("DemandId"))?,
            reason: m_reason,
        })
    }
}

/// The response of [`Client::delete_demand`](crate::Client::delete_demand) (`DeleteDemand`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDemandResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteDemandResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteDemandResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteDemandResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteDemandResponse::default();
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
