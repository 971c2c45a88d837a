//! `ModifyRouterInterfaceSpec`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/ModifyRouterInterfaceSpec>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "ModifyRouterInterfaceSpec",
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
                name: "RouterInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Spec",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "UserCidr",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::modify_router_interface_spec`](crate::Client::modify_router_interface_spec) (`ModifyRouterInterfaceSpec`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyRouterInterfaceSpecRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `RouterInterfaceId` (query). Required.
    #[serde(rename = "RouterInterfaceId")]
    pub router_interface_id: ::std::string::String,
    /// `Spec` (query). Required.
    #[serde(rename = "Spec")]
    pub spec: ::std::string::String,
    /// `ClientToken` (query).
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `UserCidr` (query).
    #[serde(
        rename = "UserCidr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_cidr: ::std::option::Option<::std::string::String>,
}

impl ModifyRouterInterfaceSpecRequest {
    /// A `ModifyRouterInterfaceSpecRequest` with its required members: `RegionId`, `RouterInterfaceId`, `Spec`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        router_interface_id: impl ::std::convert::Into<::std::string::String>,
        spec: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            router_interface_id: router_interface_id.into(),
            spec: spec.into(),
            client_token: ::std::option::Option::None,
            user_cidr: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `UserCidr`.
    pub fn user_cidr(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.user_cidr = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for ModifyRouterInterfaceSpecRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyRouterInterfaceSpecRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("router_interface_id", d::req(&self.router_interface_id)),
                ("spec", d::req(&self.spec)),
                ("client_token", d::opt(&self.client_token)),
                ("user_cidr", d::opt(&self.user_cidr)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyRouterInterfaceSpecRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "RouterInterfaceId",
            "Spec",
            "ClientToken",
            "UserCidr",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_router_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_spec: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_user_cidr: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_router_interface_id = r.decode()?,
                2 => m_spec = r.decode()?,
                3 => m_client_token = r.decode()?,
                4 => m_user_cidr = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(ModifyRouterInterfaceSpecRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            router_interface_id: m_router_interface_id
                .ok_or_else(|| r.missing("RouterInterfaceId"))?,
            spec: m_spec.ok_or_else(|| r.missing("Spec"))?,
            client_token: m_client_token,
            user_cidr: m_user_cidr,
        })
    }
}

/// The response of [`Client::modify_router_interface_spec`](crate::Client::modify_router_interface_spec) (`ModifyRouterInterfaceSpec`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ModifyRouterInterfaceSpecResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `Spec`.
    #[serde(
        rename = "Spec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spec: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ModifyRouterInterfaceSpecResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ModifyRouterInterfaceSpecResponse",
            &[
                ("request_id", d::opt(&self.request_id)),
                ("spec", d::opt(&self.spec)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ModifyRouterInterfaceSpecResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId", "Spec"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = ModifyRouterInterfaceSpecResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.request_id = r.decode()?,
                1 => out.spec = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
