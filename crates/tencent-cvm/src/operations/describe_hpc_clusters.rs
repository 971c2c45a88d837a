//! `DescribeHpcClusters`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DescribeHpcClusters>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DescribeHpcClusters",
        version: crate::VERSION,
        read_only: true,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &["Filters.Name", "Filters.Values"],
    };

/// The request of [`Client::describe_hpc_clusters`](crate::Client::describe_hpc_clusters) (`DescribeHpcClusters`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeHpcClustersRequest {
    /// `HpcClusterIds`.
    ///
    /// Example: `["hpc-p64fdfa9"]`.
    #[serde(
        rename = "HpcClusterIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Name`.
    ///
    /// Example: `MyCluster`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Zone`.
    ///
    /// Example: `ap-guangzhou-2`.
    #[serde(
        rename = "Zone",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone: ::std::option::Option<::std::string::String>,
    /// `Offset`.
    ///
    /// Example: `0`.
    #[serde(
        rename = "Offset",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub offset: ::std::option::Option<u64>,
    /// `Limit`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "Limit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit: ::std::option::Option<u64>,
    /// `HpcClusterType`.
    ///
    /// Example: `CDC/CHC/STANDARD`.
    #[serde(
        rename = "HpcClusterType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_type: ::std::option::Option<::std::string::String>,
    /// `HpcClusterBusinessId`.
    #[serde(
        rename = "HpcClusterBusinessId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_business_id: ::std::option::Option<::std::string::String>,
    /// `InstanceType`.
    ///
    /// Example: `HCCPNV4ane.58XLARGE1929`.
    #[serde(
        rename = "InstanceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_type: ::std::option::Option<::std::string::String>,
    /// `Filters`.
    #[serde(
        rename = "Filters",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub filters: ::std::option::Option<::std::vec::Vec<crate::models::Filter>>,
}

impl DescribeHpcClustersRequest {
    /// An empty `DescribeHpcClustersRequest`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            hpc_cluster_ids: ::std::option::Option::None,
            name: ::std::option::Option::None,
            zone: ::std::option::Option::None,
            offset: ::std::option::Option::None,
            limit: ::std::option::Option::None,
            hpc_cluster_type: ::std::option::Option::None,
            hpc_cluster_business_id: ::std::option::Option::None,
            instance_type: ::std::option::Option::None,
            filters: ::std::option::Option::None,
        }
    }

    /// Sets `HpcClusterIds`.
    pub fn hpc_cluster_ids(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.hpc_cluster_ids = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Zone`.
    pub fn zone(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Offset`.
    pub fn offset(mut self, value: u64) -> Self {
        self.offset = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Limit`.
    pub fn limit(mut self, value: u64) -> Self {
        self.limit = ::std::option::Option::Some(value);
        self
    }

    /// Sets `HpcClusterType`.
    pub fn hpc_cluster_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hpc_cluster_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `HpcClusterBusinessId`.
    pub fn hpc_cluster_business_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hpc_cluster_business_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `InstanceType`.
    pub fn instance_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.instance_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Filters`.
    pub fn filters(mut self, value: ::std::vec::Vec<crate::models::Filter>) -> Self {
        self.filters = ::std::option::Option::Some(value);
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
                ("hpc_cluster_ids", d::opt(&self.hpc_cluster_ids)),
                ("name", d::opt(&self.name)),
                ("zone", d::opt(&self.zone)),
                ("offset", d::opt(&self.offset)),
                ("limit", d::opt(&self.limit)),
                ("hpc_cluster_type", d::opt(&self.hpc_cluster_type)),
                (
                    "hpc_cluster_business_id",
                    d::opt(&self.hpc_cluster_business_id),
                ),
                ("instance_type", d::opt(&self.instance_type)),
                ("filters", d::opt(&self.filters)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHpcClustersRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "HpcClusterIds",
            "Name",
            "Zone",
            "Offset",
            "Limit",
            "HpcClusterType",
            "HpcClusterBusinessId",
            "InstanceType",
            "Filters",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut out = DescribeHpcClustersRequest::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.hpc_cluster_ids = r.decode()?,
                1 => out.name = r.decode()?,
                2 => out.zone = r.decode()?,
                3 => out.offset = r.decode()?,
                4 => out.limit = r.decode()?,
                5 => out.hpc_cluster_type = r.decode()?,
                6 => out.hpc_cluster_business_id = r.decode()?,
                7 => out.instance_type = r.decode()?,
                8 => out.filters = r.decode()?,
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
    /// `HpcClusterSet`.
    #[serde(
        rename = "HpcClusterSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_set: ::std::option::Option<::std::vec::Vec<crate::models::HpcClusterInfo>>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<u64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DescribeHpcClustersResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeHpcClustersResponse",
            &[
                ("hpc_cluster_set", d::opt(&self.hpc_cluster_set)),
                ("total_count", d::opt(&self.total_count)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeHpcClustersResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HpcClusterSet", "TotalCount", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut out = DescribeHpcClustersResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.hpc_cluster_set = r.decode()?,
                1 => out.total_count = r.decode()?,
                2 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::TencentCall for DescribeHpcClustersRequest {
    const OPERATION: ::yun_core::internal::TencentOperation = OPERATION;
}

/// How `DescribeHpcClusters` pages (by `Offset`), for [`Client::describe_hpc_clusters_paginator`](crate::Client::describe_hpc_clusters_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeHpcClustersRequest {
    type Response = DescribeHpcClustersResponse;
    type Item = crate::models::HpcClusterInfo;
    const STYLE: ::yun_core::paginate::PageStyle = ::yun_core::paginate::PageStyle::Offset;
    fn page_size(&self) -> ::std::option::Option<u64> {
        self.limit.as_ref().copied()
    }

    fn start(&self) -> ::std::option::Option<::yun_core::paginate::Position<'_>> {
        self.offset
            .as_ref()
            .copied()
            .map(::yun_core::paginate::Position::Offset)
    }

    fn set_position(&mut self, position: ::yun_core::paginate::Position<'_>) {
        if let ::yun_core::paginate::Position::Offset(n) = position {
            self.offset = ::std::option::Option::Some(n);
        }
    }

    fn total_count(page: &DescribeHpcClustersResponse) -> ::std::option::Option<u64> {
        page.total_count.as_ref().copied()
    }

    fn item_count(page: &DescribeHpcClustersResponse) -> usize {
        page.hpc_cluster_set.as_ref().map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeHpcClustersResponse,
    ) -> ::std::vec::Vec<crate::models::HpcClusterInfo> {
        page.hpc_cluster_set.unwrap_or_default()
    }
}
