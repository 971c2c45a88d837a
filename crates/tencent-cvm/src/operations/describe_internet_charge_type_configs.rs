//! `DescribeInternetChargeTypeConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInternetChargeTypeConfigs>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInternetChargeTypeConfigs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_internet_charge_type_configs`](crate::Client::describe_internet_charge_type_configs) (`DescribeInternetChargeTypeConfigs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInternetChargeTypeConfigsRequest {}
impl DescribeInternetChargeTypeConfigsRequest {
    /// An empty `DescribeInternetChargeTypeConfigsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl ::std::fmt::Debug for DescribeInternetChargeTypeConfigsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "DescribeInternetChargeTypeConfigsRequest", &[])
    }
}

impl ::yun_core::json::Decode for DescribeInternetChargeTypeConfigsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut members = r.object()?;
        while members.next(r)?.is_some() {
            r.skip()?;
        }

        ::std::result::Result::Ok(DescribeInternetChargeTypeConfigsRequest::default())
    }
}

/// The response of [`Client::describe_internet_charge_type_configs`](crate::Client::describe_internet_charge_type_configs) (`DescribeInternetChargeTypeConfigs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInternetChargeTypeConfigsResponse {
    /// `InternetChargeTypeConfigSet`.
    #[serde(
        rename = "InternetChargeTypeConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_charge_type_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InternetChargeTypeConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInternetChargeTypeConfigsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInternetChargeTypeConfigsResponse",
            &[
                (
                    "internet_charge_type_config_set",
                    d::opt(&self.internet_charge_type_config_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInternetChargeTypeConfigsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InternetChargeTypeConfigSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInternetChargeTypeConfigsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.internet_charge_type_config_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
