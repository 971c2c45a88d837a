//! `ReleaseCapacityReservation`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleaseCapacityReservation>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ReleaseCapacityReservation",
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
                name: "PrivatePoolOptions.Id",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DryRun",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::release_capacity_reservation`](crate::Client::release_capacity_reservation) (`ReleaseCapacityReservation`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleaseCapacityReservationRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PrivatePoolOptions.Id` (query). Required.
    ///
    /// Example: `crp-bp67acfmxazb4****`.
    #[serde(rename = "PrivatePoolOptions.Id")]
    pub private_pool_options_id: ::std::string::String,
    /// `DryRun` (query).
    ///
    /// Default: `false`.
    ///
    /// Example: `false`.
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl ReleaseCapacityReservationRequest {
    /// A `ReleaseCapacityReservationRequest` with its required members: `RegionId`, `PrivatePoolOptions.Id`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        private_pool_options_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            private_pool_options_id: private_pool_options_id.into(),
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ReleaseCapacityReservationRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReleaseCapacityReservationRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "private_pool_options_id",
                    d::req(&self.private_pool_options_id),
                ),
                ("dry_run", d::opt(&self.dry_run)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReleaseCapacityReservationRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "PrivatePoolOptions.Id", "DryRun"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_private_pool_options_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_private_pool_options_id = r.decode()?,
                2 => m_dry_run = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ReleaseCapacityReservationRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            private_pool_options_id: m_private_pool_options_id
                .ok_or_else(|| r.missing("PrivatePoolOptions.Id"))?,
            dry_run: m_dry_run,
        })
    }
}

/// The response of [`Client::release_capacity_reservation`](crate::Client::release_capacity_reservation) (`ReleaseCapacityReservation`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleaseCapacityReservationResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ReleaseCapacityReservationResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReleaseCapacityReservationResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ReleaseCapacityReservationResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ReleaseCapacityReservationResponse::default();
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
