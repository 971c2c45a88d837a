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
    };

/// The `Tag` object of the request.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tag {
    /// `Key`.
    #[serde(rename = "Key", skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    /// `Value`.
    #[serde(
        rename = "Value",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<::std::string::String>,
}

impl Tag {
    /// An empty `Tag`; set members with the setters.
    #[allow(clippy::new_without_default, clippy::too_many_arguments)]
    pub fn new() -> Self {
        Self {
            key: ::std::option::Option::None,
            value: ::std::option::Option::None,
        }
    }

    /// Sets `Key`.
    pub fn key(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.key = ::std::option::Option::Some(value.into());
        self
    }

    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<::std::string::String>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for Tag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tag, A::Error> {
                let mut out = Tag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Key" => out.key = map.next_value()?,
                        "Value" => out.value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The request of [`Client::describe_storage_capacity_units`](crate::Client::describe_storage_capacity_units) (`DescribeStorageCapacityUnits`).
#[derive(Clone, PartialEq, Debug, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageCapacityUnitsRequest {
    /// `RegionId` (query). Required.
    #[serde(rename = "RegionId")]
    pub region_id: ::std::string::String,
    /// `PageNumber` (query).
    ///
    /// At least 1.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i32>,
    /// `PageSize` (query).
    ///
    /// From 1 to 100.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i32>,
    /// `Name` (query).
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `Capacity` (query).
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<i32>,
    /// `AllocationType` (query).
    #[serde(
        rename = "AllocationType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_type: ::std::option::Option<::std::string::String>,
    /// `StorageCapacityUnitId` (query, sent as `StorageCapacityUnitId.1`, `StorageCapacityUnitId.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "StorageCapacityUnitId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit_id: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Status` (query, sent as `Status.1`, `Status.2`, …).
    ///
    /// At most 100 items.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// `Tag` (query, sent as `Tag.1`, `Tag.2`, …).
    ///
    /// At most 20 items.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<Tag>>,
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
        value: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        self.storage_capacity_unit_id = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Status`.
    pub fn status(mut self, value: ::std::vec::Vec<::std::string::String>) -> Self {
        self.status = ::std::option::Option::Some(value);
        self
    }

    /// Sets `Tag`.
    pub fn tag(mut self, value: ::std::vec::Vec<Tag>) -> Self {
        self.tag = ::std::option::Option::Some(value);
        self
    }
}

impl<'de> ::serde::Deserialize<'de> for DescribeStorageCapacityUnitsRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeStorageCapacityUnitsRequest;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeStorageCapacityUnitsRequest` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeStorageCapacityUnitsRequest, A::Error> {
                let mut m_region_id: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_page_number: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_page_size: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_name: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_capacity: ::std::option::Option<i32> = ::std::option::Option::None;
                let mut m_allocation_type: ::std::option::Option<::std::string::String> =
                    ::std::option::Option::None;
                let mut m_storage_capacity_unit_id: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = ::std::option::Option::None;
                let mut m_status: ::std::option::Option<::std::vec::Vec<::std::string::String>> =
                    ::std::option::Option::None;
                let mut m_tag: ::std::option::Option<::std::vec::Vec<Tag>> =
                    ::std::option::Option::None;
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "RegionId" => m_region_id = map.next_value()?,
                        "PageNumber" => m_page_number = map.next_value()?,
                        "PageSize" => m_page_size = map.next_value()?,
                        "Name" => m_name = map.next_value()?,
                        "Capacity" => m_capacity = map.next_value()?,
                        "AllocationType" => m_allocation_type = map.next_value()?,
                        "StorageCapacityUnitId" => {
                            m_storage_capacity_unit_id = map.next_value()?;
                        }

                        "Status" => m_status = map.next_value()?,
                        "Tag" => m_tag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(DescribeStorageCapacityUnitsRequest {
                    region_id: m_region_id.ok_or_else(|| {
                        <A::Error as ::yun_core::internal::DeError>::missing_field("RegionId")
                    })?,
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

        deserializer.deserialize_map(Members)
    }
}

/// The `StorageCapacityUnits.StorageCapacityUnit.Tags.Tag` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct TagsTag {
    /// `TagKey`.
    #[serde(
        rename = "TagKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_key: ::std::option::Option<::std::string::String>,
    /// `TagValue`.
    #[serde(
        rename = "TagValue",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tag_value: ::std::option::Option<::std::string::String>,
}

impl<'de> ::serde::Deserialize<'de> for TagsTag {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = TagsTag;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `TagsTag` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<TagsTag, A::Error> {
                let mut out = TagsTag::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "TagKey" => out.tag_key = map.next_value()?,
                        "TagValue" => out.tag_value = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `StorageCapacityUnits.StorageCapacityUnit.Tags` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct Tags {
    /// `Tag`.
    #[serde(rename = "Tag", skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::vec::Vec<TagsTag>>,
}

impl<'de> ::serde::Deserialize<'de> for Tags {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = Tags;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `Tags` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Tags, A::Error> {
                let mut out = Tags::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "Tag" => out.tag = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `StorageCapacityUnits.StorageCapacityUnit` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageCapacityUnit {
    /// `AllocationStatus`.
    #[serde(
        rename = "AllocationStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allocation_status: ::std::option::Option<::std::string::String>,
    /// `Capacity`.
    #[serde(
        rename = "Capacity",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capacity: ::std::option::Option<i64>,
    /// `CreationTime`.
    #[serde(
        rename = "CreationTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creation_time: ::std::option::Option<::std::string::String>,
    /// `Description`.
    #[serde(
        rename = "Description",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub description: ::std::option::Option<::std::string::String>,
    /// `ExpiredTime`.
    #[serde(
        rename = "ExpiredTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expired_time: ::std::option::Option<::std::string::String>,
    /// `Name`.
    #[serde(
        rename = "Name",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub name: ::std::option::Option<::std::string::String>,
    /// `RegionId`.
    #[serde(
        rename = "RegionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub region_id: ::std::option::Option<::std::string::String>,
    /// `StartTime`.
    #[serde(
        rename = "StartTime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub start_time: ::std::option::Option<::std::string::String>,
    /// `Status`.
    #[serde(
        rename = "Status",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status: ::std::option::Option<::std::string::String>,
    /// `StorageCapacityUnitId`.
    #[serde(
        rename = "StorageCapacityUnitId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit_id: ::std::option::Option<::std::string::String>,
    /// `Tags`.
    #[serde(
        rename = "Tags",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<Tags>,
}

impl<'de> ::serde::Deserialize<'de> for StorageCapacityUnit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = StorageCapacityUnit;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `StorageCapacityUnit` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<StorageCapacityUnit, A::Error> {
                let mut out = StorageCapacityUnit::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "AllocationStatus" => out.allocation_status = map.next_value()?,
                        "Capacity" => out.capacity = map.next_value()?,
                        "CreationTime" => out.creation_time = map.next_value()?,
                        "Description" => out.description = map.next_value()?,
                        "ExpiredTime" => out.expired_time = map.next_value()?,
                        "Name" => out.name = map.next_value()?,
                        "RegionId" => out.region_id = map.next_value()?,
                        "StartTime" => out.start_time = map.next_value()?,
                        "Status" => out.status = map.next_value()?,
                        "StorageCapacityUnitId" => {
                            out.storage_capacity_unit_id = map.next_value()?;
                        }

                        "Tags" => out.tags = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The `StorageCapacityUnits` object of the response.
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct StorageCapacityUnits {
    /// `StorageCapacityUnit`.
    #[serde(
        rename = "StorageCapacityUnit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_unit: ::std::option::Option<::std::vec::Vec<StorageCapacityUnit>>,
}

impl<'de> ::serde::Deserialize<'de> for StorageCapacityUnits {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = StorageCapacityUnits;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `StorageCapacityUnits` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<StorageCapacityUnits, A::Error> {
                let mut out = StorageCapacityUnits::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "StorageCapacityUnit" => {
                            out.storage_capacity_unit = map.next_value()?;
                        }

                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
    }
}

/// The response of [`Client::describe_storage_capacity_units`](crate::Client::describe_storage_capacity_units) (`DescribeStorageCapacityUnits`).
#[derive(Clone, PartialEq, Debug, Default, ::serde::Serialize)]
#[non_exhaustive]
pub struct DescribeStorageCapacityUnitsResponse {
    /// `PageNumber`.
    #[serde(
        rename = "PageNumber",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_number: ::std::option::Option<i64>,
    /// `PageSize`.
    #[serde(
        rename = "PageSize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub page_size: ::std::option::Option<i64>,
    /// `RequestId`.
    #[serde(
        rename = "RequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_id: ::std::option::Option<::std::string::String>,
    /// `StorageCapacityUnits`.
    #[serde(
        rename = "StorageCapacityUnits",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub storage_capacity_units: ::std::option::Option<StorageCapacityUnits>,
    /// `TotalCount`.
    #[serde(
        rename = "TotalCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_count: ::std::option::Option<i64>,
}

impl<'de> ::serde::Deserialize<'de> for DescribeStorageCapacityUnitsResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct Members;
        impl<'de> ::yun_core::internal::Visitor<'de> for Members {
            type Value = DescribeStorageCapacityUnitsResponse;
            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a `DescribeStorageCapacityUnitsResponse` object")
            }

            fn visit_map<A: ::yun_core::internal::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<DescribeStorageCapacityUnitsResponse, A::Error> {
                let mut out = DescribeStorageCapacityUnitsResponse::default();
                while let ::std::option::Option::Some(key) =
                    map.next_key::<::yun_core::internal::Key<'de>>()?
                {
                    match key.as_str() {
                        "PageNumber" => out.page_number = map.next_value()?,
                        "PageSize" => out.page_size = map.next_value()?,
                        "RequestId" => out.request_id = map.next_value()?,
                        "StorageCapacityUnits" => {
                            out.storage_capacity_units = map.next_value()?;
                        }

                        "TotalCount" => out.total_count = map.next_value()?,
                        _ => {
                            map.next_value::<::yun_core::internal::IgnoredAny>()?;
                        }
                    }
                }

                ::std::result::Result::Ok(out)
            }
        }

        deserializer.deserialize_map(Members)
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
