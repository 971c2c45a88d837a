//! `DeleteDedicatedHostCluster`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteDedicatedHostCluster>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteDedicatedHostCluster",
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
                name: "DedicatedHostClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_dedicated_host_cluster`](crate::Client::delete_dedicated_host_cluster) (`DeleteDedicatedHostCluster`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDedicatedHostClusterRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `DedicatedHostClusterId` (query). Required.
    ///
    /// Example: `dc-bp12wlf6am0vz9v2****`.
    #[serde(rename = "DedicatedHostClusterId")]
    pub dedicated_host_cluster_id: ::std::string::String,
}

impl DeleteDedicatedHostClusterRequest {
    /// A `DeleteDedicatedHostClusterRequest` with its required members: `RegionId`, `DedicatedHostClusterId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        dedicated_host_cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            dedicated_host_cluster_id: dedicated_host_cluster_id.into(),
        }
    }
}

impl ::std::fmt::Debug for DeleteDedicatedHostClusterRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteDedicatedHostClusterRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "dedicated_host_cluster_id",
                    d::req(&self.dedicated_host_cluster_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteDedicatedHostClusterRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "DedicatedHostClusterId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_dedicated_host_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_dedicated_host_cluster_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteDedicatedHostClusterRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            dedicated_host_cluster_id: m_dedicated_host_cluster_id
                .ok_or_else(|| r.missing("DedicatedHostClusterId"))?,
        })
    }
}

/// The response of [`Client::delete_dedicated_host_cluster`](crate::Client::delete_dedicated_host_cluster) (`DeleteDedicatedHostCluster`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteDedicatedHostClusterResponse {
    /// `RequestId`.
    ///
    /// Example: `11B55F58-D3A4-4A9B-9596-342420D02FF8`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteDedicatedHostClusterResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteDedicatedHostClusterResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteDedicatedHostClusterResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteDedicatedHostClusterResponse::default();
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
