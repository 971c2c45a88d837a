//! `DisassociateSecurityGroups`: its request, response and the objects they hold.
//!
//! Reference: <https://console.cloud.tencent.com/api/explorer?Product=cvm&Version=2017-03-12&Action=DisassociateSecurityGroups>

/// The action, what retries may assume, and how the body is sent.
pub(crate) const OPERATION: ::yun_core::internal::TencentOperation =
    ::yun_core::internal::TencentOperation {
        action: "DisassociateSecurityGroups",
        version: crate::VERSION,
        read_only: false,
        idempotency_token: ::std::option::Option::None,
        multipart: false,
        nested_required: &[],
    };

/// The request of [`Client::disassociate_security_groups`](crate::Client::disassociate_security_groups) (`DisassociateSecurityGroups`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisassociateSecurityGroupsRequest {
    /// `SecurityGroupIds`. Required.
    ///
    /// Example: `["sg-9id3l839"]`.
    #[serde(rename = "SecurityGroupIds")]
    pub security_group_ids: ::std::vec::Vec<::std::string::String>,
    /// `InstanceIds`. Required.
    ///
    /// Example: `["ins-2zvpghhc", "ins-915zrb0p"]`.
    #[serde(rename = "InstanceIds")]
    pub instance_ids: ::std::vec::Vec<::std::string::String>,
}

impl DisassociateSecurityGroupsRequest {
    /// A `DisassociateSecurityGroupsRequest` with its required members: `SecurityGroupIds`, `InstanceIds`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        security_group_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
        instance_ids: impl ::std::iter::IntoIterator<
            Item = impl ::std::convert::Into<::std::string::String>,
        >,
    ) -> Self {
        Self {
            security_group_ids: security_group_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
            instance_ids: instance_ids
                .into_iter()
                .map(::std::convert::Into::into)
                .collect(),
        }
    }
}

impl ::std::fmt::Debug for DisassociateSecurityGroupsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DisassociateSecurityGroupsRequest",
            &[
                ("security_group_ids", d::req(&self.security_group_ids)),
                ("instance_ids", d::req(&self.instance_ids)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DisassociateSecurityGroupsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["SecurityGroupIds", "InstanceIds"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut m_security_group_ids: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_security_group_ids = r.decode()?,
                1 => m_instance_ids = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DisassociateSecurityGroupsRequest {
            security_group_ids: m_security_group_ids
                .ok_or_else(|| r.missing("SecurityGroupIds"))?,
            instance_ids: m_instance_ids.ok_or_else(|| r.missing("InstanceIds"))?,
        })
    }
}

/// The response of [`Client::disassociate_security_groups`](crate::Client::disassociate_security_groups) (`DisassociateSecurityGroups`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DisassociateSecurityGroupsResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DisassociateSecurityGroupsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DisassociateSecurityGroupsResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DisassociateSecurityGroupsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DisassociateSecurityGroupsResponse::default();
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
