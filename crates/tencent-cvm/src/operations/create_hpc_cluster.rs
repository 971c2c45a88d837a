//! `CreateHpcCluster`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=CreateHpcCluster>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "CreateHpcCluster",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[
            "TagSpecification.ResourceType",
            "TagSpecification.Tags",
            "TagSpecification.Tags.Key",
            "TagSpecification.Tags.Value",
        ],
    };

/// The request of [`Client::create_hpc_cluster`](crate::Client::create_hpc_cluster) (`CreateHpcCluster`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateHpcClusterRequest {
    /// `Zone`. Required.
    ///
    /// Example: `ap-guangzhou-2`.
    #[serde(rename = "Zone")]
    pub zone: ::std::string::String,
    /// `Name`. Required.
    ///
    /// Example: `MyHpcCluster`.
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    /// `Remark`.
    ///
    /// Example: `备注`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
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
    /// `TagSpecification`.
    #[serde(
        rename = "TagSpecification",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_specification: ::std::option::Option<::std::vec::Vec<crate::models::TagSpecification>>,
}

impl CreateHpcClusterRequest {
    /// A `CreateHpcClusterRequest` with its required members: `Zone`, `Name`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        zone: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            zone: zone.into(),
            name: name.into(),
            remark: ::std::option::Option::None,
            hpc_cluster_type: ::std::option::Option::None,
            hpc_cluster_business_id: ::std::option::Option::None,
            tag_specification: ::std::option::Option::None,
        }
    }

    /// Sets `Remark`.
    pub fn remark(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remark = ::std::option::Option::Some(value.into());
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

    /// Sets `TagSpecification`.
    pub fn tag_specification(
        mut self,
        value: ::std::vec::Vec<crate::models::TagSpecification>,
    ) -> Self {
        self.tag_specification = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for CreateHpcClusterRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateHpcClusterRequest",
            &[
                ("zone", d::req(&self.zone)),
                ("name", d::req(&self.name)),
                ("remark", d::opt(&self.remark)),
                ("hpc_cluster_type", d::opt(&self.hpc_cluster_type)),
                (
                    "hpc_cluster_business_id",
                    d::opt(&self.hpc_cluster_business_id),
                ),
                ("tag_specification", d::opt(&self.tag_specification)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateHpcClusterRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Zone",
            "Name",
            "Remark",
            "HpcClusterType",
            "HpcClusterBusinessId",
            "TagSpecification",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 7] = ::yun_core::json::member_order();
        let mut m_zone: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_remark: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_hpc_cluster_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_hpc_cluster_business_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_tag_specification: ::std::option::Option<
            ::std::vec::Vec<crate::models::TagSpecification>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_zone = r.decode()?,
                1 => m_name = r.decode()?,
                2 => m_remark = r.decode()?,
                3 => m_hpc_cluster_type = r.decode()?,
                4 => m_hpc_cluster_business_id = r.decode()?,
                5 => m_tag_specification = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateHpcClusterRequest {
            zone: m_zone.ok_or_else(|| r.missing("Zone"))?,
            name: m_name.ok_or_else(|| r.missing("Name"))?,
            remark: m_remark,
            hpc_cluster_type: m_hpc_cluster_type,
            hpc_cluster_business_id: m_hpc_cluster_business_id,
            tag_specification: m_tag_specification,
        })
    }
}

/// The response of [`Client::create_hpc_cluster`](crate::Client::create_hpc_cluster) (`CreateHpcCluster`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateHpcClusterResponse {
    /// `HpcClusterSet`.
    #[serde(
        rename = "HpcClusterSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub hpc_cluster_set: ::std::option::Option<::std::vec::Vec<crate::models::HpcClusterInfo>>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateHpcClusterResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateHpcClusterResponse",
            &[
                ("hpc_cluster_set", d::opt(&self.hpc_cluster_set)),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateHpcClusterResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HpcClusterSet", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateHpcClusterResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.hpc_cluster_set = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
