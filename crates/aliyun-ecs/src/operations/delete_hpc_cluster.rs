//! `DeleteHpcCluster`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteHpcCluster>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteHpcCluster",
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
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "HpcClusterId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_hpc_cluster`](crate::Client::delete_hpc_cluster) (`DeleteHpcCluster`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteHpcClusterRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `HpcClusterId` (query). Required.
    ///
    /// Example: `hpc-cxvr5uzy54j0ya****`.
    #[serde(rename = "HpcClusterId")]
    pub hpc_cluster_id: ::std::string::String,
}

impl DeleteHpcClusterRequest {
    /// A `DeleteHpcClusterRequest` with its required members: `RegionId`, `HpcClusterId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        hpc_cluster_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            hpc_cluster_id: hpc_cluster_id.into(),
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DeleteHpcClusterRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteHpcClusterRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("client_token", d::opt(&self.client_token)),
                ("hpc_cluster_id", d::req(&self.hpc_cluster_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteHpcClusterRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "ClientToken", "HpcClusterId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_client_token = r.decode()?,
                2 => m_hpc_cluster_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteHpcClusterRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            client_token: m_client_token,
            hpc_cluster_id: m_hpc_cluster_id.ok_or_else(|| r.missing("HpcClusterId"))?,
        })
    }
}

/// The response of [`Client::delete_hpc_cluster`](crate::Client::delete_hpc_cluster) (`DeleteHpcCluster`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteHpcClusterResponse {
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteHpcClusterResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteHpcClusterResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteHpcClusterResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteHpcClusterResponse::default();
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
