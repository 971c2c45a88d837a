//! `RemoveChcDeployVpc`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=RemoveChcDeployVpc>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "RemoveChcDeployVpc",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::remove_chc_deploy_vpc`](crate::Client::remove_chc_deploy_vpc) (`RemoveChcDeployVpc`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveChcDeployVpcRequest {
    /// `ChcIds`. Required.
    ///
    /// Example: `["chc-2324adf5"]`.
    #[serde(rename = "ChcIds")]
    pub chc_ids: ::std::vec::Vec<::std::string::String>,
}

impl RemoveChcDeployVpcRequest {
    /// A `RemoveChcDeployVpcRequest` with its required members: `ChcIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        chc_ids: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        Self {
            chc_ids: chc_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for RemoveChcDeployVpcRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RemoveChcDeployVpcRequest",
            &[("chc_ids", d::req(&self.chc_ids))],
        )
    }
}

impl ::yun_core::json::Decode for RemoveChcDeployVpcRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["ChcIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut m_chc_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_chc_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(RemoveChcDeployVpcRequest {
            chc_ids: m_chc_ids.ok_or_else(|| r.missing("ChcIds"))?,
        })
    }
}

/// The response of [`Client::remove_chc_deploy_vpc`](crate::Client::remove_chc_deploy_vpc) (`RemoveChcDeployVpc`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct RemoveChcDeployVpcResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for RemoveChcDeployVpcResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "RemoveChcDeployVpcResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for RemoveChcDeployVpcResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = RemoveChcDeployVpcResponse::default();
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
