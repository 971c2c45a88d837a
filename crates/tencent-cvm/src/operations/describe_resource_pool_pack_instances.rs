//! `DescribeResourcePoolPackInstances`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeResourcePoolPackInstances>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeResourcePoolPackInstances",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::describe_resource_pool_pack_instances`](crate::Client::describe_resource_pool_pack_instances) (`DescribeResourcePoolPackInstances`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackInstancesRequest {
    /// `DedicatedResourcePackIds`. Required.
    ///
    /// Example: `["rpp-2gyonkx7"]`.
    #[serde(rename = "DedicatedResourcePackIds")]
    pub dedicated_resource_pack_ids: ::std::vec::Vec<::std::string::String>,
}

impl DescribeResourcePoolPackInstancesRequest {
    /// A `DescribeResourcePoolPackInstancesRequest` with its required members: `DedicatedResourcePackIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        dedicated_resource_pack_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            dedicated_resource_pack_ids: dedicated_resource_pack_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for DescribeResourcePoolPackInstancesRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcePoolPackInstancesRequest",
            &[(
                "dedicated_resource_pack_ids",
                d::req(&self.dedicated_resource_pack_ids),
            )],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcePoolPackInstancesRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedResourcePackIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_dedicated_resource_pack_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_dedicated_resource_pack_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeResourcePoolPackInstancesRequest {
            dedicated_resource_pack_ids: m_dedicated_resource_pack_ids
                .ok_or_else(|| r.missing("DedicatedResourcePackIds"))?,
        })
    }
}

/// The response of [`Client::describe_resource_pool_pack_instances`](crate::Client::describe_resource_pool_pack_instances) (`DescribeResourcePoolPackInstances`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeResourcePoolPackInstancesResponse {
    /// `DedicatedResourcePackInstanceSet`.
    #[serde(
        rename = "DedicatedResourcePackInstanceSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dedicated_resource_pack_instance_set:
        ::std::option::Option<::std::vec::Vec<crate::models::ResourcePoolPackInstance>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeResourcePoolPackInstancesResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeResourcePoolPackInstancesResponse",
            &[
                (
                    "dedicated_resource_pack_instance_set",
                    d::opt(&self.dedicated_resource_pack_instance_set),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeResourcePoolPackInstancesResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["DedicatedResourcePackInstanceSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = DescribeResourcePoolPackInstancesResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.dedicated_resource_pack_instance_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
