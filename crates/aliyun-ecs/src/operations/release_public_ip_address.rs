//! `ReleasePublicIpAddress`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ReleasePublicIpAddress>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ReleasePublicIpAddress",
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
                name: "InstanceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PublicIpAddress",
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

/// The request of [`Client::release_public_ip_address`](crate::Client::release_public_ip_address) (`ReleasePublicIpAddress`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleasePublicIpAddressRequest {
    /// `RegionId` (query).
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `InstanceId` (query).
    ///
    /// Example: `i-bp67acfmxazb4p****`.
    #[serde(
        rename = "InstanceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_id: ::std::option::Option<::std::string::String>,
    /// `PublicIpAddress` (query). Required.
    ///
    /// Example: `121.40.**.**`.
    #[serde(rename = "PublicIpAddress")]
    pub public_ip_address: ::std::string::String,
    /// `DryRun` (query).
    #[serde(
        rename = "DryRun",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dry_run: ::std::option::Option<bool>,
}

impl ReleasePublicIpAddressRequest {
    /// A `ReleasePublicIpAddressRequest` with its required members: `PublicIpAddress`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(public_ip_address: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: ::std::option::Option::None,
            instance_id: ::std::option::Option::None,
            public_ip_address: public_ip_address.into(),
            dry_run: ::std::option::Option::None,
        }
    }

    /// Sets `RegionId`.
    pub fn region_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.region_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceId`.
    pub fn instance_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `DryRun`.
    pub fn dry_run(mut self, value: bool) -> Self {
        self.dry_run = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for ReleasePublicIpAddressRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReleasePublicIpAddressRequest",
            &[
                ("region_id", d::opt(&self.region_id)),
                ("instance_id", d::opt(&self.instance_id)),
                ("public_ip_address", d::req(&self.public_ip_address)),
                ("dry_run", d::opt(&self.dry_run)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReleasePublicIpAddressRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "InstanceId", "PublicIpAddress", "DryRun"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_public_ip_address: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dry_run: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_instance_id = r.decode()?,
                2 => m_public_ip_address = r.decode()?,
                3 => m_dry_run = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ReleasePublicIpAddressRequest {
            region_id: m_region_id,
            instance_id: m_instance_id,
            public_ip_address: m_public_ip_address.ok_or_else(|| r.missing("PublicIpAddress"))?,
            dry_run: m_dry_run,
        })
    }
}

/// The response of [`Client::release_public_ip_address`](crate::Client::release_public_ip_address) (`ReleasePublicIpAddress`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ReleasePublicIpAddressResponse {
    /// `RemainTimes`.
    ///
    /// Example: `hide`.
    #[serde(
        rename = "RemainTimes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remain_times: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ReleasePublicIpAddressResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ReleasePublicIpAddressResponse",
            &[
                ("remain_times", d::opt(&self.remain_times)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ReleasePublicIpAddressResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RemainTimes", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ReleasePublicIpAddressResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.remain_times = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
