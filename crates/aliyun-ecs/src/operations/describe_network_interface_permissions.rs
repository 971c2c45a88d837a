//! `DescribeNetworkInterfacePermissions`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeNetworkInterfacePermissions>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeNetworkInterfacePermissions",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "NetworkInterfaceId",
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
            ::yun_core::internal::Field {
                name: "NetworkInterfacePermissionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_network_interface_permissions`](crate::Client::describe_network_interface_permissions) (`DescribeNetworkInterfacePermissions`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfacePermissionsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `NetworkInterfaceId` (query).
    ///
    /// Example: `eni-bp17pdijfczax****`.
    #[serde(
        rename = "NetworkInterfaceId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_id: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `NetworkInterfacePermissionId` (query, sent as `NetworkInterfacePermissionId.1`, `NetworkInterfacePermissionId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `eni-perm-bp1cs4lwn56lfb****`.
    #[serde(
        rename = "NetworkInterfacePermissionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_permission_id:
        ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

impl DescribeNetworkInterfacePermissionsRequest {
    /// A `DescribeNetworkInterfacePermissionsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            network_interface_id: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            network_interface_permission_id: ::std::option::Option::None,
        }
    }

    /// Sets `NetworkInterfaceId`.
    pub fn network_interface_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.network_interface_id = ::std::option::Option::Some(value.into());
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

    /// Sets `NetworkInterfacePermissionId`.
    pub fn network_interface_permission_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.network_interface_permission_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }
}

impl ::std::fmt::Debug for DescribeNetworkInterfacePermissionsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNetworkInterfacePermissionsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("network_interface_id", d::opt(&self.network_interface_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                (
                    "network_interface_permission_id",
                    d::opt(&self.network_interface_permission_id),
                ),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNetworkInterfacePermissionsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "NetworkInterfaceId",
            "PageNumber",
            "PageSize",
            "NetworkInterfacePermissionId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_network_interface_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_network_interface_permission_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_network_interface_id = r.decode()?,
                2 => m_page_number = r.decode()?,
                3 => m_page_size = r.decode()?,
                4 => m_network_interface_permission_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeNetworkInterfacePermissionsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            network_interface_id: m_network_interface_id,
            page_number: m_page_number,
            page_size: m_page_size,
            network_interface_permission_id: m_network_interface_permission_id,
        })
    }
}

/// The `NetworkInterfacePermissions` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct NetworkInterfacePermissions {
    /// `NetworkInterfacePermission`.
    #[serde(
        rename = "NetworkInterfacePermission",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_permission:
        ::std::option::Option<::std::vec::Vec<crate::models::NetworkInterfacePermission>>,
}

impl ::std::fmt::Debug for NetworkInterfacePermissions {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "NetworkInterfacePermissions",
            &[(
                "network_interface_permission",
                d::opt(&self.network_interface_permission),
            )],
        )
    }
}

impl ::yun_core::json::Decode for NetworkInterfacePermissions {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["NetworkInterfacePermission"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = NetworkInterfacePermissions::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface_permission = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_network_interface_permissions`](crate::Client::describe_network_interface_permissions) (`DescribeNetworkInterfacePermissions`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeNetworkInterfacePermissionsResponse {
    /// `NetworkInterfacePermissions`.
    #[serde(
        rename = "NetworkInterfacePermissions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_interface_permissions: ::std::option::Option<NetworkInterfacePermissions>,
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
    /// Example: `0FCD3DEF-63D3-4605-A818-805C8BD7DB87`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeNetworkInterfacePermissionsResponse {
    /// The items of `NetworkInterfacePermissions` (through its wrapper), empty when absent.
    pub fn network_interface_permissions(&self) -> &[crate::models::NetworkInterfacePermission] {
        self.network_interface_permissions
            .as_ref()
            .and_then(|w| w.network_interface_permission.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeNetworkInterfacePermissionsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeNetworkInterfacePermissionsResponse",
            &[
                (
                    "network_interface_permissions",
                    d::opt(&self.network_interface_permissions),
                ),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeNetworkInterfacePermissionsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "NetworkInterfacePermissions",
            "PageNumber",
            "PageSize",
            "RequestId",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeNetworkInterfacePermissionsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.network_interface_permissions = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeNetworkInterfacePermissionsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeNetworkInterfacePermissions` pages (by `PageNumber`), for [`Client::describe_network_interface_permissions_paginator`](crate::Client::describe_network_interface_permissions_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeNetworkInterfacePermissionsRequest {
    type Response = DescribeNetworkInterfacePermissionsResponse;
    type Item = crate::models::NetworkInterfacePermission;
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

    fn total_count(
        page: &DescribeNetworkInterfacePermissionsResponse,
    ) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeNetworkInterfacePermissionsResponse) -> usize {
        page.network_interface_permissions
            .as_ref()
            .and_then(|x| x.network_interface_permission.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeNetworkInterfacePermissionsResponse,
    ) -> ::std::vec::Vec<crate::models::NetworkInterfacePermission> {
        page.network_interface_permissions
            .and_then(|x| x.network_interface_permission)
            .unwrap_or_default()
    }
}
