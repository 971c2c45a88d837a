//! `AddBandwidthPackageIps`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AddBandwidthPackageIps>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AddBandwidthPackageIps",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "BandwidthPackageId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "IpCount",
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

/// The request of [`Client::add_bandwidth_package_ips`](crate::Client::add_bandwidth_package_ips) (`AddBandwidthPackageIps`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AddBandwidthPackageIpsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `BandwidthPackageId` (query). Required.
    #[serde(rename = "BandwidthPackageId")]
    pub bandwidth_package_id: ::std::string::String,
    /// `IpCount` (query). Required.
    #[serde(rename = "IpCount")]
    pub ip_count: ::std::string::String,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl AddBandwidthPackageIpsRequest {
    /// A `AddBandwidthPackageIpsRequest` with its required members: `RegionId`, `BandwidthPackageId`, `IpCount`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        bandwidth_package_id: impl ::std::convert::Into<::std::string::String>,
        ip_count: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            bandwidth_package_id: bandwidth_package_id.into(),
            ip_count: ip_count.into(),
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for AddBandwidthPackageIpsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AddBandwidthPackageIpsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("bandwidth_package_id", d::req(&self.bandwidth_package_id)),
                ("ip_count", d::req(&self.ip_count)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AddBandwidthPackageIpsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "BandwidthPackageId", "IpCount", "ClientToken"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bandwidth_package_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ip_count: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_bandwidth_package_id = r.decode()?,
                2 => m_ip_count = r.decode()?,
                3 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AddBandwidthPackageIpsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            bandwidth_package_id: m_bandwidth_package_id
                .ok_or_else(|| r.missing("BandwidthPackageId"))?,
            ip_count: m_ip_count.ok_or_else(|| r.missing("IpCount"))?,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::add_bandwidth_package_ips`](crate::Client::add_bandwidth_package_ips) (`AddBandwidthPackageIps`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AddBandwidthPackageIpsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AddBandwidthPackageIpsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AddBandwidthPackageIpsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for AddBandwidthPackageIpsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = AddBandwidthPackageIpsResponse::default();
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
