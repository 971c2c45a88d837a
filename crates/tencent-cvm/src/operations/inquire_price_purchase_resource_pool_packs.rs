//! `InquirePricePurchaseResourcePoolPacks`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=InquirePricePurchaseResourcePoolPacks>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "InquirePricePurchaseResourcePoolPacks",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::inquire_price_purchase_resource_pool_packs`](crate::Client::inquire_price_purchase_resource_pool_packs) (`InquirePricePurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquirePricePurchaseResourcePoolPacksRequest {
    /// `Zone`. Required.
    ///
    /// Example: `ap-guangzhou-7`.
    #[serde(rename = "Zone")]
    pub zone: ::std::string::String,
    /// `InstanceType`. Required.
    ///
    /// Example: `S9.8XLARGE64`.
    #[serde(rename = "InstanceType")]
    pub instance_type: ::std::string::String,
    /// `InstanceCount`. Required.
    ///
    /// Example: `1`.
    #[serde(rename = "InstanceCount")]
    pub instance_count: i64,
    /// `Period`. Required.
    ///
    /// Example: `1`.
    #[serde(rename = "Period")]
    pub period: i64,
}

impl InquirePricePurchaseResourcePoolPacksRequest {
    /// A `InquirePricePurchaseResourcePoolPacksRequest` with its required members: `Zone`, `InstanceType`, `InstanceCount`, `Period`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        zone: impl ::std::convert::Into<::std::string::String>,
        instance_type: impl ::std::convert::Into<::std::string::String>,
        instance_count: i64,
        period: i64,
    ) -> Self {
        Self {
            zone: zone.into(),
            instance_type: instance_type.into(),
            instance_count,
            period,
        }
    }
}

impl ::std::fmt::Debug for InquirePricePurchaseResourcePoolPacksRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquirePricePurchaseResourcePoolPacksRequest",
            &[
                ("zone", d::req(&self.zone)),
                ("instance_type", d::req(&self.instance_type)),
                ("instance_count", d::req(&self.instance_count)),
                ("period", d::req(&self.period)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquirePricePurchaseResourcePoolPacksRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Zone", "InstanceType", "InstanceCount", "Period"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_zone: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_instance_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_count: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_period: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_zone = r.decode()?,
                1 => m_instance_type = r.decode()?,
                2 => m_instance_count = r.decode()?,
                3 => m_period = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(InquirePricePurchaseResourcePoolPacksRequest {
            zone: m_zone.ok_or_else(|| r.missing("Zone"))?,
            instance_type: m_instance_type.ok_or_else(|| r.missing("InstanceType"))?,
            instance_count: m_instance_count.ok_or_else(|| r.missing("InstanceCount"))?,
            period: m_period.ok_or_else(|| r.missing("Period"))?,
        })
    }
}

/// The response of [`Client::inquire_price_purchase_resource_pool_packs`](crate::Client::inquire_price_purchase_resource_pool_packs) (`InquirePricePurchaseResourcePoolPacks`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct InquirePricePurchaseResourcePoolPacksResponse {
    /// `Price`.
    #[serde(
        rename = "Price",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub price: ::std::option::Option<crate::models::ItemPrice>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for InquirePricePurchaseResourcePoolPacksResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "InquirePricePurchaseResourcePoolPacksResponse",
            &[
                ("price", d::opt(&self.price)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for InquirePricePurchaseResourcePoolPacksResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Price", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = InquirePricePurchaseResourcePoolPacksResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.price = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
