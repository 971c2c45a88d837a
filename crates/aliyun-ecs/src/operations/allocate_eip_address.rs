//! `AllocateEipAddress`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/AllocateEipAddress>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "AllocateEipAddress",
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
                name: "Bandwidth",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ISP",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InternetChargeType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ActivityId",
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

/// The request of [`Client::allocate_eip_address`](crate::Client::allocate_eip_address) (`AllocateEipAddress`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateEipAddressRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `Bandwidth` (query).
    #[serde(
        rename = "Bandwidth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bandwidth: ::std::option::Option<::std::string::String>,
    /// `ISP` (query).
    #[serde(rename = "ISP", skip_serializing_if = "::std::option::Option::is_none")]
    pub isp: ::std::option::Option<::std::string::String>,
    /// `InternetChargeType` (query).
    ///
    /// Default: `PayByBandwidth`.
    #[serde(
        rename = "InternetChargeType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type: ::std::option::Option<::std::string::String>,
    /// `ActivityId` (query).
    #[serde(
        rename = "ActivityId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub activity_id: ::std::option::Option<i64>,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl AllocateEipAddressRequest {
    /// A `AllocateEipAddressRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            bandwidth: ::std::option::Option::None,
            isp: ::std::option::Option::None,
            internet_charge_type: ::std::option::Option::None,
            activity_id: ::std::option::Option::None,
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `Bandwidth`.
    pub fn bandwidth(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.bandwidth = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ISP`.
    pub fn isp(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.isp = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InternetChargeType`.
    pub fn internet_charge_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.internet_charge_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ActivityId`.
    pub fn activity_id(mut self, value: i64) -> Self {
        self.activity_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for AllocateEipAddressRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocateEipAddressRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("bandwidth", d::opt(&self.bandwidth)),
                ("isp", d::opt(&self.isp)),
                ("internet_charge_type", d::opt(&self.internet_charge_type)),
                ("activity_id", d::opt(&self.activity_id)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocateEipAddressRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "Bandwidth",
            "ISP",
            "InternetChargeType",
            "ActivityId",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_bandwidth: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_isp: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_internet_charge_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_activity_id: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_bandwidth = r.decode()?,
                2 => m_isp = r.decode()?,
                3 => m_internet_charge_type = r.decode()?,
                4 => m_activity_id = r.decode()?,
                5 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(AllocateEipAddressRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            bandwidth: m_bandwidth,
            isp: m_isp,
            internet_charge_type: m_internet_charge_type,
            activity_id: m_activity_id,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::allocate_eip_address`](crate::Client::allocate_eip_address) (`AllocateEipAddress`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct AllocateEipAddressResponse {
    /// `AllocationId`.
    #[serde(
        rename = "AllocationId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_id: ::std::option::Option<::yun_core::Text>,
    /// `EipAddress`.
    #[serde(
        rename = "EipAddress",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eip_address: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for AllocateEipAddressResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "AllocateEipAddressResponse",
            &[
                ("allocation_id", d::opt(&self.allocation_id)),
                ("eip_address", d::opt(&self.eip_address)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for AllocateEipAddressResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["AllocationId", "EipAddress", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = AllocateEipAddressResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_id = r.decode()?,
                1 => out.eip_address = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
