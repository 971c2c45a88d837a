//! `DescribeResourcePoolPackTypeConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackTypeConfigs>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeResourcePoolPackTypeConfigs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["Filters.Name", "Filters.Values"],
    };

/// The request of [`Client::describe_resource_pool_pack_type_configs`](crate::Client::describe_resource_pool_pack_type_configs) (`DescribeResourcePoolPackTypeConfigs`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackTypeConfigsRequest {
    /// `Filters`. Required.
    #[serde(rename = "Filters")]
    pub filters: ::std::vec::Vec<crate::models::Filter>,
}

impl DescribeResourcePoolPackTypeConfigsRequest {
    /// A `DescribeResourcePoolPackTypeConfigsRequest` with its required members: `Filters`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(filters: ::std::vec::Vec<crate::models::Filter>) -> Self {
        Self { filters }
    }
}

impl ::std::fmt::Debug for DescribeResourcePoolPackTypeConfigsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcePoolPackTypeConfigsRequest",
            &[("filters", d::req(&self.filters))],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcePoolPackTypeConfigsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Filters"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_filters = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeResourcePoolPackTypeConfigsRequest {
            filters: m_filters.ok_or_else(|| r.missing("Filters"))?,
        })
    }
}

/// The response of [`Client::describe_resource_pool_pack_type_configs`](crate::Client::describe_resource_pool_pack_type_configs) (`DescribeResourcePoolPackTypeConfigs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackTypeConfigsResponse {
    /// `InstanceTypeConfigSet`.
    #[serde(
        rename = "InstanceTypeConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceTypeConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeResourcePoolPackTypeConfigsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcePoolPackTypeConfigsResponse",
            &[
                (
                    "instance_type_config_set",
                    d::opt(&self.instance_type_config_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcePoolPackTypeConfigsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceTypeConfigSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeResourcePoolPackTypeConfigsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_type_config_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
