//! `DescribeStorageSetDetails`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeStorageSetDetails>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeStorageSetDetails",
        version: crate::VERSION,
        method: ::yun_core::aliyun::Method::Post,
        read_only: true,
        anonymous: false,
        idempotency_token: ::std::option::Option::Some("ClientToken"),
        fields: &[
            ::yun_core::internal::Field {
                name: "ClientToken",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "RegionId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageSetId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageSetPartitionNumber",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "DiskIds",
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
        ],
        nested_required: &[],
    };

/// The request of [`Client::describe_storage_set_details`](crate::Client::describe_storage_set_details) (`DescribeStorageSetDetails`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageSetDetailsRequest {
    /// `ClientToken` (query).
    ///
    /// Example: `123e4567-e89b-12d3-a456-426655440000`.
    #[serde(
        rename = "ClientToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_token: ::std::option::Option<::std::string::String>,
    /// `RegionId` (query). Required.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `StorageSetId` (query). Required.
    ///
    /// Example: `ss-bp67acfmxazb4p****`.
    #[serde(rename = "StorageSetId")]
    pub storage_set_id: ::std::string::String,
    /// `StorageSetPartitionNumber` (query).
    ///
    /// At least 2.
    ///
    /// Example: `3`.
    #[serde(
        rename = "StorageSetPartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_partition_number: ::std::option::Option<i32>,
    /// `DiskIds` (query).
    ///
    /// Example: `["d-bp1d6tsvznfghy7y****", "d-bp1ippxbaql9zet7****", … "d-bp1ib7bcz07l****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "DiskIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_ids: ::std::option::Option<::std::string::String>,
    /// `PageNumber` (query).
    ///
    /// From 1 to 1000.
    ///
    /// Default: `1`.
    ///
    /// Example: `1`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 10 to 100.
    ///
    /// Default: `10`.
    ///
    /// Example: `10`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeStorageSetDetailsRequest {
    /// A `DescribeStorageSetDetailsRequest` with its required members: `RegionId`, `StorageSetId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(
        region_id: impl ::std::convert::Into<::std::string::String>,
        storage_set_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            storage_set_id: storage_set_id.into(),
            storage_set_partition_number: ::std::option::Option::None,
            disk_ids: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageSetPartitionNumber`.
    pub fn storage_set_partition_number(mut self, value: i32) -> Self {
        self.storage_set_partition_number = ::std::option::Option::Some(value);
        self
    }

    /// Sets `DiskIds`.
    pub fn disk_ids(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.disk_ids = ::std::option::Option::Some(value.into());
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
}

impl ::std::fmt::Debug for DescribeStorageSetDetailsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeStorageSetDetailsRequest",
            &[
                ("client_token", d::opt(&self.client_token)),
                ("region_id", d::req(&self.region_id)),
                ("storage_set_id", d::req(&self.storage_set_id)),
                (
                    "storage_set_partition_number",
                    d::opt(&self.storage_set_partition_number),
                ),
                ("disk_ids", d::opt(&self.disk_ids)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeStorageSetDetailsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClientToken",
            "RegionId",
            "StorageSetId",
            "StorageSetPartitionNumber",
            "DiskIds",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_partition_number: ::std::option::Option<i32> =
            ::std::option::Option::None;
        let mut m_disk_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_client_token = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_storage_set_id = r.decode()?,
                3 => m_storage_set_partition_number = r.decode()?,
                4 => m_disk_ids = r.decode()?,
                5 => m_page_number = r.decode()?,
                6 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeStorageSetDetailsRequest {
            client_token: m_client_token,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            storage_set_id: m_storage_set_id.ok_or_else(|| r.missing("StorageSetId"))?,
            storage_set_partition_number: m_storage_set_partition_number,
            disk_ids: m_disk_ids,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `Disks.Disk` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct ResponseDisk {
    /// `Category`.
    ///
    /// Example: `cloud_ssd`.
    #[serde(
        rename = "Category",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub category: ::std::option::Option<::yun_core::Text>,
    /// `CreationTime`.
    ///
    /// Example: `2019-06-01T00:00:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `DiskId`.
    ///
    /// Example: `d-bp67acfmxazb4p****`.
    #[serde(
        rename = "DiskId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_id: ::std::option::Option<::yun_core::Text>,
    /// `DiskName`.
    ///
    /// Example: `testDiskName`.
    #[serde(
        rename = "DiskName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk_name: ::std::option::Option<::yun_core::Text>,
    /// `RegionId`.
    ///
    /// Example: `cn-hangzhou`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageSetId`.
    ///
    /// Example: `ss-bp67acfmxazb4p****`.
    #[serde(
        rename = "StorageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageSetPartitionNumber`.
    ///
    /// Example: `3`.
    #[serde(
        rename = "StorageSetPartitionNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_partition_number: ::std::option::Option<i64>,
    /// `ZoneId`.
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::yun_core::Text>,
}

impl ::std::fmt::Debug for ResponseDisk {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "ResponseDisk",
            &[
                ("category", d::opt(&self.category)),
                ("creation_time", d::opt(&self.creation_time)),
                ("disk_id", d::opt(&self.disk_id)),
                ("disk_name", d::opt(&self.disk_name)),
                ("region_id", d::opt(&self.region_id)),
                ("storage_set_id", d::opt(&self.storage_set_id)),
                (
                    "storage_set_partition_number",
                    d::opt(&self.storage_set_partition_number),
                ),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for ResponseDisk {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "Category",
            "CreationTime",
            "DiskId",
            "DiskName",
            "RegionId",
            "StorageSetId",
            "StorageSetPartitionNumber",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 9] = ::yun_core::json::member_order();
        let mut out = ResponseDisk::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.category = r.decode()?,
                1 => out.creation_time = r.decode()?,
                2 => out.disk_id = r.decode()?,
                3 => out.disk_name = r.decode()?,
                4 => out.region_id = r.decode()?,
                5 => out.storage_set_id = r.decode()?,
                6 => out.storage_set_partition_number = r.decode()?,
                7 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `Disks` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Disks {
    /// `Disk`.
    #[serde(
        rename = "Disk",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disk: ::std::option::Option<::std::vec::Vec<ResponseDisk>>,
}

impl ::std::fmt::Debug for Disks {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(f, "Disks", &[("disk", d::opt(&self.disk))])
    }
}

impl ::yun_core::json::Decode for Disks {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Disk"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = Disks::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disk = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_storage_set_details`](crate::Client::describe_storage_set_details) (`DescribeStorageSetDetails`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageSetDetailsResponse {
    /// `Disks`.
    #[serde(
        rename = "Disks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disks: ::std::option::Option<Disks>,
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
    /// Example: `1`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    ///
    /// Example: `49765E79-0D5D-4451-B3AE-580A20831846`.
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

impl DescribeStorageSetDetailsResponse {
    /// The items of `Disks` (through its wrapper), empty when absent.
    pub fn disks(&self) -> &[ResponseDisk] {
        self.disks
            .as_ref()
            .and_then(|w| w.disk.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeStorageSetDetailsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeStorageSetDetailsResponse",
            &[
                ("disks", d::opt(&self.disks)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeStorageSetDetailsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["Disks", "PageNumber", "PageSize", "RequestId", "TotalCount"];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeStorageSetDetailsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.disks = r.decode()?,
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

impl ::yun_core::internal::AliyunCall for DescribeStorageSetDetailsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeStorageSetDetails` pages (by `PageNumber`), for [`Client::describe_storage_set_details_paginator`](crate::Client::describe_storage_set_details_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeStorageSetDetailsRequest {
    type Response = DescribeStorageSetDetailsResponse;
    type Item = ResponseDisk;
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

    fn total_count(page: &DescribeStorageSetDetailsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeStorageSetDetailsResponse) -> usize {
        page.disks
            .as_ref()
            .and_then(|x| x.disk.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeStorageSetDetailsResponse) -> ::std::vec::Vec<ResponseDisk> {
        page.disks.and_then(|x| x.disk).unwrap_or_default()
    }
}
