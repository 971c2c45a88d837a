//! `ModifyHpcClusterAttribute`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=ModifyHpcClusterAttribute>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "ModifyHpcClusterAttribute",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::modify_hpc_cluster_attribute`](crate::Client::modify_hpc_cluster_attribute) (`ModifyHpcClusterAttribute`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHpcClusterAttributeRequest {
    /// `HpcClusterId`. Required.
    ///
    /// Example: `hpc-jtynq57p`.
    #[serde(rename = "HpcClusterId")]
    pub hpc_cluster_id: ::std::string::String,
    /// `Name`.
    ///
    /// Example: `MyHpcCluster`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Remark`.
    ///
    /// Example: `myRemark`.
    #[serde(
        rename = "Remark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remark: ::std::option::Option<::std::string::String>,
}

impl ModifyHpcClusterAttributeRequest {
    /// A `ModifyHpcClusterAttributeRequest` with its required members: `HpcClusterId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(hpc_cluster_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            hpc_cluster_id: hpc_cluster_id.into(),
            name: ::std::option::Option::None,
            remark: ::std::option::Option::None,
        }
    }

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Remark`.
    pub fn remark(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.remark = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyHpcClusterAttributeRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyHpcClusterAttributeRequest",
            &[
                ("hpc_cluster_id", d::req(&self.hpc_cluster_id)),
                ("name", d::opt(&self.name)),
                ("remark", d::opt(&self.remark)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyHpcClusterAttributeRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["HpcClusterId", "Name", "Remark"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_hpc_cluster_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_remark: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_hpc_cluster_id = r.decode()?,
                1 => m_name = r.decode()?,
                2 => m_remark = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyHpcClusterAttributeRequest {
            hpc_cluster_id: m_hpc_cluster_id.ok_or_else(|| r.missing("HpcClusterId"))?,
            name: m_name,
            remark: m_remark,
        })
    }
}

/// The response of [`Client::modify_hpc_cluster_attribute`](crate::Client::modify_hpc_cluster_attribute) (`ModifyHpcClusterAttribute`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyHpcClusterAttributeResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyHpcClusterAttributeResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyHpcClusterAttributeResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifyHpcClusterAttributeResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifyHpcClusterAttributeResponse::default();
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
