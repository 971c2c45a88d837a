//! `DescribeStorageSets`: its request, response and the objects they hold.
//!
//! Reference: <https://api.aliyun.com/api/Ecs/2014-05-26/DescribeStorageSets>

/// Where and how each request member is sent, and what retries may assume.
pub(crate) const OPERATION: ::yun_core::internal::AliyunOperation =
    ::yun_core::internal::AliyunOperation {
        action: "DescribeStorageSets",
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
                name: "StorageSetIds",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "ZoneId",
                location: ::yun_core::internal::Location::Query,
                style: ::yun_core::internal::Style::Flat,
            },
            ::yun_core::internal::Field {
                name: "StorageSetName",
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

/// The request of [`Client::describe_storage_sets`](crate::Client::describe_storage_sets) (`DescribeStorageSets`).
#[derive(Clone, PartialEq, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageSetsRequest {
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
    /// `StorageSetIds` (query).
    ///
    /// Example: `["ss-bp1d6tsvznfghy7y****", "ss-bp1ippxbaql9zet7****", … "ss-bp1ib7bcz07l****"]`. The service reads this text as a JSON list: pass e.g. `serde_json::json!(["a", "b"]).to_string()`.
    #[serde(
        rename = "StorageSetIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_ids: ::std::option::Option<::std::string::String>,
    /// `ZoneId` (query).
    ///
    /// Example: `cn-hangzhou-g`.
    #[serde(
        rename = "ZoneId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub zone_id: ::std::option::Option<::std::string::String>,
    /// `StorageSetName` (query).
    ///
    /// Example: `storageSetTest`.
    #[serde(
        rename = "StorageSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_name: ::std::option::Option<::std::string::String>,
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
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
}

impl DescribeStorageSetsRequest {
    /// A `DescribeStorageSetsRequest` with its required members: `RegionId`.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new(region_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            client_token: ::std::option::Option::None,
            region_id: region_id.into(),
            storage_set_ids: ::std::option::Option::None,
            zone_id: ::std::option::Option::None,
            storage_set_name: ::std::option::Option::None,
            page_number: ::std::option::Option::None,
            page_size: ::std::option::Option::None,
        }
    }

    /// Sets `ClientToken`.
    pub fn client_token(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.client_token = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageSetIds`.
    pub fn storage_set_ids(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_set_ids = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `ZoneId`.
    pub fn zone_id(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.zone_id = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `StorageSetName`.
    pub fn storage_set_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.storage_set_name = ::std::option::Option::Some(value.into());
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

impl ::std::fmt::Debug for DescribeStorageSetsRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeStorageSetsRequest",
            &[
                ("client_token", d::opt(&self.client_token)),
                ("region_id", d::req(&self.region_id)),
                ("storage_set_ids", d::opt(&self.storage_set_ids)),
                ("zone_id", d::opt(&self.zone_id)),
                ("storage_set_name", d::opt(&self.storage_set_name)),
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeStorageSetsRequest {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "ClientToken",
            "RegionId",
            "StorageSetIds",
            "ZoneId",
            "StorageSetName",
            "PageNumber",
            "PageSize",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut m_client_token: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_region_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_ids: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_zone_id: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_storage_set_name: ::std::option::Option<::std::string::String> =
            ::std::option::Option::None;
        let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => m_client_token = r.decode()?,
                1 => m_region_id = r.decode()?,
                2 => m_storage_set_ids = r.decode()?,
                3 => m_zone_id = r.decode()?,
                4 => m_storage_set_name = r.decode()?,
                5 => m_page_number = r.decode()?,
                6 => m_page_size = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(DescribeStorageSetsRequest {
            client_token: m_client_token,
            region_id: m_region_id.ok_or_else(|| r.missing("RegionId"))?,
            storage_set_ids: m_storage_set_ids,
            zone_id: m_zone_id,
            storage_set_name: m_storage_set_name,
            page_number: m_page_number,
            page_size: m_page_size,
        })
    }
}

/// The `StorageSets.StorageSet` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageSet {
    /// `CreationTime`.
    ///
    /// Example: `2019-06-01T00:00:00Z`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::yun_core::Text>,
    /// `Description`.
    ///
    /// Example: `testDescription`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::yun_core::Text>,
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
    /// Example: `ss-bp1d6tsvznfghy7y****`.
    #[serde(
        rename = "StorageSetId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageSetName`.
    ///
    /// Example: `testStorageSetName`.
    #[serde(
        rename = "StorageSetName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set_name: ::std::option::Option<::yun_core::Text>,
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

impl ::std::fmt::Debug for StorageSet {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StorageSet",
            &[
                ("creation_time", d::opt(&self.creation_time)),
                ("description", d::opt(&self.description)),
                ("region_id", d::opt(&self.region_id)),
                ("storage_set_id", d::opt(&self.storage_set_id)),
                ("storage_set_name", d::opt(&self.storage_set_name)),
                (
                    "storage_set_partition_number",
                    d::opt(&self.storage_set_partition_number),
                ),
                ("zone_id", d::opt(&self.zone_id)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for StorageSet {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "CreationTime",
            "Description",
            "RegionId",
            "StorageSetId",
            "StorageSetName",
            "StorageSetPartitionNumber",
            "ZoneId",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 8] = ::yun_core::json::member_order();
        let mut out = StorageSet::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.creation_time = r.decode()?,
                1 => out.description = r.decode()?,
                2 => out.region_id = r.decode()?,
                3 => out.storage_set_id = r.decode()?,
                4 => out.storage_set_name = r.decode()?,
                5 => out.storage_set_partition_number = r.decode()?,
                6 => out.zone_id = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The `StorageSets` object of the response.
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageSets {
    /// `StorageSet`.
    #[serde(
        rename = "StorageSet",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_set: ::std::option::Option<::std::vec::Vec<StorageSet>>,
}

impl ::std::fmt::Debug for StorageSets {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "StorageSets",
            &[("storage_set", d::opt(&self.storage_set))],
        )
    }
}

impl ::yun_core::json::Decode for StorageSets {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &["StorageSet"];
        static ORDER: [::std::sync::atomic::AtomicU16; 2] = ::yun_core::json::member_order();
        let mut out = StorageSets::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.storage_set = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

/// The response of [`Client::describe_storage_sets`](crate::Client::describe_storage_sets) (`DescribeStorageSets`).
#[derive(Clone, PartialEq, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageSetsResponse {
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
    /// Example: `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::yun_core::Text>,
    /// `StorageSets`.
    #[serde(
        rename = "StorageSets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_sets: ::std::option::Option<StorageSets>,
    /// `TotalCount`.
    ///
    /// Example: `20`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl DescribeStorageSetsResponse {
    /// The items of `StorageSets` (through its wrapper), empty when absent.
    pub fn storage_sets(&self) -> &[StorageSet] {
        self.storage_sets
            .as_ref()
            .and_then(|w| w.storage_set.as_deref())
            .unwrap_or(&[])
    }
}

impl ::std::fmt::Debug for DescribeStorageSetsResponse {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        use ::yun_core::internal::debug as d;
        d::members(
            f,
            "DescribeStorageSetsResponse",
            &[
                ("page_number", d::opt(&self.page_number)),
                ("page_size", d::opt(&self.page_size)),
                ("request_id", d::opt(&self.request_id)),
                ("storage_sets", d::opt(&self.storage_sets)),
                ("total_count", d::opt(&self.total_count)),
            ],
        )
    }
}

impl ::yun_core::json::Decode for DescribeStorageSetsResponse {
    fn decode(
        r: &mut ::yun_core::json::Reader<'_>,
    ) -> ::std::result::Result<Self, ::yun_core::json::DecodeError> {
        const NAMES: &[&str] = &[
            "PageNumber",
            "PageSize",
            "RequestId",
            "StorageSets",
            "TotalCount",
        ];
        static ORDER: [::std::sync::atomic::AtomicU16; 6] = ::yun_core::json::member_order();
        let mut out = DescribeStorageSetsResponse::default();
        let mut members = r.object()?;
        while let ::std::option::Option::Some(member) = members.next_known(r, NAMES, &ORDER)? {
            match member {
                0 => out.page_number = r.decode()?,
                1 => out.page_size = r.decode()?,
                2 => out.request_id = r.decode()?,
                3 => out.storage_sets = r.decode()?,
                4 => out.total_count = r.decode()?,
                _ => r.skip()?,
            }
        }

        ::std::result::Result::Ok(out)
    }
}

impl ::yun_core::internal::AliyunCall for DescribeStorageSetsRequest {
    const OPERATION: ::yun_core::internal::AliyunOperation = OPERATION;
}

/// How `DescribeStorageSets` pages (by `PageNumber`), for [`Client::describe_storage_sets_paginator`](crate::Client::describe_storage_sets_paginator).
impl ::yun_core::paginate::PagedRequest for DescribeStorageSetsRequest {
    type Response = DescribeStorageSetsResponse;
    type Item = StorageSet;
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

    fn total_count(page: &DescribeStorageSetsResponse) -> ::std::option::Option<u64> {
        page.total_count
            .as_ref()
            .and_then(|v| u64::try_from(*v).ok())
    }

    fn item_count(page: &DescribeStorageSetsResponse) -> usize {
        page.storage_sets
            .as_ref()
            .and_then(|x| x.storage_set.as_ref())
            .map_or(0, |items| items.len())
    }

    fn into_items(page: DescribeStorageSetsResponse) -> ::std::vec::Vec<StorageSet> {
        page.storage_sets
            .and_then(|x| x.storage_set)
            .unwrap_or_default()
    }
}
