//! `ModifySecurityGroupPolicy`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifySecurityGroupPolicy>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifySecurityGroupPolicy",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: false,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "SecurityGroupId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InnerAccessPolicy",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_security_group_policy`](crate::Client::modify_security_group_policy) (`ModifySecurityGroupPolicy`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifySecurityGroupPolicyRequest {
    /// `SecurityGroupId` (query). Required.
    ///
    /// Example: `sg-bp67acfmxazb4ph****`.
    #[serde(rename = "SecurityGroupId")]
    pub security_group_id: ::std::string::String,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InnerAccessPolicy` (query). Required.
    ///
    /// Example: `Drop`.
    #[serde(rename = "InnerAccessPolicy")]
    pub inner_access_policy: ::std::string::String,
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
}

impl ModifySecurityGroupPolicyRequest {
    /// A `ModifySecurityGroupPolicyRequest` with its required members: `SecurityGroupId`, `RegionId`, `InnerAccessPolicy`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        security_group_id: impl ::std::convert::Into<::std::string::String>,
        region_id: impl ::std::convert::Into<::std::string::String>,
        inner_access_policy: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            security_group_id: security_group_id.into(),
            region_id: region_id.into(),
            inner_access_policy: inner_access_policy.into(),
            client_token: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifySecurityGroupPolicyRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifySecurityGroupPolicyRequest",
            &[
                ("security_group_id", d::req(&self.security_group_id)),
                ("region_id", d::req(&self.region_id)),
                ("inner_access_policy", d::req(&self.inner_access_policy)),
                ("client_token", d::opt(&self.client_token)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifySecurityGroupPolicyRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "SecurityGroupId",
            "RegionId",
            "InnerAccessPolicy",
            "ClientToken",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_security_group_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_inner_access_policy: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_security_group_id = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_inner_access_policy = r.decode()?,
                3 => m_client_token = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifySecurityGroupPolicyRequest {
            security_group_id: m_security_group_id.ok_or_else(|| r.missing("SecurityGroupId"))?,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            inner_access_policy: m_inner_access_policy
                .ok_or_else(|| r.missing("InnerAccessPolicy"))?,
            client_token: m_client_token,
        })
    }
}

/// The response of [`Client::modify_security_group_policy`](crate::Client::modify_security_group_policy) (`ModifySecurityGroupPolicy`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifySecurityGroupPolicyResponse {
    /// `RequestId`.
    ///
    /// Example: `CEF72CEB-54B6-4AE8-B225-F876FF7BA984`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifySecurityGroupPolicyResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifySecurityGroupPolicyResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for ModifySecurityGroupPolicyResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = ModifySecurityGroupPolicyResponse::default();
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
