//! `DescribeHpcClusters`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeHpcClusters>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeHpcClusters",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
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
                name: "HpcClusterIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "PageSize",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_hpc_clusters`](crate::Client::describe_hpc_clusters) (`DescribeHpcClusters`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHpcClustersRequest {
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
    /// `HpcClusterIds` (query).
    ///
    /// Example: `["hpc-xxxxxxxxx", "hpc-yyyyyyyyy", … "hpc-zzzzzzzzz"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "HpcClusterIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_ids: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Default: `1`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeHpcClustersRequest {
    /// A `DescribeHpcClustersRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            client_token: ::std::option::Option::None,
            hpc_cluster_ids: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HpcClusterIds`.
    pub fn hpc_cluster_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hpc_cluster_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `PageNumber`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `PageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeHpcClustersRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeHpcClustersRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("client_token", d::opt(&self.client_token)),
                ("hpc_cluster_ids", d::opt(&self.hpc_cluster_ids)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHpcClustersRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "ClientToken",
            "HpcClusterIds",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_hpc_cluster_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_client_token = r.decode()?,
                2 => m_hpc_cluster_ids = r.decode()?,
                3 => m_page_number = r.decode()?,
                4 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeHpcClustersRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            client_token: m_client_token,
            hpc_cluster_ids: m_hpc_cluster_ids,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `HpcClusters.HpcCluster` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HpcCluster {
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `HpcClusterId`.
    ///
    /// Example: `hpc-bp1a5zr3u7nq9cx****`.
    #[serde(
        rename = "HpcClusterId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_id: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `testName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for HpcCluster {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HpcCluster",
            &[
                ("description", d::opt(&self.description)),
                ("hpc_cluster_id", d::opt(&self.hpc_cluster_id)),
                ("name", d::opt(&self.name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for HpcCluster {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Description", "HpcClusterId", "Name"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = HpcCluster::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.description = r.decode()?,
                1 => out.hpc_cluster_id = r.decode()?,
                2 => out.name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `HpcClusters` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct HpcClusters {
    /// `HpcCluster`.
    #[serde(
        rename = "HpcCluster",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster: ::std::option::Option<::std::vec::Vec<HpcCluster>>,
}

impl ::std::fmt::Debug for HpcClusters {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "HpcClusters",
            &[("hpc_cluster", d::opt(&self.hpc_cluster))],
        )
    }
}

impl ::yun_core::json::Decode for HpcClusters {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HpcCluster"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = HpcClusters::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.hpc_cluster = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_hpc_clusters`](crate::Client::describe_hpc_clusters) (`DescribeHpcClusters`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHpcClustersResponse {
    /// `HpcClusters`.
    #[serde(
        rename = "HpcClusters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_clusters: ::std::option::Option<HpcClusters>,
    /// `PageNumber`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `2`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeHpcClustersResponse {
    /// The items of `HpcClusters` (through its wrapper), empty when absent.
    pub fn hpc_clusters(&self) -> &[HpcCluster] {
        self.hpc_clusters
            .as_ref()
            .and_then(|w| w.hpc_cluster.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeHpcClustersResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeHpcClustersResponse",
            &[
                ("hpc_clusters", d::opt(&self.hpc_clusters)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHpcClustersResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "HpcClusters",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeHpcClustersResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.hpc_clusters = r.decode()?,
                1 => out.page_number = r.decode()?,
                2 => out.page_size = r.decode()?,
                3 => out.request_id = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeHpcClustersRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeHpcClusters` pages (by `PageNumber`), for [`Client::describe_hpc_clusters_paginator`](crate::Client::describe_hpc_clusters_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeHpcClustersRequest {
    type Response = DescribeHpcClustersResponse;
    type Item = HpcCluster;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::PageNumber;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.page_size.as_ref().and_then(|v| u64::try_from(*v).ok())
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.page_number
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
            .map(::yun_core::paginate::Position::PageNumber)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::PageNumber(n) = position {
            self.page_number = ::std::option::Option::Some(i32::try_from(n).unwrap_or(i32::MAX));
        }
    }

    fn total_count(page: &DescribeHpcClustersResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeHpcClustersResponse) -> usize {
        page.hpc_clusters
            .as_ref()
            .and_then(|x| x.hpc_cluster.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeHpcClustersResponse) -> ::std::vec::Vec<HpcCluster> {
        page.hpc_clusters
            .and_then(|x| x.hpc_cluster)
            .unwrap_or_default()
    }
}
