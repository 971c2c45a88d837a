//! `DescribeInstanceFamilyConfigs`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstanceFamilyConfigs>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstanceFamilyConfigs",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_family_configs`](crate::Client::describe_instance_family_configs) (`DescribeInstanceFamilyConfigs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceFamilyConfigsRequest {}
impl DescribeInstanceFamilyConfigsRequest {
    /// An empty `DescribeInstanceFamilyConfigsRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {}
    }
}

impl ::std::fmt::Debug for DescribeInstanceFamilyConfigsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "DescribeInstanceFamilyConfigsRequest", &[])
    }
}

impl ::yun_core::json::Decode for DescribeInstanceFamilyConfigsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        let mut members = r.object()?;
        while members.next(r)?.is_some() {
            r.skip()?;
        }

        ::std::result::Result::Ok(DescribeInstanceFamilyConfigsRequest::default())
    }
}

/// The response of [`Client::describe_instance_family_configs`](crate::Client::describe_instance_family_configs) (`DescribeInstanceFamilyConfigs`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceFamilyConfigsResponse {
    /// `InstanceFamilyConfigSet`.
    #[serde(
        rename = "InstanceFamilyConfigSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_family_config_set:
        ::std::option::Option<::std::vec::Vec<crate::models::InstanceFamilyConfig>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInstanceFamilyConfigsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceFamilyConfigsResponse",
            &[
                (
                    "instance_family_config_set",
                    d::opt(&self.instance_family_config_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceFamilyConfigsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceFamilyConfigSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceFamilyConfigsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_family_config_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
