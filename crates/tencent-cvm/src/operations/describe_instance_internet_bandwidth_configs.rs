//! `DescribeInstanceInternetBandwidthConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceInternetBandwidthConfigs>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstanceInternetBandwidthConfigs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_internet_bandwidth_configs`](crate::Client::describe_instance_internet_bandwidth_configs) (`DescribeInstanceInternetBandwidthConfigs`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceInternetBandwidthConfigsRequest {
    /// `InstanceId`. Required.
    ///
    /// Example: `ins-6lafsaz0`.
    #[serde(rename = "InstanceId")]
    pub instance_id: ::std::string::String,
}

impl DescribeInstanceInternetBandwidthConfigsRequest {
    /// A `DescribeInstanceInternetBandwidthConfigsRequest` with its required members: `InstanceId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(instance_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            instance_id: instance_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DescribeInstanceInternetBandwidthConfigsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceInternetBandwidthConfigsRequest",
            &[("instance_id", d::req(&self.instance_id))],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceInternetBandwidthConfigsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_instance_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceInternetBandwidthConfigsRequest {
            instance_id: m_instance_id.ok_or_else(|| r.missing("InstanceId"))?,
        })
    }
}

/// The response of [`Client::describe_instance_internet_bandwidth_configs`](crate::Client::describe_instance_internet_bandwidth_configs) (`DescribeInstanceInternetBandwidthConfigs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceInternetBandwidthConfigsResponse {
    /// `InternetBandwidthConfigSet`.
    #[serde(
        rename = "InternetBandwidthConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub internet_bandwidth_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InternetBandwidthConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInstanceInternetBandwidthConfigsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceInternetBandwidthConfigsResponse",
            &[
                (
                    "internet_bandwidth_config_set",
                    d::opt(&self.internet_bandwidth_config_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceInternetBandwidthConfigsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InternetBandwidthConfigSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceInternetBandwidthConfigsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.internet_bandwidth_config_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
