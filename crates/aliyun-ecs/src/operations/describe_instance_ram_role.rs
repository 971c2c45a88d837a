//! `DescribeInstanceRamRole`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeInstanceRamRole>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeInstanceRamRole",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::None,
        fields: &[
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
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "InstanceIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RamRoleName",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_instance_ram_role`](crate::Client::describe_instance_ram_role) (`DescribeInstanceRamRole`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceRamRoleRequest {
    /// `PageNumber` (query).
    ///
    /// At least 1.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 50.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `InstanceIds` (query).
    ///
    /// Example: `["i-bp67acfmxazb1p****", "i-bp67acfmxazb2p****", "bp67acfmxazb3p****"…]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "InstanceIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ids: ::std::option::Option<::std::string::String>,
    /// `RamRoleName` (query).
    ///
    /// Example: `EcsServiceRole-EcsDocGuideTest`.
    #[serde(
        rename = "RamRoleName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ram_role_name: ::std::option::Option<::std::string::String>,
}

impl DescribeInstanceRamRoleRequest {
    /// A `DescribeInstanceRamRoleRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            region_id: region_id.into(),
            instance_ids: ::std::option::Option::None,
            ram_role_name: ::std::option::Option::None,
        }
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

    /// Sets `InstanceIds`.
    pub fn instance_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.instance_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `RamRoleName`.
    pub fn ram_role_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ram_role_name = ::std::option::Option::Some(value.into());
        self
    }
}

impl ::std::fmt::Debug for DescribeInstanceRamRoleRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceRamRoleRequest",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("region_id", d::req(&self.region_id)),
                ("instance_ids", d::opt(&self.instance_ids)),
                ("ram_role_name", d::opt(&self.ram_role_name)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceRamRoleRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RegionId",
            "InstanceIds",
            "RamRoleName",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_instance_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_ram_role_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_page_number = r.decode()?,
                1 => m_page_size = r.decode()?,
                2 => m_region_id = r.decode()?,
                3 => m_instance_ids = r.decode()?,
                4 => m_ram_role_name = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeInstanceRamRoleRequest {
            page_number: m_page_number,
            page_size: m_page_size,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            instance_ids: m_instance_ids,
            ram_role_name: m_ram_role_name,
        })
    }
}

/// The response of [`Client::describe_instance_ram_role`](crate::Client::describe_instance_ram_role) (`DescribeInstanceRamRole`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeInstanceRamRoleResponse {
    /// `InstanceRamRoleSets`.
    #[serde(
        rename = "InstanceRamRoleSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub instance_ram_role_sets: ::std::option::Option<crate::models::InstanceRamRoleSets>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `RequestId`.
    ///
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
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

impl DescribeInstanceRamRoleResponse {
    /// The items of `InstanceRamRoleSets` (through its wrapper), empty when absent.
    pub fn instance_ram_role_sets(&self) -> &[crate::models::InstanceRamRoleSet] {
        self.instance_ram_role_sets
            .as_ref()
            .and_then(|w| w.instance_ram_role_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeInstanceRamRoleResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeInstanceRamRoleResponse",
            &[
                (
                    "instance_ram_role_sets",
                    d::opt(&self.instance_ram_role_sets),
                ),
                ("region_id", d::opt(&self.region_id)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeInstanceRamRoleResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["InstanceRamRoleSets", "RegionId", "RequestId", "TotalCount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 5] = ::yun_core::json::member_order();
        let mut out = DescribeInstanceRamRoleResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.instance_ram_role_sets = r.decode()?,
                1 => out.region_id = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeInstanceRamRoleRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeInstanceRamRole` pages (by `PageNumber`), for [`Client::describe_instance_ram_role_paginator`](crate::Client::describe_instance_ram_role_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeInstanceRamRoleRequest {
    type Response = DescribeInstanceRamRoleResponse;
    type Item = crate::models::InstanceRamRoleSet;
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

    fn total_count(page: &DescribeInstanceRamRoleResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeInstanceRamRoleResponse) -> usize {
        page.instance_ram_role_sets
            .as_ref()
            .and_then(|x| x.instance_ram_role_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeInstanceRamRoleResponse,
    ) -> ::std::vec::Vec<crate::models::InstanceRamRoleSet> {
        page.instance_ram_role_sets
            .and_then(|x| x.instance_ram_role_set)
            .unwrap_or_default()
    }
}
