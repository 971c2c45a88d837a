//! `CreateNetworkInterfacePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/CreateNetworkInterfacePermission>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "CreateNetworkInterfacePermission",
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
                name: "AccountId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Permission",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::create_network_interface_permission`](crate::Client::create_network_interface_permission) (`CreateNetworkInterfacePermission`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNetworkInterfacePermissionRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `AccountId` (query). Required.
    ///
    /// Example: `1234567890`.
    #[serde(rename = "AccountId")]
    pub account_id: i64,
    /// `NetworkInterfaceId` (query). Required.
    ///
    /// Example: `eni-bp14v2sdd3v8htln****`.
    #[serde(rename = "NetworkInterfaceId")]
    pub network_interface_id: ::std::string::String,
    /// `Permission` (query). Required.
    ///
    /// Example: `InstanceAttach`.
    #[serde(rename = "Permission")]
    pub permission: ::std::string::String,
}

impl CreateNetworkInterfacePermissionRequest {
    /// A `CreateNetworkInterfacePermissionRequest` with its required members: `RegionId`, `AccountId`, `NetworkInterfaceId`, `Permission`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        account_id: i64,
        network_interface_id: impl ::std::convert::Into<::std::string::String>,
        permission: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            account_id,
            network_interface_id: network_interface_id.into(),
            permission: permission.into(),
        }
    }
}

impl ::std::fmt::Debug for CreateNetworkInterfacePermissionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateNetworkInterfacePermissionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("account_id", d::req(&self.account_id)),
                ("network_interface_id", d::req(&self.network_interface_id)),
                ("permission", d::req(&self.permission)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateNetworkInterfacePermissionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "AccountId", "NetworkInterfaceId", "Permission"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_account_id: ::std::option::Option<i64> = ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_permission: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_account_id = r.decode()?,
                2 => m_network_interface_id = r.decode()?,
                3 => m_permission = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(CreateNetworkInterfacePermissionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            account_id: m_account_id.ok_or_else(|| r.missing("AccountId"))?,
            network_interface_id: m_network_interface_id
                .ok_or_else(|| r.missing("NetworkInterfaceId"))?,
            permission: m_permission.ok_or_else(|| r.missing("Permission"))?,
        })
    }
}

/// The response of [`Client::create_network_interface_permission`](crate::Client::create_network_interface_permission) (`CreateNetworkInterfacePermission`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct CreateNetworkInterfacePermissionResponse {
    /// `NetworkInterfacePermission`.
    #[serde(
        rename = "NetworkInterfacePermission",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_permission:
        ::std::option::Option<crate::models::NetworkInterfacePermission>,
    /// `RequestId`.
    ///
    /// Example: `0FCD3DEF-63D3-4605-A818-805C8BD7DB87`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for CreateNetworkInterfacePermissionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "CreateNetworkInterfacePermissionResponse",
            &[
                (
                    "network_interface_permission",
                    d::opt(&self.network_interface_permission),
                ),
                ("request_id", d::opt(&self.request_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for CreateNetworkInterfacePermissionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkInterfacePermission", "RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 3] = ::yun_core::json::member_order();
        let mut out = CreateNetworkInterfacePermissionResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface_permission = r.decode()?,
                1 => out.request_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}
