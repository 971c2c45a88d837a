//! `DeleteNetworkInterfacePermission`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DeleteNetworkInterfacePermission>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DeleteNetworkInterfacePermission",
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
                name: "NetworkInterfacePermissionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Force",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::delete_network_interface_permission`](crate::Client::delete_network_interface_permission) (`DeleteNetworkInterfacePermission`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteNetworkInterfacePermissionRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfacePermissionId` (query). Required.
    #[serde(rename = "NetworkInterfacePermissionId")]
    pub network_interface_permission_id: ::std::string::String,
    /// `Force` (query).
    #[serde(
        rename = "Force",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force: ::std::option::Option<bool>,
}

impl DeleteNetworkInterfacePermissionRequest {
    /// A `DeleteNetworkInterfacePermissionRequest` with its required members: `RegionId`, `NetworkInterfacePermissionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        network_interface_permission_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_permission_id: network_interface_permission_id.into(),
            force: ::std::option::Option::None,
        }
    }

    /// Sets `Force`.
    pub fn force(mut self, value: bool) -> Self {
        self.force = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DeleteNetworkInterfacePermissionRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteNetworkInterfacePermissionRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                (
                    "network_interface_permission_id",
                    d::req(&self.network_interface_permission_id),
                ),
                ("force", d::opt(&self.force)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DeleteNetworkInterfacePermissionRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RegionId", "NetworkInterfacePermissionId", "Force"];
        static ORDER: [::std::sync::atomic::AtomicU16; 4] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_permission_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_force: ::std::option::Option<bool> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_network_interface_permission_id = r.decode()?,
                2 => m_force = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DeleteNetworkInterfacePermissionRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_permission_id: m_network_interface_permission_id
                .ok_or_else(|| r.missing("NetworkInterfacePermissionId"))?,
            force: m_force,
        })
    }
}

/// The response of [`Client::delete_network_interface_permission`](crate::Client::delete_network_interface_permission) (`DeleteNetworkInterfacePermission`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DeleteNetworkInterfacePermissionResponse {
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for DeleteNetworkInterfacePermissionResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DeleteNetworkInterfacePermissionResponse",
            &[("request_id", d::opt(&self.request_id))],
        )
    }
}

impl ::yun_core::json::Decode for DeleteNetworkInterfacePermissionResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["RequestId"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = DeleteNetworkInterfacePermissionResponse::default();
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
