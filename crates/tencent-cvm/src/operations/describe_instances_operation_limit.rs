//! `DescribeInstancesOperationLimit`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeInstancesOperationLimit>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeInstancesOperationLimit",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_instances_operation_limit`](crate::Client::describe_instances_operation_limit) (`DescribeInstancesOperationLimit`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesOperationLimitRequest {
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-l26mwvil"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
    /// `Operation`. Required.
    ///
    /// Example: `INSTANCE_DEGRADE`.
    #[serde(rename = "Operation")]
    pub operation: ::std::string::String,
}

impl DescribeInstancesOperationLimitRequest {
    /// A `DescribeInstancesOperationLimitRequest` with its required members: `InstanceIds`, `Operation`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        operation: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            operation: operation.into(),
        }
    }
}

impl ::std::fmt::Debug for DescribeInstancesOperationLimitRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesOperationLimitRequest",
            &[
                ("instance_ids", d::req(&self.instance_ids)),
                ("operation", d::req(&self.operation)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesOperationLimitRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceIds", "Operation"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_operation: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_instance_ids = r.decode()?,
                1 => m_operation = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstancesOperationLimitRequest {
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
            operation: m_operation.ok_or_else(|| r.missing("Operation"))?,
        })
    }
}

/// The response of [`Client::describe_instances_operation_limit`](crate::Client::describe_instances_operation_limit) (`DescribeInstancesOperationLimit`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstancesOperationLimitResponse {
    /// `InstanceOperationLimitSet`.
    #[serde(
        rename = "InstanceOperationLimitSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_operation_limit_set:
        ::std::option::Option<::std::vec::Vec<crate::models::OperationCountLimit>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeInstancesOperationLimitResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstancesOperationLimitResponse",
            &[
                (
                    "instance_operation_limit_set",
                    d::opt(&self.instance_operation_limit_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstancesOperationLimitResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceOperationLimitSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeInstancesOperationLimitResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_operation_limit_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
