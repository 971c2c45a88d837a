//! `DescribeStorageCapacityUnits`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeStorageCapacityUnits>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeStorageCapacityUnits",
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
                name: "Name",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Capacity",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "AllocationType",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageCapacityUnitId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Status",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "Tag",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_storage_capacity_units`](crate::Client::describe_storage_capacity_units) (`DescribeStorageCapacityUnits`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageCapacityUnitsRequest {
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
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
    /// From 1 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Name` (query).
    ///
    /// Example: `testScuName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Capacity` (query).
    ///
    /// Example: `20`.
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<i32>,
    /// `AllocationType` (query).
    ///
    /// Example: `Normal`.
    #[serde(
        rename = "AllocationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_type: ::std::option::Option<::std::string::String>,
    /// `StorageCapacityUnitId` (query, sent as `StorageCapacityUnitId.1`, `StorageCapacityUnitId.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `scu-bp67acfmxazb4p****`.
    #[serde(
        rename = "StorageCapacityUnitId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Status` (query, sent as `Status.1`, `Status.2`, …).
    ///
    /// At most 100 items.
    ///
    /// Example: `Active`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>>,
}

impl DescribeStorageCapacityUnitsRequest {
    /// A `DescribeStorageCapacityUnitsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            region_id: region_id.into(),
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
            name: ::std::option::Option::None,
            capacity: ::std::option::Option::None,
            allocation_type: ::std::option::Option::None,
            storage_capacity_unit_id: ::std::option::Option::None,
            status: ::std::option::Option::None,
            tag: ::std::option::Option::None,
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

    /// Sets `Name`.
    pub fn name(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Capacity`.
    pub fn capacity(mut self, value: i32) -> Self {
        self.capacity = ::std::option::Option::Some(value);
        self
    }

    /// Sets `AllocationType`.
    pub fn allocation_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.allocation_type = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageCapacityUnitId`.
    pub fn storage_capacity_unit_id(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.storage_capacity_unit_id = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Status`.
    pub fn status(
        mut self,
        value: impl ::std::iter::IntoIterator<Item = impl ::std::convert::Into<::std::string::String>>,
    ) -> Self {
        self.status = ::std::option::Option::Some(
            value.into_iter().map(::std::convert::Into::into).collect(),
        );
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<crate::models::Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl ::std::fmt::Debug for DescribeStorageCapacityUnitsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeStorageCapacityUnitsRequest",
            &[
                ("region_id", d::req(&self.region_id)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("name", d::opt(&self.name)),
                ("capacity", d::opt(&self.capacity)),
                ("allocation_type", d::opt(&self.allocation_type)),
                (
                    "storage_capacity_unit_id",
                    d::opt(&self.storage_capacity_unit_id),
                ),
                ("status", d::opt(&self.status)),
                ("tag", d::opt(&self.tag)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeStorageCapacityUnitsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "RegionId",
            "PageNumber",
            "PageSize",
            "Name",
            "Capacity",
            "AllocationType",
            "StorageCapacityUnitId",
            "Status",
            "Tag",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 10] = ::yun_core::json::member_order();
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_name: ::std::option::Option<::std::string::String> = ::std::option::Option::None;
        let mut m_capacity: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_allocation_type: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_capacity_unit_id: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        > = ::std::option::Option::None;
        let mut m_status: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
            ::std::option::Option::None;
        let mut m_tag: ::std::option::Option<::std::vec::Vec<crate::models::Tag>> =
            ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_region_id = r.decode()?,
                1 => m_page_number = r.decode()?,
                2 => m_page_size = r.decode()?,
                3 => m_name = r.decode()?,
                4 => m_capacity = r.decode()?,
                5 => m_allocation_type = r.decode()?,
                6 => m_storage_capacity_unit_id = r.decode()?,
                7 => m_status = r.decode()?,
                8 => m_tag = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeStorageCapacityUnitsRequest {
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            page_number: m_page_number,
            page_size: m_page_size,
            name: m_name,
            capacity: m_capacity,
            allocation_type: m_allocation_type,
            storage_capacity_unit_id: m_storage_capacity_unit_id,
            status: m_status,
            tag: m_tag,
        })
    }
}

/// The `StorageCapacityUnits.StorageCapacityUnit` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageCapacityUnit {
    /// `AllocationStatus`.
    ///
    /// Example: `allocated`.
    #[serde(
        rename = "AllocationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_status: ::std::option::Option<::yun_core::Text>,
    /// `Capacity`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<i64>,
    /// `CreationTime`.
    ///
    /// Example: `2021-08-17T02:55Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `testScuDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
    /// `ExpiredTime`.
    ///
    /// Example: `2021-09-17T16:00Z`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::yun_core::Text>,
    /// `Name`.
    ///
    /// Example: `testScuName`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `StartTime`.
    ///
    /// Example: `2021-08-17T02:55Z`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::yun_core::Text>,
    /// `Status`.
    ///
    /// Example: `Active`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::yun_core::Text>,
    /// `StorageCapacityUnitId`.
    ///
    /// Example: `scu-bp67acfmxazb4p****`.
    #[serde(
        rename = "StorageCapacityUnitId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit_id: ::std::option::Option<::yun_core::Text>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<crate::models::Tags>,
}

impl StorageCapacityUnit {
    /// The items of `Tags` (through its wrapper), empty when absent.
    pub fn tags(&self) -> &[crate::models::ResponseTag] {
        self.tags
            .as_ref()
            .and_then(|w| w.tag.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for StorageCapacityUnit {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StorageCapacityUnit",
            &[
                ("allocation_status", d::opt(&self.allocation_status)),
                ("capacity", d::opt(&self.capacity)),
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("expired_time", d::opt(&self.expired_time)),
                ("name", d::opt(&self.name)),
                ("region_id", d::opt(&self.region_id)),
                ("start_time", d::opt(&self.start_time)),
                ("status", d::opt(&self.status)),
                (
                    "storage_capacity_unit_id",
                    d::opt(&self.storage_capacity_unit_id),
                ),
                ("tags", d::opt(&self.tags)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StorageCapacityUnit {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "AllocationStatus",
            "Capacity",
            "CreationTime",
            "Description",
            "ExpiredTime",
            "Name",
            "RegionId",
            "StartTime",
            "Status",
            "StorageCapacityUnitId",
            "Tags",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 12] = ::yun_core::json::member_order();
        let mut out = StorageCapacityUnit::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.allocation_status = r.decode()?,
                1 => out.capacity = r.decode()?,
                2 => out.creation_time = r.decode()?,
                3 => out.description = r.decode()?,
                4 => out.expired_time = r.decode()?,
                5 => out.name = r.decode()?,
                6 => out.region_id = r.decode()?,
                7 => out.start_time = r.decode()?,
                8 => out.status = r.decode()?,
                9 => out.storage_capacity_unit_id = r.decode()?,
                10 => out.tags = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `StorageCapacityUnits` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageCapacityUnits {
    /// `StorageCapacityUnit`.
    #[serde(
        rename = "StorageCapacityUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit: ::std::option::Option<::std::vec::Vec<StorageCapacityUnit>>,
}

impl ::std::fmt::Debug for StorageCapacityUnits {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StorageCapacityUnits",
            &[("storage_capacity_unit", d::opt(&self.storage_capacity_unit))],
        )
    }
}

impl ::yun_core::json::Decode for StorageCapacityUnits {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["StorageCapacityUnit"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = StorageCapacityUnits::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.storage_capacity_unit = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_storage_capacity_units`](crate::Client::describe_storage_capacity_units) (`DescribeStorageCapacityUnits`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageCapacityUnitsResponse {
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
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageCapacityUnits`.
    #[serde(
        rename = "StorageCapacityUnits",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_units: ::std::option::Option<StorageCapacityUnits>,
    /// `TotalCount`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeStorageCapacityUnitsResponse {
    /// The items of `StorageCapacityUnits` (through its wrapper), empty when absent.
    pub fn storage_capacity_units(&self) -> &[StorageCapacityUnit] {
        self.storage_capacity_units
            .as_ref()
            .and_then(|w| w.storage_capacity_unit.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeStorageCapacityUnitsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeStorageCapacityUnitsResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                (
                    "storage_capacity_units",
                    d::opt(&self.storage_capacity_units),
                ),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeStorageCapacityUnitsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "StorageCapacityUnits",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeStorageCapacityUnitsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.storage_capacity_units = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeStorageCapacityUnitsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeStorageCapacityUnits` pages (by `PageNumber`), for [`Client::describe_storage_capacity_units_paginator`](crate::Client::describe_storage_capacity_units_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeStorageCapacityUnitsRequest {
    type Response = DescribeStorageCapacityUnitsResponse;
    type Item = StorageCapacityUnit;
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

    fn total_count(page: &DescribeStorageCapacityUnitsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeStorageCapacityUnitsResponse) -> usize {
        page.storage_capacity_units
            .as_ref()
            .and_then(|x| x.storage_capacity_unit.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(
        page: DescribeStorageCapacityUnitsResponse,
    ) -> ::std::vec::Vec<StorageCapacityUnit> {
        page.storage_capacity_units
            .and_then(|x| x.storage_capacity_unit)
            .unwrap_or_default()
    }
}
